#include "app/parallel_extract.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <exception>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>

#include "core/error.hpp"

namespace evkg {
namespace {

// A batch is handed to a worker when it holds this many documents or files, or bytes of text.
constexpr std::size_t kBatchItems = 64;
constexpr std::size_t kBatchBytes = std::size_t{4} << 20;

// A document the reader read, or a plain-text article file for the worker to read. Reading files
// is a sixth of the work: the reader reads them only while the workers have batches waiting (so
// that with few workers reading overlaps extraction), and leaves them to the workers when these
// wait for input (so that a single reader does not bound the speed-up to about six cores).
struct Item {
  Document doc;
  std::string path;                   // non-empty: a file to read
  bool named = false;
  std::vector<std::string> warnings;  // from reading the document (logged in input order)
  bool skipped = false;               // a file skipped with a warning: nothing to extract
};

struct Batch {
  std::uint64_t seq = 0;
  std::vector<Item> items;
  std::vector<DocumentResult> results;
  std::vector<std::string> warnings;  // from reading the batch's files, logged in input order
  ReadStats read;                     // what the worker read
  std::exception_ptr error;           // input error after the items: raised when the batch's turn comes
  std::uint64_t input_bytes = 0;      // bytes of input read for these documents
  std::size_t text_bytes = 0;
};

// Thrown inside the reader thread to unwind read_documents() when the run was aborted.
struct Stopped {};

// The queues between the reader, the workers and the consumer. At most `max_in_flight` batches are
// read but not yet taken by the consumer.
class Pipeline {
 public:
  Pipeline(const Extractor& extractor, std::size_t max_in_flight) : extractor_(extractor), max_(max_in_flight) {}

  // Reader: queues a batch, waiting for room. Throws Stopped when the run was aborted.
  void submit(Batch&& b) {
    std::unique_lock lock(m_);
    room_.wait(lock, [&] { return aborted_ || submitted_ - taken_ < max_; });
    if (aborted_) throw Stopped{};
    b.seq = submitted_++;
    todo_.push_back(std::move(b));
    work_.notify_one();
  }
  // Reader: whether the workers have batches waiting (then the reader has time to read files).
  bool workers_busy() {
    const std::lock_guard lock(m_);
    return !todo_.empty();
  }
  // Reader: no more batches.
  void close() {
    const std::lock_guard lock(m_);
    closed_ = true;
    work_.notify_all();
    done_cv_.notify_all();
  }

  // Worker loop: reads and extracts batches until the input ends or the run is aborted.
  void work(const ReadOptions& options) {
    FileReader files;
    for (;;) {
      Batch b;
      {
        std::unique_lock lock(m_);
        work_.wait(lock, [&] { return aborted_ || closed_ || !todo_.empty(); });
        if (aborted_ || todo_.empty()) return;
        b = std::move(todo_.front());
        todo_.pop_front();
      }
      try {
        extract_batch(b, files, options);
      } catch (...) {
        abort(std::current_exception());
        return;
      }
      const std::lock_guard lock(m_);
      done_.emplace(b.seq, std::move(b));
      done_cv_.notify_all();
    }
  }

  // Consumer: the next batch in input order; false at the end. Rethrows the first error.
  bool next(Batch& out) {
    std::unique_lock lock(m_);
    done_cv_.wait(lock, [&] {
      return aborted_ || done_.count(taken_) != 0 || (closed_ && taken_ == submitted_);
    });
    if (aborted_) std::rethrow_exception(error_);
    if (closed_ && taken_ == submitted_) return false;
    auto it = done_.find(taken_);
    out = std::move(it->second);
    done_.erase(it);
    ++taken_;
    room_.notify_one();
    return true;
  }

  // Stops every thread; the first error is the one next() rethrows.
  void abort(std::exception_ptr e) {
    const std::lock_guard lock(m_);
    if (!aborted_) error_ = std::move(e);
    aborted_ = true;
    room_.notify_all();
    work_.notify_all();
    done_cv_.notify_all();
  }

 private:
  void extract_batch(Batch& b, FileReader& files, const ReadOptions& options) const {
    b.results.reserve(b.items.size());
    const auto extract = [&](Document&& d) { b.results.push_back(extractor_.extract(d)); };
    const auto warn = [&](std::string&& w) { b.warnings.push_back(std::move(w)); };
    for (auto& item : b.items) {
      for (auto& w : item.warnings) b.warnings.push_back(std::move(w));
      if (item.skipped) continue;
      if (item.path.empty()) {
        extract(std::move(item.doc));
        continue;
      }
      const auto before = b.read.bytes;
      bool failed = false;
      try {
        files.read(item.path, item.named, extract, b.read, options, warn);
      } catch (const Error&) {
        // Bad input is reported when the consumer reaches it, so that the first in input order wins;
        // it replaces the reader's error, which came after every item of the batch.
        b.error = std::current_exception();
        failed = true;
      }
      b.input_bytes += b.read.bytes - before;
      if (failed) break;
    }
    std::vector<Item>().swap(b.items);  // the texts are not needed any more
  }

  const Extractor& extractor_;
  const std::size_t max_;
  std::mutex m_;
  std::condition_variable room_, work_, done_cv_;
  std::deque<Batch> todo_;
  std::map<std::uint64_t, Batch> done_;
  std::uint64_t submitted_ = 0;
  std::uint64_t taken_ = 0;
  bool closed_ = false;
  bool aborted_ = false;
  std::exception_ptr error_;
};

// Reads the inputs into batches for the pipeline (runs on the reader thread). A plain-text article
// file is read here while the workers are busy, else left to them.
void read_into(Pipeline& pipe, const std::vector<std::string>& inputs, const ReadOptions& options, ReadStats& stats) {
  Batch b;
  FileReader files;
  const auto push = [&](Item&& item) {
    b.text_bytes += item.doc.text.size();
    b.items.push_back(std::move(item));
    if (b.items.size() >= kBatchItems || b.text_bytes >= kBatchBytes) {
      pipe.submit(std::move(b));
      b = Batch{};
    }
  };
  try {
    std::uint64_t counted = 0;  // stats.bytes already attributed to a batch
    const auto read = [&](Document&& d) {
      b.input_bytes += stats.bytes - counted;
      counted = stats.bytes;
      push(Item{std::move(d), {}, false, {}, false});
    };
    const auto defer = [&](std::string&& path, bool named) {
      // A plain-text article is one document, or none when it is skipped (its warning then still
      // goes in its place). A file that fails to read here is left to the worker, which fails on it
      // in input order.
      if (pipe.workers_busy()) {
        Item item;
        item.skipped = true;
        ReadStats one;
        try {
          files.read(
              path, named,
              [&](Document&& d) {
                item.doc = std::move(d);
                item.skipped = false;
              },
              one, options, [&](std::string&& w) { item.warnings.push_back(std::move(w)); });
          add(stats, one);
          counted += one.bytes;
          b.input_bytes += one.bytes;
          push(std::move(item));
          return;
        } catch (const Error&) {
        }
      }
      push(Item{{}, std::move(path), named, {}, false});
    };
    read_documents(inputs, read, stats, options, defer);
    b.input_bytes += stats.bytes - counted;
  } catch (const Stopped&) {
    return;
  } catch (const Error&) {
    b.error = std::current_exception();  // raised after the documents read before it
  } catch (...) {
    pipe.abort(std::current_exception());
    return;
  }
  try {
    if (!b.items.empty() || b.error) pipe.submit(std::move(b));
    pipe.close();
  } catch (const Stopped&) {
  }
}

// Joins the threads it holds when it goes out of scope (also on an exception).
class Threads {
 public:
  Threads() = default;
  Threads(const Threads&) = delete;
  Threads& operator=(const Threads&) = delete;
  ~Threads() {
    for (auto& t : threads_) t.join();
  }
  template <typename F>
  void start(F&& f) {
    threads_.emplace_back(std::forward<F>(f));
  }

 private:
  std::vector<std::thread> threads_;
};

}  // namespace

unsigned default_threads() { return std::max(1u, std::thread::hardware_concurrency()); }

std::uint64_t estimate_input_bytes(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  std::uint64_t total = 0;
  for (const auto& in : inputs) {
    if (in == "-") return 0;
    std::error_code ec;
    if (fs::is_regular_file(in, ec)) {
      total += fs::file_size(in, ec);
      continue;
    }
    fs::recursive_directory_iterator it(in, fs::directory_options::skip_permission_denied, ec);
    for (const fs::recursive_directory_iterator end; !ec && it != end; it.increment(ec)) {
      const auto name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      std::error_code e2;
      if (it->is_regular_file(e2)) total += it->file_size(e2);
    }
  }
  return total;
}

void extract_all(const std::vector<std::string>& inputs, const Extractor& extractor, const ExtractOptions& options,
                 const std::function<void(DocumentResult&&)>& consume, RunStats& stats) {
  const auto t0 = std::chrono::steady_clock::now();
  const unsigned workers = options.threads != 0 ? options.threads : default_threads();
  ProgressLine bar(options.progress);
  std::atomic<std::uint64_t> total_bytes{0};
  Pipeline pipe(extractor, 2 * std::size_t{workers} + 2);
  ReadStats worker_read;  // what the workers read (stats.read is the reader thread's until it is joined)
  {
    Threads threads;
    if (bar.active()) threads.start([&] { total_bytes = estimate_input_bytes(inputs); });
    threads.start([&] { read_into(pipe, inputs, options.read, stats.read); });
    for (unsigned w = 0; w < workers; ++w) threads.start([&] { pipe.work(options.read); });
    try {
      std::uint64_t documents = 0, bytes = 0;
      Batch b;
      while (pipe.next(b)) {
        for (auto& w : b.warnings) log_warning(std::move(w));
        add(worker_read, b.read);
        for (auto& r : b.results) {
          stats.sentences += r.sentences;
          stats.assertions += r.assertions.size();
          consume(std::move(r));
        }
        if (b.error) std::rethrow_exception(b.error);
        documents += b.results.size();
        bytes += b.input_bytes;
        bar.update(documents, bytes, total_bytes);
      }
    } catch (...) {
      pipe.abort(std::current_exception());
      throw;  // the threads are joined on the way out
    }
  }
  add(stats.read, worker_read);
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

ProgressLine::ProgressLine(bool on)
    : on_(on && ::isatty(2) != 0), start_(std::chrono::steady_clock::now()), last_(start_) {}

ProgressLine::~ProgressLine() {
  if (shown_) std::fputs("\r\x1b[K", stderr);
}

void ProgressLine::update(std::uint64_t documents, std::uint64_t bytes, std::uint64_t total_bytes) {
  if (!on_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - start_ < std::chrono::seconds(1) || (shown_ && now - last_ < std::chrono::milliseconds(250))) return;
  last_ = now;
  shown_ = true;
  const double s = std::chrono::duration<double>(now - start_).count();
  const double mb = static_cast<double>(bytes) / 1e6;
  const double rate = mb / s;
  const auto docs = static_cast<unsigned long long>(documents);
  char line[160];
  if (total_bytes >= bytes && total_bytes > 0) {
    const double left = rate > 0 ? (static_cast<double>(total_bytes) / 1e6 - mb) / rate : 0;
    const long eta = std::lround(left);
    std::snprintf(line, sizeof line, "\r%llu documents, %.1f of %.1f MB, %.1f MB/s, ETA %ld:%02ld\x1b[K", docs, mb,
                  static_cast<double>(total_bytes) / 1e6, rate, eta / 60, eta % 60);
  } else {
    std::snprintf(line, sizeof line, "\r%llu documents, %.1f MB, %.1f MB/s\x1b[K", docs, mb, rate);
  }
  std::fputs(line, stderr);
}

}  // namespace evkg
