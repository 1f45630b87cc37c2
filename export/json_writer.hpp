// Node-link JSON writer (networkx.node_link_graph and D3 read it), written with RapidJSON.
#pragma once
#include "core/sink.hpp"
#include "graph/event_graph.hpp"

namespace evkg {
void write_json(const EventGraph& g, Sink& out);
}
