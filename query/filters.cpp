#include "query/filters.hpp"

#include <algorithm>
#include <tuple>

namespace evkg::query {

namespace {

using Day = std::tuple<int, int, int>;

// The first and last day a possibly partial date covers.
Day first_day(const Date& d) { return {d.year, d.month == 0 ? 1 : d.month, d.day == 0 ? 1 : d.day}; }
Day last_day(const Date& d) {
  const int m = d.month == 0 ? 12 : d.month;
  return {d.year, m, d.day == 0 ? days_in_month(d.year, m) : d.day};
}

}  // namespace

std::string_view effective_status(const EdgeProps& e) {
  return e.status.empty() ? std::string_view(edge_status::kReported) : std::string_view(e.status);
}

bool is_reported(const EdgeProps& e) { return effective_status(e) == edge_status::kReported; }

bool date_in_window(const Filters& f, std::string_view date) {
  if (!f.since && !f.until) return true;
  const auto d = Date::parse_iso(date);
  if (!d) return false;
  if (f.since && last_day(*d) < first_day(*f.since)) return false;
  if (f.until && first_day(*d) > last_day(*f.until)) return false;
  return true;
}

EdgeFilter::EdgeFilter(const Filters& f, const std::vector<std::string>& default_relations)
    : f_(f), relations_(f.relations.empty() ? default_relations : f.relations) {}

bool EdgeFilter::relation_passes(std::string_view relation) const {
  return relations_.empty() || std::find(relations_.begin(), relations_.end(), relation) != relations_.end();
}

bool EdgeFilter::passes_except_relation(const EdgeProps& e) const {
  if (!f_.include_unconfirmed && !is_reported(e)) return false;
  if (e.weight < f_.min_weight) return false;
  return date_in_window(f_, e.date);
}

bool EdgeFilter::passes(const EdgeProps& e) const { return relation_passes(e.relation) && passes_except_relation(e); }

bool type_in(const std::vector<std::string>& types, const NodeProps& n) {
  return types.empty() || std::find(types.begin(), types.end(), n.type) != types.end();
}

std::optional<Date> parse_filter_date(std::string_view text) {
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
  return Date::parse_iso(text);
}

}  // namespace evkg::query
