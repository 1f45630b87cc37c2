#include "tests/reliability/support.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

// POSIX, for posix_spawn: the process environment is a global by definition.
extern char** environ;  // NOLINT(readability-redundant-declaration,cppcoreguidelines-avoid-non-const-global-variables)

namespace evkg::reliability {

namespace {

// Makes scratch names unique within the process (tests of one executable may share a name).
std::atomic<unsigned> g_counter{0};  // NOLINT(cppcoreguidelines-avoid-non-const-global-variables)

fs::path unique_path(const std::string& stem) {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string name = info != nullptr ? std::string(info->test_suite_name()) + "." + info->name() : "test";
  for (char& c : name) {
    if (c == '/') c = '_';
  }
  return fs::temp_directory_path() /
         (stem + "-" + std::to_string(::getpid()) + "-" + std::to_string(g_counter++) + "-" + name);
}

}  // namespace

double now_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

TempDir::TempDir() : path_(unique_path("evkg-rel")) {
  fs::remove_all(path_);
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  // Restore permissions a test may have removed, then delete everything.
  for (auto it = fs::recursive_directory_iterator(path_, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_directory(ec) && !it->is_symlink(ec)) {
      fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
    }
  }
  fs::remove_all(path_, ec);
}

void write_file(const fs::path& p, std::string_view bytes) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + p.string());
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + p.string());
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::map<std::string, std::string> snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_symlink(ec) || !it->is_regular_file(ec)) continue;
    std::string bytes;
    try {
      bytes = read_file(it->path());
    } catch (const std::exception&) {
      bytes = "<unreadable>";
    }
    files[it->path().string()] = std::move(bytes);
  }
  return files;
}

Child::Child(const std::vector<std::string>& args, const fs::path& stdin_file) : start_(now_seconds()) {
  const fs::path base = unique_path("evkg-run");
  out_ = base.string() + ".out";
  err_ = base.string() + ".err";
  std::vector<std::string> argv_s{EVKG_BINARY};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  argv.reserve(argv_s.size() + 1);
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  const std::string in = stdin_file.empty() ? "/dev/null" : stdin_file.string();
  posix_spawn_file_actions_addopen(&fa, 0, in.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, out_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&fa, 2, err_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  const int rc = posix_spawn(&pid_, argv[0], &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) throw std::runtime_error(std::string("cannot start ") + EVKG_BINARY);
}

Child::~Child() {
  if (!reaped_) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
  }
  std::error_code ec;
  fs::remove(out_, ec);
  fs::remove(err_, ec);
}

void Child::reap(int status, std::int64_t rss_kb) {
  reaped_ = true;
  result_.seconds = now_seconds() - start_;
  result_.max_rss_kb = rss_kb;
  if (WIFEXITED(status)) {
    result_.exit_code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    result_.signal = WTERMSIG(status);
  }
  try {
    result_.out = read_file(out_);
    result_.err = read_file(err_);
  } catch (const std::exception&) {
  }
}

bool Child::running() {
  if (reaped_) return false;
  int status = 0;
  struct rusage ru {};
  const pid_t r = ::wait4(pid_, &status, WNOHANG, &ru);
  if (r == pid_) {
    reap(status, ru.ru_maxrss);  // NOLINT(cppcoreguidelines-pro-type-union-access): glibc rusage
    return false;
  }
  return true;
}

void Child::kill_now() {
  if (!reaped_) ::kill(pid_, SIGKILL);
}

RunResult Child::wait(double timeout_seconds) {
  const double deadline = start_ + timeout_seconds;
  while (running()) {
    if (now_seconds() > deadline) {
      result_.timed_out = true;
      kill_now();
      int status = 0;
      struct rusage ru {};
      ::wait4(pid_, &status, 0, &ru);
      reap(status, ru.ru_maxrss);  // NOLINT(cppcoreguidelines-pro-type-union-access): glibc rusage
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return result_;
}

RunResult run_evkg(const std::vector<std::string>& args, const RunOptions& options) {
  Child child(args, options.stdin_file);
  return child.wait(options.timeout_seconds * kTimeFactor);
}

}  // namespace evkg::reliability

namespace evkg::reliability {
bool run_known_bugs() {
  const char* v = std::getenv("EVKG_RUN_KNOWN_BUGS");
  return v != nullptr && std::string_view(v) == "1";
}
}  // namespace evkg::reliability
