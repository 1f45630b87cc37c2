// evkg query: placeholder until its issue lands.
#include <spdlog/spdlog.h>

#include "app/command_registry.hpp"
#include "app/commands.hpp"

namespace evkg {

void register_query(CLI::App& app) {
  auto* sub = app.add_subcommand("query", "(not yet available)");
  sub->allow_extras();
  set_runner(sub, [] {
    spdlog::error("'query' is not available yet");
    return 2;
  });
}

}  // namespace evkg
