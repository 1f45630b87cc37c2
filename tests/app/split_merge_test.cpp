// The map and reduce steps give the graph of a single run, byte for byte, whatever the split and
// the order; merging graph files does not depend on the order or grouping.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "tests/app/cli_helpers.hpp"

using namespace evkg::test;

namespace {

// The corpus in `parts` interleaved parts.
std::vector<std::vector<std::string>> split(const std::vector<std::string>& files, std::size_t parts) {
  std::vector<std::vector<std::string>> out(parts);
  for (std::size_t i = 0; i < files.size(); ++i) out[i % parts].push_back(files[i]);
  return out;
}

}  // namespace

TEST(SplitMerge, ExtractThenBuildFromEqualsBuild) {
  TempDir dir;
  const std::string corpus = shell_words(corpus_files());
  ASSERT_EQ(run_evkg("build " + corpus + " -o " + (dir / "one.graphml") + " -o " + (dir / "one.json"), dir), 0);
  ASSERT_EQ(run_evkg("extract " + corpus + " -o " + (dir / "all.jsonl"), dir), 0);
  ASSERT_EQ(run_evkg("build --from " + (dir / "all.jsonl") + " -o " + (dir / "from.graphml") + " -o " +
                         (dir / "from.json"),
                     dir),
            0);
  const std::string graphml = read_file(dir / "one.graphml");
  EXPECT_NE(graphml.find("<edge "), std::string::npos) << "the corpus should give edges";
  EXPECT_EQ(read_file(dir / "from.graphml"), graphml);
  EXPECT_EQ(read_file(dir / "from.json"), read_file(dir / "one.json"));
}

TEST(SplitMerge, PartsBuiltFromInAnyOrderEqualASingleRun) {
  TempDir dir;
  const auto files = corpus_files();
  ASSERT_GE(files.size(), 3u);
  ASSERT_EQ(run_evkg("build " + shell_words(files) + " -o " + (dir / "one.graphml") + " -o " + (dir / "one.json") +
                         " --include-unconfirmed",
                     dir),
            0);
  const auto parts = split(files, 3);
  std::vector<std::string> shards;
  for (std::size_t p = 0; p < parts.size(); ++p) {
    shards.push_back(dir / ("part" + std::to_string(p) + ".jsonl"));
    ASSERT_EQ(run_evkg("extract -t 1 " + shell_words(parts[p]) + " -o " + shards.back(), dir), 0);
  }
  std::sort(shards.begin(), shards.end());
  int run = 0;
  do {
    const std::string out = dir / ("from" + std::to_string(run++));
    ASSERT_EQ(run_evkg("build --include-unconfirmed --from " + shell_words(shards) + " -o " + out + ".graphml -o " +
                           out + ".json",
                       dir),
              0);
    EXPECT_EQ(read_file(out + ".graphml"), read_file(dir / "one.graphml")) << "order " << shell_words(shards);
    EXPECT_EQ(read_file(out + ".json"), read_file(dir / "one.json")) << "order " << shell_words(shards);
  } while (std::next_permutation(shards.begin(), shards.end()));
}

TEST(SplitMerge, MergeOfGraphFilesIsOrderIndependent) {
  TempDir dir;
  const auto parts = split(corpus_files(), 3);
  std::vector<std::string> graphs;
  for (std::size_t p = 0; p < parts.size(); ++p) {
    // GraphML and JSON inputs mixed: both readers must give the same graph.
    graphs.push_back(dir / ("g" + std::to_string(p) + (p == 1 ? ".json" : ".graphml")));
    ASSERT_EQ(run_evkg("build " + shell_words(parts[p]) + " -o " + graphs.back(), dir), 0);
  }
  ASSERT_EQ(run_evkg("merge " + shell_words(graphs) + " -o " + (dir / "m.graphml") + " -o " + (dir / "m.json"), dir), 0);
  const std::string expected = read_file(dir / "m.graphml");
  const std::string expected_json = read_file(dir / "m.json");
  EXPECT_NE(expected.find("<edge "), std::string::npos);

  std::vector<std::string> order = graphs;
  std::sort(order.begin(), order.end());
  int run = 0;
  do {
    const std::string out = dir / ("o" + std::to_string(run++));
    ASSERT_EQ(run_evkg("merge " + shell_words(order) + " -o " + out + ".graphml -o " + out + ".json", dir), 0);
    EXPECT_EQ(read_file(out + ".graphml"), expected) << "order " << shell_words(order);
    EXPECT_EQ(read_file(out + ".json"), expected_json) << "order " << shell_words(order);
  } while (std::next_permutation(order.begin(), order.end()));

  // Grouping: (g0 + g1) + g2 and g0 + (g1 + g2).
  ASSERT_EQ(run_evkg("merge " + shell_words({graphs[0], graphs[1]}) + " -o " + (dir / "g01.graphml"), dir), 0);
  ASSERT_EQ(run_evkg("merge " + shell_words({graphs[1], graphs[2]}) + " -o " + (dir / "g12.json"), dir), 0);
  ASSERT_EQ(run_evkg("merge " + shell_words({dir / "g01.graphml", graphs[2]}) + " -o " + (dir / "left.graphml"), dir), 0);
  ASSERT_EQ(run_evkg("merge " + shell_words({graphs[0], dir / "g12.json"}) + " -o " + (dir / "right.graphml"), dir), 0);
  EXPECT_EQ(read_file(dir / "left.graphml"), expected);
  EXPECT_EQ(read_file(dir / "right.graphml"), expected);
}

TEST(SplitMerge, UsageErrors) {
  TempDir dir;
  std::string err;
  EXPECT_NE(run_evkg("build -o " + (dir / "g.graphml"), dir, &err), 0);
  EXPECT_NE(err.find("--from"), std::string::npos) << err;
  EXPECT_NE(run_evkg("build x.txt --from y.jsonl -o " + (dir / "g.graphml"), dir), 0);
  EXPECT_NE(run_evkg("merge -o " + (dir / "g.graphml"), dir), 0);
  EXPECT_NE(run_evkg("extract " + shell_words(corpus_files()), dir), 0);  // no -o
  // A malformed assertion file names the file and line.
  {
    std::ofstream bad(dir / "bad.jsonl");
    bad << "{\"doc_id\":\"a\",\"entities\":[],\"assertions\":[]}\n{\"doc_id\":\n";
  }
  EXPECT_EQ(run_evkg("build --from " + (dir / "bad.jsonl") + " -o " + (dir / "g.graphml"), dir, &err), 1);
  EXPECT_NE(err.find("bad.jsonl:2:"), std::string::npos) << err;
}
