#include "app/command_registry.hpp"

#include <map>

#include "app/commands.hpp"

namespace evkg {
namespace {
std::map<CLI::App*, std::function<int()>>& runners() {
  static std::map<CLI::App*, std::function<int()>> r;
  return r;
}
}  // namespace

void set_runner(CLI::App* sub, std::function<int()> run) { runners()[sub] = std::move(run); }

int run_selected(CLI::App& app) {
  for (auto* sub : app.get_subcommands()) {
    const auto it = runners().find(sub);
    if (it != runners().end()) return it->second();
  }
  return 2;
}

}  // namespace evkg
