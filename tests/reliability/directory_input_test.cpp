// Directory inputs with traps: symbolic link loops, unreadable files, FIFOs and other non-regular
// files. No hang; each is skipped with a warning (in a directory) or a clear error (named directly).
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>

#include "tests/reliability/support.hpp"

namespace evkg::reliability {
namespace {

constexpr const char* kSingaporeArticle = "date 2018-06-12\nDonald Trump met Kim Jong Un in Singapore on Tuesday.\n";

TEST(DirectoryInput, SymlinkLoopsAreNotFollowed) {
  const TempDir dir;
  const auto in = dir / "in";
  fs::create_directories(in / "sub");
  write_file(in / "sub" / "a.txt", kSingaporeArticle);
  fs::create_directory_symlink("..", in / "sub" / "up");        // a loop through the parent
  fs::create_directory_symlink(in, in / "sub" / "again");      // a loop by absolute path
  fs::create_symlink("self", in / "self");                      // a link to itself (ELOOP)
  fs::create_symlink("missing.txt", in / "dangling.txt");       // a link to nothing
  const auto r = run_evkg({"build", in.string(), "-o", (dir / "g.json").string()}, {30, {}});
  EXPECT_FALSE(r.timed_out);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("1 documents"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find((in / "self").string() + ": skipped"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find((in / "dangling.txt").string() + ": skipped"), std::string::npos) << r.err;
}

TEST(DirectoryInput, FifosAndOtherNonRegularFilesAreSkipped) {
  const TempDir dir;
  const auto in = dir / "in";
  fs::create_directories(in);
  write_file(in / "a.txt", kSingaporeArticle);
  ASSERT_EQ(::mkfifo((in / "pipe.txt").c_str(), 0644), 0);
  fs::create_symlink("/dev/zero", in / "zero.txt");  // endless character device
  const auto r = run_evkg({"build", in.string(), "-o", (dir / "g.json").string()}, {30, {}});
  EXPECT_FALSE(r.timed_out) << "a FIFO or device was read";
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find((in / "pipe.txt").string() + ": skipped: not a regular file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find((in / "zero.txt").string() + ": skipped: not a regular file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("skipped 2 files"), std::string::npos) << r.err;
}

TEST(DirectoryInput, FifoNamedOnTheCommandLineIsAClearError) {
  const TempDir dir;
  ASSERT_EQ(::mkfifo((dir / "pipe.txt").c_str(), 0644), 0);
  const auto r = run_evkg({"build", (dir / "pipe.txt").string(), "-o", (dir / "g.json").string()}, {30, {}});
  EXPECT_FALSE(r.timed_out);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("not a regular file"), std::string::npos) << r.err;
}

TEST(DirectoryInput, UnreadableFileIsSkippedWithAWarning) {
  if (::geteuid() == 0) {
    GTEST_SKIP() << "running as root: permissions do not stop reads (the I/O error case below covers "
                    "unreadable files for root)";
  }
  const TempDir dir;
  const auto in = dir / "in";
  fs::create_directories(in);
  write_file(in / "a.txt", kSingaporeArticle);
  write_file(in / "secret.txt", kSingaporeArticle);
  fs::permissions(in / "secret.txt", fs::perms::none);
  const auto r = run_evkg({"build", in.string(), "-o", (dir / "g.json").string()}, {30, {}});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find((in / "secret.txt").string() + ": cannot read"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("skipped 1 files"), std::string::npos) << r.err;
}

// A file that opens but cannot be read, whoever runs the test: /proc/self/mem reads fail with EIO
// at offset 0 (nothing is mapped there).
TEST(DirectoryInput, FileWithAReadErrorIsSkippedInADirectoryAndAnErrorWhenNamed) {
  const TempDir dir;
  const auto in = dir / "in";
  fs::create_directories(in);
  write_file(in / "a.txt", kSingaporeArticle);
  fs::create_symlink("/proc/self/mem", in / "mem.txt");
  const auto r = run_evkg({"build", in.string(), "-o", (dir / "g.json").string()}, {30, {}});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find((in / "mem.txt").string() + ": read error"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("skipped 1 files"), std::string::npos) << r.err;
  const auto named = run_evkg({"build", (in / "mem.txt").string(), "-o", (dir / "g.json").string()}, {30, {}});
  EXPECT_EQ(named.exit_code, 1) << named.err;
  EXPECT_NE(named.err.find((in / "mem.txt").string() + ": read error"), std::string::npos) << named.err;
}

TEST(DirectoryInput, MissingInputIsAClearError) {
  const TempDir dir;
  const auto r = run_evkg({"build", (dir / "nope").string(), "-o", (dir / "g.json").string()}, {30, {}});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find((dir / "nope").string() + ": no such file or directory"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace evkg::reliability
