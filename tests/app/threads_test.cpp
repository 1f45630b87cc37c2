// The same input gives the same bytes whatever the thread count (results are consumed in input
// order; the corpus spans many batches so that workers really run concurrently).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

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

namespace {

// A directory of `n` small articles named a000.txt...; those in `bad` hold an invalid UTF-8 byte.
void write_articles(const TempDir& dir, int n, const std::vector<int>& bad) {
  std::filesystem::create_directory(dir / "news");
  for (int i = 0; i < n; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "news/a%03d.txt", i);
    std::string text = "date 2025-09-04\n\nMacron met Zelenskyy in Paris on Thursday.\n";
    if (std::find(bad.begin(), bad.end(), i) != bad.end()) text += "Broken \xff byte.\n";
    std::FILE* f = std::fopen((dir / name).c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fwrite(text.data(), 1, text.size(), f);
    std::fclose(f);
  }
}

}  // namespace

// Workers read the article files; their warnings are still logged in input order.
TEST(Threads, WarningsAboutFilesComeInInputOrderWhateverTheThreadCount) {
  TempDir dir;
  write_articles(dir, 300, {7, 70, 150, 151, 299});
  std::string err1, err8;
  const std::string news = shell_words({dir / "news"});
  ASSERT_EQ(run_evkg("build -t 1 " + news + " -o " + (dir / "t1.json"), dir, &err1), 0);
  ASSERT_EQ(run_evkg("build -t 8 " + news + " -o " + (dir / "t8.json"), dir, &err8), 0);
  std::vector<std::string> named;
  for (const char* f : {"a007", "a070", "a150", "a151", "a299"}) {
    const auto at = err8.find(std::string(f) + ".txt: 1 invalid UTF-8 sequences replaced");
    ASSERT_NE(at, std::string::npos) << f << " in " << err8;
    named.push_back(f);
    if (named.size() > 1) {
      EXPECT_LT(err8.find(named[named.size() - 2] + ".txt"), at);
    }
  }
  // The same warnings in the same order (the summary line after them gives the time).
  EXPECT_EQ(err8.substr(0, err8.find("info:")), err1.substr(0, err1.find("info:")));
  EXPECT_EQ(read_file(dir / "t8.json"), read_file(dir / "t1.json"));
}

// With two bad inputs, the first in input order is the one reported, whatever the thread count:
// here an article file that a worker fails to read (Linux refuses to read /proc/self/mem from its
// start) comes before a missing file, which the listing thread finds. Which thread reads the bad
// file and which batch the listing error lands in depend on timing, so each count runs a few times.
TEST(Threads, TheFirstInputErrorInInputOrderIsTheOneReported) {
  if (!std::filesystem::exists("/proc/self/mem")) GTEST_SKIP() << "no /proc";
  TempDir dir;
  write_articles(dir, 200, {});
  for (const int t : {1, 2, 2, 2, 2, 2, 8, 8, 8}) {
    std::string err;
    std::string command = "build -t " + std::to_string(t);
    command.append(" ").append(shell_words({dir / "news", "/proc/self/mem", dir / "missing.txt"}));
    command.append(" -o ").append(dir / "g.json");
    EXPECT_NE(run_evkg(command, dir, &err), 0);
    EXPECT_NE(err.find("/proc/self/mem: read error"), std::string::npos) << err;
    EXPECT_EQ(err.find("missing.txt"), std::string::npos) << err;
    EXPECT_FALSE(std::filesystem::exists(dir / "g.json"));
  }
}
