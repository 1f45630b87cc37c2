// evkg merge G1 G2... -o G [-o G...]: graph files (GraphML or node-link JSON) merged into one, with
// EventGraph::merge: the same node id is one node, the same edge key one edge whose provenance,
// sources and weight accumulate. Merging is associative and commutative, so shards of a corpus may be
// merged in any order and grouping.
#include <spdlog/spdlog.h>

#include <chrono>

#include "app/command_registry.hpp"
#include "app/commands.hpp"
#include "app/output_paths.hpp"
#include "export/graph_io.hpp"
#include "graph/event_labels.hpp"

namespace evkg {

namespace {
struct MergeArgs {
  std::vector<std::string> inputs;
  std::vector<std::string> outputs;
};

int run_merge(const MergeArgs& args) {
  const auto t0 = std::chrono::steady_clock::now();
  check_outputs(args.outputs, args.inputs);
  EventGraph merged;
  for (const auto& in : args.inputs) {
    EventGraph g = read_graph_file(in);
    spdlog::debug("{}: {} nodes, {} edges", in, g.num_nodes(), g.num_edges());
    // (a meeting's label names whom the edges of all the parts put at it: named again below)
    unname_meetings(g);
    merged.merge(g);
  }
  name_meetings_by_participants(merged);
  for (const auto& out : args.outputs) write_graph_file(merged, out);
  spdlog::info("{} graphs merged: {} nodes, {} edges in {:.2f} s", args.inputs.size(), merged.num_nodes(),
               merged.num_edges(),
               std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  return 0;
}

}  // namespace

void register_merge(CLI::App& app) {
  auto args = std::make_shared<MergeArgs>();
  auto* sub = app.add_subcommand("merge", "Merge graph files (.graphml or .json) into one");
  sub->add_option("graphs", args->inputs, "Graph files written by evkg build or merge")->required();
  sub->add_option("-o,--output", args->outputs, "Output file; format from the extension: .graphml .dot .gv .json")
      ->required();
  set_runner(sub, [args] { return run_merge(*args); });
}

}  // namespace evkg
