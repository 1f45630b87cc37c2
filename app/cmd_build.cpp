// evkg build INPUT... -o OUT [-o OUT...]: articles to graph files.
// evkg build --from ASSERTIONS.jsonl... -o OUT: the reduce step over `evkg extract` output.
#include <spdlog/spdlog.h>

#include <chrono>

#include "app/command_registry.hpp"
#include "app/commands.hpp"
#include "app/lexicon_option.hpp"
#include "app/output_paths.hpp"
#include "app/parallel_extract.hpp"
#include "core/error.hpp"
#include "export/assertions_jsonl.hpp"
#include "export/graph_io.hpp"
#include "graph/graph_builder.hpp"

namespace evkg {

namespace {
struct BuildArgs {
  std::vector<std::string> inputs;
  std::vector<std::string> from;
  std::vector<std::string> outputs;
  std::vector<std::string> lexicons;
  unsigned threads = 0;
  bool include_unconfirmed = false;
  bool skip_bad_records = false;
  bool no_progress = false;
};

bool progress_wanted(const BuildArgs& args) { return !args.no_progress && spdlog::get_level() <= spdlog::level::info; }

// The reduce step's input: assertion files from `evkg extract`, in the order given.
void add_assertion_files(const BuildArgs& args, GraphBuilder& builder, RunStats& stats) {
  const auto t0 = std::chrono::steady_clock::now();
  ProgressLine bar(progress_wanted(args));
  const std::uint64_t total = bar.active() ? estimate_input_bytes(args.from) : 0;
  std::uint64_t done = 0;  // bytes of the files before this one
  for (const auto& path : args.from) {
    std::uint64_t in_file = 0;
    read_assertions_file(
        path,
        [&](DocumentResult&& r) {
          ++stats.read.documents;
          stats.read.bytes += r.bytes;
          stats.sentences += r.sentences;
          stats.assertions += r.assertions.size();
          builder.add(r);
          bar.update(stats.read.documents, done + in_file, total);
        },
        &in_file);
    done += in_file;
  }
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

std::size_t count_entities(const EventGraph& g) {
  std::size_t n = 0;
  for (const auto v : boost::make_iterator_range(boost::vertices(g.graph()))) {
    const auto& type = g.graph()[v].type;
    if (type != node_type::kSummit && type != node_type::kTopic) ++n;
  }
  return n;
}

int run_build(const BuildArgs& args) {
  if (args.inputs.empty() == args.from.empty()) throw Error("build: give either INPUT... or --from ASSERTIONS.jsonl...");
  check_outputs(args.outputs, args.from.empty() ? args.inputs : args.from);
  GraphBuilder builder;
  RunStats stats;
  if (!args.from.empty()) {
    add_assertion_files(args, builder, stats);
  } else {
    const Lexicon& lex = lexicon_for(args.lexicons);
    const Extractor extractor(lex);
    ExtractOptions eo;
    eo.threads = args.threads;
    eo.read.skip_bad_records = args.skip_bad_records;
    eo.progress = progress_wanted(args);
    extract_all(args.inputs, extractor, eo, [&](DocumentResult&& r) { builder.add(r); }, stats);
  }
  if (stats.read.documents == 0) spdlog::warn("no documents in the input: writing an empty graph");
  BuildOptions bo;
  bo.include_unconfirmed = args.include_unconfirmed;
  const auto t0 = std::chrono::steady_clock::now();
  const EventGraph g = std::move(builder).finish(bo);  // consumes the builder: half the peak memory
  for (const auto& out : args.outputs) write_graph_file(g, out);
  const double total = stats.seconds + std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  spdlog::info("{} documents ({:.1f} MB), {} sentences, {} entities, {} nodes, {} edges in {:.2f} s ({:.1f} MB/s){}",
               stats.read.documents, static_cast<double>(stats.read.bytes) / 1e6, stats.sentences, count_entities(g),
               g.num_nodes(), g.num_edges(), total, total > 0 ? static_cast<double>(stats.read.bytes) / 1e6 / total : 0.0,
               stats.read.skipped_records + stats.read.skipped_files > 0
                   ? fmt::format("; skipped {} files, {} records", stats.read.skipped_files, stats.read.skipped_records)
                   : std::string());
  return 0;
}

}  // namespace

void register_build(CLI::App& app) {
  auto args = std::make_shared<BuildArgs>();
  auto* sub = app.add_subcommand("build", "Build a graph from articles (files, directories, or - for stdin)");
  auto* inputs = sub->add_option("inputs", args->inputs,
                                 "Plain-text articles, JSON Lines / JSON arrays of records, directories");
  auto* from = sub->add_option("--from", args->from,
                               "Build from assertion files written by `evkg extract` instead of articles")
                   ->excludes(inputs);
  sub->add_option("-o,--output", args->outputs, "Output file; format from the extension: .graphml .dot .gv .json")
      ->required();
  sub->add_option("-t,--threads", args->threads, "Extraction threads (default: all cores)");
  sub->add_option("--lexicon", args->lexicons, "Extra lexicon JSON files (add to or override the built-in one)")
      ->excludes(from);
  sub->add_flag("--include-unconfirmed", args->include_unconfirmed,
                "Also keep planned, denied and hypothetical edges (with their status)");
  sub->add_flag("--skip-bad-records", args->skip_bad_records,
                "Skip malformed JSON Lines records with a warning instead of stopping")
      ->excludes(from);
  sub->add_flag("--no-progress", args->no_progress, "No progress line on stderr");
  set_runner(sub, [args] { return run_build(*args); });
}

}  // namespace evkg
