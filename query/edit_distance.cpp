#include "query/edit_distance.hpp"

#include <algorithm>
#include <vector>

namespace evkg::query {

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > limit) return limit + 1;
  // Three rows of the optimal-string-alignment table: two before the current one, for transpositions.
  std::vector<std::size_t> before(a.size() + 1);
  std::vector<std::size_t> previous(a.size() + 1);
  std::vector<std::size_t> row(a.size() + 1);
  for (std::size_t i = 0; i <= a.size(); ++i) previous[i] = i;
  for (std::size_t j = 1; j <= b.size(); ++j) {
    row[0] = j;
    std::size_t best = row[0];
    for (std::size_t i = 1; i <= a.size(); ++i) {
      row[i] = std::min({previous[i] + 1, row[i - 1] + 1, previous[i - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        row[i] = std::min(row[i], before[i - 2] + 1);  // two neighbours swapped: one edit
      }
      best = std::min(best, row[i]);
    }
    if (best > limit) return limit + 1;
    std::swap(before, previous);
    std::swap(previous, row);
  }
  return std::min(previous[a.size()], limit + 1);
}

}  // namespace evkg::query
