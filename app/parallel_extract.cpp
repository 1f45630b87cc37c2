#include "app/parallel_extract.hpp"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

namespace evkg {
namespace {

constexpr std::size_t kBatchDocs = 256;
constexpr std::size_t kBatchBytes = 16u << 20;

class Progress {
 public:
  explicit Progress(bool on) : on_(on && ::isatty(2) != 0), start_(std::chrono::steady_clock::now()) {}
  void update(std::uint64_t docs, std::uint64_t bytes) {
    if (!on_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    const double s = std::chrono::duration<double>(now - start_).count();
    std::fprintf(stderr, "\r%llu documents, %.1f MB, %.1f MB/s   ", static_cast<unsigned long long>(docs),
                 static_cast<double>(bytes) / 1e6, s > 0 ? static_cast<double>(bytes) / 1e6 / s : 0.0);
  }
  ~Progress() {
    if (on_) std::fprintf(stderr, "\r\x1b[K");
  }

 private:
  bool on_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace

void extract_all(const std::vector<std::string>& inputs, const Extractor& extractor, unsigned threads,
                 const ReadOptions& read_options, bool progress,
                 const std::function<void(DocumentResult&&)>& consume, RunStats& stats) {
  const auto t0 = std::chrono::steady_clock::now();
  if (threads == 0) threads = 1;
  std::vector<Document> batch;
  std::size_t batch_bytes = 0;
  std::vector<DocumentResult> results;
  Progress bar(progress);
  std::uint64_t done_bytes = 0;

  auto flush = [&] {
    if (batch.empty()) return;
    results.assign(batch.size(), DocumentResult{});
    if (threads == 1 || batch.size() == 1) {
      for (std::size_t i = 0; i < batch.size(); ++i) results[i] = extractor.extract(batch[i]);
    } else {
      std::atomic<std::size_t> next{0};
      std::vector<std::thread> pool;
      const unsigned n = std::min<unsigned>(threads, static_cast<unsigned>(batch.size()));
      pool.reserve(n);
      for (unsigned w = 0; w < n; ++w) {
        pool.emplace_back([&] {
          for (std::size_t i = next++; i < batch.size(); i = next++) results[i] = extractor.extract(batch[i]);
        });
      }
      for (auto& th : pool) th.join();
    }
    for (auto& r : results) {
      stats.sentences += r.sentences;
      stats.assertions += r.assertions.size();
      done_bytes += r.bytes;
      consume(std::move(r));
    }
    batch.clear();
    batch_bytes = 0;
    bar.update(stats.read.documents, done_bytes);
  };

  read_documents(
      inputs,
      [&](Document&& d) {
        batch_bytes += d.text.size();
        batch.push_back(std::move(d));
        if (batch.size() >= kBatchDocs || batch_bytes >= kBatchBytes) flush();
      },
      stats.read, read_options);
  flush();
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace evkg
