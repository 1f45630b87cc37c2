#include "query/query_graph.hpp"

namespace evkg::query {

QueryGraph::QueryGraph(const EventGraph& g) : eg_(&g), names_(g.graph()) {}

const std::string& QueryGraph::label(Vertex v) const {
  const NodeProps& n = node(v);
  return n.label.empty() ? n.id : n.label;
}

std::optional<Vertex> QueryGraph::country_of(Vertex v) const {
  const NodeProps& n = node(v);
  if (n.type == node_type::kCountry) return v;
  if (n.country.empty()) return std::nullopt;
  for (const Vertex c : names_.exact(lookup_key(n.country))) {
    if (node(c).type == node_type::kCountry) return c;
  }
  return std::nullopt;
}

bool by_label(const QueryGraph& q, Vertex a, Vertex b) {
  const auto& la = q.label(a);
  const auto& lb = q.label(b);
  if (la != lb) return la < lb;
  return q.node(a).id < q.node(b).id;
}

}  // namespace evkg::query
