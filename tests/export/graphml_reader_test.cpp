// read_graphml: round trips, GraphML from other tools, and every kind of bad input.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/error.hpp"
#include "export/graphml_reader.hpp"
#include "export/graphml_writer.hpp"
#include "export/json_writer.hpp"
#include "optimised_build.hpp"
#include "export_test_support.hpp"
#include "torture_graph.hpp"

using namespace evkg;
using evkg::test::json_of;
using evkg::test::node;

namespace {

std::string graphml_of(const EventGraph& g) {
  StringSink s;
  write_graphml(g, s);
  return s.out;
}

std::string read_error(const std::string& doc) {
  try {
    read_graphml(doc, "in.graphml");
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(EVKG_SOURCE_DIR) + "/tests/export/fixtures/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The start of a document up to the inside of <graph>: 3 lines, and 4 with an XML declaration.
const std::string kBody =
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
    "<key id=\"l\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
    "<graph edgedefault=\"directed\">\n";
const std::string kHead = "<?xml version=\"1.0\"?>\n" + kBody;

}  // namespace

TEST(ExportGraphmlRoundTrip, TortureGraphWriteReadWriteIsIdentical) {
  const std::string first = graphml_of(test::torture_graph());
  const EventGraph back = read_graphml(first, "torture.graphml");
  EXPECT_EQ(graphml_of(back), first);
  EXPECT_EQ(back.num_nodes(), test::torture_graph().num_nodes());
  EXPECT_EQ(back.num_edges(), test::torture_graph().num_edges());
}

TEST(ExportGraphmlRoundTrip, ValuesSurviveExactly) {
  const EventGraph g = test::torture_graph();
  const EventGraph back = read_graphml(graphml_of(g), "t.graphml");
  EXPECT_EQ(back.graph()[boost::graph_bundle].name, "torture \"graph\" <&> \\");
  EXPECT_EQ(node(back, "person:ann").label, "Ann \"The Quote\" O'Neil \\ back\\slash");
  EXPECT_EQ(node(back, "person:ann").aliases, (std::vector<std::string>{"A. \"Q\" O'Neil", "Анна"}));
  EXPECT_EQ(node(back, "person:ann").role, "  President  ");
  EXPECT_EQ(node(back, "person:ann").mentions, 12345678901234u);
  EXPECT_EQ(node(back, "person:emoji").label, "Emoji 😀 🇫🇷 party");
  EXPECT_EQ(node(back, "person:control").label, "ctl esc tab\t cr\r nl\n nul");  // only XML-forbidden ones gone
  EXPECT_EQ(node(back, "topic:long").label, test::long_label());
  EXPECT_EQ(node(back, "topic:empty").label, "");
  int with_event = 0;
  for (const auto e : boost::make_iterator_range(boost::edges(back.graph()))) {
    if (back.graph()[e].event == "g7-2024") ++with_event;
  }
  EXPECT_EQ(with_event, 1);
  // Everything but the characters XML cannot hold is equal: compare the JSON of both.
  const EventGraph clean = read_graphml(graphml_of(back), "again.graphml");
  EXPECT_EQ(json_of(clean), json_of(back));
  const EventGraph tiny = test::tiny_graph();
  EXPECT_EQ(json_of(read_graphml(graphml_of(tiny), "tiny.graphml")), json_of(tiny));
}

TEST(ExportGraphmlRoundTrip, DoublesAndStatusExactly) {
  EventGraph g = test::tiny_graph();
  const double values[] = {1.0 / 3.0, 0.1, 5e-324, 1.7976931348623157e308, 0.30000000000000004};
  for (const double v : values) {
    for (const auto e : boost::make_iterator_range(boost::edges(g.graph()))) {
      g.graph()[e].confidence = v;
      g.graph()[e].status = "";
    }
    const EventGraph back = read_graphml(graphml_of(g), "d.graphml");
    const auto e = *boost::edges(back.graph()).first;
    EXPECT_EQ(back.graph()[e].confidence, v);
    EXPECT_EQ(back.graph()[e].status, "");
  }
}

TEST(ExportGraphmlReader, ReadsNetworkxOutput) {
  const EventGraph g = read_graphml(fixture("networkx_written.graphml"), "networkx_written.graphml");
  ASSERT_EQ(g.num_nodes(), 2u);
  ASSERT_EQ(g.num_edges(), 3u);
  EXPECT_EQ(g.graph()[boost::graph_bundle].name, "from networkx");
  EXPECT_EQ(node(g, "country:b").label, "Bétaland");
  EXPECT_EQ(node(g, "person:a").mentions, 2u);
  int pledged = 0;
  int thanked = 0;
  for (const auto e : boost::make_iterator_range(boost::edges(g.graph()))) {
    const auto& p = g.graph()[e];
    if (p.relation == "pledged") {
      ++pledged;
      EXPECT_EQ(p.object, "aid");
      EXPECT_EQ(p.weight, 1.0);
    }
    if (p.relation == "thanked") ++thanked;  // only a label: it becomes the relation
    if (p.relation == "met") {
      EXPECT_EQ(p.weight, 2.5);
    }
  }
  EXPECT_EQ(pledged, 1);
  EXPECT_EQ(thanked, 1);
}

TEST(ExportGraphmlReader, ToleratesOtherToolsConventions) {
  // keys for="all" and without attr.name, defaults, foreign namespaces and nested markup in <data>,
  // unknown keys and elements, edges without ids and before their nodes, comments, CDATA, DOCTYPE
  // without an internal subset (never fetched), a BOM, CRLF line ends, single-quoted attributes.
  const std::string doc =
      "\xEF\xBB\xBF<?xml version='1.0' encoding='UTF-8' standalone='no'?>\r\n"
      "<!DOCTYPE graphml SYSTEM \"http://graphml.graphdrawing.org/dtds/graphml.dtd\">\r\n"
      "<!-- a comment -->\n"
      "<graphml xmlns='http://graphml.graphdrawing.org/xmlns' xmlns:y='http://www.yworks.com/xml/graphml'>\n"
      "  <key id='label' for='all' attr.type='string'/>\n"
      "  <key id='t' attr.name='type'><default>person</default></key>\n"
      "  <key id='w' for='edge' attr.name='weight' attr.type='double'><default>2</default></key>\n"
      "  <key id='g' for='node' yfiles.type='nodegraphics'/>\n"
      "  <key id='x' for='node' attr.name='colour' attr.type='string'/>\n"
      "  <graph id='G' edgedefault='undirected'>\n"
      "    <edge source='b' target='a'><data key='label'>met</data></edge>\n"
      "    <node id='a'><data key='label'>A &amp; <![CDATA[<raw> & ]]>&#x1F600;&#233;</data>"
      "<data key='g'><y:ShapeNode><y:Fill color='#FF0000'/></y:ShapeNode></data><data key='x'>red</data></node>\n"
      "    <node id='b'><data key='t'>country</data><port name='p'/></node>\n"
      "    <hyperedge><endpoint node='a'/></hyperedge>\n"
      "    <edge id='e9' source='a' target='b'><data key='w'>0.5</data><desc>d</desc></edge>\n"
      "  </graph>\n"
      "</graphml>\n";
  const EventGraph g = read_graphml(doc, "other.graphml");
  ASSERT_EQ(g.num_nodes(), 2u);
  ASSERT_EQ(g.num_edges(), 2u);
  EXPECT_EQ(node(g, "a").label, "A & <raw> & 😀é");
  EXPECT_EQ(node(g, "a").type, "person");  // the key's default
  EXPECT_EQ(node(g, "b").type, "country");
  for (const auto e : boost::make_iterator_range(boost::edges(g.graph()))) {
    const auto& p = g.graph()[e];
    if (g.graph()[boost::source(e, g.graph())].id == "b") {
      EXPECT_EQ(p.relation, "met");
      EXPECT_EQ(p.weight, 2);
    } else {
      EXPECT_EQ(p.relation, "");
      EXPECT_EQ(p.weight, 0.5);
    }
  }
}

TEST(ExportGraphmlReader, LineEndsAndAttributeWhitespaceFollowXml) {
  const std::string doc = kHead +
                          "<node id='a'><data key='l'>x\r\ny\rz&#13;</data></node>\n"
                          "<node id='b&#9;c'/>\n</graph></graphml>";
  const EventGraph g = read_graphml(doc, "ws.graphml");
  EXPECT_EQ(node(g, "a").label, "x\ny\nz\r");
  EXPECT_TRUE(g.find("b\tc").has_value());
}

TEST(ExportGraphmlReader, ErrorsNameLineAndColumn) {
  const std::string head = kHead;  // 4 lines
  EXPECT_EQ(read_error(head + "<node id='a'/>\n<node id='a'/>\n</graph></graphml>"),
            "in.graphml:6:1: duplicate node id 'a'");
  EXPECT_EQ(read_error(head + "<node id='a'>\n  <data key='nope'>x</data></node>\n</graph></graphml>"),
            "in.graphml:6:3: <data> refers to key 'nope', which is not declared by a <key>");
  EXPECT_EQ(read_error(head + "<node id='a'/>\n<edge source='a' target='zz'/>\n</graph></graphml>"),
            "in.graphml:6:1: edge refers to node 'zz', which is not declared");
  EXPECT_EQ(read_error(head + "<node id='a'/>\n<node id='b'>\n</graph></graphml>"),
            "in.graphml:7:1: mismatched end tag </graph>, expected </node>");
  EXPECT_EQ(read_error(head + "<node/>"), "in.graphml:5:1: <node> without the required attribute id");
  EXPECT_EQ(read_error(head + "<edge source='a'/>"), "in.graphml:5:1: <edge> without the required attribute target");
  EXPECT_EQ(read_error("<graphml><key id='m' for='node' attr.name='mentions'/><graph><node id='a'>"
                       "<data key='m'>many</data></node></graph></graphml>"),
            "in.graphml:1:75: 'many' is not a valid value for mentions");
  EXPECT_EQ(read_error("<graphml><graph><node id='a'><graph/></node></graph></graphml>"),
            "in.graphml:1:30: nested graphs are not supported");
  EXPECT_EQ(read_error("<gexf/>"), "in.graphml:1:1: the root element is not <graphml>");
  EXPECT_EQ(read_error(""), "in.graphml:1:1: no root element");
}

TEST(ExportGraphmlReader, TruncatedFilesAreErrors) {
  const std::string full = graphml_of(test::torture_graph());
  // Cut anywhere: never accepted silently, never a crash.
  for (std::size_t cut = 0; cut < full.size(); cut += 97) {
    const std::string msg = read_error(full.substr(0, cut));
    EXPECT_TRUE(msg.starts_with("in.graphml:")) << "cut at " << cut << ": " << msg;
  }
  ASSERT_TRUE(full.ends_with("  </graph>\n</graphml>\n"));
  EXPECT_EQ(read_error(full.substr(0, full.size() - 11)),
            "in.graphml:" + std::to_string(std::count(full.begin(), full.end(), '\n')) +
                ":1: unexpected end of file: <graphml> is not closed");
  EXPECT_NE(read_error(full.substr(0, full.find("</data>") + 3)).find("unexpected end of file inside an end tag"),
            std::string::npos);
}

TEST(ExportGraphmlReader, NotWellFormedInputs) {
  const std::string head = kHead;
  auto err = [&](const std::string& body) { return read_error(head + body + "</graph></graphml>"); };
  EXPECT_NE(err("<node id='a' id='b'/>").find("duplicate attribute id"), std::string::npos);
  EXPECT_NE(err("<node id=a/>").find("expected a quoted attribute value"), std::string::npos);
  EXPECT_NE(err("<node id='<'/>").find("'<' is not allowed in an attribute value"), std::string::npos);
  EXPECT_NE(err("<node id='a'><data key='l'>&nbsp;</data></node>").find("undefined entity &nbsp;"), std::string::npos);
  EXPECT_NE(err("<node id='a'><data key='l'>a & b</data></node>").find("'&' must start a reference"), std::string::npos);
  EXPECT_NE(err("<node id='a'><data key='l'>&#0;</data></node>").find("is not a character XML allows"),
            std::string::npos);
  EXPECT_NE(err("<node id='a'><data key='l'>&#x110000;</data></node>").find("not a character XML allows"),
            std::string::npos);
  EXPECT_NE(err("<node id='a'><data key='l'>a\x01</data></node>").find("character U+0001 is not allowed"),
            std::string::npos);
  EXPECT_NE(err("<node id='a'><data key='l'>\xC3(</data></node>").find("invalid UTF-8"), std::string::npos);
  EXPECT_NE(err("<node id='a'/><!-- unterminated").find("unexpected end of file inside a comment"), std::string::npos);
  EXPECT_NE(read_error(head + "</graph></graphml><graphml/>").find("a second root element"), std::string::npos);
  EXPECT_NE(read_error(head + "</graph></graphml>text").find("text after the root element"), std::string::npos);
  EXPECT_NE(read_error("<?xml version='1.0' encoding='ISO-8859-1'?><graphml/>").find("unsupported encoding"),
            std::string::npos);
  EXPECT_NE(read_error(" <?xml version='1.0'?><graphml/>").find("XML declaration is only allowed"), std::string::npos);
  EXPECT_NE(read_error(std::string("\xFF\xFE<\0g\0", 6)).find("UTF-16"), std::string::npos);
  std::string deep = "<graphml>";
  for (int i = 0; i < 300; ++i) deep += "<a>";
  EXPECT_NE(read_error(deep).find("nested too deeply"), std::string::npos);
}

TEST(ExportGraphmlReader, ExternalEntitiesAreNeverResolved) {
  const auto dir = std::filesystem::temp_directory_path() / "evkg-export-xxe";
  std::filesystem::create_directories(dir);
  const auto secret = dir / "secret.txt";
  const auto dtd = dir / "evil.dtd";
  std::ofstream(secret) << "TOP-SECRET-CONTENT";
  std::ofstream(dtd) << "<!ENTITY xxe SYSTEM \"file://" << secret.string() << "\">\n";
  // Internal subset declaring an external entity: rejected at the DOCTYPE.
  const std::string internal = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n  <!ENTITY xxe SYSTEM \"file://" +
                               secret.string() + "\">\n]>\n" + kBody +
                               "<node id='a'><data key='l'>&xxe;</data></node></graph></graphml>";
  const std::string e1 = read_error(internal);
  EXPECT_NE(e1.find("in.graphml:2:19: a DOCTYPE with an internal subset is not allowed"), std::string::npos) << e1;
  EXPECT_EQ(e1.find("TOP-SECRET"), std::string::npos);
  // External DTD declaring it: the DTD is not read, so the entity is undefined.
  const std::string external = "<!DOCTYPE graphml SYSTEM \"file://" + dtd.string() + "\">\n" + kBody +
                               "<node id='a'><data key='l'>&xxe;</data></node></graph></graphml>";
  const std::string e2 = read_error(external);
  EXPECT_NE(e2.find("undefined entity &xxe;"), std::string::npos) << e2;
  EXPECT_EQ(e2.find("TOP-SECRET"), std::string::npos);
  // Without an entity reference the document reads, and nothing of the DTD shows up.
  const std::string harmless = "<!DOCTYPE graphml SYSTEM \"" + dtd.string() + "\">\n" + kBody +
                               "<node id='a'><data key='l'>plain</data></node></graph></graphml>";
  const EventGraph g = read_graphml(harmless, "in.graphml");
  EXPECT_EQ(node(g, "a").label, "plain");
  std::filesystem::remove_all(dir);
}

TEST(ExportGraphmlReader, BillionLaughsRejectedQuickly) {
  std::string doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n";
  for (int i = 1; i < 10; ++i) {
    doc += " <!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) doc += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
    doc += "\">\n";
  }
  doc += "]>\n<graphml><graph><node id='a'><data key='l'>&lol9;</data></node></graph></graphml>";
  const auto start = std::chrono::steady_clock::now();
  EXPECT_NE(read_error(doc).find("internal subset is not allowed"), std::string::npos);
  if (test::kOptimisedBuild) {
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(100));
  }
  // The references alone, without declarations, are undefined entities.
  EXPECT_NE(read_error(kHead + "<node id='a'><data key='l'>&lol9;</data></node></graph></graphml>")
                .find("undefined entity &lol9;"),
            std::string::npos);
}

TEST(ExportGraphmlReader, LargeInputIsLinear) {
  // 50 000 edges: reading takes time proportional to the size (no quadratic step).
  const std::string doc = graphml_of(test::generated_graph(5000, 50000));
  const auto start = std::chrono::steady_clock::now();
  const EventGraph g = read_graphml(doc, "big.graphml");
  EXPECT_EQ(g.num_nodes(), 5000u);
  if (test::kOptimisedBuild) {
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  }
  EXPECT_EQ(graphml_of(g), doc);
}
