#include "core/atomic_file.hpp"

#include <gtest/gtest.h>

#include <sys/resource.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>

#include "core/error.hpp"

using namespace evkg;
namespace fs = std::filesystem;

namespace {
std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
// A fresh directory for the running test, removed at the end of the test.
class ScratchDir {
 public:
  ScratchDir()
      : path_(fs::temp_directory_path() / ("evkg-atomic-" + std::to_string(::getpid()) + "-" +
                                           ::testing::UnitTest::GetInstance()->current_test_info()->name())) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};
}  // namespace

TEST(AtomicFile, CommitReplaces) {
  const ScratchDir scratch;
  const auto& d = scratch.path();
  const auto p = d / "g.graphml";
  write_file_atomic(p.string(), "old");
  write_file_atomic(p.string(), "new");
  EXPECT_EQ(slurp(p), "new");
  EXPECT_EQ(std::distance(fs::directory_iterator(d), fs::directory_iterator()), 1);
}

TEST(AtomicFile, NoCommitLeavesPreviousFileAndNoTemporary) {
  const ScratchDir scratch;
  const auto& d = scratch.path();
  const auto p = d / "g.json";
  write_file_atomic(p.string(), "previous");
  {
    AtomicFile f(p.string());
    f.write("half-written");
  }  // destroyed without commit, as on an exception
  EXPECT_EQ(slurp(p), "previous");
  EXPECT_EQ(std::distance(fs::directory_iterator(d), fs::directory_iterator()), 1);
}

TEST(AtomicFile, UnwritableDirectoryNamesTheFile) {
  try {
    write_file_atomic("/nonexistent-dir/x.graphml", "x");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent-dir/x.graphml"), std::string::npos);
  }
}

// Writes go to the file's own thread: many writes of every size, some larger than all the queued
// chunks together, arrive whole and in order.
TEST(AtomicFile, ManyWritesArriveInOrder) {
  const ScratchDir scratch;
  const auto& d = scratch.path();
  const auto p = d / "g.graphml";
  std::string expected;
  {
    AtomicFile f(p.string());
    for (int i = 0; i < 2000; ++i) {
      std::string chunk(static_cast<std::size_t>(i % 7 == 0 ? 300000 + i : i % 50 + 1), static_cast<char>('a' + i % 26));
      chunk += std::to_string(i);
      expected += chunk;
      f.write(chunk);
    }
    f.commit();
  }
  EXPECT_EQ(slurp(p), expected);
  EXPECT_EQ(std::distance(fs::directory_iterator(d), fs::directory_iterator()), 1);
}

// A write that fails on the writing thread (here: over the file size limit) fails commit(), which
// names the file, keeps the previous one and leaves no temporary behind.
TEST(AtomicFile, AFailedWriteFailsCommit) {
  const ScratchDir scratch;
  const auto& d = scratch.path();
  const auto p = d / "g.json";
  write_file_atomic(p.string(), "previous");
  rlimit old{};
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &old), 0);
  const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);  // EFBIG instead of the signal
  rlimit small = old;
  small.rlim_cur = 1 << 20;
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
  std::string message;
  try {
    AtomicFile f(p.string());
    const std::string chunk(1 << 18, 'x');
    for (int i = 0; i < 16; ++i) f.write(chunk);
    f.commit();
  } catch (const Error& e) {
    message = e.what();
  }
  ::setrlimit(RLIMIT_FSIZE, &old);
  std::signal(SIGXFSZ, old_handler);
  EXPECT_NE(message.find(p.string() + ": write failed"), std::string::npos) << message;
  EXPECT_EQ(slurp(p), "previous");
  EXPECT_EQ(std::distance(fs::directory_iterator(d), fs::directory_iterator()), 1);
}
