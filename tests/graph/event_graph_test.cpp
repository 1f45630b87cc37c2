#include "graph/event_graph.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace evkg;

namespace {
NodeProps person(const std::string& id, const std::string& label, std::vector<std::string> aliases = {},
                 std::vector<std::string> sources = {"d1"}) {
  NodeProps n;
  n.id = id;
  n.label = label;
  n.type = "person";
  n.aliases = std::move(aliases);
  n.sources = std::move(sources);
  n.mentions = 1;
  return n;
}
EdgeProps edge(const std::string& rel, const std::string& prov, const std::string& date = "",
               const std::string& object = "") {
  EdgeProps e;
  e.relation = rel;
  e.date = date;
  e.object = object;
  e.sources = {prov.substr(0, prov.find('@'))};
  e.provenance = {prov};
  e.evidence = "sentence " + prov;
  e.confidence = 0.5;
  return e;
}
}  // namespace

TEST(EventGraph, SameIdIsOneVertexWithMergedAttributes) {
  EventGraph g;
  g.add_node(person("person:a", "Ann Lee", {"Lee"}, {"d2"}));
  g.add_node(person("person:a", "Ann Lee", {"A. Lee"}, {"d1"}));
  ASSERT_EQ(g.num_nodes(), 1u);
  const auto& n = g.graph()[*g.find("person:a")];
  EXPECT_EQ(n.aliases, (std::vector<std::string>{"A. Lee", "Lee"}));
  EXPECT_EQ(n.sources, (std::vector<std::string>{"d1", "d2"}));
  EXPECT_EQ(n.mentions, 2u);
}

TEST(EventGraph, FindByNormalisedAlias) {
  EventGraph g;
  g.add_node(person("person:m", "Micheál Martin", {"Martin"}));
  EXPECT_EQ(g.find_by_name("micheal martin").size(), 1u);
  EXPECT_EQ(g.find_by_name("MARTIN").size(), 1u);
  EXPECT_TRUE(g.find_by_name("nobody").empty());
}

TEST(EventGraph, SameKeyAccumulatesWeightAndSources) {
  EventGraph g;
  g.add_node(person("person:a", "A"));
  g.add_node(person("person:b", "B"));
  g.add_edge("person:a", "person:b", edge("met", "d2@10-50", "2025-09-04"));
  g.add_edge("person:a", "person:b", edge("met", "d1@0-40", "2025-09-04"));
  g.add_edge("person:a", "person:b", edge("met", "d1@0-40", "2025-09-04"));  // same sentence again
  ASSERT_EQ(g.num_edges(), 1u);
  const auto& e = g.graph()[*boost::edges(g.graph()).first];
  EXPECT_EQ(e.weight, 2.0);
  EXPECT_EQ(e.sources, (std::vector<std::string>{"d1", "d2"}));
  EXPECT_EQ(e.evidence, "sentence d1@0-40");  // the earliest provenance entry's sentence
}

TEST(EventGraph, DifferentRelationsStayParallel) {
  EventGraph g;
  g.add_node(person("person:a", "A"));
  g.add_node(person("country:b", "B"));
  g.add_edge("person:a", "country:b", edge("met", "d1@0-1"));
  g.add_edge("person:a", "country:b", edge("pledged", "d1@0-1", "", "troops"));
  g.add_edge("person:a", "country:b", edge("pledged", "d1@5-9", "", "missiles"));
  EXPECT_EQ(g.num_edges(), 3u);
}

TEST(EventGraph, UnknownEndpointThrows) {
  EventGraph g;
  g.add_node(person("person:a", "A"));
  EXPECT_THROW(g.add_edge("person:a", "person:zz", edge("met", "d@0-1")), std::invalid_argument);
}

TEST(EventGraph, MergeIsOrderIndependent) {
  EventGraph a, b;
  a.add_node(person("person:x", "Xi Jinping", {}, {"d1"}));
  a.add_node(person("person:y", "Y", {}, {"d1"}));
  a.add_edge("person:x", "person:y", edge("met", "d1@0-5"));
  b.add_node(person("person:x", "Xi", {"Xi Jinping"}, {"d2"}));
  b.add_node(person("person:y", "Y", {}, {"d2"}));
  b.add_edge("person:x", "person:y", edge("met", "d2@0-5"));
  EventGraph ab, ba;
  ab.merge(a);
  ab.merge(b);
  ba.merge(b);
  ba.merge(a);
  const auto& n1 = ab.graph()[*ab.find("person:x")];
  const auto& n2 = ba.graph()[*ba.find("person:x")];
  EXPECT_EQ(n1.label, "Xi Jinping");
  EXPECT_EQ(n1.label, n2.label);
  EXPECT_EQ(n1.aliases, n2.aliases);
  EXPECT_EQ(ab.graph()[*boost::edges(ab.graph()).first].weight, 2.0);
  EXPECT_EQ(ab.graph()[*boost::edges(ab.graph()).first].evidence,
            ba.graph()[*boost::edges(ba.graph()).first].evidence);
}

TEST(EventGraph, RemappedMergesNodesAndTheirEdges) {
  EventGraph g;
  g.add_node(person("summit:paris", "summit, Paris"));
  g.add_node(person("summit:paris-2025-09-04", "summit, Paris (2025-09-04)"));
  g.add_node(person("person:a", "A"));
  g.add_edge("person:a", "summit:paris", edge("attended", "d1@0-5"));
  g.add_edge("person:a", "summit:paris-2025-09-04", edge("attended", "d2@0-5"));
  const auto r = g.remapped({{"summit:paris", "summit:paris-2025-09-04"}});
  EXPECT_EQ(r.num_nodes(), 2u);
  ASSERT_EQ(r.num_edges(), 1u);
  EXPECT_EQ(r.graph()[*boost::edges(r.graph()).first].weight, 2.0);
  const auto& s = r.graph()[*r.find("summit:paris-2025-09-04")];
  EXPECT_EQ(s.label, "summit, Paris (2025-09-04)");
  EXPECT_EQ(s.aliases, (std::vector<std::string>{"summit, Paris"}));
}

TEST(EventGraph, RemappedByMovingEqualsRemappedByCopying) {
  EventGraph g;
  g.add_node(person("summit:paris", "summit, Paris"));
  g.add_node(person("summit:paris-2025-09-04", "summit, Paris (2025-09-04)"));
  g.add_node(person("person:a", "A"));
  g.add_node(person("person:b", "B"));
  g.add_edge("person:a", "summit:paris", edge("attended", "d1@0-5"));
  g.add_edge("person:a", "summit:paris-2025-09-04", edge("attended", "d2@0-5"));
  g.add_edge("person:b", "summit:paris", edge("chaired", "d1@9-20"));
  g.add_edge("summit:paris", "summit:paris-2025-09-04", edge("met", "d3@0-5"));  // becomes a loop: dropped
  const std::unordered_map<std::string, std::string> mapping{{"summit:paris", "summit:paris-2025-09-04"}};
  const EventGraph copied = g.remapped(mapping);
  const EventGraph moved = EventGraph(g).remapped(mapping);  // an rvalue: properties moved
  ASSERT_EQ(moved.num_nodes(), 3u);
  ASSERT_EQ(moved.num_edges(), 2u);
  const auto cv = copied.sorted_vertices();
  const auto mv = moved.sorted_vertices();
  for (std::size_t i = 0; i < cv.size(); ++i) {
    EXPECT_EQ(copied.graph()[cv[i]].id, moved.graph()[mv[i]].id);
    EXPECT_EQ(copied.graph()[cv[i]].label, moved.graph()[mv[i]].label);
    EXPECT_EQ(copied.graph()[cv[i]].aliases, moved.graph()[mv[i]].aliases);
  }
  const auto ce = copied.sorted_edges();
  const auto me = moved.sorted_edges();
  for (std::size_t i = 0; i < ce.size(); ++i) {
    EXPECT_EQ(copied.graph()[ce[i]].relation, moved.graph()[me[i]].relation);
    EXPECT_EQ(copied.graph()[ce[i]].provenance, moved.graph()[me[i]].provenance);
    EXPECT_EQ(copied.graph()[ce[i]].weight, moved.graph()[me[i]].weight);
  }
  // the copy left its source intact
  EXPECT_EQ(g.graph()[*g.find("summit:paris")].label, "summit, Paris");
}

TEST(EventGraph, ManyMergesReadSortedAndUnique) {
  // Merges append; what is read is sorted, unique and weighted as if every merge had been eager.
  EventGraph g;
  g.add_node(person("person:a", "A"));
  g.add_node(person("person:b", "B"));
  EventGraph eager;
  eager.add_node(person("person:a", "A"));
  eager.add_node(person("person:b", "B"));
  EdgeProps expected;
  bool first = true;
  for (int i = 0; i < 500; ++i) {
    const int k = (i * 37) % 211;  // repeats, out of order
    const std::string prov = "d" + std::to_string(k % 50) + "@" + std::to_string(k) + "-" + std::to_string(k + 9);
    const EdgeProps e = edge("met", prov, "2025-09-04");
    g.add_edge("person:a", "person:b", e);
    g.add_node(person("person:a", i % 3 == 0 ? "Ann A" : "A", {"Alias " + std::to_string(k % 7)},
                      {"d" + std::to_string(k % 50)}));
    if (first) {
      expected = e;
      first = false;
    } else {
      merge_edge_into(expected, e);
    }
  }
  ASSERT_EQ(g.num_edges(), 1u);
  const auto& p = g.graph()[*boost::edges(g.graph()).first];
  EXPECT_TRUE(std::is_sorted(p.provenance.begin(), p.provenance.end()));
  EXPECT_EQ(p.provenance, expected.provenance);
  EXPECT_EQ(p.sources, expected.sources);
  EXPECT_EQ(p.weight, 211.0);
  EXPECT_EQ(p.evidence, "sentence " + p.provenance.front());
  const auto& n = g.graph()[*g.find("person:a")];
  EXPECT_EQ(n.label, "Ann A");
  EXPECT_EQ(n.sources.size(), 50u);
  EXPECT_TRUE(std::is_sorted(n.sources.begin(), n.sources.end()));
  EXPECT_EQ(n.aliases.front(), "A");  // the losing label, kept as an alias
  EXPECT_EQ(n.aliases.size(), 8u);
  EXPECT_EQ(n.mentions, 501u);
}

TEST(EventGraph, CopiesAndMovesKeepTheirOwnIndexes) {
  EventGraph g;
  g.add_node(person("person:a", "A"));
  g.add_node(person("person:b", "B"));
  g.add_edge("person:a", "person:b", edge("met", "d1@0-5", "2025-09-04"));
  EventGraph copy = g;
  copy.add_edge("person:a", "person:b", edge("met", "d2@0-5", "2025-09-04"));  // merges into the copy's edge
  EXPECT_EQ(g.graph()[*boost::edges(g.graph()).first].weight, 1.0);
  EXPECT_EQ(copy.graph()[*boost::edges(copy.graph()).first].weight, 2.0);
  EventGraph moved = std::move(copy);
  moved.add_edge("person:b", "person:a", edge("met", "d3@0-5", "2025-09-04"));  // other direction: new edge
  moved.add_edge("person:a", "person:b", edge("met", "d3@0-5", "2025-09-04"));
  EXPECT_EQ(moved.num_edges(), 2u);
  EXPECT_EQ(moved.graph()[*moved.find("person:a")].id, "person:a");
  const auto es = moved.sorted_edges();
  EXPECT_EQ(moved.graph()[es[0]].weight, 3.0);
}

TEST(EventGraph, ObjectsDifferingOnlyInCaseAreOneEdge) {
  EventGraph g;
  g.add_node(person("person:a", "A"));
  g.add_node(person("country:b", "B"));
  g.add_edge("person:a", "country:b", edge("pledged", "d1@0-1", "", "Air defence"));
  g.add_edge("person:a", "country:b", edge("pledged", "d2@0-1", "", "air  defence"));
  EXPECT_EQ(g.num_edges(), 1u);
}

namespace evkg {
namespace {

TEST(NodeMerge, RepeatedAppendsKeepListsNearTheirDistinctSize) {
  // The same documents naming a node or repeating an edge again and again: appended lists drop
  // their duplicates before they grow, so memory follows the distinct entries, not the repeats.
  NodeProps node;
  node.id = "person:a";
  NodeProps again = node;
  again.sources = {"doc-1", "doc-2"};
  EdgeProps edge;
  EdgeProps repeat;
  repeat.provenance = {"doc-1@0-10", "doc-2@5-20"};
  repeat.sources = {"doc-1", "doc-2"};
  repeat.evidence = "A met B.";
  for (int i = 0; i < 100000; ++i) {
    append_node_into(node, again);
    append_edge_into(edge, repeat);
  }
  EXPECT_LE(node.sources.size(), 8u);
  EXPECT_LE(edge.provenance.size(), 8u);
  EXPECT_LE(edge.sources.size(), 8u);
  EXPECT_EQ(edge.provenance.front(), "doc-1@0-10");  // the smallest stays in front
  normalise_node(node);
  normalise_edge(edge);
  EXPECT_EQ(node.sources, (std::vector<std::string>{"doc-1", "doc-2"}));
  EXPECT_EQ(edge.provenance, (std::vector<std::string>{"doc-1@0-10", "doc-2@5-20"}));
  EXPECT_EQ(edge.weight, 2.0);
}

}  // namespace
}  // namespace evkg
