#include "query/meetings.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "query/co_attendance.hpp"
#include "query/edge_group.hpp"
#include "query/event_locator.hpp"

namespace evkg::query {

namespace {

const std::vector<std::string> kMeetingRelations = {"met"};
constexpr const char* kReportedBasis = "reported";
constexpr const char* kInferredBasis = "inferred";

struct CounterpartRow {
  Vertex counterpart;
  bool inferred;
  EdgeGroup group;
};

std::vector<Cell> counterpart_cells(const QueryGraph& q, const CounterpartRow& r) {
  const NodeProps& n = q.node(r.counterpart);
  const EdgeProps* best = r.group.best;
  return {text_cell(q.label(r.counterpart)),
          text_cell(n.type),
          text_cell(join(r.group.dates)),
          text_cell(event_labels(q, r.group.events)),
          text_cell(join(r.group.places)),
          count_cell(r.inferred ? r.group.events.size() : r.group.edges),
          count_cell(r.group.documents.size()),
          text_cell(r.inferred ? kInferredBasis : kReportedBasis),
          text_cell(join(r.group.statuses)),
          text_cell(best ? best->evidence : std::string()),
          text_cell(n.id),
          text_cell(join(r.group.events)),
          text_cell(join(r.group.documents))};
}

}  // namespace

Table met(const QueryGraph& q, Vertex who, const MeetingOptions& o) {
  const Graph& g = q.graph();
  const EdgeFilter filter(o.filters, kMeetingRelations);
  EventLocator locator(q);
  std::map<Vertex, EdgeGroup> reported;
  for_each_incident(g, who, [&](Edge e, Vertex other, bool) {
    if (other == who || !filter.passes(q.edge(e)) || !type_in(o.filters.types, q.node(other))) return;
    EdgeGroup& group = reported[other];
    group.add(q.edge(e));
    for (const auto id : locator.events_of(e, who)) group.events.insert(id);
  });

  std::vector<CounterpartRow> rows;
  if (o.via_events) {
    for (const auto& [v, shared] : co_attendees(q, who, o.filters)) {
      // an event a reported meeting with this counterpart already names adds nothing
      const auto it = reported.find(v);
      EdgeGroup inferred;
      for (const auto& [event, group] : shared) {
        if (it == reported.end() || !it->second.events.contains(event)) inferred.absorb(group);
      }
      if (!inferred.events.empty()) rows.push_back({v, true, std::move(inferred)});
    }
  }
  for (auto& [v, group] : reported) rows.push_back({v, false, std::move(group)});
  // sort keys computed once: (first date, undated last), label, id, reported before inferred
  std::vector<std::pair<std::string, std::size_t>> order;
  order.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) order.emplace_back(date_order(rows[i].group.first_date()), i);
  std::sort(order.begin(), order.end(), [&](const auto& x, const auto& y) {
    if (x.first != y.first) return x.first < y.first;
    const CounterpartRow& a = rows[x.second];
    const CounterpartRow& b = rows[y.second];
    if (a.counterpart != b.counterpart) return by_label(q, a.counterpart, b.counterpart);
    return a.inferred < b.inferred;
  });

  Table t({{"counterpart"},
           {"type"},
           {"dates"},
           {"event"},
           {"place"},
           {"meetings"},
           {"sources"},
           {"basis"},
           {"status", o.filters.include_unconfirmed},
           {"evidence"},
           {"id", false},
           {"event_id", false},
           {"documents", false}});
  t.rows().reserve(rows.size());
  for (const auto& [key, i] : order) t.add_row(counterpart_cells(q, rows[i]));
  return t;
}

Table meetings_between(const QueryGraph& q, Vertex a, Vertex b, const MeetingOptions& o) {
  const Graph& g = q.graph();
  const EdgeFilter filter(o.filters, kMeetingRelations);
  EventLocator locator(q);
  struct Row {
    std::string order;  // date_order(date), computed once
    std::vector<Cell> cells;
  };
  std::vector<Row> rows;
  TextSet reported_events;
  for_each_incident(g, a, [&](Edge e, Vertex other, bool) {
    if (other != b || a == b || !filter.passes(q.edge(e))) return;
    const EdgeProps& p = q.edge(e);
    const auto events = locator.events_of(e, a);
    TextSet event_set;
    event_set.insert(events.begin(), events.end());
    reported_events.insert(events.begin(), events.end());
    const Vertex s = boost::source(e, g);
    const Vertex t = boost::target(e, g);
    rows.push_back({date_order(p.date),
                    {text_cell(p.date), text_cell(q.label(s)), text_cell(p.relation), text_cell(q.label(t)),
                     text_cell(event_labels(q, event_set)), text_cell(p.place), count_cell(p.sources.size()),
                     text_cell(kReportedBasis), text_cell(std::string(effective_status(p))), text_cell(p.evidence),
                     text_cell(q.node(s).id), text_cell(q.node(t).id), text_cell(join(events)),
                     text_cell(join(p.sources)), number_cell(p.weight, 3)}});
  });
  if (o.via_events && a != b) {
    Filters any_type = o.filters;
    any_type.types.clear();
    const auto shared = co_attendees(q, a, any_type);
    if (const auto it = shared.find(b); it != shared.end()) {
      for (const auto& [id, group] : it->second) {
        if (reported_events.contains(id)) continue;
        const Vertex ev = *q.events().find(id);
        const std::string date(group.first_date());
        rows.push_back({date_order(date),
                        {text_cell(date), text_cell(q.label(a)), text_cell("co-attended"), text_cell(q.label(b)),
                         text_cell(q.label(ev)), text_cell(join(group.places)), count_cell(group.documents.size()),
                         text_cell(kInferredBasis), text_cell(edge_status::kReported),
                         text_cell(group.best ? group.best->evidence : std::string()), text_cell(q.node(a).id),
                         text_cell(q.node(b).id), text_cell(std::string(id)), text_cell(join(group.documents)),
                         number_cell(group.weight, 3)}});
      }
    }
  }
  std::sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) {
    if (x.order != y.order) return x.order < y.order;
    return cells_less(x.cells, y.cells);
  });
  Table t({{"date"},
           {"from"},
           {"relation"},
           {"to"},
           {"event"},
           {"place"},
           {"sources"},
           {"basis"},
           {"status", o.filters.include_unconfirmed},
           {"evidence"},
           {"from_id", false},
           {"to_id", false},
           {"event_id", false},
           {"documents", false},
           {"weight", false}});
  for (auto& r : rows) t.add_row(std::move(r.cells));
  return t;
}

}  // namespace evkg::query
