// The result of a query: named columns (stable keys, used as JSON keys and CSV headers) and rows of
// cells. Numbers are kept apart from text so that JSON writes them unquoted.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evkg::query {

struct Cell {
  std::string text;
  bool number = false;
};

struct Column {
  std::string key;
  bool in_table = true;  // false: only in csv, tsv and json (ids and other details)
};

Cell text_cell(std::string s);
Cell count_cell(std::size_t n);
// A number with `decimals` decimals; with trim, trailing zeros dropped ("3", "0.25").
Cell number_cell(double x, int decimals, bool trim = true);

// Lexicographic order of rows by their cell texts: the last tie-break of every listing, so that
// output never depends on the order of edges in the file.
bool cells_less(const std::vector<Cell>& a, const std::vector<Cell>& b);

class Table {
 public:
  explicit Table(std::vector<Column> columns) : columns_(std::move(columns)) {}

  // Throws std::logic_error when the row does not have one cell per column.
  void add_row(std::vector<Cell> cells);

  const std::vector<Column>& columns() const { return columns_; }
  const std::vector<std::vector<Cell>>& rows() const { return rows_; }
  std::vector<std::vector<Cell>>& rows() { return rows_; }
  std::size_t size() const { return rows_.size(); }
  bool empty() const { return rows_.empty(); }

  std::optional<std::size_t> column(std::string_view key) const;
  // The text of one cell; throws std::out_of_range for an unknown column or row.
  const std::string& at(std::size_t row, std::string_view key) const;
  // Hides or shows a column in the table format.
  void set_in_table(std::string_view key, bool shown);

 private:
  std::vector<Column> columns_;
  std::vector<std::vector<Cell>> rows_;
};

}  // namespace evkg::query
