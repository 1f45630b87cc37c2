// A small sorted set of strings that views text owned by the graph (ids, dates, places, document
// ids): no allocation per string, which matters when a query builds thousands of rows. The viewed
// strings must outlive the set.
#pragma once
#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace evkg::query {

class TextSet {
 public:
  using const_iterator = std::vector<std::string_view>::const_iterator;

  void insert(std::string_view s) {
    const auto it = std::lower_bound(items_.begin(), items_.end(), s);
    if (it == items_.end() || *it != s) items_.insert(it, s);
  }
  template <class It>
  void insert(It first, It last) {
    for (; first != last; ++first) insert(std::string_view(*first));
  }
  bool contains(std::string_view s) const { return std::binary_search(items_.begin(), items_.end(), s); }
  std::size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  const_iterator begin() const { return items_.begin(); }
  const_iterator end() const { return items_.end(); }
  // The smallest item, "" when empty.
  std::string_view front() const { return items_.empty() ? std::string_view() : items_.front(); }

 private:
  std::vector<std::string_view> items_;
};

// "a; b; c".
inline std::string join(const TextSet& items) {
  std::string out;
  for (const auto s : items) {
    if (!out.empty()) out += "; ";
    out += s;
  }
  return out;
}

}  // namespace evkg::query
