// Each writer's exact bytes on the two-node graph, and properties every output must have.
#include <gtest/gtest.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>

#include "export/dot_writer.hpp"
#include "export/graphml_writer.hpp"
#include "export/json_writer.hpp"
#include "torture_graph.hpp"

using namespace evkg;

namespace {

template <typename Write>
std::string written(const EventGraph& g, Write write) {
  StringSink s;
  write(g, s);
  return s.out;
}

// Counts the Sink calls, to check that writers hand over big chunks rather than every value.
class CountingSink final : public Sink {
 public:
  void write(std::string_view bytes) override {
    ++calls;
    size += bytes.size();
  }
  std::size_t calls = 0;
  std::size_t size = 0;
};

constexpr const char* kTinyGraphml = R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by evkg. List values (aliases, sources, provenance) are joined with "; ". -->
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="n_label" for="node" attr.name="label" attr.type="string"/>
  <key id="n_type" for="node" attr.name="type" attr.type="string"/>
  <key id="n_aliases" for="node" attr.name="aliases" attr.type="string"/>
  <key id="n_country" for="node" attr.name="country" attr.type="string"/>
  <key id="n_affiliation" for="node" attr.name="affiliation" attr.type="string"/>
  <key id="n_role" for="node" attr.name="role" attr.type="string"/>
  <key id="n_date" for="node" attr.name="date" attr.type="string"/>
  <key id="n_location" for="node" attr.name="location" attr.type="string"/>
  <key id="n_mentions" for="node" attr.name="mentions" attr.type="long"/>
  <key id="n_sources" for="node" attr.name="sources" attr.type="string"/>
  <key id="e_relation" for="edge" attr.name="relation" attr.type="string"/>
  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>
  <key id="e_date" for="edge" attr.name="date" attr.type="string"/>
  <key id="e_place" for="edge" attr.name="place" attr.type="string"/>
  <key id="e_event" for="edge" attr.name="event" attr.type="string"/>
  <key id="e_object" for="edge" attr.name="object" attr.type="string"/>
  <key id="e_status" for="edge" attr.name="status" attr.type="string"/>
  <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
  <key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>
  <key id="e_sources" for="edge" attr.name="sources" attr.type="string"/>
  <key id="e_evidence" for="edge" attr.name="evidence" attr.type="string"/>
  <key id="e_provenance" for="edge" attr.name="provenance" attr.type="string"/>
  <graph id="G" edgedefault="directed">
    <desc>evkg</desc>
    <node id="country:fra">
      <data key="n_label">France</data>
      <data key="n_type">country</data>
      <data key="n_mentions">1</data>
      <data key="n_sources">d1</data>
    </node>
    <node id="person:ann">
      <data key="n_label">Ann "A" &lt;Lee&gt;</data>
      <data key="n_type">person</data>
      <data key="n_aliases">A. Lee; Lee</data>
      <data key="n_country">France</data>
      <data key="n_mentions">3</data>
      <data key="n_sources">d1; d2</data>
    </node>
    <edge id="e0" source="person:ann" target="country:fra">
      <data key="e_relation">met</data>
      <data key="e_label">met</data>
      <data key="e_date">2025-09-04</data>
      <data key="e_status">reported</data>
      <data key="e_weight">1</data>
      <data key="e_confidence">0.1</data>
      <data key="e_sources">d1</data>
      <data key="e_evidence">Ann met France &amp; co.</data>
      <data key="e_provenance">d1@0-10</data>
    </edge>
  </graph>
</graphml>
)";

constexpr const char* kTinyDot = R"(digraph "evkg" {
  graph [rankdir="LR", overlap="false", concentrate="false", fontname="Helvetica", fontsize="10", nodesep="0.25", ranksep="0.8", nslimit="0.2", mclimit="0.5", outputorder="edgesfirst", forcelabels="true"];
  node [fontname="Helvetica", fontsize="10", style="filled", color="#4d4d4d", penwidth="0.8"];
  edge [fontname="Helvetica", fontsize="8", arrowsize="0.6"];
  "country:fra" [label="France", shape="box", fillcolor="#d1e7dd"];
  "person:ann" [label="Ann \"A\" <Lee>", shape="ellipse", fillcolor="#cfe2ff"];
  "person:ann" -> "country:fra" [xlabel="met", color="#1f77b4", fontcolor="#1f77b4"];
  subgraph "cluster_legend" {
    graph [label="Legend", fontsize="9", style="rounded", color="#999999"];
    "legend:type:person" [label="person", shape="ellipse", fillcolor="#cfe2ff", fontsize="8", height="0.3"];
    "legend:type:country" [label="country", shape="box", fillcolor="#d1e7dd", fontsize="8", height="0.3"];
    "legend:relation:met" [label="→ met", shape="plaintext", style="solid", fontcolor="#1f77b4", fontsize="8", height="0.15", margin="0.02"];
  }
}
)";

constexpr const char* kTinyJson =
    R"({"directed":true,"multigraph":true,"graph":{"name":"evkg"},"nodes":[
{"id":"country:fra","label":"France","type":"country","aliases":[],"country":"","affiliation":"","role":"","date":"","location":"","mentions":1,"sources":["d1"]},
{"id":"person:ann","label":"Ann \"A\" <Lee>","type":"person","aliases":["A. Lee","Lee"],"country":"France","affiliation":"","role":"","date":"","location":"","mentions":3,"sources":["d1","d2"]}
],"links":[
{"source":"person:ann","target":"country:fra","key":0,"relation":"met","date":"2025-09-04","place":"","event":"","object":"","status":"reported","weight":1.0,"confidence":0.1,"sources":["d1"],"evidence":"Ann met France & co.","provenance":["d1@0-10"]}
]}
)";

}  // namespace

TEST(ExportGraphmlWriter, TinyGraphExactBytes) { EXPECT_EQ(written(test::tiny_graph(), write_graphml), kTinyGraphml); }

TEST(ExportDotWriter, TinyGraphExactBytes) { EXPECT_EQ(written(test::tiny_graph(), write_dot), kTinyDot); }

TEST(ExportJsonWriter, TinyGraphExactBytes) { EXPECT_EQ(written(test::tiny_graph(), write_json), kTinyJson); }

TEST(ExportWriters, EmptyGraph) {
  const EventGraph g;
  const auto graphml = written(g, write_graphml);
  EXPECT_NE(graphml.find("<graph id=\"G\" edgedefault=\"directed\">\n    <desc>evkg</desc>\n  </graph>\n</graphml>\n"),
            std::string::npos);
  EXPECT_EQ(written(g, write_json),
            "{\"directed\":true,\"multigraph\":true,\"graph\":{\"name\":\"evkg\"},\"nodes\":[\n],\"links\":[\n]}\n");
  const auto dot = written(g, write_dot);
  EXPECT_EQ(dot.find("cluster_legend"), std::string::npos);
  EXPECT_TRUE(dot.ends_with("];\n}\n"));
}

TEST(ExportWriters, OutputIsDeterministicWhateverTheInsertionOrder) {
  // The same graph built in two orders writes the same bytes.
  const EventGraph a = test::torture_graph();
  EventGraph b;
  const auto& ag = a.graph();
  auto vs = a.sorted_vertices();
  for (auto it = vs.rbegin(); it != vs.rend(); ++it) b.add_node(ag[*it]);
  auto es = a.sorted_edges();
  for (auto it = es.rbegin(); it != es.rend(); ++it) {
    b.add_edge(ag[boost::source(*it, ag)].id, ag[boost::target(*it, ag)].id, ag[*it]);
  }
  b.graph()[boost::graph_bundle].name = ag[boost::graph_bundle].name;
  EXPECT_EQ(written(a, write_graphml), written(b, write_graphml));
  EXPECT_EQ(written(a, write_dot), written(b, write_dot));
  EXPECT_EQ(written(a, write_json), written(b, write_json));
}

TEST(ExportGraphmlWriter, EscapesAndDropsForbiddenCharacters) {
  const auto out = written(test::torture_graph(), write_graphml);
  EXPECT_NE(out.find("<desc>torture \"graph\" &lt;&amp;&gt; \\</desc>"), std::string::npos);
  EXPECT_NE(out.find(">&lt;&amp;&gt; AT&amp;T &amp; \"co\" 'x' ]]&gt; &amp;amp; &lt;/node&gt;</data>"), std::string::npos);
  EXPECT_NE(out.find(">ctl esc tab\t cr&#13; nl\n nul</data>"), std::string::npos);
  EXPECT_EQ(out.find('\x01'), std::string::npos);
  EXPECT_EQ(out.find('\x1b'), std::string::npos);
  EXPECT_EQ(out.find('\r'), std::string::npos);
  EXPECT_NE(out.find("<node id=\"topic:empty\">\n      <data key=\"n_type\">"), std::string::npos)
      << "an empty label has no <data>";
  EXPECT_NE(out.find(">  President  </data>"), std::string::npos);
  EXPECT_NE(out.find("<data key=\"n_mentions\">12345678901234</data>"), std::string::npos);
  EXPECT_NE(out.find("<data key=\"e_confidence\">0.3333333333333333</data>"), std::string::npos);
  EXPECT_NE(out.find("<data key=\"e_confidence\">0.30000000000000004</data>"), std::string::npos);
  EXPECT_NE(out.find("<data key=\"e_weight\">0.1</data>"), std::string::npos);
  EXPECT_NE(out.find("<data key=\"e_place\">Borgo Egnazia</data>\n      <data key=\"e_event\">g7-2024</data>"),
            std::string::npos);
  EXPECT_NE(out.find("<edge id=\"e0\" "), std::string::npos);
  EXPECT_NE(out.find("<edge id=\"e12\" "), std::string::npos);
  EXPECT_EQ(out.find("<edge id=\"e13\" "), std::string::npos);
  EXPECT_EQ(out.find("for=\"all\""), std::string::npos);
}

TEST(ExportDotWriter, TortureLabelsAndStyles) {
  const auto out = written(test::torture_graph(), write_dot);
  EXPECT_NE(out.find("digraph \"torture \\\"graph\\\" <&> \\\\\" {\n"), std::string::npos);
  EXPECT_NE(out.find("\"person:trailing\" [label=\"ends with a backslash \\\\\""), std::string::npos);
  EXPECT_NE(out.find("[label=\"escString \\\\N \\\\G \\\\E \\\\T \\\\H \\\\L \\\\l \\\\n \\\\r\""), std::string::npos);
  EXPECT_NE(out.find("[label=\"ctl esc tab cr nl\\n nul\""), std::string::npos);
  EXPECT_NE(out.find("\"GRAPH\" -> \"digraph\" [xlabel=\"custom relation with spaces &amp; …\", color=\"#000000\""),
            std::string::npos);
  EXPECT_NE(out.find("[xlabel=\"pledged: €5bn in \\\"reconstruction\\\" aid <fund> for …\", color=\"#17becf\""),
            std::string::npos);
  EXPECT_NE(out.find("[xlabel=\"met (planned)\", color=\"#1f77b4\", fontcolor=\"#1f77b4\", style=\"dashed\"]"),
            std::string::npos);
  EXPECT_NE(out.find("[xlabel=\"accused (denied)\""), std::string::npos);
  EXPECT_NE(out.find("\"topic:empty\" [label=\"topic:empty\""), std::string::npos) << "empty label shows the id";
  EXPECT_NE(out.find("\"topic:numeric\" [label=\"007\", shape=\"octagon\""), std::string::npos) << "unknown type";
  EXPECT_NE(out.find("\"legend:relation:not reported (dashed)\""), std::string::npos);
  EXPECT_NE(out.find("\"legend:type:other\""), std::string::npos);
  for (const char c : {'\x01', '\x1b', '\r', '\t'}) EXPECT_EQ(out.find(c), std::string::npos);
}

TEST(ExportDotWriter, LegendListsOnlyWhatIsPresentAndAvoidsIdClashes) {
  EventGraph g;
  NodeProps n;
  n.id = "legend:type:person";
  n.type = "summit";
  g.add_node(n);
  n.id = "_legend:x";
  g.add_node(n);
  const auto out = written(g, write_dot);
  EXPECT_NE(out.find("\"__legend:type:summit\""), std::string::npos);
  EXPECT_EQ(out.find("type:person\" [label=\"person\""), std::string::npos);
  EXPECT_EQ(out.find(":relation:"), std::string::npos);
}

TEST(ExportJsonWriter, ParallelEdgesGetKeysAndNonFiniteIsNull) {
  EventGraph g = test::torture_graph();
  const auto out = written(g, write_json);
  EXPECT_NE(out.find("{\"source\":\"person:ann\",\"target\":\"person:emoji\",\"key\":0,\"relation\":\"met\","
                     "\"date\":\"2024-06-13\""),
            std::string::npos);
  EXPECT_NE(out.find("\"key\":1,\"relation\":\"met\",\"date\":\"2025-01-01\""), std::string::npos);
  EXPECT_NE(out.find("\"key\":2,\"relation\":\"pledged\""), std::string::npos);
  EXPECT_NE(out.find("\"label\":\"ctl\\u0001 esc\\u001B tab\\t cr\\r nl\\n nul\""), std::string::npos);
  EXPECT_NE(out.find("\"mentions\":12345678901234,"), std::string::npos);
  EXPECT_NE(out.find("\"place\":\"Borgo Egnazia\",\"event\":\"g7-2024\","), std::string::npos);
  EXPECT_NE(out.find("\"confidence\":0.3333333333333333,"), std::string::npos);

  EventGraph h = test::tiny_graph();
  for (const auto e : boost::make_iterator_range(boost::edges(h.graph()))) {
    h.graph()[e].confidence = std::numeric_limits<double>::quiet_NaN();
  }
  EXPECT_NE(written(h, write_json).find("\"confidence\":null,"), std::string::npos);
}

TEST(ExportJsonWriter, InvalidUtf8IsRepaired) {
  EventGraph g;
  NodeProps n;
  n.id = "x";
  n.label = "bad \xFF byte";
  g.add_node(n);
  EXPECT_NE(written(g, write_json).find("\"label\":\"bad \xEF\xBF\xBD byte\""), std::string::npos);
}

TEST(ExportWriters, LargeOutputReachesTheSinkInChunks) {
  const EventGraph g = test::generated_graph(2000, 20000);
  for (auto write : {write_graphml, write_json, write_dot}) {
    CountingSink sink;
    write(g, sink);
    EXPECT_GT(sink.size, 1000000u);
    EXPECT_LT(sink.calls, sink.size / 100000 + 2);
  }
}

// The JSON writer escapes strings exactly as RapidJSON's Writer does (the bytes it wrote before it
// was made to copy runs of plain text at once): every ASCII byte, quotes, backslashes, UTF-8.
TEST(ExportJsonWriter, StringsEscapedLikeRapidJson) {
  std::string all;
  for (int c = 1; c < 0x80; ++c) all += static_cast<char>(c);
  for (const std::string& label : {all, std::string("Zelens\xCA\xB9kyy \xF0\x9F\x98\x80 \"q\" \\ end\\"),
                                   std::string("\x7F plain")}) {
    EventGraph g;
    NodeProps n;
    n.id = "x";
    n.label = label;
    g.add_node(n);
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    w.String(label.data(), static_cast<rapidjson::SizeType>(label.size()));
    EXPECT_NE(written(g, write_json).find(std::string("\"label\":") + buf.GetString() + ","), std::string::npos)
        << buf.GetString();
  }
}
