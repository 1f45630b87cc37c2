// evkg extract INPUT... -o ASSERTIONS.jsonl: the map step. One JSON line per document with its
// entities and assertions (see export/assertions_jsonl.hpp), in input order, written atomically;
// `evkg build --from` is the reduce step.
#include <spdlog/spdlog.h>

#include <filesystem>

#include "app/command_registry.hpp"
#include "app/commands.hpp"
#include "app/lexicon_option.hpp"
#include "app/parallel_extract.hpp"
#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "export/assertions_jsonl.hpp"

namespace evkg {

namespace {
struct ExtractArgs {
  std::vector<std::string> inputs;
  std::string output;
  std::vector<std::string> lexicons;
  unsigned threads = 0;
  bool skip_bad_records = false;
  bool no_progress = false;
};

// An existing output that is one of the inputs, or inside an input directory, would be read.
void check_output(const std::string& output, const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::exists(output, ec)) return;
  const std::string out = fs::weakly_canonical(output, ec).string();
  for (const auto& in : inputs) {
    if (in == "-") continue;
    std::error_code e2;
    const std::string dir = fs::weakly_canonical(in, e2).string();
    if (!ec && !e2 && (out == dir || out.starts_with(dir + "/"))) {
      throw Error(output + ": refusing to overwrite an input");
    }
  }
}

int run_extract(const ExtractArgs& args) {
  check_output(args.output, args.inputs);
  const Lexicon& lex = lexicon_for(args.lexicons);
  const Extractor extractor(lex);
  ExtractOptions eo;
  eo.threads = args.threads;
  eo.read.skip_bad_records = args.skip_bad_records;
  eo.progress = !args.no_progress && spdlog::get_level() <= spdlog::level::info;
  AtomicFile file(args.output);
  std::string buf;
  constexpr std::size_t kFlushAt = std::size_t{1} << 20;
  RunStats stats;
  extract_all(
      args.inputs, extractor, eo,
      [&](DocumentResult&& r) {
        append_assertions_line(r, buf);
        if (buf.size() >= kFlushAt) {
          file.write(buf);
          buf.clear();
        }
      },
      stats);
  file.write(buf);
  file.commit();
  spdlog::info("{} documents ({:.1f} MB), {} sentences, {} assertions in {:.2f} s ({:.1f} MB/s){}",
               stats.read.documents, static_cast<double>(stats.read.bytes) / 1e6, stats.sentences, stats.assertions,
               stats.seconds, stats.seconds > 0 ? static_cast<double>(stats.read.bytes) / 1e6 / stats.seconds : 0.0,
               stats.read.skipped_records + stats.read.skipped_files > 0
                   ? fmt::format("; skipped {} files, {} records", stats.read.skipped_files, stats.read.skipped_records)
                   : std::string());
  return 0;
}

}  // namespace

void register_extract(CLI::App& app) {
  auto args = std::make_shared<ExtractArgs>();
  auto* sub = app.add_subcommand(
      "extract", "Extract each document's entities and assertions to JSON Lines (the map step of build)");
  sub->add_option("inputs", args->inputs, "Plain-text articles, JSON Lines / JSON arrays of records, directories")
      ->required();
  sub->add_option("-o,--output", args->output, "Output JSON Lines file (one line per document)")->required();
  sub->add_option("-t,--threads", args->threads, "Extraction threads (default: all cores)");
  sub->add_option("--lexicon", args->lexicons, "Extra lexicon JSON files (add to or override the built-in one)");
  sub->add_flag("--skip-bad-records", args->skip_bad_records,
                "Skip malformed JSON Lines records with a warning instead of stopping");
  sub->add_flag("--no-progress", args->no_progress, "No progress line on stderr");
  set_runner(sub, [args] { return run_extract(*args); });
}

}  // namespace evkg
