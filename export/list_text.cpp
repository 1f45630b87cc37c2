#include "export/list_text.hpp"

namespace evkg {

std::vector<std::string> split_list(std::string_view s) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  // counted first: one allocation for the vector, however long the list
  std::size_t n = 1;
  for (auto at = s.find(kListSeparator); at != std::string_view::npos; at = s.find(kListSeparator, at + 1)) ++n;
  out.reserve(n);
  for (;;) {
    const auto at = s.find(kListSeparator);
    out.emplace_back(s.substr(0, at));
    if (at == std::string_view::npos) break;
    s.remove_prefix(at + kListSeparator.size());
  }
  return out;
}

}  // namespace evkg
