// The progress line: on a terminal for long runs, never when stderr is a file or pipe, never with -q.
#include <gtest/gtest.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>

#include "tests/app/cli_helpers.hpp"

using namespace evkg::test;

namespace {

// Every progress line ends with "erase to the end of the line"; nothing else evkg prints does.
constexpr const char* kEraseLine = "\x1b[K";

struct PtyRun {
  std::string output;  // what the terminal received (stdout and stderr)
  int status = -1;
  double seconds = 0;
};

// Runs evkg with its stdout and stderr on a pseudo-terminal.
PtyRun run_on_terminal(const std::vector<std::string>& args) {
  PtyRun r;
  const auto t0 = std::chrono::steady_clock::now();
  int master = -1;
  const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
  if (pid < 0) return r;
  if (pid == 0) {
    std::vector<char*> argv;
    std::string bin = EVKG_BINARY;
    argv.push_back(bin.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(bin.c_str(), argv.data());
    ::_exit(127);
  }
  char buf[4096];
  for (;;) {
    const ssize_t n = ::read(master, buf, sizeof buf);
    if (n > 0) {
      r.output.append(buf, static_cast<std::size_t>(n));
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else {
      break;  // EIO once the child has closed the terminal
    }
  }
  ::close(master);
  int status = 0;
  ::waitpid(pid, &status, 0);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return r;
}

// A corpus that takes a while to extract (the line appears after one second).
std::string long_corpus(const TempDir& dir) {
  std::string path = dir / "long.jsonl";
  write_generated_corpus(path, 6000);
  return path;
}

}  // namespace

TEST(Progress, AbsentWhenStderrIsNotATerminal) {
  TempDir dir;
  const std::string corpus = long_corpus(dir);
  std::string err;
  ASSERT_EQ(run_evkg("extract -t 1 " + shell_words({corpus}) + " -o " + (dir / "a.jsonl"), dir, &err), 0);
  EXPECT_EQ(err.find('\r'), std::string::npos) << err;
  EXPECT_EQ(err.find(kEraseLine), std::string::npos) << err;
  EXPECT_NE(err.find("info: "), std::string::npos) << "the final summary is there: " << err;
  ASSERT_EQ(run_evkg("build -t 1 --from " + (dir / "a.jsonl") + " -o " + (dir / "g.graphml"), dir, &err), 0);
  EXPECT_EQ(err.find('\r'), std::string::npos) << err;
  EXPECT_NE(err.find("info: "), std::string::npos) << "the final summary is there: " << err;
}

TEST(Progress, OnATerminalOnlyWithoutQuiet) {
  TempDir dir;
  const std::string corpus = long_corpus(dir);
  const auto quiet = run_on_terminal({"-q", "extract", "-t", "1", corpus, "-o", dir / "q.jsonl"});
  ASSERT_EQ(quiet.status, 0) << quiet.output;
  EXPECT_EQ(quiet.output.find("documents"), std::string::npos) << quiet.output;
  EXPECT_EQ(quiet.output.find(kEraseLine), std::string::npos) << quiet.output;
  // -q after the command means the same
  const auto after = run_on_terminal({"extract", "-q", "-t", "1", corpus, "-o", dir / "q2.jsonl"});
  ASSERT_EQ(after.status, 0) << after.output;
  EXPECT_EQ(after.output.find("documents"), std::string::npos) << after.output;
  EXPECT_EQ(after.output.find(kEraseLine), std::string::npos) << after.output;
  const auto off = run_on_terminal({"extract", "--no-progress", "-t", "1", corpus, "-o", dir / "n.jsonl"});
  ASSERT_EQ(off.status, 0) << off.output;
  EXPECT_EQ(off.output.find(kEraseLine), std::string::npos) << off.output;

  const auto on = run_on_terminal({"extract", "-t", "1", corpus, "-o", dir / "a.jsonl"});
  ASSERT_EQ(on.status, 0) << on.output;
  if (on.seconds < 1.5) GTEST_SKIP() << "the run was too short for a progress line (" << on.seconds << " s)";
  EXPECT_NE(on.output.find(kEraseLine), std::string::npos) << on.output;
  EXPECT_NE(on.output.find(" documents, "), std::string::npos) << on.output;
  EXPECT_NE(on.output.find("MB/s"), std::string::npos) << on.output;
}
