// Output that is never half-written: bytes go to a temporary file in the destination's directory,
// which replaces the destination by rename() only when commit() succeeds. A crash or an exception
// before that leaves any previous file untouched and removes the temporary one.
//
// Writes are handed to a thread of the file's own (write-behind), so that a writer formats the
// next part of a large graph while the kernel copies the last one into the page cache; at most
// kQueued chunks wait, in order, and commit() waits for all of them before fsync and rename.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace evkg {

class AtomicFile {
 public:
  static constexpr std::size_t kQueued = 4;  // chunks waiting for the writing thread, at most

  explicit AtomicFile(std::string path);  // throws evkg::Error when the temporary cannot be created
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Queues a copy of `bytes`; a write error shows in commit().
  void write(std::string_view bytes);
  void commit();  // waits for the queued writes, fsync, rename; throws evkg::Error on failure
  const std::string& path() const { return path_; }

 private:
  class Behind;  // the writing thread and its queue
  std::string path_;
  std::string tmp_;
  int fd_ = -1;
  std::unique_ptr<Behind> behind_;  // started by the first write
};

// Writes the whole of `bytes` to `path` atomically.
void write_file_atomic(const std::string& path, std::string_view bytes);

}  // namespace evkg
