// `attended EVENT`: who took part in an event and who chaired it, one row per participant.
#pragma once
#include "query/filters.hpp"
#include "query/query_graph.hpp"
#include "query/table.hpp"

namespace evkg::query {

// Edges of the relations attended and chaired (or --relation) into the event. Columns:
// participant, type, role, country, part (chair or participant), dates, sources, status, evidence,
// id, documents. Chairs first, then by type and name.
Table attended(const QueryGraph& q, Vertex event, const Filters& f);

}  // namespace evkg::query
