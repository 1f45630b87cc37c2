// Helpers for the reliability tests: scratch directories, files, and the real evkg binary run as a
// child process with a wall-time limit, its exit status, time and peak memory.
#pragma once
#include <sys/types.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace evkg::reliability {

namespace fs = std::filesystem;

// Wall-time limits are multiplied by this (larger under ASan/UBSan, cmake/sanitizers.cmake).
inline constexpr double kTimeFactor = EVKG_TIME_FACTOR;

// A fresh directory under the system temporary directory, removed with its contents.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }
  fs::path operator/(std::string_view name) const { return path_ / name; }

 private:
  fs::path path_;
};

void write_file(const fs::path& p, std::string_view bytes);
std::string read_file(const fs::path& p);

// Content of every file under dir (recursively, symbolic links not followed), by path: to check that
// nothing in it was modified.
std::map<std::string, std::string> snapshot(const fs::path& dir);

struct RunResult {
  int exit_code = -1;  // -1 when killed by a signal
  int signal = 0;
  bool timed_out = false;
  double seconds = 0;
  std::int64_t max_rss_kb = 0;
  std::string out;
  std::string err;
};

struct RunOptions {
  double timeout_seconds = 120;   // then SIGKILL and timed_out (multiplied by kTimeFactor)
  fs::path stdin_file;            // empty: /dev/null
};

// Runs the evkg binary (EVKG_BINARY) with these arguments and waits for it.
RunResult run_evkg(const std::vector<std::string>& args, const RunOptions& options = {});

// A started evkg process (for tests that kill it midway).
class Child {
 public:
  explicit Child(const std::vector<std::string>& args, const fs::path& stdin_file = {});
  ~Child();
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;
  pid_t pid() const { return pid_; }
  bool running();  // false once it has exited (then result() is final)
  void kill_now();  // SIGKILL
  RunResult wait(double timeout_seconds);

 private:
  pid_t pid_ = -1;
  bool reaped_ = false;
  double start_ = 0;
  fs::path out_;
  fs::path err_;
  RunResult result_;
  void reap(int status, std::int64_t rss_kb);
};

double now_seconds();

}  // namespace evkg::reliability

// Skips a test of a bug reported to the owner of the code, unless EVKG_RUN_KNOWN_BUGS=1 (then the
// test runs and fails until the bug is fixed).
#define EVKG_KNOWN_BUG(what)                                                        \
  do {                                                                              \
    if (!::evkg::reliability::run_known_bugs()) GTEST_SKIP() << "known bug: " what; \
  } while (false)

namespace evkg::reliability {
bool run_known_bugs();
}  // namespace evkg::reliability
