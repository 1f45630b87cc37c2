#include "export/list_text.hpp"

namespace evkg {

std::vector<std::string> split_list(std::string_view s) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  for (;;) {
    const auto at = s.find(kListSeparator);
    out.emplace_back(s.substr(0, at));
    if (at == std::string_view::npos) break;
    s.remove_prefix(at + kListSeparator.size());
  }
  return out;
}

}  // namespace evkg
