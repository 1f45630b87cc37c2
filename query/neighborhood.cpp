#include "query/neighborhood.hpp"

#include <algorithm>

#include "query/edge_group.hpp"
#include "query/traversal.hpp"

namespace evkg::query {

Table neighbors(const QueryGraph& q, Vertex who, std::size_t depth, const Filters& f) {
  const Graph& g = q.graph();
  const EdgeFilter filter(f, {});
  const Traversal t = breadth_first(q, who, filter, depth, [](Vertex) { return true; });
  std::vector<Vertex> listed;
  for (const Vertex v : t.order) {
    if (v != who && type_in(f.types, q.node(v))) listed.push_back(v);
  }
  std::sort(listed.begin(), listed.end(), [&](Vertex a, Vertex b) {
    const auto da = t.reached.at(a).depth;
    const auto db = t.reached.at(b).depth;
    if (da != db) return da < db;
    return by_label(q, a, b);
  });
  Table table({{"depth"},
               {"neighbor"},
               {"type"},
               {"via"},
               {"relations"},
               {"direction"},
               {"edges"},
               {"sources"},
               {"evidence"},
               {"id", false},
               {"via_id", false}});
  for (const Vertex v : listed) {
    const Reached& r = t.reached.at(v);
    const Vertex via = *r.parent;
    EdgeGroup group;
    TextSet relations;
    bool out = false;
    bool in = false;
    for (const Edge e : edges_between(q, via, v, filter)) {
      group.add(q.edge(e));
      relations.insert(q.edge(e).relation);
      (boost::source(e, g) == via ? out : in) = true;
    }
    table.add_row({count_cell(r.depth), text_cell(q.label(v)), text_cell(q.node(v).type), text_cell(q.label(via)),
                   text_cell(join(relations)),
                   text_cell(out && in ? "<->"
                             : out     ? "->"
                                       : "<-"),
                   count_cell(group.edges), count_cell(group.documents.size()),
                   text_cell(group.best ? group.best->evidence : std::string()), text_cell(q.node(v).id),
                   text_cell(q.node(via).id)});
  }
  return table;
}

EventGraph ego_graph(const QueryGraph& q, Vertex who, std::size_t depth, const Filters& f) {
  const Graph& g = q.graph();
  const EdgeFilter filter(f, {});
  const Traversal t = breadth_first(q, who, filter, depth, [&](Vertex v) { return type_in(f.types, q.node(v)); });
  std::vector<Vertex> nodes = t.order;
  std::sort(nodes.begin(), nodes.end(), [&](Vertex a, Vertex b) { return q.node(a).id < q.node(b).id; });
  EventGraph out;
  out.graph()[boost::graph_bundle].name = "ego of " + q.node(who).id;
  for (const Vertex v : nodes) out.add_node(q.node(v));
  for (const Vertex u : nodes) {
    for (const auto e : boost::make_iterator_range(boost::out_edges(u, g))) {
      const Vertex v = boost::target(e, g);
      if (!t.reached.contains(v) || !filter.passes(q.edge(e))) continue;
      out.add_edge(q.node(u).id, q.node(v).id, q.edge(e));
    }
  }
  return out;
}

}  // namespace evkg::query
