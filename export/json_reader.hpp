// Node-link JSON reader for the files write_json produces.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "graph/event_graph.hpp"

namespace evkg {
// `name` is used in error messages ("name:line:column: problem"); throws evkg::Error.
EventGraph read_json_graph(std::string_view bytes, const std::string& name);

// The same without a copy, for bytes followed in memory by a NUL byte, with the memory readable to
// the end of the aligned 16-byte block that holds that NUL: RapidJSON's fast string scan reads
// aligned 16-byte blocks up to the terminator. kJsonPadding zero bytes after a copy ensure it; so
// does the rest of the last page of a mapped file whose size is not a whole number of pages.
inline constexpr std::size_t kJsonPadding = 16;
EventGraph read_json_graph_padded(std::string_view bytes_then_padding, const std::string& name);
}
