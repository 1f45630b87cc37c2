// What a document withdraws: "Earlier versions of this story wrongly said that Sisi himself was
// attending", "the Kremlin denied reports that Trump had spoken to Putin", "One live entry, later
// deleted, said that Ruto had met Starmer". A fact a withdrawing sentence (one with a cue of a
// correction or a denied report, DocContext::withdrawing_sentences) denies is told nowhere in the
// document: not in an earlier version kept in the same file, nor in a report quoted before the
// denial. A fact a later version merely leaves out still stands.
#pragma once
#include <string>
#include <vector>

#include "extract/analysis.hpp"

namespace evkg {

// A fact withdrawn: a meeting of two (either way round), or someone's attendance or chair of any
// gathering; on its day when the denial gives one.
struct WithdrawnFact {
  std::string relation;
  int a = -1;
  int b = -1;
  Date date;
};

// The facts the document's withdrawing sentences deny (none when it has no such sentence).
std::vector<WithdrawnFact> withdrawn_facts(const DocContext& ctx);

// Whether assertion p tells one of the withdrawn facts.
bool withdrawn_here(const std::vector<WithdrawnFact>& withdrawn, const PendingAssertion& p);

}  // namespace evkg
