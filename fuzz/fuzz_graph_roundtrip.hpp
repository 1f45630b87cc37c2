// Graph readers under fuzzing: whatever a reader accepts, its writer must write and the reader
// read back, and writing again must give the same bytes (a fixed point after one round).
#pragma once
#include <string>

#include "core/error.hpp"
#include "core/sink.hpp"
#include "fuzz/fuzz_support.hpp"
#include "graph/event_graph.hpp"

namespace evkg::fuzz {

template <typename Read, typename Write>
void fuzz_graph_reader(std::string_view bytes, const Read& read, const Write& write) {
  EventGraph g;
  try {
    g = read(bytes, std::string("fuzz"));
  } catch (const Error&) {
    return;  // rejected with a message: fine
  }
  StringSink first;
  write(g, first);
  EventGraph again;
  try {
    again = read(first.out, std::string("rewritten"));
  } catch (const Error& e) {
    std::fprintf(stderr, "%s\n", e.what());
    violated("the reader rejects what the writer wrote for a graph it had accepted");
  }
  require(again.num_nodes() == g.num_nodes(), "node count changed in a write/read round trip");
  require(again.num_edges() == g.num_edges(), "edge count changed in a write/read round trip");
  StringSink second;
  write(again, second);
  require(second.out == first.out, "write(read(write(g))) differs from write(g)");
}

}  // namespace evkg::fuzz
