// Runs extraction over a stream of documents on N threads, handing results to a consumer in input
// order (so that output never depends on the thread count). Documents are read, extracted and
// dropped in bounded batches: memory does not grow with the corpus.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "extract/document_reader.hpp"
#include "extract/extractor.hpp"

namespace evkg {

struct RunStats {
  ReadStats read;
  std::uint64_t sentences = 0;
  std::uint64_t assertions = 0;
  double seconds = 0;
};

// Calls consume(result) for every document of the inputs, in input order.
void extract_all(const std::vector<std::string>& inputs, const Extractor& extractor, unsigned threads,
                 const ReadOptions& read_options, bool progress,
                 const std::function<void(DocumentResult&&)>& consume, RunStats& stats);

}  // namespace evkg
