#include "query/co_attendance.hpp"

#include "query/event_locator.hpp"

namespace evkg::query {

namespace {

bool attendance_passes(const QueryGraph& q, Edge e, const Filters& f) {
  const EdgeProps& p = q.edge(e);
  return is_attendance(p) && is_reported(p) && p.weight >= f.min_weight && date_in_window(f, attendance_date(q, e));
}

}  // namespace

std::map<Vertex, SharedEvents> co_attendees(const QueryGraph& q, Vertex who, const Filters& f) {
  const Graph& g = q.graph();
  std::map<Vertex, SharedEvents> out;
  for (const auto mine : boost::make_iterator_range(boost::out_edges(who, g))) {
    if (!attendance_passes(q, mine, f)) continue;
    const Vertex event = boost::target(mine, g);
    const NodeProps& ev = q.node(event);
    for (const auto theirs : boost::make_iterator_range(boost::in_edges(event, g))) {
      const Vertex x = boost::source(theirs, g);
      if (x == who || !attendance_passes(q, theirs, f) || !type_in(f.types, q.node(x))) continue;
      const std::string& my_day = attendance_date(q, mine);
      const std::string& their_day = attendance_date(q, theirs);
      if (!my_day.empty() && !their_day.empty() && my_day != their_day) continue;
      EdgeGroup& group = out[x][ev.id];
      group.add(q.edge(theirs));
      group.events.insert(ev.id);
      const std::string& day = their_day.empty() ? my_day : their_day;
      if (!day.empty()) group.dates.insert(day);
      if (!ev.location.empty()) group.places.insert(ev.location);
      group.documents.insert(q.edge(mine).sources.begin(), q.edge(mine).sources.end());
    }
  }
  return out;
}

}  // namespace evkg::query
