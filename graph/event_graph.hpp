// EventGraph: the Boost graph plus the indexes that merge nodes by id and edges by key.
//  - the same node id is one vertex (attributes merged: lists united, counts added);
//  - the same (source, relation, target, object, date, status) is one edge whose provenance, sources
//    and weight accumulate; different relations between one pair stay parallel edges.
//
// Merging is near-linear: merging into an existing vertex or edge appends its lists, and the lists
// of everything merged since are sorted and made unique once, the next time the graph is read
// (graph(), sorted_vertices(), sorted_edges(), find_by_name(), copies). One fact repeated in a
// hundred thousand documents therefore costs one sort, not a copy of the list per document. What a
// reader sees is always sorted and unique, exactly as if every merge had been done eagerly.
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/model.hpp"

namespace evkg {

class EventGraph {
 public:
  EventGraph();
  ~EventGraph();
  EventGraph(const EventGraph& other);
  EventGraph(EventGraph&& other) noexcept;
  EventGraph& operator=(const EventGraph& other);
  EventGraph& operator=(EventGraph&& other) noexcept;

  // Adds a node or merges it into the vertex with the same id.
  Vertex add_node(const NodeProps& n);
  Vertex add_node(NodeProps&& n);
  // Adds an edge between two existing node ids, or merges it into the edge with the same key.
  // Throws std::invalid_argument when an endpoint id is unknown.
  Edge add_edge(std::string_view source_id, std::string_view target_id, const EdgeProps& e);
  Edge add_edge(std::string_view source_id, std::string_view target_id, EdgeProps&& e);
  // The same between two vertices of this graph.
  Edge add_edge(Vertex source, Vertex target, const EdgeProps& e);
  Edge add_edge(Vertex source, Vertex target, EdgeProps&& e);

  std::optional<Vertex> find(std::string_view id) const;
  // For loaders, which know an edge's endpoints long before they add it: start fetching what
  // find(id) will read, the id's slot in the table, then (called later, once that has arrived) the
  // node itself. Hints only: nothing changes.
  void prefetch_id(std::string_view id) const;
  void prefetch_node(std::string_view id) const;
  // Vertices whose label or alias has this name_key() (sorted by id). A scan of every vertex: the
  // query commands use their own index (query/name_index.hpp).
  std::vector<Vertex> find_by_name(std::string_view name) const;

  // Adds every node and edge of other (same merge rules).
  void merge(const EventGraph& other);
  // A copy in which the ids in `mapping` are replaced by their targets, merging what then collides.
  EventGraph remapped(const std::unordered_map<std::string, std::string>& mapping) const&;
  // The same, moving the properties out of this graph instead of copying them (about half the
  // peak memory on a large graph); this graph is left empty of properties.
  EventGraph remapped(const std::unordered_map<std::string, std::string>& mapping) &&;

  // Vertices sorted by id, and edges sorted by (source id, target id, relation, date, object,
  // status): the order every exporter writes, so output is deterministic.
  std::vector<Vertex> sorted_vertices() const;
  std::vector<Edge> sorted_edges() const;

  const Graph& graph() const {
    normalise();
    return *g_;
  }
  Graph& graph() {
    normalise();
    return *g_;
  }
  std::size_t num_nodes() const { return boost::num_vertices(*g_); }
  std::size_t num_edges() const { return boost::num_edges(*g_); }

 private:
  // Open-addressing tables (linear probing, sizes powers of two, no allocation per entry): node ids
  // to vertices, and edge keys to edges. Slots hold a hash (0: empty) and what it leads to;
  // candidates are checked against the graph itself.
  struct IdSlot {
    std::uint64_t hash = 0;
    Vertex vertex = 0;
  };
  struct EdgeSlot {
    std::uint64_t hash = 0;
    Edge edge;
  };

  template <class N>
  Vertex add_node_impl(N&& n);
  template <class E>
  Edge add_edge_impl(Vertex s, Vertex t, E&& e);
  Vertex vertex_or_throw(std::string_view id, std::string_view source_id, std::string_view target_id) const;
  std::uint64_t edge_hash(Vertex s, Vertex t, const EdgeProps& e, const std::string& object_key) const;
  bool same_key(Edge candidate, Vertex s, Vertex t, const EdgeProps& e, const std::string& object_key) const;
  void index_edge(std::uint64_t hash, Edge e);
  void rebuild_edge_index();
  void index_id(std::uint64_t hash, Vertex v);
  void rebuild_id_index();
  // Whether (s, t, e) comes strictly after the last edge added in sorted_edges() order, and no edge
  // of its run (same source, target, relation and date) has its key.
  bool comes_after_last(Vertex s, Vertex t, const EdgeProps& e) const;
  // Sorts and deduplicates the lists of everything merged since the last call (thread-safe: a
  // const graph may be read from several threads).
  void normalise() const {
    if (dirty_.load(std::memory_order_acquire)) normalise_slow();
  }
  void normalise_slow() const;

  std::unique_ptr<Graph> g_;  // behind a pointer: Boost's adjacency_list cannot be moved, only copied
  std::vector<IdSlot> id_slots_;
  std::vector<EdgeSlot> edge_slots_;
  std::size_t edge_slots_used_ = 0;
  // While every edge has come in sorted_edges() order (as graph files are written), edges are
  // appended without the edge-key table: none can have the key of an earlier one. The first edge
  // out of order builds the table, and it is kept from then on.
  bool edges_in_order_ = true;
  std::optional<Edge> last_edge_;
  // Merged since the last normalise(): vertices, and edges by their property object.
  mutable std::vector<Vertex> dirty_vertices_;
  mutable std::vector<EdgeProps*> dirty_edges_;
  mutable std::atomic<bool> dirty_{false};
  mutable std::unique_ptr<std::mutex> normalise_mutex_;
};

// Merge rules for one vertex or edge, exposed for tests: `into` ends sorted and unique.
void merge_node_into(NodeProps& into, const NodeProps& from);
void merge_edge_into(EdgeProps& into, const EdgeProps& from);

// The same rules in two steps, as EventGraph uses them: append_* merges in time linear in the size
// of `from` (lists appended, unsorted; provenance.front() kept the smallest entry, which decides the
// evidence), and normalise_* sorts and deduplicates the lists and sets the weight. Any sequence of
// appends followed by one normalise gives what the eager merges give.
void append_node_into(NodeProps& into, const NodeProps& from);
void append_edge_into(EdgeProps& into, const EdgeProps& from);
void normalise_node(NodeProps& n);
void normalise_edge(EdgeProps& e);

}  // namespace evkg
