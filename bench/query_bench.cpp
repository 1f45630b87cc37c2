// evkg query at scale: a synthetic graph of one million edges (EVKG_QUERY_BENCH_EDGES to change it)
// shaped like a news graph: 50,000 persons with a few much-met hubs, 200 countries, 20,000 events;
// met, attended, chaired, pledged and rejected edges with dates, places, evidence sentences and
// provenance. It is written once as GraphML and JSON under the system's temporary directory, then
//  - BM_Load/graphml, BM_Load/json: read_graph_file (read_s wall, read_cpu_s CPU) + the query name
//    index (index_s) (one run each, seconds);
//  - BM_Met/*: `met NAME` from name resolution to the finished table, for a typical person and for
//    the most-met hub (milliseconds per query);
//  - the other commands once each for scale.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>
#include <string>

#include "export/graph_io.hpp"
#include "query/centrality.hpp"
#include "query/meeting_pairs.hpp"
#include "query/meetings.hpp"
#include "query/name_resolver.hpp"
#include "query/neighborhood.hpp"
#include "query/paths.hpp"
#include "query/timeline.hpp"

namespace evkg::bench {
namespace {

constexpr std::size_t kPersons = 50'000;
constexpr std::size_t kCountries = 200;
constexpr std::size_t kEvents = 20'000;

const char* const kGiven[] = {"Anna",  "Boris", "Carla",  "Dmitri", "Elena",  "Farid",  "Greta", "Hiro",
                              "Ines",  "Jonas", "Kamala", "Luis",   "Maya",   "Nikos",  "Olga",  "Pavel",
                              "Quinn", "Rosa",  "Sanjay", "Tomas",  "Ursula", "Viktor", "Wen",   "Ximena",
                              "Yusuf", "Zofia", "Amir",   "Bea",    "Chen",   "Dara",   "Emil",  "Fatima",
                              "Goran", "Hana",  "Ivo",    "Jana",   "Kofi",   "Lena",   "Marek", "Nadia"};
constexpr std::size_t kGivenCount = sizeof kGiven / sizeof kGiven[0];
const char* const kCities[] = {"Paris",    "Berlin", "Kyiv",       "Warsaw", "Rome",  "Madrid",  "Vienna", "Prague",
                               "Brussels", "London", "Washington", "Tokyo",  "Delhi", "Nairobi", "Lima",   "Oslo"};

std::size_t edge_target() {
  const char* env = std::getenv("EVKG_QUERY_BENCH_EDGES");
  return env != nullptr ? static_cast<std::size_t>(std::strtoull(env, nullptr, 10)) : 1'000'000;
}

std::string person_id(std::size_t i) { return "person:p" + std::to_string(i); }
// "Anna Surname123": unique labels whose surname alone is unique too
std::string person_label(std::size_t i) {
  return std::string(kGiven[i % kGivenCount]) + " Surname" + std::to_string(i);
}
std::string date_of(std::uint64_t r) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", 2020 + static_cast<int>(r % 6), 1 + static_cast<int>(r / 7 % 12),
                1 + static_cast<int>(r / 97 % 28));
  return buf;
}

EventGraph make_graph(std::size_t edges) {
  EventGraph g;
  std::mt19937_64 rng(20250904);
  for (std::size_t i = 0; i < kCountries; ++i) {
    NodeProps n;
    n.id = "country:c" + std::to_string(i);
    n.label = "Country " + std::to_string(i);
    n.type = node_type::kCountry;
    n.mentions = 1;
    g.add_node(n);
  }
  for (std::size_t i = 0; i < kPersons; ++i) {
    NodeProps n;
    n.id = person_id(i);
    n.label = person_label(i);
    n.type = node_type::kPerson;
    n.role = i % 3 == 0 ? "President" : "Minister";
    n.country = "Country " + std::to_string(i % kCountries);
    n.aliases = {std::string(kGiven[i % kGivenCount]).substr(0, 1) + ". Surname" + std::to_string(i)};
    n.mentions = 1 + rng() % 20;
    n.sources = {"doc" + std::to_string(rng() % 100000)};
    g.add_node(n);
  }
  std::vector<std::string> event_dates(kEvents);
  for (std::size_t i = 0; i < kEvents; ++i) {
    NodeProps n;
    const char* city = kCities[i % (sizeof kCities / sizeof kCities[0])];
    event_dates[i] = date_of(rng());
    n.id = "summit:e" + std::to_string(i);
    n.label = std::string("Summit, ") + city + " (" + event_dates[i] + ")";
    n.type = node_type::kSummit;
    n.role = "summit";
    n.date = event_dates[i];
    n.location = city;
    g.add_node(n);
  }
  // a person: half uniform, half skewed towards low numbers (person 0 is the most-met hub)
  auto pick_person = [&] {
    const std::uint64_t r = rng();
    if (r % 2 == 0) return static_cast<std::size_t>(rng() % kPersons);
    const double u = static_cast<double>(rng() % 1'000'000) / 1'000'000.0;
    return static_cast<std::size_t>(u * u * u * static_cast<double>(kPersons));
  };
  std::size_t serial = 0;
  while (g.num_edges() < edges) {
    const std::uint64_t kind = rng() % 100;
    const std::string doc = "doc" + std::to_string(rng() % 100000);
    EdgeProps e;
    e.confidence = 0.5 + static_cast<double>(rng() % 50) / 100.0;
    e.sources = {doc};
    e.provenance = {doc + "@" + std::to_string(serial) + "-" + std::to_string(serial + 120)};
    ++serial;
    const std::size_t a = pick_person();
    if (kind < 45) {
      std::size_t b = pick_person();
      if (b == a) b = (a + 1) % kPersons;
      e.relation = "met";
      e.date = date_of(rng());
      e.place = kCities[rng() % (sizeof kCities / sizeof kCities[0])];
      if (rng() % 10 == 0) e.status = edge_status::kPlanned;
      e.evidence = person_label(a) + " met " + person_label(b) + " in " + e.place + " on " + e.date +
                   ", officials said after the talks.";
      g.add_edge(person_id(a), person_id(b), e);
    } else if (kind < 90) {
      const std::size_t ev = static_cast<std::size_t>(rng() % kEvents);
      e.relation = kind < 87 ? "attended" : "chaired";
      e.date = event_dates[ev];
      e.evidence = person_label(a) + " " + e.relation + " the summit on " + e.date + ", the organisers said.";
      g.add_edge(person_id(a), "summit:e" + std::to_string(ev), e);
    } else {
      const std::size_t c = static_cast<std::size_t>(rng() % kCountries);
      e.relation = kind < 95 ? "pledged" : "rejected";
      e.object = kind < 95 ? "aid package " + std::to_string(rng() % 50) : "proposal " + std::to_string(rng() % 50);
      e.date = date_of(rng());
      e.evidence = person_label(a) + " " + e.relation + " " + e.object + " for Country " + std::to_string(c) + ".";
      g.add_edge(person_id(a), "country:c" + std::to_string(c), e);
    }
  }
  return g;
}

// The graph files, written once per size and kept between runs.
std::string graph_file(const char* extension) {
  const std::size_t edges = edge_target();
  const auto dir = std::filesystem::temp_directory_path();
  const std::string base = (dir / ("evkg-query-bench-" + std::to_string(edges))).string();
  const std::string graphml = base + ".graphml";
  const std::string json = base + ".json";
  if (!std::filesystem::exists(graphml) || !std::filesystem::exists(json)) {
    const auto t0 = std::chrono::steady_clock::now();
    const EventGraph g = make_graph(edges);
    const auto t1 = std::chrono::steady_clock::now();
    write_graph_file(g, graphml);
    write_graph_file(g, json);
    std::fprintf(stderr,
                 "query_bench: generated %zu nodes, %zu edges in %.1f s; wrote %s (%.0f MB), %s (%.0f MB) in %.1f s\n",
                 g.num_nodes(), g.num_edges(), std::chrono::duration<double>(t1 - t0).count(), graphml.c_str(),
                 static_cast<double>(std::filesystem::file_size(graphml)) / 1e6, json.c_str(),
                 static_cast<double>(std::filesystem::file_size(json)) / 1e6,
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count());
  }
  return std::string(extension) == std::string("json") ? json : graphml;
}

// The loaded graph and its index, for the query benchmarks (built in place: an EventGraph is not
// cheap to move, its Boost adjacency_list has no move constructor).
struct Loaded {
  explicit Loaded(const std::string& path) : graph(read_graph_file(path)), q(graph) {}
  EventGraph graph;
  query::QueryGraph q;
};
const Loaded& loaded() {
  static const Loaded l(graph_file("graphml"));
  return l;
}

// CPU time of the process (user and system): what a load costs, whatever else runs on the machine.
double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

double max_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  // glibc keeps ru_maxrss in a union (for x32): the POSIX field, not a union of ours.
  return static_cast<double>(u.ru_maxrss) / 1024.0;  // NOLINT(cppcoreguidelines-pro-type-union-access)
}

void BM_Load(benchmark::State& state) {
  const std::string path = graph_file(state.range(0) == 0 ? "graphml" : "json");
  double read_s = 0;
  double read_cpu_s = 0;
  double index_s = 0;
  std::size_t edges = 0;
  for (auto _ : state) {
    const auto t0 = std::chrono::steady_clock::now();
    const double c0 = cpu_seconds();
    const EventGraph g = read_graph_file(path);
    read_cpu_s += cpu_seconds() - c0;
    const auto t1 = std::chrono::steady_clock::now();
    const query::QueryGraph q(g);
    const auto t2 = std::chrono::steady_clock::now();
    read_s += std::chrono::duration<double>(t1 - t0).count();
    index_s += std::chrono::duration<double>(t2 - t1).count();
    edges = g.num_edges();
    benchmark::DoNotOptimize(q.names().exact("anna surname1").size());
  }
  const auto n = static_cast<double>(state.iterations());
  state.counters["read_s"] = read_s / n;
  state.counters["read_cpu_s"] = read_cpu_s / n;  // the same on a busy machine, where read_s is not
  state.counters["index_s"] = index_s / n;
  state.counters["edges"] = static_cast<double>(edges);
  state.counters["MB"] = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
  state.counters["max_rss_MB"] = max_rss_mb();
  state.SetLabel(state.range(0) == 0 ? "graphml" : "json");
}
BENCHMARK(BM_Load)->Arg(0)->Arg(1)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

// range(0): 0 a typical person (met-degree near the median), 1 the most-met hub, 2 by surname.
void BM_Met(benchmark::State& state) {
  const Loaded& l = loaded();
  const std::string name = state.range(0) == 1   ? person_label(0)
                           : state.range(0) == 2 ? "Surname" + std::to_string(kPersons / 2)
                                                 : person_label(kPersons / 2);
  std::size_t rows = 0;
  for (auto _ : state) {
    const Vertex v = query::resolve_or_throw(l.q, name);
    const query::Table t = query::met(l.q, v, {});
    rows = t.size();
    benchmark::DoNotOptimize(rows);
  }
  state.counters["rows"] = static_cast<double>(rows);
  state.SetLabel(state.range(0) == 1 ? "hub" : state.range(0) == 2 ? "surname" : "typical");
}
BENCHMARK(BM_Met)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

void BM_MetViaEvents(benchmark::State& state) {
  const Loaded& l = loaded();
  query::MeetingOptions o;
  o.via_events = true;
  const Vertex v = query::resolve_or_throw(l.q, person_label(kPersons / 2));
  for (auto _ : state) benchmark::DoNotOptimize(query::met(l.q, v, o).size());
}
BENCHMARK(BM_MetViaEvents)->Unit(benchmark::kMillisecond);

void BM_UnknownNameSuggestions(benchmark::State& state) {
  const Loaded& l = loaded();
  for (auto _ : state) {
    const auto r = query::resolve_name(l.q, "Anna Surnam12");
    benchmark::DoNotOptimize(r.suggestions.size());
  }
}
BENCHMARK(BM_UnknownNameSuggestions)->Unit(benchmark::kMillisecond);

void BM_Timeline(benchmark::State& state) {
  const Loaded& l = loaded();
  const Vertex v = query::resolve_or_throw(l.q, person_label(kPersons / 2));
  for (auto _ : state) benchmark::DoNotOptimize(query::timeline(l.q, v, {}).size());
}
BENCHMARK(BM_Timeline)->Unit(benchmark::kMillisecond);

void BM_Path(benchmark::State& state) {
  const Loaded& l = loaded();
  const Vertex a = query::resolve_or_throw(l.q, person_label(kPersons - 1));
  const Vertex b = query::resolve_or_throw(l.q, person_label(kPersons - 2));
  for (auto _ : state) benchmark::DoNotOptimize(query::shortest_path(l.q, a, b, {}).size());
}
BENCHMARK(BM_Path)->Unit(benchmark::kMillisecond);

void BM_WhoMetWhom(benchmark::State& state) {
  const Loaded& l = loaded();
  for (auto _ : state) benchmark::DoNotOptimize(query::who_met_whom(l.q, {}).size());
}
BENCHMARK(BM_WhoMetWhom)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

void BM_TopByDegree(benchmark::State& state) {
  const Loaded& l = loaded();
  for (auto _ : state) benchmark::DoNotOptimize(query::top(l.q, query::Centrality::kDegree, 20, {}).size());
}
BENCHMARK(BM_TopByDegree)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

void BM_TopByPageRank(benchmark::State& state) {
  const Loaded& l = loaded();
  for (auto _ : state) benchmark::DoNotOptimize(query::top(l.q, query::Centrality::kPageRank, 20, {}).size());
}
BENCHMARK(BM_TopByPageRank)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

}  // namespace
}  // namespace evkg::bench

BENCHMARK_MAIN();
