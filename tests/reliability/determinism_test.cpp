// The same input gives the same bytes: across runs, thread counts, and the order of the input files
// on the command line (ids come from file names, so they do not change). No input is modified.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>

#include "tests/reliability/corpus.hpp"
#include "tests/reliability/support.hpp"

namespace evkg::reliability {
namespace {

// Builds the inputs into out/g.{graphml,json,dot} and returns the three files' bytes.
std::vector<std::string> build(const TempDir& dir, std::vector<std::string> inputs, const std::string& tag,
                               const std::vector<std::string>& extra = {}) {
  const auto out = dir / ("out-" + tag);
  fs::create_directories(out);
  std::vector<std::string> args = {"build"};
  args.insert(args.end(), inputs.begin(), inputs.end());
  args.insert(args.end(), extra.begin(), extra.end());
  for (const char* name : {"g.graphml", "g.json", "g.dot"}) {
    args.push_back("-o");
    args.push_back((out / name).string());
  }
  const auto r = run_evkg(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> bytes;
  for (const char* name : {"g.graphml", "g.json", "g.dot"}) bytes.push_back(read_file(out / name));
  return bytes;
}

class Determinism : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(dir_ / "in");
    const auto articles = meetings_articles(300, 3);
    for (std::size_t i = 0; i < articles.size(); ++i) {
      const auto path = dir_ / "in" / ("a" + std::to_string(i) + ".txt");
      write_file(path, articles[i]);
      files_.push_back(path.string());
    }
    for (const auto& e : fs::directory_iterator(fs::path(EVKG_SOURCE_DIR) / "examples")) {
      if (e.path().extension() != ".txt") continue;
      fs::copy_file(e.path(), dir_ / "in" / e.path().filename());
      files_.push_back((dir_ / "in" / e.path().filename()).string());
    }
    write_file(dir_ / "feed.jsonl", meetings_jsonl(500, 4));
    before_ = snapshot(dir_.path());
  }
  void TearDown() override {
    auto after = snapshot(dir_.path());
    std::erase_if(after, [](const auto& kv) { return kv.first.find("/out-") != std::string::npos; });
    EXPECT_TRUE(after == before_) << "an input file was modified";
  }

  TempDir dir_;
  std::vector<std::string> files_;
  std::map<std::string, std::string> before_;
};

TEST_F(Determinism, SameBytesAcrossRunsAndThreadCounts) {
  const auto a = build(dir_, {(dir_ / "in").string(), (dir_ / "feed.jsonl").string()}, "1");
  const auto b = build(dir_, {(dir_ / "in").string(), (dir_ / "feed.jsonl").string()}, "2");
  const auto c = build(dir_, {(dir_ / "in").string(), (dir_ / "feed.jsonl").string()}, "3", {"-t", "1"});
  const auto d = build(dir_, {(dir_ / "in").string(), (dir_ / "feed.jsonl").string()}, "4", {"-t", "2"});
  ASSERT_FALSE(a[0].empty());
  EXPECT_TRUE(a == b);
  EXPECT_TRUE(a == c);
  EXPECT_TRUE(a == d);
}

TEST_F(Determinism, SameBytesWhateverTheOrderOfInputFiles) {
  std::vector<std::string> shuffled = files_;
  std::mt19937 rng(11);
  std::shuffle(shuffled.begin(), shuffled.end(), rng);
  std::vector<std::string> reversed(files_.rbegin(), files_.rend());
  const auto a = build(dir_, files_, "sorted");
  const auto b = build(dir_, shuffled, "shuffled");
  const auto c = build(dir_, reversed, "reversed");
  const auto d = build(dir_, {(dir_ / "in").string()}, "dir");
  ASSERT_FALSE(a[0].empty());
  EXPECT_TRUE(a == b);
  EXPECT_TRUE(a == c);
  EXPECT_TRUE(a == d);
}

TEST_F(Determinism, SameBytesWhateverTheOrderOfRecordsInAFile) {
  std::string lines = read_file(dir_ / "feed.jsonl");
  std::vector<std::string> records;
  for (std::size_t pos = 0; pos < lines.size();) {
    const auto nl = lines.find('\n', pos);
    records.push_back(lines.substr(pos, nl + 1 - pos));
    pos = nl + 1;
  }
  std::reverse(records.begin(), records.end());
  std::string reversed;
  for (const auto& r : records) reversed += r;
  fs::create_directories(dir_ / "rev");
  write_file(dir_ / "rev" / "feed.jsonl", reversed);
  before_ = snapshot(dir_.path());
  const auto a = build(dir_, {(dir_ / "feed.jsonl").string()}, "fwd");
  const auto b = build(dir_, {(dir_ / "rev" / "feed.jsonl").string()}, "rev");
  ASSERT_FALSE(a[0].empty());
  EXPECT_TRUE(a == b);
}

}  // namespace
}  // namespace evkg::reliability
