// Output that is never half-written: bytes go to a temporary file in the destination's directory,
// which replaces the destination by rename() only when commit() succeeds. A crash or an exception
// before that leaves any previous file untouched and removes the temporary one.
#pragma once
#include <cstdio>
#include <string>
#include <string_view>

namespace evkg {

class AtomicFile {
 public:
  explicit AtomicFile(std::string path);  // throws evkg::Error when the temporary cannot be created
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  void write(std::string_view bytes);
  void commit();  // flush, fsync, rename; throws evkg::Error on failure
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::string tmp_;
  std::FILE* f_ = nullptr;
  bool failed_ = false;
};

// Writes the whole of `bytes` to `path` atomically.
void write_file_atomic(const std::string& path, std::string_view bytes);

}  // namespace evkg
