// `top`: the most central entities, by degree, betweenness or PageRank, computed with Boost.Graph's
// own algorithms (boost::brandes_betweenness_centrality, boost::graph::page_rank) over the graph of
// edges that pass the filters, taken as undirected and without parallel edges.
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

#include "query/filters.hpp"
#include "query/query_graph.hpp"
#include "query/table.hpp"

namespace evkg::query {

enum class Centrality { kDegree, kBetweenness, kPageRank };

std::optional<Centrality> parse_centrality(std::string_view name);

// The n highest scores among nodes of --type (all types when none); ties by id. Columns: rank,
// name, type, score, degree, id. Degree counts distinct neighbours; betweenness is Brandes'
// (undirected, unnormalised); PageRank (damping 0.85, 100 iterations) is scaled to sum to 1.
Table top(const QueryGraph& q, Centrality by, std::size_t n, const Filters& f);

}  // namespace evkg::query
