// Which event (summit) a meeting happened at: the edge's `event` attribute when it names a node,
// else the events both parties attended (or chaired) on the meeting's date. Attendance counts only
// when reported; its date is the attended edge's date, else the event's own date.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "query/query_graph.hpp"
#include "query/text_set.hpp"

namespace evkg::query {

bool is_attendance(const EdgeProps& e);  // relation attended or chaired
// The date of an attendance edge e (entity -> event): the edge's date, else the event node's date.
const std::string& attendance_date(const QueryGraph& q, Edge e);
// Whether x attended (or chaired) this event on this date (reported edges only).
bool attended_on(const QueryGraph& q, Vertex x, Vertex event, std::string_view date);

// "Meeting, Paris (2025-09-04); Summit, Washington": the labels of event ids (an id that names no
// node is shown as it is).
std::string event_labels(const QueryGraph& q, const TextSet& ids);

class EventLocator {
 public:
  explicit EventLocator(const QueryGraph& q) : q_(q) {}
  // Event node ids (sorted, viewing the graph's ids) for the meeting edge e between its two
  // endpoints. The attendance of `anchor` (one of the endpoints; the source by default) is indexed
  // and kept for later edges: give the entity a query is about, so that one index serves all its
  // edges.
  std::vector<std::string_view> events_of(Edge e, std::optional<Vertex> anchor = std::nullopt);

 private:
  // (date, event) pairs of a vertex's attendance, sorted; built on first use
  using Attendance = std::vector<std::pair<std::string_view, Vertex>>;
  const Attendance& attendance(Vertex v);

  const QueryGraph& q_;
  std::unordered_map<Vertex, Attendance> cache_;
};

}  // namespace evkg::query
