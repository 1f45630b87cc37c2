#include "query/table.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace evkg::query {

Cell text_cell(std::string s) { return Cell{std::move(s), false}; }

Cell count_cell(std::size_t n) { return Cell{std::to_string(n), true}; }

Cell number_cell(double x, int decimals, bool trim) {
  if (!std::isfinite(x)) return Cell{"0", true};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  std::string s = buf;
  if (trim && s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s.find_first_not_of("-0.") == std::string::npos && s[0] == '-') s.erase(0, 1);  // no "-0"
  return Cell{std::move(s), true};
}

bool cells_less(const std::vector<Cell>& a, const std::vector<Cell>& b) {
  return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                      [](const Cell& x, const Cell& y) { return x.text < y.text; });
}

void Table::add_row(std::vector<Cell> cells) {
  if (cells.size() != columns_.size()) throw std::logic_error("table row with the wrong number of cells");
  rows_.push_back(std::move(cells));
}

std::optional<std::size_t> Table::column(std::string_view key) const {
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    if (columns_[i].key == key) return i;
  }
  return std::nullopt;
}

const std::string& Table::at(std::size_t row, std::string_view key) const {
  const auto c = column(key);
  if (!c) throw std::out_of_range("no column " + std::string(key));
  return rows_.at(row).at(*c).text;
}

void Table::set_in_table(std::string_view key, bool shown) {
  for (auto& c : columns_) {
    if (c.key == key) c.in_table = shown;
  }
}

}  // namespace evkg::query
