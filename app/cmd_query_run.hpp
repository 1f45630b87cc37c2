// Answers one `evkg query` command line: loads the graph, resolves names, runs the query, prints.
#pragma once
#include "app/cmd_query_args.hpp"

namespace evkg {

// The exit status (0, 1 or 3); throws evkg::Error for a graph file that cannot be read.
int run_query(const QueryArgs& args);

}  // namespace evkg
