// Extraction over a stream of documents, as a pipeline: one reader thread lists the inputs into
// bounded batches (plain-text article files by name, JSON records and standard input read), N
// worker threads read the batch's files and extract, and the calling thread receives the results
// in input order (so that output never depends on the thread count). At most a few batches are in
// flight: memory does not grow with the corpus. Input errors are raised in input order too.
// Also here: the progress line the long-running commands print on a terminal.
#pragma once
#include <chrono>
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

struct ExtractOptions {
  unsigned threads = 0;   // extraction workers; 0 = one per core
  ReadOptions read;
  bool progress = false;  // a progress line on stderr (only when stderr is a terminal)
};

// The default worker count: the number of cores (at least 1).
unsigned default_threads();

// Calls consume(result) on the calling thread for every document of the inputs, in input order.
// An exception from reading, extracting or consume stops every thread and is rethrown here.
void extract_all(const std::vector<std::string>& inputs, const Extractor& extractor, const ExtractOptions& options,
                 const std::function<void(DocumentResult&&)>& consume, RunStats& stats);

// Sum of the sizes of the files the inputs name (directories walked), without messages; 0 when
// unknown (standard input). For the progress line's ETA only.
std::uint64_t estimate_input_bytes(const std::vector<std::string>& inputs);

// "\r1234 documents, 56.7 of 890.1 MB, 12.3 MB/s, ETA 1:07" on stderr, at most four times a second
// and only after the first second; erased when the run ends. Silent unless `on` and stderr is a
// terminal.
class ProgressLine {
 public:
  explicit ProgressLine(bool on);
  ~ProgressLine();
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  bool active() const { return on_; }
  // total_bytes 0 = unknown (no ETA).
  void update(std::uint64_t documents, std::uint64_t bytes, std::uint64_t total_bytes);

 private:
  bool on_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace evkg
