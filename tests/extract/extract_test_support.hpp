// Shared by the extraction unit tests: one document through the built-in lexicon's extractor.
#pragma once
#include <string>

#include "graph/assertion.hpp"

namespace evkg::test {

// The extraction of a document `id` with `text` and publication date `date` ("" for none).
DocumentResult extract_text(const std::string& text, const std::string& date, const std::string& id = "a");

}  // namespace evkg::test
