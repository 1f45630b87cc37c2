// Graphviz DOT writer: every id and label quoted and escaped, shapes and colours by node type,
// edge colours and labels by relation, a small legend.
#pragma once
#include "core/sink.hpp"
#include "graph/event_graph.hpp"

namespace evkg {
void write_dot(const EventGraph& g, Sink& out);
}
