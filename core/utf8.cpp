#include "core/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace evkg {

std::size_t utf8_decode(std::string_view s, std::size_t i, char32_t& cp) {
  const auto n = s.size();
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  std::size_t len = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2;
    cp = b0 & 0x1Fu;
    min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3;
    cp = b0 & 0x0Fu;
    min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4;
    cp = b0 & 0x07u;
    min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > n) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

void utf8_append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::size_t utf8_repair(std::string_view s, std::string& out) {
  out.clear();
  out.reserve(s.size());
  std::size_t bad = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    // Fast path: a run of plain ASCII is copied at once.
    std::size_t run = i;
    // eight bytes at a time while none has its high bit set and none is zero
    constexpr std::uint64_t kLow = 0x0101010101010101ULL;
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    while (run + 8 <= s.size()) {
      std::uint64_t w = 0;
      std::memcpy(&w, s.data() + run, 8);
      if (((w | ((w - kLow) & ~w)) & kHigh) != 0) break;
      run += 8;
    }
    while (run < s.size() && static_cast<unsigned char>(s[run]) - 1u < 0x7Fu) ++run;
    if (run > i) {
      out.append(s.data() + i, run - i);
      i = run;
      if (i == s.size()) break;
    }
    const auto b = static_cast<unsigned char>(s[i]);
    if (b == 0) {
      ++bad;
      ++i;
      continue;
    }
    char32_t cp = 0;
    const auto len = utf8_decode(s, i, cp);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++bad;
      ++i;
    } else {
      out.append(s.substr(i, len));
      i += len;
    }
  }
  return bad;
}

bool utf8_valid(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    // ASCII eight bytes at a time (a graph file is mostly ASCII)
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    while (i + 8 <= s.size()) {
      std::uint64_t w = 0;
      std::memcpy(&w, s.data() + i, 8);
      if ((w & kHigh) != 0) break;
      i += 8;
    }
    if (i == s.size()) break;
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    char32_t cp = 0;
    const auto len = utf8_decode(s, i, cp);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

bool xml_forbidden(char32_t cp) {
  if (cp == 0x9 || cp == 0xA || cp == 0xD) return false;
  if (cp < 0x20) return true;
  if (cp >= 0xD800 && cp <= 0xDFFF) return true;
  if (cp == 0xFFFE || cp == 0xFFFF) return true;
  return cp > 0x10FFFF;
}

}  // namespace evkg
