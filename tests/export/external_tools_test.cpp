// The exports as the real clients see them: xmllint with the GraphML XSD, Graphviz dot and sfdp
// (exit 0, empty stderr), networkx and igraph reading the GraphML, networkx reading the JSON.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "export/dot_writer.hpp"
#include "export/graphml_writer.hpp"
#include "export/json_writer.hpp"
#include "export_test_support.hpp"
#include "torture_graph.hpp"

using namespace evkg;
using evkg::test::fresh_temp_dir;
using evkg::test::slurp;
namespace fs = std::filesystem;

namespace {

std::string quoted(const std::string& s) { return "'" + s + "'"; }

// Runs a shell command with stdout and stderr sent to files; returns the exit status.
int run(const std::string& command, const fs::path& out, const fs::path& err) {
  const std::string line = command + " >" + quoted(out.string()) + " 2>" + quoted(err.string());
  const int status = std::system(line.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool have(const std::string& program) {
  return std::system(("command -v " + quoted(program) + " >/dev/null 2>&1").c_str()) == 0;
}

template <typename Write>
fs::path write_to(const fs::path& path, const EventGraph& g, Write write) {
  StringSink s;
  write(g, s);
  std::ofstream(path, std::ios::binary) << s.out;
  return path;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

struct NamedGraph {
  std::string name;
  EventGraph graph;
};

std::vector<NamedGraph> graphs_we_produce() {
  std::vector<NamedGraph> out;
  out.push_back({"empty", EventGraph()});
  out.push_back({"tiny", test::tiny_graph()});
  out.push_back({"torture", test::torture_graph()});
  out.push_back({"generated", test::generated_graph(300, 600)});
  return out;
}

}  // namespace

TEST(ExportExternalTools, GraphmlValidatesAgainstTheXsd) {
  const std::string xsd = std::string(EVKG_SHARED_DIR) + "/schemas/graphml/graphml.xsd";
  if (!fs::exists(xsd)) GTEST_SKIP() << "GraphML schema not found at " << xsd << " (../shared is absent)";
  ASSERT_TRUE(have("xmllint")) << "xmllint is missing (libxml2-utils, scripts/install-deps.sh)";
  const auto d = fresh_temp_dir("evkg-export-tools");
  const std::string xmllint = "xmllint --noout --nonet --schema " + quoted(xsd) + " ";
  for (const auto& [name, g] : graphs_we_produce()) {
    const auto file = write_to(d / (name + ".graphml"), g, write_graphml);
    EXPECT_EQ(run(xmllint + quoted(file.string()), d / "out.txt", d / "err.txt"), 0)
        << name << ":\n" << slurp(d / "err.txt");
    EXPECT_NE(slurp(d / "err.txt").find("validates"), std::string::npos) << name;
  }
  // The check can fail: ids that are not NMTOKENs make the file invalid (but still well-formed).
  const auto hostile = write_to(d / "hostile.graphml", test::hostile_id_graph(), write_graphml);
  EXPECT_EQ(run(xmllint + quoted(hostile.string()), d / "out.txt", d / "err.txt"), 3);
  EXPECT_EQ(run("xmllint --noout " + quoted(hostile.string()), d / "out.txt", d / "err.txt"), 0)
      << slurp(d / "err.txt");
}

TEST(ExportExternalTools, DotAndSfdpLayOutWithoutAnyWarning) {
  ASSERT_TRUE(have("dot") && have("sfdp")) << "Graphviz is missing (scripts/install-deps.sh)";
  const auto d = fresh_temp_dir("evkg-export-tools");
  auto graphs = graphs_we_produce();
  graphs.push_back({"hostile-ids", test::hostile_id_graph()});
  for (const auto& [name, g] : graphs) {
    const auto file = write_to(d / (name + ".dot"), g, write_dot);
    const std::string dot_text = slurp(file);
    const std::size_t legend_nodes = count(dot_text, "\n    \"legend:");
    for (const char* engine : {"dot", "sfdp"}) {
      const auto svg = d / (name + "." + engine + ".svg");
      const auto err = d / (name + "." + engine + ".err");
      EXPECT_EQ(run(std::string(engine) + " -Tsvg " + quoted(file.string()), svg, err), 0) << name << " " << engine;
      EXPECT_EQ(slurp(err), "") << name << " " << engine;
      // every node made it, none was split or merged by a bad id
      EXPECT_EQ(count(slurp(svg), "class=\"node\""), g.num_nodes() + legend_nodes) << name << " " << engine;
      EXPECT_EQ(count(slurp(svg), "class=\"edge\""), g.num_edges()) << name << " " << engine;
    }
  }
  // Labels are shown as written: escString sequences, a trailing backslash, entities, emoji.
  const std::string svg = slurp(d / "torture.dot.svg");
  EXPECT_NE(svg.find(">escString \\N \\G \\E \\T \\H \\L \\l \\n \\r</text>"), std::string::npos);
  EXPECT_NE(svg.find(">ends with a backslash \\</text>"), std::string::npos);
  EXPECT_NE(svg.find(">&lt;&amp;&gt; AT&amp;T &amp; &quot;co&quot; &#39;x&#39; ]]&gt; &amp;amp; &lt;/node&gt;</text>"),
            std::string::npos);
  EXPECT_NE(svg.find(">Emoji 😀 🇫🇷 party</text>"), std::string::npos);
  EXPECT_NE(svg.find(">Россия</text>"), std::string::npos);
  EXPECT_NE(svg.find("<title>GRAPH&#45;&gt;digraph</title>"), std::string::npos);
  // The check can fail: an unescaped trailing backslash is a syntax error for dot.
  std::ofstream(d / "broken.dot") << "digraph { \"a\\\" -> \"b\" }\n";
  EXPECT_NE(run("dot -Tsvg " + quoted((d / "broken.dot").string()), d / "b.svg", d / "b.err"), 0);
  EXPECT_NE(slurp(d / "b.err"), "");
}

TEST(ExportExternalTools, NetworkxAndIgraphReadTheExports) {
  const std::string python = EVKG_PYTHON;
  ASSERT_FALSE(python.empty()) << "no /usr/bin/python3";
  const auto d = fresh_temp_dir("evkg-export-tools");
  const EventGraph g = test::torture_graph();
  const auto graphml = write_to(d / "torture.graphml", g, write_graphml);
  const auto json = write_to(d / "torture.json", g, write_json);
  const std::string script = std::string(EVKG_SOURCE_DIR) + "/tests/export/fixtures/read_with_python.py";
  const int rc = run(quoted(python) + " " + quoted(script) + " " + quoted(graphml.string()) + " " +
                         quoted(json.string()) + " person:ann person:emoji",
                     d / "facts.txt", d / "py.err");
  ASSERT_EQ(rc, 0) << slurp(d / "py.err");
  std::map<std::string, std::string> facts;
  std::istringstream lines(slurp(d / "facts.txt"));
  for (std::string line; std::getline(lines, line);) {
    const auto eq = line.find('=');
    if (eq != std::string::npos) facts[line.substr(0, eq)] = line.substr(eq + 1);
  }
  const std::string nodes = std::to_string(g.num_nodes());
  const std::string edges = std::to_string(g.num_edges());
  for (const std::string reader : {"nx_graphml", "nx_json", "igraph"}) {
    SCOPED_TRACE(reader);
    EXPECT_EQ(facts[reader + "_nodes"], nodes);
    EXPECT_EQ(facts[reader + "_edges"], edges);
    EXPECT_EQ(facts[reader + "_source_label"], "Ann \"The Quote\" O'Neil \\ back\\slash");
    EXPECT_EQ(facts[reader + "_target_label"], "Emoji 😀 🇫🇷 party");
    // parallel met, met (planned) and pledged edges stay three edges
    EXPECT_EQ(facts[reader + "_pair_relations"], "met,met,pledged");
    EXPECT_EQ(facts[reader + "_planned_weight"], "0.1");
    EXPECT_EQ(facts[reader + "_pledged_confidence"], "0.3333333333333333");
  }
  EXPECT_EQ(facts["nx_graphml_class"], "MultiDiGraph");
  EXPECT_EQ(facts["nx_json_class"], "MultiDiGraph");
  EXPECT_EQ(facts["nx_graphml_source_mentions"], "12345678901234");  // an int, not a float
  EXPECT_EQ(facts["nx_json_source_mentions"], "12345678901234");
  EXPECT_EQ(facts["nx_json_name"], "torture \"graph\" <&> \\");
}
