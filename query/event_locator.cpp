#include "query/event_locator.hpp"

#include <algorithm>

#include "query/filters.hpp"

namespace evkg::query {

bool is_attendance(const EdgeProps& e) { return e.relation == "attended" || e.relation == "chaired"; }

const std::string& attendance_date(const QueryGraph& q, Edge e) {
  const EdgeProps& p = q.edge(e);
  return p.date.empty() ? q.node(boost::target(e, q.graph())).date : p.date;
}

bool attended_on(const QueryGraph& q, Vertex x, Vertex event, std::string_view date) {
  const Graph& g = q.graph();
  auto matches = [&](Edge e) {
    const EdgeProps& p = q.edge(e);
    return is_attendance(p) && is_reported(p) && attendance_date(q, e) == date;
  };
  // scan the shorter of x's out-edges and the event's in-edges
  if (boost::out_degree(x, g) <= boost::in_degree(event, g)) {
    for (const auto e : boost::make_iterator_range(boost::out_edges(x, g))) {
      if (boost::target(e, g) == event && matches(e)) return true;
    }
  } else {
    for (const auto e : boost::make_iterator_range(boost::in_edges(event, g))) {
      if (boost::source(e, g) == x && matches(e)) return true;
    }
  }
  return false;
}

std::string event_labels(const QueryGraph& q, const TextSet& ids) {
  std::string out;
  for (const auto id : ids) {
    if (!out.empty()) out += "; ";
    const auto v = q.events().find(id);
    if (v) {
      out += q.label(*v);
    } else {
      out += id;
    }
  }
  return out;
}

const EventLocator::Attendance& EventLocator::attendance(Vertex v) {
  const auto it = cache_.find(v);
  if (it != cache_.end()) return it->second;
  Attendance days;
  const Graph& g = q_.graph();
  for (const auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
    const EdgeProps& p = q_.edge(e);
    if (!is_attendance(p) || !is_reported(p)) continue;
    const std::string& d = attendance_date(q_, e);
    if (!d.empty()) days.emplace_back(d, boost::target(e, g));
  }
  std::sort(days.begin(), days.end());
  return cache_.emplace(v, std::move(days)).first->second;
}

std::vector<std::string_view> EventLocator::events_of(Edge e, std::optional<Vertex> anchor) {
  const EdgeProps& p = q_.edge(e);
  if (!p.event.empty()) {
    if (const auto v = q_.events().find(p.event)) return {q_.node(*v).id};
  }
  if (p.date.empty()) return {};
  const Vertex s = boost::source(e, q_.graph());
  const Vertex t = boost::target(e, q_.graph());
  const Vertex a = anchor && *anchor == t ? t : s;
  const Vertex b = a == s ? t : s;
  std::vector<std::string_view> out;
  const Attendance& days = attendance(a);
  const std::string_view date = p.date;
  auto it = std::lower_bound(days.begin(), days.end(), date,
                             [](const auto& entry, std::string_view d) { return entry.first < d; });
  // The anchor's events on that date; then one pass over b's edges, comparing targets first (an
  // edge's attributes are read only when it leads to one of those events).
  std::vector<Vertex> candidates;
  for (; it != days.end() && it->first == date; ++it) candidates.push_back(it->second);
  if (candidates.empty()) return out;
  const Graph& g = q_.graph();
  if (candidates.size() == 1 && boost::in_degree(candidates.front(), g) < boost::out_degree(b, g)) {
    if (attended_on(q_, b, candidates.front(), date)) out.push_back(q_.node(candidates.front()).id);
  } else {
    for (const auto x : boost::make_iterator_range(boost::out_edges(b, g))) {
      const Vertex event = boost::target(x, g);
      if (std::find(candidates.begin(), candidates.end(), event) == candidates.end()) continue;
      const EdgeProps& ap = q_.edge(x);
      if (is_attendance(ap) && is_reported(ap) && attendance_date(q_, x) == date) out.push_back(q_.node(event).id);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace evkg::query
