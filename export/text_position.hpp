// Line and column of a byte offset, for error messages of the readers ("name:line:column: problem").
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace evkg {

struct TextPosition {
  std::size_t line = 1;    // 1-based
  std::size_t column = 1;  // 1-based, in code points (UTF-8 continuation bytes are not counted)
};

// Offsets past the end are clamped to the end.
TextPosition text_position(std::string_view text, std::size_t offset);

// "name:line:column: problem"
std::string located_message(const std::string& name, std::string_view text, std::size_t offset,
                            std::string_view problem);

}  // namespace evkg
