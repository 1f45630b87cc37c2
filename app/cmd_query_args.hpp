// The command line of `evkg query` as typed (strings), and its checking into the query library's
// options. Every problem is a QueryUsageError (exit status 1), never a CLI11 error code.
#pragma once
#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

#include "query/filters.hpp"
#include "query/table_output.hpp"

namespace evkg {

class QueryUsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct QueryArgs {
  std::string graph;
  std::string command;  // the subcommand given: met, who-met-whom, ...
  std::vector<std::string> names;
  // filters and output, accepted before or after the command
  std::string since, until, min_weight, format = "table";
  std::vector<std::string> relations, types;
  bool include_unconfirmed = false;
  // command options
  bool via_events = false;
  bool between = false;
  std::string depth = "1";
  std::string output;
  std::string by = "degree";
  std::string limit = "20";
  std::vector<std::string> extras;  // anything CLI11 could not place
};

query::Filters parse_filters(const QueryArgs& a);
query::OutputFormat parse_format(const QueryArgs& a);
// A whole number in [min, max] for the option `what`.
std::size_t parse_count(const std::string& text, const char* what, std::size_t min, std::size_t max);

}  // namespace evkg
