// Breadth-first search over edges taken as undirected (their direction is kept for display), in a
// deterministic order: the neighbours of each node are visited by id. Shared by neighbors, ego and
// path.
#pragma once
#include <cstddef>
#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

#include "query/filters.hpp"
#include "query/query_graph.hpp"

namespace evkg::query {

struct Reached {
  std::size_t depth = 0;
  std::optional<Vertex> parent;  // none for the start
};

struct Traversal {
  std::vector<Vertex> order;                    // discovery order, start first
  std::unordered_map<Vertex, Reached> reached;  // every vertex in order
};

// Vertices within max_depth hops of start along edges that pass `edges`; `may_enter` decides which
// vertices the search may reach (the start always can). Stops early once `stop` is reached.
Traversal breadth_first(const QueryGraph& q, Vertex start, const EdgeFilter& edges, std::size_t max_depth,
                        const std::function<bool(Vertex)>& may_enter, std::optional<Vertex> stop = std::nullopt);

// Edges between u and v (either direction) that pass the filter.
std::vector<Edge> edges_between(const QueryGraph& q, Vertex u, Vertex v, const EdgeFilter& edges);

}  // namespace evkg::query
