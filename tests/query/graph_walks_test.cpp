// neighbors, path, ego and top.
#include <gtest/gtest.h>

#include <numeric>

#include "query/centrality.hpp"
#include "query/neighborhood.hpp"
#include "query/paths.hpp"
#include "query_test_support.hpp"

using namespace evkg;
using namespace evkg::query;
using evkg::test::column;
using evkg::test::find_row;
using evkg::test::fixture;
using evkg::test::kMacron;
using evkg::test::kZelenskyy;
using evkg::test::vertex;

namespace {
using Strings = std::vector<std::string>;
const Vertex kAnna = vertex("person:anna-smith");
const Vertex kPutin = vertex("person:vladimir-putin");
}  // namespace

TEST(Neighbors, DepthOne) {
  const Table t = neighbors(fixture(), kZelenskyy, 1, {});
  EXPECT_EQ(column(t, "neighbor"),
            (Strings{"Emmanuel Macron", "John Smith", "Meeting, Kyiv (2025-05-10)", "Summit, Paris (2025-09-04)"}));
  EXPECT_EQ(column(t, "direction"), (Strings{"<->", "<-", "->", "->"}));
  EXPECT_EQ(column(t, "relations"), (Strings{"met", "met", "attended", "attended"}));
  EXPECT_EQ(column(t, "edges"), (Strings{"2", "2", "1", "1"}));
  EXPECT_EQ(t.at(0, "via"), "Volodymyr Zelenskyy");
  EXPECT_EQ(t.at(0, "depth"), "1");
}

TEST(Neighbors, DeeperListsOnlyTheTypeAsked) {
  Filters f;
  f.types = {"person"};
  const Table t = neighbors(fixture(), kZelenskyy, 2, f);
  EXPECT_EQ(column(t, "neighbor"),
            (Strings{"Emmanuel Macron", "John Smith", "Anna Smith", "He Lifeng", "Vladimir Putin"}));
  EXPECT_EQ(column(t, "depth"), (Strings{"1", "1", "2", "2", "2"}));
  const int anna = find_row(t, "neighbor", "Anna Smith");
  EXPECT_EQ(t.at(static_cast<std::size_t>(anna), "via"), "Summit, Paris (2025-09-04)");
  Filters met_only;
  met_only.relations = {"met"};
  EXPECT_EQ(neighbors(fixture(), kZelenskyy, 3, met_only).size(), 4u);  // Macron, Smith, Putin, He
}

TEST(Path, ShortestChainWithRealDirections) {
  const Table t = shortest_path(fixture(), kAnna, kPutin, {});
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(column(t, "from"), (Strings{"Anna Smith", "Summit, Paris (2025-09-04)", "Emmanuel Macron"}));
  EXPECT_EQ(column(t, "to"), (Strings{"Summit, Paris (2025-09-04)", "Emmanuel Macron", "Vladimir Putin"}));
  EXPECT_EQ(column(t, "direction"), (Strings{"->", "<-", "<-"}));
  EXPECT_EQ(column(t, "relation"), (Strings{"attended", "chaired", "rejected"}));  // best-attested edge per step
  EXPECT_EQ(column(t, "step"), (Strings{"1", "2", "3"}));
  EXPECT_EQ(t.at(2, "evidence"), "Putin rejected Macron's ceasefire proposal.");
}

TEST(Path, FiltersAndNoPath) {
  Filters met_only;
  met_only.relations = {"met"};
  EXPECT_TRUE(shortest_path(fixture(), kAnna, kPutin, met_only).empty());
  const Table via_met = shortest_path(fixture(), kMacron, kPutin, met_only);
  EXPECT_EQ(column(via_met, "to"), (Strings{"Volodymyr Zelenskyy", "John Smith", "Vladimir Putin"}));
  EXPECT_TRUE(shortest_path(fixture(), kAnna, vertex("person:ada-island"), {}).empty());
  EXPECT_TRUE(shortest_path(fixture(), kAnna, kAnna, {}).empty());
  // only persons in between: the summit may not be crossed
  Filters persons;
  persons.types = {"person"};
  const Table t = shortest_path(fixture(), kAnna, kPutin, persons);
  for (const auto& to : column(t, "to")) EXPECT_EQ(to.find("Summit"), std::string::npos);
}

TEST(Ego, SubgraphAroundSomeone) {
  const EventGraph ego = ego_graph(fixture(), kZelenskyy, 1, {});
  EXPECT_EQ(ego.num_nodes(), 5u);
  EXPECT_EQ(ego.num_edges(), 9u);  // Putin (denied) is left out with his edge
  EXPECT_TRUE(ego.find("person:john-smith"));
  EXPECT_FALSE(ego.find("person:vladimir-putin"));
  // the edges among the nodes, not only those at the centre: Macron attended Kyiv
  bool macron_kyiv = false;
  const Graph& g = ego.graph();
  for (const auto e : boost::make_iterator_range(boost::edges(g))) {
    macron_kyiv = macron_kyiv || (g[boost::source(e, g)].id == "person:emmanuel-macron" &&
                                  g[boost::target(e, g)].id == "summit:kyiv-2025-05-10");
  }
  EXPECT_TRUE(macron_kyiv);
  Filters persons;
  persons.types = {"person"};
  EXPECT_EQ(ego_graph(fixture(), kZelenskyy, 2, persons).num_nodes(), 5u);  // Zelenskyy, Macron, Smith, He, Putin
}

TEST(Top, DegreeCountsDistinctNeighbours) {
  const Table t = top(fixture(), Centrality::kDegree, 3, {});
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t.at(0, "id"), "person:emmanuel-macron");
  EXPECT_EQ(t.at(0, "score"), "5");
  EXPECT_EQ(t.at(0, "rank"), "1");
  // ties by id
  EXPECT_EQ(column(t, "id"), (Strings{"person:emmanuel-macron", "person:john-smith", "person:volodymyr-zelenskyy"}));
}

TEST(Top, TypeFilterAndLimit) {
  Filters countries;
  countries.types = {"country"};
  const Table t = top(fixture(), Centrality::kDegree, 100, countries);
  EXPECT_EQ(t.size(), 6u);
  for (const auto& type : column(t, "type")) EXPECT_EQ(type, "country");
}

TEST(Top, BetweennessFromBoost) {
  const Table t = top(fixture(), Centrality::kBetweenness, 100, {});
  EXPECT_EQ(t.size(), fixture().events().num_nodes());
  for (const auto& s : column(t, "score")) EXPECT_GE(std::stod(s), 0.0);
  const int ada = find_row(t, "name", "Ada Island");
  EXPECT_EQ(std::stod(t.at(static_cast<std::size_t>(ada), "score")), 0.0);
  const int he = find_row(t, "name", "He Lifeng");
  EXPECT_EQ(std::stod(t.at(static_cast<std::size_t>(he), "score")), 0.0);  // a leaf
}

TEST(Top, BetweennessOfAStar) {
  // a star of four leaves: the centre lies on the C(4,2) = 6 shortest paths between leaves
  EventGraph star;
  for (const char* id : {"person:centre", "person:a", "person:b", "person:c", "person:d"}) {
    NodeProps n;
    n.id = id;
    n.label = id;
    n.type = "person";
    star.add_node(n);
  }
  EdgeProps met;
  met.relation = "met";
  for (const char* leaf : {"person:a", "person:b", "person:c", "person:d"}) star.add_edge("person:centre", leaf, met);
  const QueryGraph q(star);
  const Table t = top(q, Centrality::kBetweenness, 2, {});
  EXPECT_EQ(column(t, "id"), (Strings{"person:centre", "person:a"}));
  EXPECT_EQ(column(t, "score"), (Strings{"6.000", "0.000"}));
}

TEST(Top, PageRankSumsToOne) {
  const Table t = top(fixture(), Centrality::kPageRank, 1000, {});
  double total = 0;
  for (const auto& s : column(t, "score")) total += std::stod(s);
  EXPECT_NEAR(total, 1.0, 1e-4);
  EXPECT_EQ(t.at(0, "id"), "person:emmanuel-macron");
}
