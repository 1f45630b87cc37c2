#include "core/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include "core/error.hpp"

namespace evkg {

namespace {
// The directory a path's file is in ("." for a bare name).
std::string directory_of(const std::string& path) {
  const auto slash = path.rfind('/');
  return slash == std::string::npos ? "." : path.substr(0, slash == 0 ? 1 : slash);
}

// Writes all of `bytes` to fd; 0, or the errno of the failure.
int write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return 0;
}
}  // namespace

// A thread that writes queued chunks to the file in order. Chunk strings are reused, so a long
// output allocates kQueued + 1 buffers, not one per write.
class AtomicFile::Behind {
 public:
  explicit Behind(int fd) : fd_(fd), thread_([this] { run(); }) {}
  ~Behind() { finish(); }
  Behind(const Behind&) = delete;
  Behind& operator=(const Behind&) = delete;

  void push(std::string_view bytes) {
    std::unique_lock lock(m_);
    room_.wait(lock, [&] { return queue_.size() < kQueued; });
    if (error_ != 0) return;  // the file is failed already: nothing more is written
    std::string chunk;
    if (!spare_.empty()) {
      chunk = std::move(spare_.back());
      spare_.pop_back();
    }
    lock.unlock();
    chunk.assign(bytes);
    lock.lock();
    queue_.push_back(std::move(chunk));
    work_.notify_one();
  }

  // Waits for every queued chunk and stops the thread; 0, or the errno of the first failed write.
  int finish() {
    {
      const std::lock_guard lock(m_);
      closed_ = true;
      work_.notify_one();
    }
    if (thread_.joinable()) thread_.join();
    return error_;
  }

 private:
  void run() {
    std::unique_lock lock(m_);
    for (;;) {
      work_.wait(lock, [&] { return closed_ || !queue_.empty(); });
      if (queue_.empty()) return;  // closed, and all written
      std::string chunk = std::move(queue_.front());
      queue_.pop_front();
      const bool failed = error_ != 0;
      lock.unlock();
      const int e = failed ? 0 : write_all(fd_, chunk);
      chunk.clear();
      lock.lock();
      if (e != 0 && error_ == 0) error_ = e;
      spare_.push_back(std::move(chunk));
      room_.notify_one();
    }
  }

  const int fd_;
  std::mutex m_;
  std::condition_variable work_, room_;
  std::deque<std::string> queue_;
  std::vector<std::string> spare_;
  bool closed_ = false;
  int error_ = 0;
  std::thread thread_;  // last: it starts once the members above exist
};

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  const auto slash = path_.rfind('/');
  const std::string base = slash == std::string::npos ? path_ : path_.substr(slash + 1);
  std::string tmpl = directory_of(path_) + "/." + base + ".tmp.XXXXXX";
  std::vector<char> buf(tmpl.begin(), tmpl.end());
  buf.push_back('\0');
  fd_ = ::mkostemp(buf.data(), O_CLOEXEC);
  if (fd_ < 0) throw Error(path_ + ": cannot write: " + std::strerror(errno));
  tmp_.assign(buf.data());
  ::fchmod(fd_, 0644);
}

AtomicFile::~AtomicFile() {
  behind_.reset();  // waits for the thread before the file goes
  if (fd_ >= 0) {
    ::close(fd_);
    ::unlink(tmp_.c_str());
  }
}

void AtomicFile::write(std::string_view bytes) {
  if (fd_ < 0 || bytes.empty()) return;
  if (!behind_) behind_ = std::make_unique<Behind>(fd_);
  behind_->push(bytes);
}

void AtomicFile::commit() {
  if (fd_ < 0) return;
  int err = behind_ ? behind_->finish() : 0;
  behind_.reset();
  if (err == 0 && ::fsync(fd_) != 0) err = errno;
  if (::close(fd_) != 0 && err == 0) err = errno;
  fd_ = -1;
  if (err != 0) {
    ::unlink(tmp_.c_str());
    throw Error(path_ + ": write failed: " + std::strerror(err));
  }
  if (::rename(tmp_.c_str(), path_.c_str()) != 0) {
    const int e = errno;
    ::unlink(tmp_.c_str());
    throw Error(path_ + ": cannot replace: " + std::strerror(e));
  }
  // Make the rename itself durable (best effort: some file systems refuse fsync on a directory).
  const int dir = ::open(directory_of(path_).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
}

void write_file_atomic(const std::string& path, std::string_view bytes) {
  AtomicFile f(path);
  f.write(bytes);
  f.commit();
}

}  // namespace evkg
