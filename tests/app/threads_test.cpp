// The same input gives the same bytes whatever the thread count (results are consumed in input
// order; the corpus spans many batches so that workers really run concurrently).
#include <gtest/gtest.h>

#include <filesystem>

#include "tests/app/cli_helpers.hpp"

using namespace evkg::test;

namespace {

std::string inputs(const TempDir& dir) {
  write_generated_corpus(dir / "generated.jsonl", 700);
  std::vector<std::string> in = corpus_files();
  in.push_back(dir / "generated.jsonl");
  // Real news when the shared corpus is there: thousands of documents of varied length.
  const std::string bbc = EVKG_SHARED_DIR "/corpus/bbc-2004-2005";
  if (std::filesystem::is_directory(bbc)) in.push_back(bbc);
  return shell_words(in);
}

}  // namespace

TEST(Threads, BuildGivesTheSameBytesForOneTwoAndEightThreads) {
  TempDir dir;
  const std::string in = inputs(dir);
  for (const int t : {1, 2, 8}) {
    const std::string out = dir / ("t" + std::to_string(t));
    std::string command = "build -t " + std::to_string(t);
    command.append(" ").append(in).append(" -o ").append(out).append(".graphml -o ").append(out).append(".json");
    ASSERT_EQ(run_evkg(command, dir), 0);
  }
  const std::string g1 = read_file(dir / "t1.graphml");
  EXPECT_NE(g1.find("<edge "), std::string::npos);
  EXPECT_EQ(read_file(dir / "t2.graphml"), g1);
  EXPECT_EQ(read_file(dir / "t8.graphml"), g1);
  EXPECT_EQ(read_file(dir / "t2.json"), read_file(dir / "t1.json"));
  EXPECT_EQ(read_file(dir / "t8.json"), read_file(dir / "t1.json"));
}

TEST(Threads, ExtractGivesTheSameBytesForOneTwoAndEightThreads) {
  TempDir dir;
  const std::string in = inputs(dir);
  for (const int t : {1, 2, 8}) {
    ASSERT_EQ(run_evkg("extract -t " + std::to_string(t) + " " + in + " -o " + (dir / ("t" + std::to_string(t) + ".jsonl")),
                       dir),
              0);
  }
  const std::string a1 = read_file(dir / "t1.jsonl");
  EXPECT_GT(a1.size(), 0u);
  EXPECT_EQ(read_file(dir / "t2.jsonl"), a1);
  EXPECT_EQ(read_file(dir / "t8.jsonl"), a1);
}
