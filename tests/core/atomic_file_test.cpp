#include "core/atomic_file.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

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
fs::path temp_dir() {
  auto d = fs::temp_directory_path() / ("evkg-atomic-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}
}  // namespace

TEST(AtomicFile, CommitReplaces) {
  const auto d = temp_dir();
  const auto p = d / "g.graphml";
  write_file_atomic(p.string(), "old");
  write_file_atomic(p.string(), "new");
  EXPECT_EQ(slurp(p), "new");
  EXPECT_EQ(std::distance(fs::directory_iterator(d), fs::directory_iterator()), 1);
}

TEST(AtomicFile, NoCommitLeavesPreviousFileAndNoTemporary) {
  const auto d = temp_dir();
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
