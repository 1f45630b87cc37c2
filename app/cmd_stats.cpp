// evkg stats GRAPH: counts by node type and by relation (and status).
#include <cstdio>
#include <map>

#include "app/command_registry.hpp"
#include "app/commands.hpp"
#include "export/graph_io.hpp"

namespace evkg {

void register_stats(CLI::App& app) {
  auto path = std::make_shared<std::string>();
  auto* sub = app.add_subcommand("stats", "Count nodes by type and edges by relation in a graph file");
  sub->add_option("graph", *path, "A .graphml or .json graph written by evkg build")->required();
  set_runner(sub, [path] {
    const EventGraph g = read_graph_file(*path);
    const Graph& gr = g.graph();
    std::map<std::string, std::size_t> types, relations;
    for (const auto v : g.sorted_vertices()) ++types[gr[v].type];
    for (const auto e : g.sorted_edges()) {
      const auto& p = gr[e];
      ++relations[p.status == "reported" ? p.relation : p.relation + " (" + p.status + ")"];
    }
    std::printf("nodes %zu\n", g.num_nodes());
    for (const auto& [t, n] : types) std::printf("  %-14s %zu\n", t.c_str(), n);
    std::printf("edges %zu\n", g.num_edges());
    for (const auto& [r, n] : relations) std::printf("  %-14s %zu\n", r.c_str(), n);
    return 0;
  });
}

}  // namespace evkg
