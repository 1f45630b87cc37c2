#include "query/participation.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "query/edge_group.hpp"

namespace evkg::query {

Table attended(const QueryGraph& q, Vertex event, const Filters& f) {
  const Graph& g = q.graph();
  const EdgeFilter filter(f, {"attended", "chaired"});
  struct Participant {
    EdgeGroup group;
    bool chair = false;
  };
  std::map<Vertex, Participant> by_vertex;
  for (const auto e : boost::make_iterator_range(boost::in_edges(event, g))) {
    const EdgeProps& p = q.edge(e);
    const Vertex x = boost::source(e, g);
    if (x == event || !filter.passes(p) || !type_in(f.types, q.node(x))) continue;
    Participant& part = by_vertex[x];
    part.group.add(p);
    part.chair = part.chair || p.relation == "chaired";
  }
  std::vector<std::pair<Vertex, const Participant*>> rows;
  rows.reserve(by_vertex.size());
  for (const auto& [v, p] : by_vertex) rows.emplace_back(v, &p);
  std::sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
    if (a.second->chair != b.second->chair) return a.second->chair;
    const auto& ta = q.node(a.first).type;
    const auto& tb = q.node(b.first).type;
    if (ta != tb) return ta < tb;
    return by_label(q, a.first, b.first);
  });
  Table t({{"participant"},
           {"type"},
           {"role"},
           {"country"},
           {"part"},
           {"dates"},
           {"sources"},
           {"status", f.include_unconfirmed},
           {"evidence"},
           {"id", false},
           {"documents", false}});
  for (const auto& [v, p] : rows) {
    const NodeProps& n = q.node(v);
    t.add_row({text_cell(q.label(v)), text_cell(n.type), text_cell(n.role), text_cell(n.country),
               text_cell(p->chair ? "chair" : "participant"), text_cell(join(p->group.dates)),
               count_cell(p->group.documents.size()), text_cell(join(p->group.statuses)),
               text_cell(p->group.best ? p->group.best->evidence : std::string()), text_cell(n.id),
               text_cell(join(p->group.documents))});
  }
  return t;
}

}  // namespace evkg::query
