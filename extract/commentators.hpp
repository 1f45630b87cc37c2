// Commentators: people a text quotes for their views, not as parties to what it tells. "said Dr
// Paul Weir of the Hallam Institute", "Ruth Cole, a former trade negotiator who now advises
// exporters", "the Balkans analyst Dr Peter Holm", "Our economist, Dr Hugo Lind". Such a person is
// a node of the graph only when some assertion of the document has them as a party.
#pragma once

#include "extract/analysis.hpp"

namespace evkg {

// Marks the entity of each person the sentence introduces as a commentator (DocEntity::commentator).
void note_commentators(DocContext& ctx, const SentenceInfo& si);

}  // namespace evkg
