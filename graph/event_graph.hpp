// EventGraph: the Boost graph plus the indexes that merge nodes by id and edges by key.
//  - the same node id is one vertex (attributes merged: lists united, counts added);
//  - the same (source, relation, target, object, date, status) is one edge whose provenance, sources
//    and weight accumulate; different relations between one pair stay parallel edges.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/model.hpp"

namespace evkg {

class EventGraph {
 public:
  // Adds a node or merges it into the vertex with the same id.
  Vertex add_node(const NodeProps& n);
  // Adds an edge between two existing node ids, or merges it into the edge with the same key.
  // Throws std::invalid_argument when an endpoint id is unknown.
  Edge add_edge(const std::string& source_id, const std::string& target_id, const EdgeProps& e);

  std::optional<Vertex> find(std::string_view id) const;
  // Vertices whose label or alias has this name_key() (sorted by id).
  std::vector<Vertex> find_by_name(std::string_view name) const;

  // Adds every node and edge of other (same merge rules).
  void merge(const EventGraph& other);
  // A copy in which the ids in `mapping` are replaced by their targets, merging what then collides.
  EventGraph remapped(const std::unordered_map<std::string, std::string>& mapping) const;

  // Vertices sorted by id, and edges sorted by (source id, target id, relation, date, object,
  // status): the order every exporter writes, so output is deterministic.
  std::vector<Vertex> sorted_vertices() const;
  std::vector<Edge> sorted_edges() const;

  const Graph& graph() const { return g_; }
  Graph& graph() { return g_; }
  std::size_t num_nodes() const { return boost::num_vertices(g_); }
  std::size_t num_edges() const { return boost::num_edges(g_); }

 private:
  void index_names(Vertex v);
  static std::string edge_key(const std::string& s, const std::string& t, const EdgeProps& e);

  Graph g_;
  std::unordered_map<std::string, Vertex> by_id_;
  std::unordered_map<std::string, std::vector<Vertex>> by_name_;
  std::unordered_map<std::string, Edge> by_edge_key_;
};

// Merge rules for one vertex or edge, exposed for tests.
void merge_node_into(NodeProps& into, const NodeProps& from);
void merge_edge_into(EdgeProps& into, const EdgeProps& from);

}  // namespace evkg
