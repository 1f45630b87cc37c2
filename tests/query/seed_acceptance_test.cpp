// Acceptance on the reference articles (../shared/seeds), built with the real binary. Skips with a
// message where ../shared is absent.
#include <gtest/gtest.h>

#include <filesystem>

#include "export/graph_io.hpp"
#include "run_binary.hpp"

using evkg::test::run;
using evkg::test::run_evkg;
using evkg::test::RunResult;
using evkg::test::ScratchDir;

namespace {

const std::string kSeeds = std::string(EVKG_SHARED_DIR) + "/seeds";

class SeedGraph : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!std::filesystem::is_directory(kSeeds)) return;
    dir_ = new ScratchDir();
    const RunResult r = run_evkg({"build", kSeeds, "-o", graph()});
    built_ = r.status == 0;
    build_error_ = r.err;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  void SetUp() override {
    if (!std::filesystem::is_directory(kSeeds)) GTEST_SKIP() << kSeeds << " is absent: seed acceptance tests skipped";
    ASSERT_TRUE(built_) << "evkg build failed: " << build_error_;
  }
  static std::string graph() { return *dir_ / "seeds.graphml"; }
  static std::string scratch(const std::string& name) { return *dir_ / name; }
  static RunResult query(std::vector<std::string> args) {
    args.insert(args.begin(), {"query", graph()});
    return run_evkg(args);
  }

 private:
  // Per-suite state of GoogleTest's SetUpTestSuite/TearDownTestSuite: one graph for every test.
  // NOLINTBEGIN(cppcoreguidelines-avoid-non-const-global-variables)
  static ScratchDir* dir_;
  static bool built_;
  static std::string build_error_;
  // NOLINTEND(cppcoreguidelines-avoid-non-const-global-variables)
};

// NOLINTBEGIN(cppcoreguidelines-avoid-non-const-global-variables)
ScratchDir* SeedGraph::dir_ = nullptr;
bool SeedGraph::built_ = false;
std::string SeedGraph::build_error_;
// NOLINTEND(cppcoreguidelines-avoid-non-const-global-variables)

// Splits TSV output into rows of fields (the header row first).
std::vector<std::vector<std::string>> tsv_rows(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto nl = text.find('\n', i);
    const std::string line = text.substr(i, nl - i);
    std::vector<std::string> fields;
    std::size_t j = 0;
    while (true) {
      const auto tab = line.find('\t', j);
      fields.push_back(line.substr(j, tab - j));
      if (tab == std::string::npos) break;
      j = tab + 1;
    }
    rows.push_back(std::move(fields));
    if (nl == std::string::npos) break;
    i = nl + 1;
  }
  return rows;
}

std::size_t field(const std::vector<std::vector<std::string>>& rows, const std::string& key) {
  const auto& header = rows.at(0);
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == key) return i;
  }
  throw std::out_of_range("no column " + key);
}

}  // namespace

TEST_F(SeedGraph, ZelenskyMetTrumpAndMacronWithEvidenceNeverPutin) {
  const RunResult r = query({"met", "Zelensky", "--format", "tsv"});
  ASSERT_EQ(r.status, 0) << r.err;
  const auto rows = tsv_rows(r.out);
  const auto who = field(rows, "counterpart");
  const auto evidence = field(rows, "evidence");
  bool trump = false;
  bool macron = false;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto& name = rows[i][who];
    EXPECT_EQ(name.find("Putin"), std::string::npos) << "Putin listed as met by Zelensky";
    EXPECT_FALSE(rows[i][evidence].empty()) << name << " without evidence";
    trump = trump || name == "Donald Trump";
    macron = macron || name == "Emmanuel Macron";
  }
  EXPECT_TRUE(trump) << r.out;
  EXPECT_TRUE(macron) << r.out;
  // nor with co-attendance inferred (Putin attended no event Zelensky attended)
  const RunResult inferred = query({"met", "Zelensky", "--via-events", "--format", "tsv"});
  EXPECT_EQ(inferred.status, 0);
  const auto inferred_rows = tsv_rows(inferred.out);
  for (std::size_t i = 1; i < inferred_rows.size(); ++i) {
    EXPECT_NE(inferred_rows[i][field(inferred_rows, "id")], "person:vladimir-putin");
  }
}

TEST_F(SeedGraph, PathStarmerPutinIsAChainOfRealEdges) {
  const RunResult r = query({"path", "Starmer", "Putin", "--format", "tsv"});
  ASSERT_EQ(r.status, 0) << r.err;
  const auto rows = tsv_rows(r.out);
  ASSERT_GE(rows.size(), 2u) << "no path: " << r.err;
  const auto from = field(rows, "from_id");
  const auto to = field(rows, "to_id");
  const auto relation = field(rows, "relation");
  const auto direction = field(rows, "direction");
  EXPECT_EQ(rows[1][from], "person:keir-starmer");
  EXPECT_EQ(rows.back()[to], "person:vladimir-putin");
  const evkg::EventGraph g = evkg::read_graph_file(graph());
  const auto& gr = g.graph();
  for (std::size_t i = 1; i < rows.size(); ++i) {
    if (i > 1) {
      EXPECT_EQ(rows[i][from], rows[i - 1][to]) << "the chain breaks at step " << i;
    }
    const bool forward = rows[i][direction] == "->";
    const std::string& s = forward ? rows[i][from] : rows[i][to];
    const std::string& t = forward ? rows[i][to] : rows[i][from];
    bool found = false;
    for (const auto e : boost::make_iterator_range(boost::edges(gr))) {
      found = found || (gr[boost::source(e, gr)].id == s && gr[boost::target(e, gr)].id == t &&
                        gr[e].relation == rows[i][relation]);
    }
    EXPECT_TRUE(found) << "step " << i << ": no edge " << s << " -" << rows[i][relation] << "-> " << t;
  }
}

TEST_F(SeedGraph, EgoMacronRendersWithDotWithoutWarnings) {
  const std::string dot_file = scratch("ego.dot");
  const RunResult r = query({"ego", "Macron", "-o", dot_file});
  ASSERT_EQ(r.status, 0) << r.err;
  if (!std::filesystem::exists("/usr/bin/dot")) GTEST_SKIP() << "Graphviz dot is not installed";
  const RunResult dot = run("/usr/bin/dot", {"-Tsvg", dot_file, "-o", scratch("ego.svg")});
  EXPECT_EQ(dot.status, 0) << dot.err;
  EXPECT_EQ(dot.err, "") << "dot warned";
  EXPECT_GT(std::filesystem::file_size(scratch("ego.svg")), 0u);
}

TEST_F(SeedGraph, TopByBetweennessRuns) {
  const RunResult r = query({"top", "--by", "betweenness", "--format", "tsv"});
  ASSERT_EQ(r.status, 0) << r.err;
  const auto rows = tsv_rows(r.out);
  ASSERT_GE(rows.size(), 2u);
  EXPECT_EQ(rows[1][field(rows, "rank")], "1");
  EXPECT_GT(std::stod(rows[1][field(rows, "score")]), 0.0);
}
