// Graphs for the export tests: a tiny two-node graph, the torture graph (hostile labels: quotes,
// backslashes, markup, emoji, Cyrillic, DOT keywords as ids, control characters, empty and very long
// labels, parallel edges), and a generated graph of a few hundred nodes.
#pragma once
#include <cstddef>
#include <string>

#include "graph/event_graph.hpp"

namespace evkg::test {

EventGraph tiny_graph();
EventGraph torture_graph();
// Ids that are not XML NMTOKENs (empty, spaces, quotes, control characters): fine for DOT and JSON,
// they make GraphML schema-invalid (the schema types ids as NMTOKEN).
EventGraph hostile_id_graph();
EventGraph generated_graph(std::size_t nodes, std::size_t edges);

// The very long label of the torture graph.
std::string long_label();

}  // namespace evkg::test
