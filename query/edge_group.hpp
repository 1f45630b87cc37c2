// What several edges say together, for rows that stand for more than one edge (one row per
// counterpart, per pair and date, ...), and the cell texts built from it.
#pragma once
#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "graph/model.hpp"
#include "query/text_set.hpp"

namespace evkg::query {

// Views into the edges added: they must outlive the group.
struct EdgeGroup {
  TextSet dates;  // known dates only
  TextSet places;
  TextSet statuses;   // effective statuses
  TextSet documents;  // source document ids
  TextSet events;     // event node ids
  std::size_t edges = 0;
  double weight = 0;
  const EdgeProps* best = nullptr;  // the edge whose evidence sentence the row shows

  void add(const EdgeProps& e);
  // Adds what another group says (its best edge must outlive this group).
  void absorb(const EdgeGroup& other);
  // The earliest known date, or "" when none is known.
  std::string_view first_date() const { return dates.front(); }
};

// True when a is the better witness: more sentences, then higher confidence, then a known date,
// then the earlier date, then the evidence text (so that the choice never depends on edge order).
bool better_evidence(const EdgeProps& a, const EdgeProps& b);

// "a; b; c".
std::string join(const std::vector<std::string>& items);
std::string join(const std::set<std::string>& items);
std::string join(const std::vector<std::string_view>& items);

// Sort key that puts undated rows after dated ones and partial dates before the days they cover.
std::string date_order(std::string_view date);
// The same order without building keys.
bool date_less(std::string_view a, std::string_view b);

}  // namespace evkg::query
