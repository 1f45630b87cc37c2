// evkg build INPUT... -o OUT [-o OUT...]: articles to graph files.
#include <spdlog/spdlog.h>

#include <thread>

#include "app/command_registry.hpp"
#include "app/commands.hpp"
#include "app/lexicon_option.hpp"
#include "app/output_paths.hpp"
#include "app/parallel_extract.hpp"
#include "export/graph_io.hpp"
#include "graph/graph_builder.hpp"

namespace evkg {

namespace {
struct BuildArgs {
  std::vector<std::string> inputs;
  std::vector<std::string> outputs;
  std::vector<std::string> lexicons;
  unsigned threads = 0;
  bool include_unconfirmed = false;
  bool skip_bad_records = false;
  bool no_progress = false;
};
}  // namespace

void register_build(CLI::App& app) {
  auto args = std::make_shared<BuildArgs>();
  auto* sub = app.add_subcommand("build", "Build a graph from articles (files, directories, or - for stdin)");
  sub->add_option("inputs", args->inputs, "Plain-text articles, JSON Lines / JSON arrays of records, directories")->required();
  sub->add_option("-o,--output", args->outputs, "Output file; format from the extension: .graphml .dot .gv .json")
      ->required();
  sub->add_option("-t,--threads", args->threads, "Worker threads (default: all cores)");
  sub->add_option("--lexicon", args->lexicons, "Extra lexicon JSON files (add to or override the built-in one)");
  sub->add_flag("--include-unconfirmed", args->include_unconfirmed,
                "Also keep planned, denied and hypothetical edges (with their status)");
  sub->add_flag("--skip-bad-records", args->skip_bad_records,
                "Skip malformed JSON Lines records with a warning instead of stopping");
  sub->add_flag("--no-progress", args->no_progress, "No progress line on stderr");
  set_runner(sub, [args] {
    check_outputs(args->outputs, args->inputs);
    const Lexicon& lex = lexicon_for(args->lexicons);
    const Extractor extractor(lex);
    GraphBuilder builder;
    RunStats stats;
    ReadOptions ro;
    ro.skip_bad_records = args->skip_bad_records;
    const unsigned threads = args->threads != 0 ? args->threads : std::max(1u, std::thread::hardware_concurrency());
    extract_all(args->inputs, extractor, threads, ro, !args->no_progress && spdlog::get_level() <= spdlog::level::info,
                [&](DocumentResult&& r) { builder.add(r); }, stats);
    if (stats.read.documents == 0) spdlog::warn("no documents in the input: writing an empty graph");
    BuildOptions bo;
    bo.include_unconfirmed = args->include_unconfirmed;
    const EventGraph g = builder.finish(bo);
    for (const auto& out : args->outputs) write_graph_file(g, out);
    spdlog::info("{} documents, {} sentences, {} nodes, {} edges in {:.2f} s ({:.1f} MB/s){}",
                 stats.read.documents, stats.sentences, g.num_nodes(), g.num_edges(), stats.seconds,
                 stats.seconds > 0 ? static_cast<double>(stats.read.bytes) / 1e6 / stats.seconds : 0.0,
                 stats.read.skipped_records + stats.read.skipped_files > 0
                     ? fmt::format("; skipped {} files, {} records", stats.read.skipped_files, stats.read.skipped_records)
                     : std::string());
    return 0;
  });
}

}  // namespace evkg
