// `neighbors NAME` (a listing) and `ego NAME` (a subgraph to export): what lies within --depth hops
// of an entity, edges taken as undirected.
#pragma once
#include <cstddef>

#include "graph/event_graph.hpp"
#include "query/filters.hpp"
#include "query/query_graph.hpp"
#include "query/table.hpp"

namespace evkg::query {

// One row per entity within depth hops (the entity itself excluded). --type selects the rows
// listed; the search goes through every node. Columns: depth, neighbor, type, via, relations,
// direction (of the edges seen from `via`: "->", "<-" or "<->"), edges, sources, evidence, id,
// via_id. Sorted by depth, then name.
Table neighbors(const QueryGraph& q, Vertex who, std::size_t depth, const Filters& f);

// The subgraph of nodes within depth hops (through nodes of --type only, when given) and every edge
// among them that passes the filters, ready for write_graph_file.
EventGraph ego_graph(const QueryGraph& q, Vertex who, std::size_t depth, const Filters& f);

}  // namespace evkg::query
