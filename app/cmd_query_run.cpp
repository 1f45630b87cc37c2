#include "app/cmd_query_run.hpp"

#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>

#include "export/graph_io.hpp"
#include "query/centrality.hpp"
#include "query/meeting_pairs.hpp"
#include "query/meetings.hpp"
#include "query/name_resolver.hpp"
#include "query/neighborhood.hpp"
#include "query/participation.hpp"
#include "query/paths.hpp"
#include "query/relation_listing.hpp"
#include "query/table_output.hpp"
#include "query/timeline.hpp"

namespace evkg {

namespace {

using query::Table;
using Clock = std::chrono::steady_clock;

constexpr int kUsage = 1;
constexpr int kNameNotResolved = 3;
constexpr std::size_t kMaxDepth = 1000;

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// Names given as several words without quotes are one name ("met Emmanuel Macron").
std::string joined_name(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) {
    if (!out.empty()) out += ' ';
    out += n;
  }
  return out;
}

std::string one_name(const QueryArgs& a, const char* what) {
  if (a.names.empty()) throw QueryUsageError(a.command + " needs " + what);
  return joined_name(a.names);
}

struct Context {
  const QueryArgs& args;
  const query::QueryGraph& graph;
  query::Filters filters;
  Vertex resolve(const std::string& name) const { return query::resolve_or_throw(graph, name); }
};

// Each command: from the context to a table to print (nullopt: nothing for stdout).
using Command = std::function<std::optional<Table>(const Context&)>;

const std::map<std::string, Command>& commands() {
  static const std::map<std::string, Command> kCommands = {
      {"met",
       [](const Context& c) -> std::optional<Table> {
         query::MeetingOptions o{c.filters, c.args.via_events};
         if (c.args.between) {
           if (c.args.names.size() != 2) throw QueryUsageError("met --between needs two names: A B");
           const Vertex a = c.resolve(c.args.names[0]);
           const Vertex b = c.resolve(c.args.names[1]);
           return query::meetings_between(c.graph, a, b, o);
         }
         return query::met(c.graph, c.resolve(one_name(c.args, "a NAME")), o);
       }},
      {"who-met-whom",
       [](const Context& c) -> std::optional<Table> {
         if (!c.args.names.empty()) throw QueryUsageError("who-met-whom takes no name (use met NAME)");
         return query::who_met_whom(c.graph, c.filters);
       }},
      {"attended",
       [](const Context& c) -> std::optional<Table> {
         return query::attended(c.graph, c.resolve(one_name(c.args, "an EVENT")), c.filters);
       }},
      {"timeline",
       [](const Context& c) -> std::optional<Table> {
         return query::timeline(c.graph, c.resolve(one_name(c.args, "a NAME")), c.filters);
       }},
      {"pledges",
       [](const Context& c) -> std::optional<Table> {
         std::optional<Vertex> who;
         if (!c.args.names.empty()) who = c.resolve(joined_name(c.args.names));
         return query::pledges(c.graph, who, c.filters);
       }},
      {"rejections",
       [](const Context& c) -> std::optional<Table> {
         std::optional<Vertex> who;
         if (!c.args.names.empty()) who = c.resolve(joined_name(c.args.names));
         return query::rejections(c.graph, who, c.filters);
       }},
      {"neighbors",
       [](const Context& c) -> std::optional<Table> {
         const auto depth = parse_count(c.args.depth, "--depth", 1, kMaxDepth);
         return query::neighbors(c.graph, c.resolve(one_name(c.args, "a NAME")), depth, c.filters);
       }},
      {"path",
       [](const Context& c) -> std::optional<Table> {
         if (c.args.names.size() != 2) throw QueryUsageError("path needs two names: A B (quote names with spaces)");
         const Vertex a = c.resolve(c.args.names[0]);
         const Vertex b = c.resolve(c.args.names[1]);
         Table t = query::shortest_path(c.graph, a, b, c.filters);
         if (t.empty()) {
           spdlog::info("no path between {} and {}", c.graph.label(a), c.graph.label(b));
         }
         return t;
       }},
      {"ego",
       [](const Context& c) -> std::optional<Table> {
         if (c.args.output.empty()) throw QueryUsageError("ego needs -o FILE (.dot, .gv, .graphml or .json)");
         if (!format_from_path(c.args.output)) {
           throw QueryUsageError("-o " + c.args.output + ": unknown output format (use .graphml, .dot, .gv or .json)");
         }
         const auto depth = parse_count(c.args.depth, "--depth", 1, kMaxDepth);
         const EventGraph ego = query::ego_graph(c.graph, c.resolve(one_name(c.args, "a NAME")), depth, c.filters);
         write_graph_file(ego, c.args.output);
         spdlog::info("wrote {}: {} nodes, {} edges", c.args.output, ego.num_nodes(), ego.num_edges());
         return std::nullopt;
       }},
      {"top",
       [](const Context& c) -> std::optional<Table> {
         if (!c.args.names.empty()) throw QueryUsageError("top takes no name");
         const auto by = query::parse_centrality(c.args.by);
         if (!by) throw QueryUsageError("--by '" + c.args.by + "' is not one of degree, betweenness, pagerank");
         const auto n = parse_count(c.args.limit, "-n", 1, static_cast<std::size_t>(-1) / 2);
         return query::top(c.graph, *by, n, c.filters);
       }},
  };
  return kCommands;
}

void print(const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
}

int answer(const QueryArgs& args) {
  if (args.command.empty()) throw QueryUsageError("which question? give a command after GRAPH (see evkg query --help)");
  if (!args.extras.empty()) {
    std::string list;
    for (const auto& e : args.extras) list += (list.empty() ? "" : " ") + e;
    throw QueryUsageError("unexpected arguments: " + list);
  }
  if (args.graph.empty()) throw QueryUsageError("missing GRAPH: evkg query GRAPH " + args.command + " ...");
  const auto& command = commands().at(args.command);
  const query::Filters filters = parse_filters(args);
  const query::OutputFormat format = parse_format(args);

  const auto t0 = Clock::now();
  const EventGraph g = read_graph_file(args.graph);
  const query::QueryGraph q(g);
  spdlog::debug("{}: {} nodes, {} edges loaded and indexed in {:.3f} s", args.graph, g.num_nodes(), g.num_edges(),
                seconds_since(t0));

  const auto t1 = Clock::now();
  const auto table = command(Context{args, q, filters});
  spdlog::debug("{} answered in {:.3f} ms", args.command, seconds_since(t1) * 1000);
  if (!table) return 0;
  print(query::render(*table, format));
  if (table->empty()) spdlog::info("no results");
  return 0;
}

}  // namespace

int run_query(const QueryArgs& args) {
  try {
    return answer(args);
  } catch (const QueryUsageError& e) {
    spdlog::error("query: {}", e.what());
    return kUsage;
  } catch (const query::NameError& e) {
    spdlog::error("{}", e.what());
    for (const auto& line : e.details()) std::fprintf(stderr, "  %s\n", line.c_str());
    return kNameNotResolved;
  }
}

}  // namespace evkg
