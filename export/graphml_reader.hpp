// GraphML reader for the files write_graphml produces and for GraphML from other tools.
#pragma once
#include <string>
#include <string_view>

#include "graph/event_graph.hpp"

namespace evkg {
// `name` is used in error messages ("name:line:column: problem"); throws evkg::Error.
EventGraph read_graphml(std::string_view bytes, const std::string& name);
}
