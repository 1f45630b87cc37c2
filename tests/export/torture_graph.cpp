#include "torture_graph.hpp"

#include <vector>

namespace evkg::test {

namespace {

NodeProps node(std::string id, std::string label, std::string type) {
  NodeProps n;
  n.id = std::move(id);
  n.label = std::move(label);
  n.type = std::move(type);
  n.mentions = 1;
  n.sources = {"doc-1"};
  return n;
}

EdgeProps edge(std::string relation, std::vector<std::string> provenance = {}) {
  EdgeProps e;
  e.relation = std::move(relation);
  e.provenance = std::move(provenance);
  for (const auto& p : e.provenance) e.sources.push_back(p.substr(0, p.find('@')));
  e.confidence = 0.75;
  e.weight = 1;
  return e;
}

}  // namespace

std::string long_label() {
  std::string s = "Very long label: ";
  while (s.size() < 5000) s += "the quick brown fox jumps over the lazy dog, ";
  return s;
}

EventGraph tiny_graph() {
  EventGraph g;
  NodeProps a = node("person:ann", "Ann \"A\" <Lee>", "person");
  a.aliases = {"A. Lee", "Lee"};
  a.country = "France";
  a.mentions = 3;
  a.sources = {"d1", "d2"};
  g.add_node(a);
  NodeProps b = node("country:fra", "France", "country");
  b.sources = {"d1"};
  g.add_node(b);
  EdgeProps e = edge("met", {"d1@0-10"});
  e.date = "2025-09-04";
  e.confidence = 0.1;
  e.evidence = "Ann met France & co.";
  g.add_edge("person:ann", "country:fra", e);
  return g;
}

EventGraph torture_graph() {
  EventGraph g;
  g.graph()[boost::graph_bundle].name = "torture \"graph\" <&> \\";

  NodeProps ann = node("person:ann", "Ann \"The Quote\" O'Neil \\ back\\slash", "person");
  ann.aliases = {"A. \"Q\" O'Neil", "Анна"};
  ann.country = "France";
  ann.affiliation = "NATO";
  ann.role = "  President  ";  // surrounding spaces kept
  ann.mentions = 12345678901234ULL;
  ann.sources = {"doc-1", "doc-2"};
  g.add_node(ann);
  g.add_node(node("person:trailing", "ends with a backslash \\", "person"));
  g.add_node(node("org:markup", "<&> AT&T & \"co\" 'x' ]]> &amp; </node>", "organization"));
  NodeProps emoji = node("person:emoji", "Emoji 😀 🇫🇷 party", "person");
  emoji.aliases = {"😀"};
  g.add_node(emoji);
  NodeProps rus = node("country:rus", "Россия", "country");
  rus.aliases = {"Российская Федерация"};
  g.add_node(rus);
  // DOT keywords in any case, as ids and labels
  g.add_node(node("node", "node", "topic"));
  g.add_node(node("Edge", "Edge", "topic"));
  g.add_node(node("GRAPH", "GRAPH", "topic"));
  g.add_node(node("digraph", "DiGraph", "other"));
  g.add_node(node("subgraph", "SUBGRAPH", "organization"));
  g.add_node(node("strict", "strict", "country"));
  NodeProps summit = node("g7-2024", "G7 2024", "summit");
  summit.date = "2024-06-13";
  summit.location = "Borgo Egnazia, Italy";
  summit.role = "summit";
  g.add_node(summit);
  g.add_node(node("a.b", "a.b", "topic"));
  g.add_node(node("person:control", "ctl\x01 esc\x1b tab\t cr\r nl\n nul", "person"));
  g.add_node(node("topic:empty", "", "topic"));
  g.add_node(node("topic:long", long_label(), "topic"));
  g.add_node(node("topic:escapes", "escString \\N \\G \\E \\T \\H \\L \\l \\n \\r", "topic"));
  g.add_node(node("topic:numeric", "007", "weird type"));

  EdgeProps met = edge("met", {"doc-1@0-40", "doc-2@10-50"});
  met.date = "2024-06-13";
  met.place = "Borgo Egnazia";
  met.event = "g7-2024";
  met.evidence = "Ann met the emoji person 😀 at \"G7\" <summit> & more.";
  g.add_edge("person:ann", "person:emoji", met);
  EdgeProps pledged = edge("pledged", {"doc-3@5-90"});
  pledged.object = "€5bn in \"reconstruction\" aid <fund> for the next ten years, to be disbursed quarterly";
  pledged.confidence = 1.0 / 3.0;
  g.add_edge("person:ann", "person:emoji", pledged);  // parallel to "met"
  EdgeProps planned = edge("met");
  planned.status = "planned";
  planned.weight = 0.1;
  planned.confidence = 0.30000000000000004;
  planned.date = "2025-01-01";
  g.add_edge("person:ann", "person:emoji", planned);  // a third parallel edge, dashed in DOT
  EdgeProps attended = edge("attended", {"doc-1@41-80"});
  g.add_edge("person:ann", "g7-2024", attended);
  g.add_edge("node", "Edge", edge("member_of"));
  g.add_edge("GRAPH", "digraph", edge("custom relation with spaces & <stuff> \"q\" \\"));
  EdgeProps rejected = edge("rejected", {"doc-4@0-1"});
  rejected.object = "the \"deal\" \\ \x01 with a trailing backslash \\";
  g.add_edge("country:rus", "strict", rejected);
  g.add_edge("subgraph", "a.b", edge("condemned"));
  g.add_edge("person:control", "topic:empty", edge("urged"));
  g.add_edge("topic:long", "topic:escapes", edge("thanked"));
  g.add_edge("topic:numeric", "topic:numeric", edge("called"));  // a loop
  EdgeProps denied = edge("accused");
  denied.status = "denied";
  denied.evidence = "ctl\x01 esc\x1b tab\t cr\r nl\n";
  g.add_edge("person:trailing", "org:markup", denied);
  g.add_edge("org:markup", "country:rus", edge("chaired"));
  return g;
}

EventGraph hostile_id_graph() {
  EventGraph g;
  g.graph()[boost::graph_bundle].name = "";
  for (const char* id : {"", "a b", "x\"y", "back\\", "ctl\x01", "nl\nx", "node", "Edge", "->", "{", "a:b:c"}) {
    g.add_node(node(id, std::string("label of ") + id, "person"));
  }
  g.add_edge("", "a b", edge("met"));
  g.add_edge("x\"y", "back\\", edge("pledged"));
  g.add_edge("back\\", "ctl\x01", edge("called"));
  g.add_edge("nl\nx", "node", edge("met"));
  g.add_edge("Edge", "->", edge("met"));
  g.add_edge("{", "a:b:c", edge("met"));
  return g;
}

EventGraph generated_graph(std::size_t nodes, std::size_t edges) {
  static const char* kTypes[] = {"person", "country", "organization", "summit", "topic", "other"};
  static const char* kRelations[] = {"met",     "attended",  "chaired", "pledged", "rejected", "called",
                                     "accused", "condemned", "thanked", "urged",   "member_of"};
  EventGraph g;
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < nodes; ++i) {
    ids.push_back("node:" + std::to_string(i));
    NodeProps n = node(ids.back(), "Node number " + std::to_string(i), kTypes[i % 6]);
    n.mentions = i;
    g.add_node(n);
  }
  unsigned long long x = 88172645463325252ULL;  // xorshift: the same graph every run
  auto next = [&x] {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x;
  };
  for (std::size_t i = 0; i < edges; ++i) {
    EdgeProps e = edge(kRelations[next() % 11]);
    e.date = "2024-01-" + std::to_string(1 + next() % 28);
    e.weight = static_cast<double>(1 + next() % 5);
    if (e.relation == "pledged") e.object = "aid package number " + std::to_string(i);
    if (next() % 7 == 0) e.status = "planned";
    g.add_edge(ids[next() % nodes], ids[next() % nodes], e);
  }
  return g;
}

}  // namespace evkg::test
