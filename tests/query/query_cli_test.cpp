// The real binary: exit statuses, stdout for results and stderr for messages, every command and
// format, on the fixture written as GraphML and as JSON.
#include <gtest/gtest.h>

#include "fixture_graph.hpp"
#include "run_binary.hpp"

using evkg::test::run_evkg;
using evkg::test::RunResult;
using evkg::test::ScratchDir;

namespace {

class QueryCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new ScratchDir();
    evkg::test::write_fixture(graphml());
    evkg::test::write_fixture(json());
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static std::string graphml() { return *dir_ / "fixture.graphml"; }
  static std::string json() { return *dir_ / "fixture.json"; }
  static std::string scratch(const std::string& name) { return *dir_ / name; }

  static RunResult query(std::vector<std::string> args) {
    args.insert(args.begin(), {"query", graphml()});
    return run_evkg(args);
  }

 private:
  // Per-suite state of GoogleTest's SetUpTestSuite/TearDownTestSuite: one graph for every test.
  static ScratchDir* dir_;  // NOLINT(cppcoreguidelines-avoid-non-const-global-variables)
};

ScratchDir* QueryCli::dir_ = nullptr;  // NOLINT(cppcoreguidelines-avoid-non-const-global-variables)

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_F(QueryCli, MetPrintsATableOnStdoutOnly) {
  const RunResult r = query({"met", "Zelensky"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("COUNTERPART", 0), 0u) << r.out;
  EXPECT_TRUE(contains(r.out, "Emmanuel Macron"));
  EXPECT_TRUE(contains(r.out, "Summit, Paris (2025-09-04)"));  // found through attendance after the round trip
  EXPECT_FALSE(contains(r.out, "Vladimir Putin"));
  EXPECT_EQ(r.err, "");
}

TEST_F(QueryCli, GraphmlAndJsonGiveTheSameAnswers) {
  for (const auto& command : std::vector<std::vector<std::string>>{{"met", "Zelensky", "--via-events"},
                                                                   {"who-met-whom"},
                                                                   {"timeline", "Macron"},
                                                                   {"top", "--by", "pagerank"}}) {
    std::vector<std::string> a{"query", graphml()};
    std::vector<std::string> b{"query", json()};
    a.insert(a.end(), command.begin(), command.end());
    b.insert(b.end(), command.begin(), command.end());
    a.insert(a.end(), {"--format", "json"});
    b.insert(b.end(), {"--format", "json"});
    const RunResult x = run_evkg(a);
    const RunResult y = run_evkg(b);
    EXPECT_EQ(x.status, 0) << x.err;
    EXPECT_EQ(x.out, y.out) << command.front();
  }
}

TEST_F(QueryCli, EveryCommandAnswers) {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"met", "Macron", "--between", "Zelenskyy"},
           {"met", "--between", "Macron", "Zelenskyy", "--via-events"},
           {"who-met-whom", "--type", "country"},
           {"attended", "paris-2025-09-04"},
           {"timeline", "Micheal Martin"},
           {"pledges"},
           {"pledges", "Ukraine"},
           {"rejections", "Putin"},
           {"neighbors", "Zelenskyy", "--depth", "2", "--relation", "met"},
           {"path", "Anna Smith", "Putin"},
           {"top", "--by", "betweenness", "-n", "3"},
           {"top", "--by", "degree", "--type", "person"},
       }) {
    const RunResult r = query(args);
    EXPECT_EQ(r.status, 0) << args.front() << ": " << r.err;
    EXPECT_FALSE(r.out.empty()) << args.front();
    EXPECT_EQ(r.err, "") << args.front();
  }
}

TEST_F(QueryCli, FiltersBeforeOrAfterTheCommand) {
  const RunResult after = query({"met", "Zelensky", "--since", "2025-06", "--format", "tsv"});
  const RunResult before = run_evkg({"query", graphml(), "--since", "2025-06", "--format", "tsv", "met", "Zelensky"});
  EXPECT_EQ(after.status, 0) << after.err;
  EXPECT_EQ(after.out, before.out);
  EXPECT_EQ(
      after.out.substr(0, after.out.find('\n')),
      "counterpart\ttype\tdates\tevent\tplace\tmeetings\tsources\tbasis\tstatus\tevidence\tid\tevent_id\tdocuments");
  EXPECT_TRUE(contains(after.out, "John Smith\tperson\t2025-08-18\t"));
  EXPECT_FALSE(contains(after.out, "2025-05-10"));
}

TEST_F(QueryCli, UnconfirmedEdgesShowTheirStatus) {
  const RunResult r = query({"met", "Zelensky", "--include-unconfirmed"});
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(contains(r.out, "STATUS"));
  EXPECT_TRUE(contains(r.out, "denied"));
  EXPECT_TRUE(contains(r.out, "Vladimir Putin"));
}

TEST_F(QueryCli, CsvIsRfc4180) {
  const RunResult r = query({"met", "John Smith", "--format", "csv"});
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(contains(r.out, "\"He said, \"\"we met\"\"\nin Washington, and talked for an hour.\"")) << r.out;
  EXPECT_TRUE(contains(r.out, "\r\n"));
}

TEST_F(QueryCli, JsonIsAnArrayOfObjects) {
  const RunResult r = query({"met", "Zelensky", "--format", "json"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out.rfind("[\n  {\"counterpart\": \"Emmanuel Macron\", \"type\": \"person\"", 0), 0u) << r.out;
  EXPECT_TRUE(contains(r.out, "\"meetings\": 2, \"sources\": 3"));
}

TEST_F(QueryCli, EmptyResultExitsZeroWithHeaderAndMessage) {
  const RunResult csv = query({"met", "Ada Island", "--format", "csv"});
  EXPECT_EQ(csv.status, 0);
  EXPECT_EQ(csv.out,
            "counterpart,type,dates,event,place,meetings,sources,basis,status,evidence,id,event_id,documents\r\n");
  EXPECT_TRUE(contains(csv.err, "no results"));
  const RunResult json = query({"met", "Ada Island", "--format", "json"});
  EXPECT_EQ(json.out, "[]\n");
  const RunResult table = query({"met", "Ada Island"});
  EXPECT_EQ(table.status, 0);
  EXPECT_EQ(table.out, "");
  EXPECT_TRUE(contains(table.err, "no results"));
  const RunResult path = query({"path", "Anna Smith", "Ada Island"});
  EXPECT_EQ(path.status, 0);
  EXPECT_TRUE(contains(path.err, "no path between Anna Smith and Ada Island"));
}

TEST_F(QueryCli, AmbiguousNameExitsThreeWithCandidates) {
  const RunResult r = query({"met", "Smith"});
  EXPECT_EQ(r.status, 3);
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(contains(r.err, "ambiguous name: Smith"));
  EXPECT_TRUE(contains(r.err, "person:anna-smith  Anna Smith (person, Minister, France)"));
  EXPECT_TRUE(contains(r.err, "person:john-smith  John Smith (person, President, United States)"));
}

TEST_F(QueryCli, UnknownNameExitsThreeWithSuggestions) {
  const RunResult r = query({"timeline", "Macrno"});
  EXPECT_EQ(r.status, 3);
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(contains(r.err, "no such entity: Macrno"));
  EXPECT_TRUE(contains(r.err, "did you mean person:emmanuel-macron"));
  EXPECT_EQ(query({"path", "Macron", "Nobody At All"}).status, 3);
}

TEST_F(QueryCli, MalformedOrMissingGraphExitsOne) {
  const std::string bad = scratch("bad.graphml");
  {
    std::FILE* f = std::fopen(bad.c_str(), "w");
    std::fputs("<graphml><graph><node id=\"a\"", f);
    std::fclose(f);
  }
  const RunResult r = run_evkg({"query", bad, "met", "X"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(contains(r.err, bad)) << r.err;
  const std::string bad_json = scratch("bad.json");
  {
    std::FILE* f = std::fopen(bad_json.c_str(), "w");
    std::fputs("{\"nodes\": [", f);
    std::fclose(f);
  }
  EXPECT_EQ(run_evkg({"query", bad_json, "who-met-whom"}).status, 1);
  EXPECT_EQ(run_evkg({"query", scratch("missing.graphml"), "who-met-whom"}).status, 1);
  EXPECT_EQ(run_evkg({"query", scratch("graph.txt"), "who-met-whom"}).status, 1);
}

TEST_F(QueryCli, UsageErrorsExitOne) {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {},                                         // no command
           {"met"},                                    // no name
           {"met", "Macron", "--bogus"},               // unknown option
           {"met", "--between", "Macron"},             // one name
           {"path", "Macron"},                         // one name
           {"met", "Macron", "--since", "2025-13"},    // bad date
           {"met", "Macron", "--format", "xml"},       // bad format
           {"met", "Macron", "--min-weight", "lots"},  // bad number
           {"neighbors", "Macron", "--depth", "0"},    // bad depth
           {"top", "--by", "fame"},                    // bad measure
           {"top", "-n", "x"},                         // bad count
           {"ego", "Macron"},                          // no -o
           {"ego", "Macron", "-o", "ego.png"},         // unknown output format
           {"who-met-whom", "Macron"},                 // a name where none is taken
       }) {
    const RunResult r = query(args);
    EXPECT_EQ(r.status, 1) << (args.empty() ? "(none)" : args.front()) << ": " << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_FALSE(r.err.empty());
  }
  EXPECT_EQ(run_evkg({"query"}).status, 1);
}

TEST_F(QueryCli, EgoWritesTheSubgraphWithTheExporters) {
  for (const char* name : {"ego.dot", "ego.graphml", "ego.json"}) {
    const std::string out = scratch(name);
    const RunResult r = query({"ego", "Zelenskyy", "-o", out});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_TRUE(contains(r.err, "5 nodes, 9 edges")) << r.err;
    EXPECT_FALSE(evkg::test::slurp(out).empty());
  }
  // the written graph reads back: query it in turn
  const RunResult again = run_evkg({"query", scratch("ego.graphml"), "met", "Zelenskyy", "--format", "tsv"});
  EXPECT_EQ(again.status, 0);
  EXPECT_TRUE(contains(again.out, "Emmanuel Macron"));
}

TEST_F(QueryCli, OutputIsDeterministic) {
  const RunResult a = query({"who-met-whom", "--include-unconfirmed", "--format", "csv"});
  const RunResult b = run_evkg({"query", json(), "who-met-whom", "--include-unconfirmed", "--format", "csv"});
  EXPECT_EQ(a.out, b.out);
  EXPECT_EQ(a.out, query({"who-met-whom", "--include-unconfirmed", "--format", "csv"}).out);
}
