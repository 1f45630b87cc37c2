// `path A B`: the shortest chain of edges from A to B, edges taken as undirected for reachability,
// each step printed with its relation and real direction.
#pragma once
#include "query/filters.hpp"
#include "query/query_graph.hpp"
#include "query/table.hpp"

namespace evkg::query {

// Columns: step, from, direction ("->" when the edge goes from `from` to `to`, "<-" otherwise),
// relation, to, date, sources, status, evidence, from_id, to_id, documents. Empty when there is no
// path (or a == b). --type restricts the nodes in between (the ends always count). Among parallel
// edges of one step the best-attested is shown; among shortest paths, the one found first visiting
// neighbours by id.
Table shortest_path(const QueryGraph& q, Vertex a, Vertex b, const Filters& f);

}  // namespace evkg::query
