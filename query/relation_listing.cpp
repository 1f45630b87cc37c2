#include "query/relation_listing.hpp"

#include <algorithm>

#include "query/edge_group.hpp"

namespace evkg::query {

Table relation_listing(const QueryGraph& q, const std::string& relation, std::optional<Vertex> who, const Filters& f) {
  const Graph& g = q.graph();
  const EdgeFilter filter(f, {relation});
  struct Row {
    std::string order;  // date_order(date), computed once
    std::vector<Cell> cells;
  };
  std::vector<Row> rows;
  auto consider = [&](Edge e) {
    const EdgeProps& p = q.edge(e);
    const Vertex s = boost::source(e, g);
    const Vertex t = boost::target(e, g);
    if (!filter.passes(p) || !type_in(f.types, q.node(s))) return;
    std::string event_label;
    if (!p.event.empty()) {
      const auto ev = q.events().find(p.event);
      event_label = ev ? q.label(*ev) : p.event;
    }
    rows.push_back({date_order(p.date),
                    {text_cell(p.date), text_cell(q.label(s)), text_cell(p.relation), text_cell(q.label(t)),
                     text_cell(p.object), text_cell(event_label), count_cell(p.sources.size()),
                     text_cell(std::string(effective_status(p))), text_cell(p.evidence), text_cell(q.node(s).id),
                     text_cell(q.node(t).id), text_cell(join(p.sources)), number_cell(p.weight, 3)}});
  };
  if (who) {
    for_each_incident(g, *who, [&](Edge e, Vertex, bool) { consider(e); });
  } else {
    for (const auto e : boost::make_iterator_range(boost::edges(g))) consider(e);
  }
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    if (a.order != b.order) return a.order < b.order;
    return cells_less(a.cells, b.cells);
  });
  Table t({{"date"},
           {"actor"},
           {"relation", !f.relations.empty()},
           {"target"},
           {"object"},
           {"event", false},
           {"sources"},
           {"status", f.include_unconfirmed},
           {"evidence"},
           {"actor_id", false},
           {"target_id", false},
           {"documents", false},
           {"weight", false}});
  for (auto& r : rows) t.add_row(std::move(r.cells));
  return t;
}

}  // namespace evkg::query
