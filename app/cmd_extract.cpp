// evkg extract: placeholder until its issue lands.
#include <spdlog/spdlog.h>

#include "app/command_registry.hpp"
#include "app/commands.hpp"

namespace evkg {

void register_extract(CLI::App& app) {
  auto* sub = app.add_subcommand("extract", "(not yet available)");
  sub->allow_extras();
  set_runner(sub, [] {
    spdlog::error("'extract' is not available yet");
    return 2;
  });
}

}  // namespace evkg
