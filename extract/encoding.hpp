// Input bytes to UTF-8: byte-order marks (UTF-8, UTF-16 LE/BE) are honoured and dropped.
#pragma once
#include <string>
#include <string_view>

namespace evkg {

// Returns the bytes as UTF-8 (UTF-16 with a BOM is converted; unpaired surrogates become U+FFFD).
// Invalid UTF-8 is NOT repaired here (utf8_repair does that). `utf16` tells whether it converted.
std::string bytes_to_utf8(std::string_view bytes, bool* utf16 = nullptr);

// The same without a copy when no conversion is needed: a view of `bytes` after any UTF-8 BOM, or
// of `converted`, which holds the UTF-16 input converted. The view lives as long as both.
std::string_view utf8_view(std::string_view bytes, std::string& converted, bool* utf16 = nullptr);

}  // namespace evkg
