// Output files: a run killed with SIGKILL while writing leaves the previous files byte-identical
// (temporary file in the same directory, then rename) and nothing that passes for output; an output
// that is also an input is refused before any work.
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <string>
#include <thread>

#include "export/graph_io.hpp"
#include "tests/reliability/corpus.hpp"
#include "tests/reliability/support.hpp"

namespace evkg::reliability {
namespace {

// Hidden temporary files of evkg's atomic writes (".NAME.tmp.XXXXXX") in dir.
std::vector<std::string> temporaries(const fs::path& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (name.starts_with(".") && name.find(".tmp.") != std::string::npos) out.push_back(name);
  }
  return out;
}

TEST(Output, KillDuringWritingLeavesThePreviousFilesIntact) {
  const TempDir dir;
  const auto out = dir / "out";
  fs::create_directories(out);
  write_file(dir / "small.txt", "date 2018-06-12\nDonald Trump met Kim Jong Un in Singapore on Tuesday.\n");
  const std::vector<std::string> outputs = {(out / "g.graphml").string(), (out / "g.json").string(),
                                            (out / "g.dot").string()};
  std::vector<std::string> args = {"build", (dir / "small.txt").string()};
  for (const auto& o : outputs) {
    args.push_back("-o");
    args.push_back(o);
  }
  ASSERT_EQ(run_evkg(args).exit_code, 0);
  const auto previous = snapshot(out);
  ASSERT_EQ(previous.size(), 3u);

  write_file(dir / "big.jsonl", meetings_jsonl(12000, 1));
  args[1] = (dir / "big.jsonl").string();
  Child child(args);
  const double deadline = now_seconds() + 180 * kTimeFactor;
  bool killed = false;
  while (now_seconds() < deadline && child.running()) {
    if (!temporaries(out).empty()) {  // writing has begun
      child.kill_now();
      killed = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
  const RunResult r = child.wait(60);
  ASSERT_TRUE(killed) << "the run ended (" << r.exit_code << ") before it was seen writing: " << r.err;
  EXPECT_EQ(r.signal, SIGKILL);

  const auto after = snapshot(out);
  for (const auto& [path, bytes] : previous) {
    ASSERT_TRUE(after.count(path)) << path << " was removed";
    EXPECT_TRUE(after.at(path) == bytes) << path << " was changed";
  }
  // What the killed run left behind is a hidden temporary, in the output's directory, whose name has
  // no graph extension: not mistaken for output, and skipped when the directory is read as input.
  for (const auto& [path, bytes] : after) {
    if (previous.count(path)) continue;
    const std::string name = fs::path(path).filename().string();
    EXPECT_TRUE(name.starts_with(".")) << name;
    EXPECT_FALSE(format_from_path(name).has_value()) << name;
  }
  EXPECT_LE(after.size(), previous.size() + 1);
  // The next run replaces the files normally.
  args[1] = (dir / "small.txt").string();
  ASSERT_EQ(run_evkg(args).exit_code, 0);
  EXPECT_TRUE(read_file(out / "g.json") == previous.at((out / "g.json").string()));
}

TEST(Output, AnOutputThatIsAnInputIsRefused) {
  const TempDir dir;
  const auto in = dir / "in";
  fs::create_directories(in / "sub");
  write_file(in / "a.json", "[{\"id\": \"a\", \"text\": \"Donald Trump met Kim Jong Un.\"}]");
  write_file(in / "sub" / "b.txt", "Joe Biden met Xi Jinping.");
  fs::create_symlink(in / "a.json", dir / "link.json");
  fs::create_hard_link(in / "a.json", dir / "hard.json");
  const auto before = snapshot(dir.path());
  const std::vector<std::pair<std::string, std::string>> cases = {
      {(in / "a.json").string(), (in / "a.json").string()},          // the same path
      {(in / "a.json").string(), (in / "." / "a.json").string()},    // spelled differently
      {(in / "a.json").string(), (dir / "link.json").string()},      // a symbolic link to it
      {(in / "a.json").string(), (dir / "hard.json").string()},      // a hard link to it
      {in.string(), (in / "a.json").string()},                       // a file of an input directory
      {in.string(), (in / "sub" / "new.graphml").string()},          // a new file inside one
      {(dir / "link.json").string(), (in / "a.json").string()},      // the input is the link
  };
  for (const auto& [input, output] : cases) {
    const auto r = run_evkg({"build", input, "-o", output});
    EXPECT_EQ(r.exit_code, 1) << input << " -> " << output << ": " << r.err;
    EXPECT_NE(r.err.find("refusing to overwrite an input"), std::string::npos) << r.err;
  }
  EXPECT_TRUE(before == snapshot(dir.path())) << "a file was written or changed";
  EXPECT_FALSE(fs::exists(in / "sub" / "new.graphml"));
  // Beside the input is fine.
  const auto ok = run_evkg({"build", in.string(), "-o", (dir / "g.json").string()});
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
}

TEST(Output, UnwritableOutputIsAClearErrorAndWritesNothingElse) {
  const TempDir dir;
  write_file(dir / "a.txt", "Joe Biden met Xi Jinping.");
  const auto r = run_evkg({"build", (dir / "a.txt").string(), "-o", (dir / "g.json").string(), "-o",
                           (dir / "no" / "such" / "dir" / "g.graphml").string()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find((dir / "no" / "such" / "dir" / "g.graphml").string()), std::string::npos) << r.err;
  EXPECT_TRUE(temporaries(dir.path()).empty());
}

}  // namespace
}  // namespace evkg::reliability
