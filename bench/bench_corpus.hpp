// The documents the stage benchmarks run on: the real news of ../shared/corpus/bbc-2004-2005 when
// it is there (set EVKG_BENCH_CORPUS to use another directory or file), else the project's example
// articles. Read once, with evkg's own reader.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "extract/document.hpp"

namespace evkg::bench {

const std::vector<Document>& documents();
// Bytes of text of documents().
std::uint64_t text_bytes();
// Where they came from, for the report.
const std::string& corpus_name();

}  // namespace evkg::bench
