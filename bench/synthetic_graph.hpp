// Synthetic graphs of a given number of edges for the export benchmarks: people and countries
// (one node per ten edges), edges with every attribute set (relation, date, place, status,
// confidence, one to three provenance entries, an evidence sentence of about 150 bytes).
// Deterministic; made once per size and kept.
#pragma once
#include <cstddef>

#include "graph/event_graph.hpp"

namespace evkg::bench {

const EventGraph& synthetic_graph(std::size_t edges);

}  // namespace evkg::bench
