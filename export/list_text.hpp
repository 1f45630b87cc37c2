// List-valued attributes (aliases, sources, provenance) in formats that only hold strings (GraphML):
// the items joined with "; ". An item that itself contains "; " is written as it is and reads back as
// several items: evkg's ids and spans never contain it, and names rarely do.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace evkg {

inline constexpr std::string_view kListSeparator = "; ";

// "" -> {}, "a; b" -> {"a", "b"}.
std::vector<std::string> split_list(std::string_view s);

}  // namespace evkg
