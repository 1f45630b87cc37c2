// evkg: event knowledge-graph builder. A thin command line over the libraries; each command lives
// in its own file (cmd_*.cpp).
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>

#include "app/commands.hpp"
#include "core/error.hpp"

int main(int argc, char** argv) {
  auto logger = spdlog::stderr_color_mt("evkg");
  logger->set_pattern("evkg: %^%l%$: %v");
  spdlog::set_default_logger(logger);
  spdlog::set_level(spdlog::level::info);

  CLI::App app{"evkg: builds a graph of who met whom, when and where from news articles"};
  app.set_version_flag("--version", std::string("evkg ") + EVKG_VERSION);
  app.require_subcommand(1);
  bool verbose = false, quiet = false;
  app.add_flag("-v,--verbose", verbose, "More messages on stderr");
  app.add_flag("-q,--quiet", quiet, "Only errors on stderr");

  evkg::register_build(app);
  evkg::register_extract(app);
  evkg::register_merge(app);
  evkg::register_stats(app);
  evkg::register_query(app);
  // -q and -v also after the command ("evkg build -q ...").
  for (CLI::App* sub : app.get_subcommands({})) {
    sub->add_flag("-v,--verbose", verbose, "More messages on stderr");
    sub->add_flag("-q,--quiet", quiet, "Only errors on stderr");
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  if (verbose) spdlog::set_level(spdlog::level::debug);
  if (quiet) spdlog::set_level(spdlog::level::err);
  try {
    return evkg::run_selected(app);
  } catch (const evkg::Error& e) {
    spdlog::error("{}", e.what());
    return 1;
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return 2;
  }
}
