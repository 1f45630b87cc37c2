// Events two entities both attended (or chaired): the basis of "inferred" meeting rows.
#pragma once
#include <map>
#include <string_view>

#include "query/edge_group.hpp"
#include "query/filters.hpp"
#include "query/query_graph.hpp"

namespace evkg::query {

// For each co-attendee, for each event id shared with `who`: the co-attendee's attendance edges
// (their evidence), the day, the event's place, and the documents of both attendance claims.
using SharedEvents = std::map<std::string_view, EdgeGroup>;

// Everyone (but who) who attended an event who attended. Attendance edges must be reported and
// pass the filter's date window and weight; f.types applies to the co-attendee. Attendance on
// different known days of one event node does not count.
std::map<Vertex, SharedEvents> co_attendees(const QueryGraph& q, Vertex who, const Filters& f);

}  // namespace evkg::query
