// Meetings of one entity: `met NAME` (one row per counterpart) and `met A --between B` (one row per
// reported meeting of the two). A meeting is an edge of a meeting relation ("met" unless
// --relation says otherwise) in either direction. With via_events, people who attended the same
// event are added as rows whose basis is "inferred": co-attendance is not a reported meeting.
#pragma once
#include "query/filters.hpp"
#include "query/query_graph.hpp"
#include "query/table.hpp"

namespace evkg::query {

struct MeetingOptions {
  Filters filters;          // --type applies to the counterpart
  bool via_events = false;  // add co-attendees of the same events, marked inferred
};

// Columns: counterpart, type, dates, event, place, meetings, sources, basis, status, evidence,
// id, event_id, documents. Sorted by first date (undated last), then counterpart.
Table met(const QueryGraph& q, Vertex who, const MeetingOptions& o);

// Columns: date, from, relation, to, event, place, sources, basis, status, evidence, from_id,
// to_id, event_id, documents, weight. Sorted by date (undated last).
Table meetings_between(const QueryGraph& q, Vertex a, Vertex b, const MeetingOptions& o);

}  // namespace evkg::query
