// The reduce and output stages: GraphBuilder::add over every document's result and finish(), then
// each exporter (GraphML, DOT, JSON) on the corpus graph, and writing and reading back graph files
// of synthetic graphs up to one million edges (files under the system's temporary directory).
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <filesystem>

#include "bench/bench_corpus.hpp"
#include "bench/synthetic_graph.hpp"
#include "core/sink.hpp"
#include "export/dot_writer.hpp"
#include "export/graph_io.hpp"
#include "export/graphml_writer.hpp"
#include "export/json_writer.hpp"
#include "extract/extractor.hpp"
#include "graph/graph_builder.hpp"

namespace evkg::bench {
namespace {

const std::vector<DocumentResult>& results() {
  static const auto r = [] {
    const Extractor extractor(Lexicon::builtin());
    std::vector<DocumentResult> out;
    for (const auto& d : documents()) out.push_back(extractor.extract(d));
    return out;
  }();
  return r;
}

const GraphBuilder& corpus_builder() {
  static const auto b = [] {
    GraphBuilder out;
    for (const auto& r : results()) out.add(r);
    return out;
  }();
  return b;
}

const EventGraph& corpus_graph() {
  static const EventGraph g = corpus_builder().finish();
  return g;
}

void BM_GraphBuilderAdd(benchmark::State& state) {
  std::size_t assertions = 0;
  for (const auto& r : results()) assertions += r.assertions.size();
  for (auto _ : state) {
    GraphBuilder b;
    for (const auto& r : results()) b.add(r);
    benchmark::DoNotOptimize(b.documents());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * results().size()));
  state.counters["assertions"] = static_cast<double>(assertions);
  state.SetLabel(corpus_name());
}
BENCHMARK(BM_GraphBuilderAdd)->Unit(benchmark::kMillisecond);

void BM_GraphBuilderFinish(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(corpus_builder().finish());
  state.counters["edges"] = static_cast<double>(corpus_graph().num_edges());
}
BENCHMARK(BM_GraphBuilderFinish)->Unit(benchmark::kMillisecond);

using Writer = void (*)(const EventGraph&, Sink&);
constexpr Writer kWriters[] = {write_graphml, write_dot, write_json};
constexpr const char* kExtensions[] = {"graphml", "dot", "json"};

// range(0): 0 GraphML, 1 DOT, 2 JSON; range(1): 0 for the corpus graph, else synthetic edges.
const EventGraph& graph_for(const benchmark::State& state) {
  return state.range(1) == 0 ? corpus_graph() : synthetic_graph(static_cast<std::size_t>(state.range(1)));
}

void BM_Export(benchmark::State& state) {
  const EventGraph& g = graph_for(state);
  std::size_t bytes = 0;
  for (auto _ : state) {
    StringSink sink;
    kWriters[state.range(0)](g, sink);
    bytes = sink.out.size();
    benchmark::DoNotOptimize(sink.out.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.counters["edges"] = static_cast<double>(g.num_edges());
  state.SetLabel(kExtensions[state.range(0)]);
}
BENCHMARK(BM_Export)->ArgsProduct({{0, 1, 2}, {0, 100000}})->Unit(benchmark::kMillisecond);

std::string temp_path(const benchmark::State& state) {
  return (std::filesystem::temp_directory_path() /
          ("evkg-bench-" + std::to_string(state.range(1)) + "." + kExtensions[state.range(0)]))
      .string();
}

// write_graph_file: the exporter, the file, fsync and rename.
void BM_WriteGraphFile(benchmark::State& state) {
  const EventGraph& g = graph_for(state);
  const std::string path = temp_path(state);
  for (auto _ : state) write_graph_file(g, path);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * std::filesystem::file_size(path)));
  state.counters["edges"] = static_cast<double>(g.num_edges());
  state.SetLabel(kExtensions[state.range(0)]);
  if (state.range(0) == 1) std::remove(path.c_str());  // DOT is not read back
}
BENCHMARK(BM_WriteGraphFile)
    ->Args({0, 1000000})->Args({2, 1000000})->Args({1, 1000000})
    ->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

// read_graph_file of the file BM_WriteGraphFile wrote (written here when it is not there).
void BM_ReadGraphFile(benchmark::State& state) {
  const std::string path = temp_path(state);
  if (!std::filesystem::exists(path)) write_graph_file(graph_for(state), path);
  std::size_t edges = 0;
  double free_s = 0;
  for (auto _ : state) {
    // reading only: freeing the graph afterwards is timed apart (free_s)
    const auto t0 = std::chrono::steady_clock::now();
    auto g = std::make_unique<EventGraph>(read_graph_file(path));
    const auto t1 = std::chrono::steady_clock::now();
    edges = g->num_edges();
    g.reset();
    free_s += std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
    state.SetIterationTime(std::chrono::duration<double>(t1 - t0).count());
  }
  state.counters["free_s"] = free_s / static_cast<double>(state.iterations());
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * std::filesystem::file_size(path)));
  state.counters["edges"] = static_cast<double>(edges);
  state.SetLabel(kExtensions[state.range(0)]);
  std::remove(path.c_str());
}
BENCHMARK(BM_ReadGraphFile)->Args({0, 1000000})->Args({2, 1000000})->Iterations(1)->Unit(benchmark::kSecond)->UseManualTime();

}  // namespace
}  // namespace evkg::bench

BENCHMARK_MAIN();
