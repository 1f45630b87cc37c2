// Writing and reading graph files. The format follows the file name's extension:
// .graphml (GraphML 1.0), .dot/.gv (Graphviz DOT, write only), .json (node-link JSON).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "graph/event_graph.hpp"

namespace evkg {

enum class GraphFormat { kGraphML, kDot, kJson };

// nullopt for an unknown extension.
std::optional<GraphFormat> format_from_path(std::string_view path);

// Writes atomically (temporary file + rename). Throws evkg::Error("PATH: problem") on failure.
void write_graph_file(const EventGraph& g, const std::string& path);

// Reads a GraphML or node-link JSON file written by evkg (or a compatible tool).
// Throws evkg::Error("PATH[:line[:column]]: problem") for unreadable or malformed files.
EventGraph read_graph_file(const std::string& path);

}  // namespace evkg
