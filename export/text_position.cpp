#include "export/text_position.hpp"

#include <algorithm>

namespace evkg {

TextPosition text_position(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  TextPosition p;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++p.line;
      line_start = i + 1;
    }
  }
  for (std::size_t i = line_start; i < offset; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++p.column;
  }
  return p;
}

std::string located_message(const std::string& name, std::string_view text, std::size_t offset,
                            std::string_view problem) {
  const auto p = text_position(text, offset);
  std::string out = name;
  out += ':';
  out += std::to_string(p.line);
  out += ':';
  out += std::to_string(p.column);
  out += ": ";
  out += problem;
  return out;
}

}  // namespace evkg
