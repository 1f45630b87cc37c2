// UTF-8 validation and repair: the one place where outside bytes become text we trust.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace evkg {

// Decodes one code point at s[i]; returns its length in bytes, or 0 when the bytes at i are not
// valid UTF-8 (overlong forms, surrogates, values above U+10FFFF and truncated sequences included).
std::size_t utf8_decode(std::string_view s, std::size_t i, char32_t& cp);

void utf8_append(std::string& out, char32_t cp);

// Copies s, replacing every invalid sequence by U+FFFD and dropping NUL bytes.
// Returns the number of replacements made (0 means s was valid UTF-8 without NULs).
std::size_t utf8_repair(std::string_view s, std::string& out);

bool utf8_valid(std::string_view s);

// True for code points that XML 1.0 does not allow in a document.
bool xml_forbidden(char32_t cp);

}  // namespace evkg
