#include "query/edge_group.hpp"

#include <tuple>

#include "query/filters.hpp"

namespace evkg::query {

void EdgeGroup::add(const EdgeProps& e) {
  ++edges;
  weight += e.weight;
  if (!e.date.empty()) dates.insert(e.date);
  if (!e.place.empty()) places.insert(e.place);
  statuses.insert(effective_status(e));
  documents.insert(e.sources.begin(), e.sources.end());
  if (best == nullptr || better_evidence(e, *best)) best = &e;
}

void EdgeGroup::absorb(const EdgeGroup& other) {
  edges += other.edges;
  weight += other.weight;
  dates.insert(other.dates.begin(), other.dates.end());
  places.insert(other.places.begin(), other.places.end());
  statuses.insert(other.statuses.begin(), other.statuses.end());
  documents.insert(other.documents.begin(), other.documents.end());
  events.insert(other.events.begin(), other.events.end());
  if (other.best != nullptr && (best == nullptr || better_evidence(*other.best, *best))) best = other.best;
}

bool better_evidence(const EdgeProps& a, const EdgeProps& b) {
  const bool a_dated = !a.date.empty();
  const bool b_dated = !b.date.empty();
  const bool a_said = !a.evidence.empty();
  const bool b_said = !b.evidence.empty();
  // larger is better for the first four, smaller for the rest
  if (std::tie(a_said, a.weight, a.confidence, a_dated) != std::tie(b_said, b.weight, b.confidence, b_dated)) {
    return std::tie(a_said, a.weight, a.confidence, a_dated) > std::tie(b_said, b.weight, b.confidence, b_dated);
  }
  return std::tie(a.date, a.evidence, a.relation, a.object) < std::tie(b.date, b.evidence, b.relation, b.object);
}

namespace {
template <class Items>
std::string joined(const Items& items) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += "; ";
    out += s;
  }
  return out;
}
}  // namespace

std::string join(const std::vector<std::string>& items) { return joined(items); }
std::string join(const std::set<std::string>& items) { return joined(items); }
std::string join(const std::vector<std::string_view>& items) { return joined(items); }

std::string date_order(std::string_view date) { return date.empty() ? std::string("~") : std::string(date); }

bool date_less(std::string_view a, std::string_view b) {
  if (a.empty() != b.empty()) return b.empty();
  return a < b;
}

}  // namespace evkg::query
