// Node-link JSON reader for the files write_json produces.
#pragma once
#include <string>
#include <string_view>

#include "graph/event_graph.hpp"

namespace evkg {
// `name` is used in error messages ("name:line:column: problem"); throws evkg::Error.
EventGraph read_json_graph(std::string_view bytes, const std::string& name);
}
