// The subcommands of evkg. Each register_* adds its options to the app; run_selected runs the one
// the user chose and returns the exit status (0 success, 1 bad input or I/O error, 2 internal error,
// 3 for queries: no such entity / ambiguous name).
#pragma once
#include <CLI/CLI.hpp>

namespace evkg {

void register_build(CLI::App& app);
void register_extract(CLI::App& app);
void register_merge(CLI::App& app);
void register_stats(CLI::App& app);
void register_query(CLI::App& app);
int run_selected(CLI::App& app);

}  // namespace evkg
