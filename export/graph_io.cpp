// Graph files: the format follows the extension (case-insensitive); writing is atomic.
#include "export/graph_io.hpp"

#include <fcntl.h>
#include <malloc.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <thread>

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "core/sink.hpp"
#include "export/dot_writer.hpp"
#include "export/graphml_reader.hpp"
#include "export/graphml_writer.hpp"
#include "export/json_reader.hpp"
#include "export/json_writer.hpp"

namespace evkg {

namespace {

std::string lower_extension(std::string_view path) {
  const auto slash = path.find_last_of('/');
  const auto base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const auto dot = base.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  std::string ext(base.substr(dot + 1));
  for (char& c : ext) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return ext;
}

// The bytes of a file: mapped when it is a regular file (no copy, read-ahead by the kernel), read
// otherwise (pipes, devices).
class FileBytes {
 public:
  explicit FileBytes(const std::string& path) : fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {
    if (fd_ < 0) throw Error(path + ": cannot read: " + std::strerror(errno));
    struct stat st {};
    // A file whose size is a whole number of pages is read: a mapping must end in the zeros of a
    // partial last page (readers of JSON rely on them, see bytes()).
    const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    if (::fstat(fd_, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
        static_cast<std::size_t>(st.st_size) % page != 0) {
      size_ = static_cast<std::size_t>(st.st_size);
      void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd_, 0);
      if (p != MAP_FAILED) {
        map_ = static_cast<char*>(p);
        ::madvise(p, size_, MADV_SEQUENTIAL);
        return;
      }
    }
    char buf[1 << 16];
    for (;;) {
      const auto n = ::read(fd_, buf, sizeof buf);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        const int e = errno;
        ::close(fd_);
        throw Error(path + ": cannot read: " + std::strerror(e));
      }
      if (n == 0) break;
      copy_.append(buf, static_cast<std::size_t>(n));
    }
    size_ = copy_.size();
    copy_.append(kJsonPadding, '\0');
  }
  ~FileBytes() {
    if (map_ != nullptr) ::munmap(map_, size_);
    if (fd_ >= 0) ::close(fd_);
  }
  FileBytes(const FileBytes&) = delete;
  FileBytes& operator=(const FileBytes&) = delete;

  // The file's bytes, followed in memory by a NUL and readable to the end of its 16-byte block (see
  // read_json_graph_padded): the zeros after the end of a mapped file in its last page, or padding
  // after a copy.
  std::string_view bytes() const { return {map_ != nullptr ? map_ : copy_.data(), size_}; }

 private:
  int fd_ = -1;
  char* map_ = nullptr;  // PROT_READ: never written through
  std::size_t size_ = 0;
  std::string copy_;
};

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define EVKG_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define EVKG_SANITIZED 1
#endif
#endif

// A loaded graph is millions of small blocks (an edge's properties, its strings and lists), about
// twice the file's size for JSON and a little more than it for GraphML. Faulting that memory in
// 4 KB pages costs a third of the load time on a virtual machine (some 200,000 page faults for a
// million edges). So before reading a large file, the heap is grown by the expected size at once
// and that range is marked for transparent huge pages (used when the kernel offers them on
// request, as most distributions do): it then faults in 2 MB at a time. Only the main heap of
// glibc's malloc is prepared; elsewhere this does nothing. Restored by the destructor: memory freed
// later may again be returned to the system.
class HeapForGraph {
 public:
  explicit HeapForGraph(std::size_t expected_bytes) {
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE) && !defined(EVKG_SANITIZED)
    constexpr std::size_t kHuge = std::size_t{2} << 20;
    if (expected_bytes < (std::size_t{32} << 20)) return;
    // The trim threshold (an int) must stay above the block, or freeing it hands it back to the
    // system (a 500 MB JSON file expects 1.1 GB: it did, with a threshold capped at 1 GB).
    const std::size_t prepared = std::min<std::size_t>(expected_bytes, std::numeric_limits<int>::max() / 2);
    // The block must come from the top of the heap (not from mmap) and, freed, stay there.
    ::mallopt(M_MMAP_MAX, 0);
    ::mallopt(M_TRIM_THRESHOLD, static_cast<int>(prepared * 2));
    active_ = true;
    void* block = std::malloc(prepared);
    ::mallopt(M_MMAP_MAX, kDefaultMmapMax);
    if (block == nullptr) return;
    const auto begin = (reinterpret_cast<std::uintptr_t>(block) + kHuge - 1) & ~(kHuge - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(block) + prepared) & ~(kHuge - 1);
    if (end > begin) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
    std::free(block);
#if defined(MADV_POPULATE_WRITE)
    // The kernel zeroes every page the graph will fill, which costs as much as parsing on a virtual
    // machine. A second thread has the pages faulted in ahead of the parser, in 32 MB steps from the
    // bottom of the block (where malloc hands out memory first) to its end (three quarters of it
    // left the parser faulting the rest itself: the graph fills nearly all of it). It changes no
    // byte: MADV_POPULATE_WRITE only maps the pages. Stopped when the load is over.
    if (end > begin && std::thread::hardware_concurrency() > 1) {
      const std::uintptr_t stop_at = end;
      populate_ = std::thread([this, begin, stop_at] {
        constexpr std::uintptr_t kStep = std::uintptr_t{32} << 20;
        for (std::uintptr_t p = begin; p < stop_at && !stop_.load(std::memory_order_relaxed); p += kStep) {
          if (::madvise(reinterpret_cast<void*>(p), std::min(kStep, stop_at - p), MADV_POPULATE_WRITE) != 0) break;
        }
      });
    }
#endif
#else
    (void)expected_bytes;
#endif
  }
  ~HeapForGraph() {
    stop_.store(true, std::memory_order_relaxed);
    if (populate_.joinable()) populate_.join();
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE) && !defined(EVKG_SANITIZED)
    if (active_) ::mallopt(M_TRIM_THRESHOLD, kDefaultTrimThreshold);
#endif
  }
  HeapForGraph(const HeapForGraph&) = delete;
  HeapForGraph& operator=(const HeapForGraph&) = delete;

 private:
  // unused where the heap is not prepared (sanitized builds, other C libraries)
  [[maybe_unused]] static constexpr int kDefaultMmapMax = 65536;  // glibc's defaults
  [[maybe_unused]] static constexpr int kDefaultTrimThreshold = 128 * 1024;
  [[maybe_unused]] bool active_ = false;
  std::atomic<bool> stop_{false};
  std::thread populate_;
};

}  // namespace

std::optional<GraphFormat> format_from_path(std::string_view path) {
  const auto ext = lower_extension(path);
  if (ext == "graphml" || ext == "xml") return GraphFormat::kGraphML;
  if (ext == "dot" || ext == "gv") return GraphFormat::kDot;
  if (ext == "json") return GraphFormat::kJson;
  return std::nullopt;
}

void write_graph_file(const EventGraph& g, const std::string& path) {
  const auto format = format_from_path(path);
  if (!format) throw Error(path + ": unknown output format (use .graphml, .dot, .gv or .json)");
  AtomicFile file(path);
  FileSink sink(file);
  switch (*format) {
    case GraphFormat::kGraphML: write_graphml(g, sink); break;
    case GraphFormat::kDot: write_dot(g, sink); break;
    case GraphFormat::kJson: write_json(g, sink); break;
  }
  file.commit();
}

EventGraph read_graph_file(const std::string& path) {
  const auto format = format_from_path(path);
  if (!format) throw Error(path + ": unknown input format (use .graphml, .xml or .json)");
  if (*format == GraphFormat::kDot) throw Error(path + ": reading DOT is not supported");
  const FileBytes file(path);
  const std::string_view bytes = file.bytes();
  const HeapForGraph heap(*format == GraphFormat::kGraphML ? bytes.size() + bytes.size() / 4 : bytes.size() * 2 + bytes.size() / 4);
  return *format == GraphFormat::kGraphML ? read_graphml(bytes, path) : read_json_graph_padded(bytes, path);
}

}  // namespace evkg
