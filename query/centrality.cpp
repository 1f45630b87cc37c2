#include "query/centrality.hpp"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/page_rank.hpp>
#include <numeric>
#include <utility>
#include <vector>

namespace evkg::query {

namespace {

using Pair = std::pair<std::size_t, std::size_t>;

// Each pair of distinct vertices joined by at least one edge that passes the filter, once, with
// vertices numbered in id order (so that scores do not depend on the order of the file).
std::vector<Pair> simple_pairs(const QueryGraph& q, const Filters& f, const std::vector<std::size_t>& number) {
  const Graph& g = q.graph();
  const EdgeFilter filter(f, {});
  std::vector<Pair> pairs;
  pairs.reserve(boost::num_edges(g));
  for (const auto e : boost::make_iterator_range(boost::edges(g))) {
    const Vertex s = boost::source(e, g);
    const Vertex t = boost::target(e, g);
    if (s == t || !filter.passes(q.edge(e))) continue;
    pairs.emplace_back(std::min(number[s], number[t]), std::max(number[s], number[t]));
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

std::vector<double> degree_scores(std::size_t n, const std::vector<Pair>& pairs) {
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  const Undirected u(pairs.begin(), pairs.end(), n);
  std::vector<double> scores(n);
  for (std::size_t v = 0; v < n; ++v) scores[v] = static_cast<double>(boost::degree(v, u));
  return scores;
}

std::vector<double> betweenness_scores(std::size_t n, const std::vector<Pair>& pairs) {
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  const Undirected u(pairs.begin(), pairs.end(), n);
  std::vector<double> scores(n, 0.0);
  boost::brandes_betweenness_centrality(
      u, boost::make_iterator_property_map(scores.begin(), boost::get(boost::vertex_index, u)));
  return scores;
}

std::vector<double> pagerank_scores(std::size_t n, const std::vector<Pair>& pairs) {
  // both directions of every pair: who met whom has no meaningful direction for importance
  using Directed = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  std::vector<Pair> arcs;
  arcs.reserve(pairs.size() * 2);
  for (const auto& [a, b] : pairs) {
    arcs.emplace_back(a, b);
    arcs.emplace_back(b, a);
  }
  const Directed d(arcs.begin(), arcs.end(), n);
  std::vector<double> scores(n, 0.0);
  boost::graph::page_rank(d, boost::make_iterator_property_map(scores.begin(), boost::get(boost::vertex_index, d)),
                          boost::graph::n_iterations(100));
  const double total = std::accumulate(scores.begin(), scores.end(), 0.0);
  if (total > 0) {
    for (double& s : scores) s /= total;
  }
  return scores;
}

}  // namespace

std::optional<Centrality> parse_centrality(std::string_view name) {
  if (name == "degree") return Centrality::kDegree;
  if (name == "betweenness") return Centrality::kBetweenness;
  if (name == "pagerank") return Centrality::kPageRank;
  return std::nullopt;
}

Table top(const QueryGraph& q, Centrality by, std::size_t n, const Filters& f) {
  const std::size_t count = boost::num_vertices(q.graph());
  const std::vector<Vertex> by_id = q.events().sorted_vertices();
  std::vector<std::size_t> number(count);
  for (std::size_t i = 0; i < count; ++i) number[by_id[i]] = i;
  const auto pairs = simple_pairs(q, f, number);
  const std::vector<double> degrees = degree_scores(count, pairs);
  std::vector<double> scores;
  switch (by) {
    case Centrality::kDegree:
      scores = degrees;
      break;
    case Centrality::kBetweenness:
      scores = betweenness_scores(count, pairs);
      break;
    case Centrality::kPageRank:
      scores = pagerank_scores(count, pairs);
      break;
  }
  std::vector<std::size_t> listed;  // numbers, i.e. positions in by_id
  for (std::size_t i = 0; i < count; ++i) {
    if (type_in(f.types, q.node(by_id[i]))) listed.push_back(i);
  }
  auto higher = [&](std::size_t a, std::size_t b) {
    if (scores[a] != scores[b]) return scores[a] > scores[b];
    return a < b;
  };
  const std::size_t shown = std::min(n, listed.size());
  std::partial_sort(listed.begin(), listed.begin() + static_cast<std::ptrdiff_t>(shown), listed.end(), higher);
  listed.resize(shown);
  const int decimals = by == Centrality::kPageRank ? 6 : by == Centrality::kBetweenness ? 3 : 0;
  Table t({{"rank"}, {"name"}, {"type"}, {"score"}, {"degree"}, {"id", false}});
  for (std::size_t i = 0; i < listed.size(); ++i) {
    const std::size_t k = listed[i];
    const Vertex v = by_id[k];
    t.add_row({count_cell(i + 1), text_cell(q.label(v)), text_cell(q.node(v).type),
               number_cell(scores[k], decimals, false), count_cell(static_cast<std::size_t>(degrees[k])),
               text_cell(q.node(v).id)});
  }
  return t;
}

}  // namespace evkg::query
