#include "query/timeline.hpp"

#include <algorithm>
#include <tuple>

#include "query/edge_group.hpp"
#include "query/event_locator.hpp"

namespace evkg::query {

Table timeline(const QueryGraph& q, Vertex who, const Filters& f) {
  const Graph& g = q.graph();
  const EdgeFilter filter(f, {});
  EventLocator locator(q);
  struct Row {
    std::string order;  // date_order(date), computed once
    std::string relation;
    std::string other;
    std::vector<Cell> cells;
  };
  std::vector<Row> rows;
  for_each_incident(g, who, [&](Edge e, Vertex other, bool outgoing) {
    const EdgeProps& p = q.edge(e);
    if (!filter.passes(p) || !type_in(f.types, q.node(other))) return;
    const std::string date = is_attendance(p) && outgoing ? attendance_date(q, e) : p.date;
    const auto events = locator.events_of(e, who);
    TextSet event_set;
    event_set.insert(events.begin(), events.end());
    rows.push_back(
        {date_order(date),
         p.relation,
         q.label(other),
         {text_cell(date), text_cell(p.relation), text_cell(outgoing ? "->" : "<-"), text_cell(q.label(other)),
          text_cell(q.node(other).type), text_cell(p.object), text_cell(event_labels(q, event_set)), text_cell(p.place),
          count_cell(p.sources.size()), text_cell(std::string(effective_status(p))), text_cell(p.evidence),
          text_cell(q.node(other).id), text_cell(join(events)), text_cell(join(p.sources))}});
  });
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    if (std::tie(a.order, a.relation, a.other) != std::tie(b.order, b.relation, b.other)) {
      return std::tie(a.order, a.relation, a.other) < std::tie(b.order, b.relation, b.other);
    }
    return cells_less(a.cells, b.cells);
  });
  Table t({{"date"},
           {"relation"},
           {"direction"},
           {"other"},
           {"type"},
           {"object"},
           {"event"},
           {"place", false},
           {"sources"},
           {"status", f.include_unconfirmed},
           {"evidence"},
           {"other_id", false},
           {"event_id", false},
           {"documents", false}});
  for (auto& r : rows) t.add_row(std::move(r.cells));
  return t;
}

}  // namespace evkg::query
