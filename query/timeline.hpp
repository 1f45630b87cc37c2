// `timeline NAME`: every edge of an entity in date order (undated edges last), both directions.
#pragma once
#include "query/filters.hpp"
#include "query/query_graph.hpp"
#include "query/table.hpp"

namespace evkg::query {

// Columns: date, relation, direction ("->" from the entity, "<-" to it), other, type, object,
// event, place, sources, status, evidence, other_id, event_id, documents. An edge without a date
// to an event with one takes the event's date. --type applies to the other end.
Table timeline(const QueryGraph& q, Vertex who, const Filters& f);

}  // namespace evkg::query
