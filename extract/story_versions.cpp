#include "extract/story_versions.hpp"

#include <array>

namespace evkg {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// Whether the line opens a version of the story (see the header).
bool version_header(std::string_view line) {
  std::size_t k = 0;
  while (k < line.size() && (line[k] == '-' || line[k] == '=' || line[k] == '*' || line[k] == ' ')) ++k;
  const std::string_view rest = line.substr(k);
  static constexpr std::array<std::string_view, 6> kNamed = {"FIRST VERSION", "SECOND VERSION", "THIRD VERSION",
                                                             "FINAL VERSION", "LATEST VERSION", "ORIGINAL VERSION"};
  std::size_t end = std::string_view::npos;
  for (const std::string_view n : kNamed) {
    if (rest.starts_with(n)) end = n.size();
  }
  for (const std::string_view n : {std::string_view("UPDATE "), std::string_view("VERSION ")}) {
    if (end != std::string_view::npos || !rest.starts_with(n)) continue;
    std::size_t d = n.size();
    while (d < rest.size() && digit(rest[d])) ++d;
    if (d > n.size()) end = d;
  }
  if (end == std::string_view::npos) return false;
  if (end == rest.size()) return true;
  const char c = rest[end];
  return c == ',' || c == ':' || c == '\r' || (c == ' ' && end + 1 < rest.size() && (rest[end + 1] == '-' || rest[end + 1] == '('));
}

}  // namespace

std::size_t last_version_start(std::string_view text) {
  int headers = 0;
  std::size_t last = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t nl = text.find('\n', i);
    if (nl == std::string_view::npos) nl = text.size();
    const char c = text[i];
    // (only lines that may open with a header are looked at)
    if ((c == '-' || c == '=' || c == '*' || c == 'F' || c == 'S' || c == 'T' || c == 'L' || c == 'O' || c == 'U' ||
         c == 'V') &&
        version_header(text.substr(i, nl - i))) {
      ++headers;
      last = i;
    }
    i = nl + 1;
  }
  return headers >= 2 ? last : 0;
}

}  // namespace evkg
