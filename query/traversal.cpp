#include "query/traversal.hpp"

#include <algorithm>

namespace evkg::query {

Traversal breadth_first(const QueryGraph& q, Vertex start, const EdgeFilter& edges, std::size_t max_depth,
                        const std::function<bool(Vertex)>& may_enter, std::optional<Vertex> stop) {
  const Graph& g = q.graph();
  Traversal t;
  t.order.push_back(start);
  t.reached.emplace(start, Reached{});
  std::vector<Vertex> next;
  for (std::size_t i = 0; i < t.order.size(); ++i) {
    const Vertex u = t.order[i];
    const std::size_t depth = t.reached.at(u).depth;
    if (depth >= max_depth) continue;
    if (stop && t.reached.contains(*stop)) break;
    next.clear();
    for_each_incident(g, u, [&](Edge e, Vertex v, bool) {
      if (v == u || t.reached.contains(v) || !edges.passes(q.edge(e)) || !may_enter(v)) return;
      next.push_back(v);
    });
    std::sort(next.begin(), next.end(), [&](Vertex a, Vertex b) { return q.node(a).id < q.node(b).id; });
    next.erase(std::unique(next.begin(), next.end()), next.end());
    for (const Vertex v : next) {
      t.reached.emplace(v, Reached{depth + 1, u});
      t.order.push_back(v);
    }
  }
  return t;
}

std::vector<Edge> edges_between(const QueryGraph& q, Vertex u, Vertex v, const EdgeFilter& edges) {
  std::vector<Edge> out;
  for_each_incident(q.graph(), u, [&](Edge e, Vertex other, bool) {
    if (other == v && edges.passes(q.edge(e))) out.push_back(e);
  });
  return out;
}

}  // namespace evkg::query
