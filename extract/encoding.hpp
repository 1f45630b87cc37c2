// Input bytes to UTF-8: byte-order marks (UTF-8, UTF-16 LE/BE) are honoured and dropped.
#pragma once
#include <string>
#include <string_view>

namespace evkg {

// Returns the bytes as UTF-8 (UTF-16 with a BOM is converted; unpaired surrogates become U+FFFD).
// Invalid UTF-8 is NOT repaired here (utf8_repair does that). `utf16` tells whether it converted.
std::string bytes_to_utf8(std::string_view bytes, bool* utf16 = nullptr);

}  // namespace evkg
