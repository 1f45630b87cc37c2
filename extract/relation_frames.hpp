// Relation extraction for one sentence: every trigger found in it is handled by its frame (the
// argument pattern named in data/triggers.json), which finds subject, object, event, place, date
// and status through ClauseView and records PendingAssertions in the document context.
#pragma once
#include "extract/analysis.hpp"

namespace evkg {

void extract_relations(DocContext& ctx, SentenceInfo& si);

}  // namespace evkg
