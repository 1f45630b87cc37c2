// Finding mentions in a sentence: lexicon matches (longest, case rules applied), people named with
// titles ("German Chancellor Friedrich Merz", "NATO chief Mark Rutte", "Mr Trump's envoy Steve
// Witkoff"), title-only references ("the Russian president"), honorific and surname references,
// countries and organisations (with capitals and seats of government as metonyms), group phrases
// ("European leaders", "French and British army chiefs"), places, outlets, pronouns, triggers,
// cues, dates and event noun phrases ("a Coalition of the Willing summit in Paris").
#pragma once
#include "extract/analysis.hpp"

namespace evkg {

// Fills `si` (mentions, triggers, cues, dates, quotes) for the sentence `si.span`, adding
// entities and events to ctx as it resolves them.
void find_mentions(DocContext& ctx, SentenceInfo& si);

}  // namespace evkg
