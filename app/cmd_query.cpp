// evkg query GRAPH COMMAND ...: questions about a graph file written by evkg build (GraphML or
// node-link JSON), answered from stdout as a table, CSV, TSV or JSON. This file declares the command
// line; cmd_query_run.cpp answers it. Exit status: 0 answered (also with no rows), 1 bad graph file
// or usage, 3 a name that is unknown or ambiguous.
#include <memory>

#include "app/cmd_query_args.hpp"
#include "app/cmd_query_run.hpp"
#include "app/command_registry.hpp"
#include "app/commands.hpp"

namespace evkg {

namespace {

CLI::App* leaf(CLI::App* query, const char* name, const char* description) {
  auto* sub = query->add_subcommand(name, description);
  sub->fallthrough();   // the filters and --format of `query` are accepted after the command too
  sub->allow_extras();  // unknown arguments are reported by the runner as usage errors (status 1)
  return sub;
}

void add_name(CLI::App* sub, QueryArgs& args, const char* what) { sub->add_option("name", args.names, what); }

}  // namespace

void register_query(CLI::App& app) {
  auto args = std::make_shared<QueryArgs>();
  auto* q = app.add_subcommand("query", "Ask a graph file who met whom, when, where, and how they are linked");
  q->allow_extras();
  q->add_option("graph", args->graph, "A .graphml or .json graph written by evkg build");
  q->add_option("--since", args->since, "Only edges dated on or after this day, month or year (YYYY[-MM[-DD]])");
  q->add_option("--until", args->until, "Only edges dated on or before this day, month or year");
  q->add_option("--relation", args->relations, "Only these relations (repeat or comma-separate)");
  q->add_option("--type", args->types, "Only entities of these types: person, country, organization, summit, ...");
  q->add_option("--min-weight", args->min_weight, "Only edges stated by at least this many sentences");
  q->add_flag("--include-unconfirmed", args->include_unconfirmed,
              "Also planned, denied and hypothetical edges, with their status");
  q->add_option("--format", args->format, "Output: table (default), csv, tsv or json");
  q->footer(
      "Commands take names as labels, aliases, surnames or node ids (person:emmanuel-macron).\n"
      "Exit status: 0 answered (also with no rows), 1 bad graph file or usage, 3 unknown or ambiguous name.");

  auto* met = leaf(q, "met", "Everyone NAME met (one row per counterpart), or --between A B");
  add_name(met, *args, "NAME, or A B with --between");
  met->add_flag("--via-events", args->via_events, "Add those who attended the same events (marked inferred)");
  met->add_flag("--between", args->between, "Every reported meeting of the two names given");

  leaf(q, "who-met-whom", "Every pair that met, by date (persons; --type country for states)");

  auto* att = leaf(q, "attended", "Who attended or chaired EVENT");
  add_name(att, *args, "EVENT: its label, place, or id (summit:...)");

  auto* tl = leaf(q, "timeline", "All edges of NAME in date order");
  add_name(tl, *args, "NAME");

  auto* pl = leaf(q, "pledges", "Pledges (of NAME, by or to it; of everyone without NAME)");
  add_name(pl, *args, "NAME (optional)");
  auto* rj = leaf(q, "rejections", "Rejections (of NAME, by or to it; of everyone without NAME)");
  add_name(rj, *args, "NAME (optional)");

  auto* nb = leaf(q, "neighbors", "What is linked to NAME within --depth hops");
  add_name(nb, *args, "NAME");
  nb->add_option("--depth", args->depth, "Hops (default 1)");

  auto* path = leaf(q, "path", "The shortest chain of edges from A to B, with each step's relation");
  add_name(path, *args, "A B");

  auto* ego = leaf(q, "ego", "Write the subgraph around NAME (-o ego.dot|.graphml|.json)");
  add_name(ego, *args, "NAME");
  ego->add_option("--depth", args->depth, "Hops (default 1)");
  ego->add_option("-o,--output", args->output, "Output file; format from the extension: .graphml .dot .gv .json");

  auto* top = leaf(q, "top", "The most central entities (--by degree|betweenness|pagerank)");
  top->add_option("--by", args->by, "degree (default), betweenness or pagerank");
  top->add_option("-n,--limit", args->limit, "How many (default 20)");

  set_runner(q, [args, q] {
    for (const auto* sub : q->get_subcommands()) {
      args->command = sub->get_name();
      for (const auto& extra : sub->remaining()) args->extras.push_back(extra);
    }
    for (const auto& extra : q->remaining()) args->extras.push_back(extra);
    return run_query(*args);
  });
}

}  // namespace evkg
