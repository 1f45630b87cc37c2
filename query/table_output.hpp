// Writing a Table: an aligned text table for people, CSV (RFC 4180), TSV or JSON (an array of
// objects whose keys are the column keys) for scripts. Output is a pure function of the table.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "query/table.hpp"

namespace evkg::query {

enum class OutputFormat { kTable, kCsv, kTsv, kJson };

// "table", "csv", "tsv", "json"; nullopt otherwise.
std::optional<OutputFormat> parse_output_format(std::string_view name);

// The whole output. An empty table gives the header row (csv, tsv), "[]" (json) or nothing (table).
std::string render(const Table& t, OutputFormat format);

// One CSV field, quoted when it holds a comma, quote, CR or LF (quotes doubled).
std::string csv_field(std::string_view s);
// One JSON string literal with its quotes.
std::string json_string(std::string_view s);
// Text for one line of a table or TSV: tabs, CR and LF become spaces.
std::string one_line(std::string_view s);

}  // namespace evkg::query
