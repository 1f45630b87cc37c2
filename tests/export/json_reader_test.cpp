// read_json_graph: round trips, node-link files from other writers, and bad input.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "core/error.hpp"
#include "export/json_reader.hpp"
#include "export/json_writer.hpp"
#include "export_test_support.hpp"
#include "torture_graph.hpp"

using namespace evkg;
using evkg::test::json_of;
using evkg::test::node;

namespace {

std::string json_read_error(const std::string& doc) {
  try {
    read_json_graph(doc, "in.json");
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST(ExportJsonRoundTrip, TortureGraphWriteReadWriteIsIdentical) {
  const EventGraph g = test::torture_graph();
  const std::string first = json_of(g);
  const EventGraph back = read_json_graph(first, "torture.json");
  EXPECT_EQ(json_of(back), first);
  // JSON holds every character: the control characters are still there.
  EXPECT_EQ(node(back, "person:control").label, "ctl\x01 esc\x1b tab\t cr\r nl\n nul");
  EXPECT_EQ(node(back, "person:ann").mentions, 12345678901234u);
  EXPECT_EQ(back.graph()[boost::graph_bundle].name, g.graph()[boost::graph_bundle].name);
}

TEST(ExportJsonRoundTrip, HostileIdsAndEmbeddedNul) {
  EventGraph g = test::hostile_id_graph();
  NodeProps n;
  n.id = std::string("nul\0inside", 10);
  n.label = std::string("a\0b", 3);
  g.add_node(n);
  const std::string first = json_of(g);
  const EventGraph back = read_json_graph(first, "hostile.json");
  EXPECT_EQ(json_of(back), first);
  EXPECT_EQ(node(back, std::string("nul\0inside", 10)).label, std::string("a\0b", 3));
  EXPECT_TRUE(back.find("").has_value());
}

TEST(ExportJsonRoundTrip, NonFiniteNumbersBecomeNullThenNaN) {
  EventGraph g = test::tiny_graph();
  for (const auto e : boost::make_iterator_range(boost::edges(g.graph()))) {
    g.graph()[e].confidence = std::numeric_limits<double>::infinity();
  }
  const std::string first = json_of(g);
  const EventGraph back = read_json_graph(first, "t.json");
  EXPECT_TRUE(std::isnan(back.graph()[*boost::edges(back.graph()).first].confidence));
  EXPECT_EQ(json_of(back), first);
}

TEST(ExportJsonReader, AcceptsOtherNodeLinkConventions) {
  // "edges" for "links", integer endpoints indexing "nodes", a "; "-joined list, NaN from Python's
  // json module, unknown members, members in any order, a missing status, BOM and whitespace.
  const std::string doc = "\xEF\xBB\xBF {\"edges\":[{\"target\":1,\"source\":0,\"relation\":\"met\",\"weight\":NaN,"
                          "\"extra\":{\"deep\":[1,{\"x\":null}]}},"
                          "{\"source\":\"b\",\"target\":\"a\",\"key\":\"k\",\"sources\":\"d1; d2\",\"weight\":2}],"
                          "\"graph\":{\"name\":\"other\",\"color\":[1,2]},\"directed\":true,"
                          "\"nodes\":[{\"id\":\"a\",\"label\":\"A\",\"mentions\":3.0,\"aliases\":null},{\"id\":\"b\",\"pos\":[0.5,1]}]}\n";
  const EventGraph g = read_json_graph(doc, "other.json");
  ASSERT_EQ(g.num_nodes(), 2u);
  ASSERT_EQ(g.num_edges(), 2u);
  EXPECT_EQ(g.graph()[boost::graph_bundle].name, "other");
  EXPECT_EQ(node(g, "a").mentions, 3u);
  for (const auto e : boost::make_iterator_range(boost::edges(g.graph()))) {
    const auto& p = g.graph()[e];
    EXPECT_EQ(p.status, "");
    if (p.relation == "met") {
      EXPECT_EQ(g.graph()[boost::source(e, g.graph())].id, "a");
      EXPECT_TRUE(std::isnan(p.weight));
    } else {
      EXPECT_EQ(p.sources, (std::vector<std::string>{"d1", "d2"}));
      EXPECT_EQ(p.weight, 2);
    }
  }
}

TEST(ExportJsonReader, SyntaxErrorsHaveLineAndColumn) {
  EXPECT_EQ(json_read_error("{\"nodes\":[\n  {\"id\":\"a\",}\n]}"),
            "in.json:2:13: Missing a name for object member.");
  EXPECT_EQ(json_read_error("{\"nodes\":[\n  {\"id\":\"a\"}\n"), "in.json:3:1: Missing a comma or ']' after an array element.");
  EXPECT_EQ(json_read_error(""), "in.json:1:1: The document is empty.");
  EXPECT_EQ(json_read_error("{\"nodes\":[]} x"), "in.json:1:14: The document root must not be followed by other values.");
  EXPECT_EQ(json_read_error("{\"nodes\":[{\"id\":\"\xFF\"}]}"), "in.json:1:18: Invalid encoding in string.");
  EXPECT_EQ(json_read_error(std::string("{\"nodes\":[]}\0", 13)), "in.json:1:13: unexpected NUL byte");
}

TEST(ExportJsonReader, StructureAndTypeErrors) {
  EXPECT_EQ(json_read_error("[]"), "in.json:1:1: the top-level value must be an object");
  EXPECT_EQ(json_read_error("{\"links\":[]}"), "in.json:1:13: no \"nodes\" array");
  EXPECT_EQ(json_read_error("{\"nodes\":{}}"), "in.json:1:10: \"nodes\" must be an array");
  EXPECT_EQ(json_read_error("{\"nodes\":[{\"label\":\"x\"}]}"), "in.json:1:11: nodes[0] has no \"id\"");
  EXPECT_EQ(json_read_error("{\"nodes\":[{\"id\":\"a\"},\n {\"id\": 7}]}"),
            "in.json:2:9: nodes[1]: \"id\" must be a string");
  EXPECT_EQ(json_read_error("{\"nodes\":[{\"id\":\"a\",\"label\":true}]}"),
            "in.json:1:29: nodes[0]: \"label\" must be a string");
  EXPECT_EQ(json_read_error("{\"nodes\":[{\"id\":\"a\",\"aliases\":[1]}]}"),
            "in.json:1:32: nodes[0]: \"aliases\" must be an array of strings");
  EXPECT_EQ(json_read_error("{\"nodes\":[{\"id\":\"a\",\"mentions\":-1}]}"),
            "in.json:1:32: nodes[0]: \"mentions\" must be a non-negative integer");
  EXPECT_EQ(json_read_error("{\"nodes\":[{\"id\":\"a\"},\n{\"id\":\"a\"}]}"), "in.json:2:7: duplicate node id 'a'");
  EXPECT_EQ(json_read_error("{\"nodes\":[{\"id\":\"a\"}],\"links\":[\n{\"source\":\"a\",\"target\":\"b\"}]}"),
            "in.json:2:1: links[0] refers to node 'b', which is not in \"nodes\"");
  EXPECT_EQ(json_read_error("{\"nodes\":[{\"id\":\"a\"}],\"links\":[{\"source\":\"a\"}]}"),
            "in.json:1:32: links[0] has no \"target\"");
  EXPECT_EQ(json_read_error("{\"nodes\":[{\"id\":\"a\"}],\"links\":[{\"source\":\"a\",\"target\":5}]}"),
            "in.json:1:32: links[0]: node index 5 is out of range");
  EXPECT_EQ(json_read_error("{\"nodes\":[{\"id\":\"a\"}],\"links\":[{\"source\":\"a\",\"target\":\"a\",\"weight\":\"1\"}]}"),
            "in.json:1:68: links[0]: \"weight\" must be a number or null");
  EXPECT_EQ(json_read_error("{\"nodes\":[{\"id\":\"a\"}],\"links\":[{\"source\":\"a\",\"target\":\"a\",\"key\":0},\n"
                       "{\"source\":\"a\",\"target\":\"a\",\"key\":0,\"relation\":\"x\"}]}"),
            "in.json:2:1: links[1] repeats the key of an earlier link between 'a' and 'a'");
}

TEST(ExportJsonReader, DeepNestingDoesNotOverflowTheStack) {
  std::string doc = "{\"nodes\":[],\"x\":";
  for (int i = 0; i < 200000; ++i) doc += '[';
  for (int i = 0; i < 200000; ++i) doc += ']';
  doc += '}';
  EXPECT_EQ(read_json_graph(doc, "deep.json").num_nodes(), 0u);
  EXPECT_NE(json_read_error(doc.substr(0, doc.size() - 1000)).find("Missing a comma or ']'"), std::string::npos);
}
