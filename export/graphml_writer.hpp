// GraphML 1.0 writer: valid against the GraphML XSD, deterministic bytes (nodes and edges sorted).
#pragma once
#include "core/sink.hpp"
#include "graph/event_graph.hpp"

namespace evkg {
void write_graphml(const EventGraph& g, Sink& out);
}
