#include "app/cmd_query_args.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace evkg {

namespace {

std::optional<Date> date_option(const std::string& text, const char* what) {
  if (text.empty()) return std::nullopt;
  const auto d = query::parse_filter_date(text);
  if (!d) throw QueryUsageError(std::string(what) + " '" + text + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  return d;
}

// "a,b" and repeated options give the same list; empty items are dropped.
std::vector<std::string> items(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const auto& v : values) {
    std::size_t i = 0;
    while (i <= v.size()) {
      const auto comma = v.find(',', i);
      const auto end = comma == std::string::npos ? v.size() : comma;
      if (end > i) out.push_back(v.substr(i, end - i));
      i = end + 1;
    }
  }
  return out;
}

}  // namespace

query::Filters parse_filters(const QueryArgs& a) {
  query::Filters f;
  f.since = date_option(a.since, "--since");
  f.until = date_option(a.until, "--until");
  if (f.since && f.until && *f.until < *f.since && !compatible(*f.since, *f.until)) {
    throw QueryUsageError("--until " + a.until + " is before --since " + a.since);
  }
  f.relations = items(a.relations);
  f.types = items(a.types);
  if (!a.min_weight.empty()) {
    char* end = nullptr;
    const double w = std::strtod(a.min_weight.c_str(), &end);
    if (end == a.min_weight.c_str() || *end != '\0' || !std::isfinite(w) || w < 0) {
      throw QueryUsageError("--min-weight '" + a.min_weight + "' is not a number >= 0");
    }
    f.min_weight = w;
  }
  f.include_unconfirmed = a.include_unconfirmed;
  return f;
}

query::OutputFormat parse_format(const QueryArgs& a) {
  const auto f = query::parse_output_format(a.format);
  if (!f) throw QueryUsageError("--format '" + a.format + "' is not one of table, csv, tsv, json");
  return *f;
}

std::size_t parse_count(const std::string& text, const char* what, std::size_t min, std::size_t max) {
  std::size_t n = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || ptr != text.data() + text.size() || n < min || n > max) {
    throw QueryUsageError(std::string(what) + " '" + text + "' is not a whole number from " + std::to_string(min) +
                          " to " + std::to_string(max));
  }
  return n;
}

}  // namespace evkg
