// A loaded graph ready for queries: the EventGraph (not copied; it must outlive this object) and the
// name index built over it, plus small helpers shared by the query commands.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "graph/event_graph.hpp"
#include "query/name_index.hpp"

namespace evkg::query {

class QueryGraph {
 public:
  explicit QueryGraph(const EventGraph& g);

  const EventGraph& events() const { return *eg_; }
  const Graph& graph() const { return eg_->graph(); }
  const NodeProps& node(Vertex v) const { return eg_->graph()[v]; }
  const EdgeProps& edge(Edge e) const { return eg_->graph()[e]; }
  const NameIndex& names() const { return names_; }

  // The label, or the id when the node has no label.
  const std::string& label(Vertex v) const;
  // The country node a person serves (its `country` attribute resolved by name), or the vertex
  // itself when it is a country; nullopt otherwise.
  std::optional<Vertex> country_of(Vertex v) const;

 private:
  const EventGraph* eg_;
  NameIndex names_;
};

// Calls f(edge, other_end, outgoing) for every edge at v: out-edges first, then in-edges; a loop is
// seen once, as outgoing.
template <class F>
void for_each_incident(const Graph& g, Vertex v, F&& f) {
  for (const auto e : boost::make_iterator_range(boost::out_edges(v, g))) f(e, boost::target(e, g), true);
  for (const auto e : boost::make_iterator_range(boost::in_edges(v, g))) {
    const Vertex s = boost::source(e, g);
    if (s != v) f(e, s, false);
  }
}

// Listing order of vertices: by label, then id.
bool by_label(const QueryGraph& q, Vertex a, Vertex b);

}  // namespace evkg::query
