// Maps each subcommand to the function that runs it.
#pragma once
#include <CLI/CLI.hpp>
#include <functional>

namespace evkg {

void set_runner(CLI::App* sub, std::function<int()> run);

}  // namespace evkg
