// evkg merge: placeholder until its issue lands.
#include <spdlog/spdlog.h>

#include "app/command_registry.hpp"
#include "app/commands.hpp"

namespace evkg {

void register_merge(CLI::App& app) {
  auto* sub = app.add_subcommand("merge", "(not yet available)");
  sub->allow_extras();
  set_runner(sub, [] {
    spdlog::error("'merge' is not available yet");
    return 2;
  });
}

}  // namespace evkg
