#include "query/meeting_pairs.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>

#include "query/edge_group.hpp"
#include "query/event_locator.hpp"

namespace evkg::query {

namespace {

struct PairKey {
  Vertex a;
  Vertex b;
  std::string date;
  std::string relation;
  std::string status;
  friend bool operator<(const PairKey& x, const PairKey& y) {
    return std::tie(x.a, x.b, x.date, x.relation, x.status) < std::tie(y.a, y.b, y.date, y.relation, y.status);
  }
};

struct PairRow {
  EdgeGroup group;
  std::set<std::string> via;  // "Donald Trump – Volodymyr Zelenskyy" when persons stand for states
};

// The vertex that stands for v among nodes of type `type`: v itself, or for states the country a
// person serves.
class Lifter {
 public:
  explicit Lifter(const QueryGraph& q) : q_(q) {}
  std::optional<Vertex> as(Vertex v, const std::string& type) {
    if (q_.node(v).type == type) return v;
    if (type != node_type::kCountry || q_.node(v).type != node_type::kPerson) return std::nullopt;
    const auto it = countries_.find(v);
    if (it != countries_.end()) return it->second;
    return countries_.emplace(v, q_.country_of(v)).first->second;
  }

 private:
  const QueryGraph& q_;
  std::unordered_map<Vertex, std::optional<Vertex>> countries_;
};

}  // namespace

Table who_met_whom(const QueryGraph& q, const Filters& f) {
  const Graph& g = q.graph();
  const EdgeFilter filter(f, {"met"});
  const std::vector<std::string> types = f.types.empty() ? std::vector<std::string>{node_type::kPerson} : f.types;
  EventLocator locator(q);
  Lifter lifter(q);
  std::map<PairKey, PairRow> pairs;
  for (const auto e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& p = q.edge(e);
    if (!filter.passes(p)) continue;
    const Vertex s = boost::source(e, g);
    const Vertex t = boost::target(e, g);
    std::optional<std::vector<std::string_view>> events;  // found once per edge, when needed
    for (const auto& type : types) {
      auto a = lifter.as(s, type);
      auto b = lifter.as(t, type);
      if (!a || !b || *a == *b) continue;
      if (by_label(q, *b, *a)) std::swap(a, b);
      PairRow& row = pairs[PairKey{*a, *b, p.date, p.relation, std::string(effective_status(p))}];
      row.group.add(p);
      if (!events) events = locator.events_of(e);
      row.group.events.insert(events->begin(), events->end());
      const bool lifted = !((*a == s && *b == t) || (*a == t && *b == s));
      if (lifted) {
        const bool swap_people = by_label(q, t, s);
        row.via.insert(q.label(swap_people ? t : s) + " – " + q.label(swap_people ? s : t));
      }
    }
  }
  std::vector<std::pair<const PairKey*, const PairRow*>> order;
  order.reserve(pairs.size());
  for (const auto& [k, r] : pairs) order.emplace_back(&k, &r);
  std::sort(order.begin(), order.end(), [&](const auto& x, const auto& y) {
    const PairKey& a = *x.first;
    const PairKey& b = *y.first;
    if (a.date != b.date) return date_less(a.date, b.date);
    if (a.a != b.a) return by_label(q, a.a, b.a);
    if (a.b != b.b) return by_label(q, a.b, b.b);
    return std::tie(a.relation, a.status) < std::tie(b.relation, b.status);
  });

  Table t({{"date"},
           {"a"},
           {"b"},
           {"via", std::find(types.begin(), types.end(), node_type::kCountry) != types.end()},
           {"relation", !f.relations.empty()},
           {"event"},
           {"place"},
           {"sources"},
           {"status", f.include_unconfirmed},
           {"evidence"},
           {"a_id", false},
           {"b_id", false},
           {"event_id", false},
           {"documents", false}});
  for (const auto& [k, r] : order) {
    t.add_row({text_cell(k->date), text_cell(q.label(k->a)), text_cell(q.label(k->b)), text_cell(join(r->via)),
               text_cell(k->relation), text_cell(event_labels(q, r->group.events)), text_cell(join(r->group.places)),
               count_cell(r->group.documents.size()), text_cell(k->status),
               text_cell(r->group.best ? r->group.best->evidence : std::string()), text_cell(q.node(k->a).id),
               text_cell(q.node(k->b).id), text_cell(join(r->group.events)), text_cell(join(r->group.documents))});
  }
  return t;
}

}  // namespace evkg::query
