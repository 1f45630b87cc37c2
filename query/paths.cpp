#include "query/paths.hpp"

#include <algorithm>
#include <limits>

#include "query/edge_group.hpp"
#include "query/traversal.hpp"

namespace evkg::query {

Table shortest_path(const QueryGraph& q, Vertex a, Vertex b, const Filters& f) {
  const Graph& g = q.graph();
  const EdgeFilter filter(f, {});
  Table t({{"step"},
           {"from"},
           {"direction"},
           {"relation"},
           {"to"},
           {"date"},
           {"sources"},
           {"status", f.include_unconfirmed},
           {"evidence"},
           {"from_id", false},
           {"to_id", false},
           {"documents", false}});
  if (a == b) return t;
  const Traversal tr = breadth_first(
      q, a, filter, std::numeric_limits<std::size_t>::max(),
      [&](Vertex v) { return v == b || type_in(f.types, q.node(v)); }, b);
  if (!tr.reached.contains(b)) return t;
  std::vector<Vertex> chain{b};
  while (chain.back() != a) chain.push_back(*tr.reached.at(chain.back()).parent);
  std::reverse(chain.begin(), chain.end());
  for (std::size_t i = 0; i + 1 < chain.size(); ++i) {
    const Vertex u = chain[i];
    const Vertex v = chain[i + 1];
    const auto candidates = edges_between(q, u, v, filter);
    Edge best = candidates.front();
    for (const Edge e : candidates) {
      const EdgeProps& pe = q.edge(e);
      const EdgeProps& pb = q.edge(best);
      if (is_reported(pe) != is_reported(pb) ? is_reported(pe) : better_evidence(pe, pb)) best = e;
    }
    const EdgeProps& p = q.edge(best);
    const bool forward = boost::source(best, g) == u;
    t.add_row({count_cell(i + 1), text_cell(q.label(u)), text_cell(forward ? "->" : "<-"), text_cell(p.relation),
               text_cell(q.label(v)), text_cell(p.date), count_cell(p.sources.size()),
               text_cell(std::string(effective_status(p))), text_cell(p.evidence), text_cell(q.node(u).id),
               text_cell(q.node(v).id), text_cell(join(p.sources))});
  }
  return t;
}

}  // namespace evkg::query
