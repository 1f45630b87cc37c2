// The year of a document that has no date line, from what the text itself says.
#pragma once

#include "extract/analysis.hpp"

namespace evkg {

// A weekday written with a day and a month ("Friday October 31", "Tuesday, 28 October") fits one
// year in five to eleven; of the years up to the lexicon's latest, the one in which the most people
// the document names held an office the lexicon knows of. 0 when no such date is written, when the
// weekdays disagree, or when no single year fits best. Reads ctx after its sentences were analysed.
int infer_document_year(const DocContext& ctx);

}  // namespace evkg
