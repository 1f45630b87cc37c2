#include "extract/encoding.hpp"

#include <utility>

#include "core/utf8.hpp"

namespace evkg {

namespace {

// UTF-16 after its byte-order mark (little-endian when `le`) as UTF-8.
std::string utf16_to_utf8(std::string_view bytes, bool le) {
  std::string out;
  out.reserve(bytes.size());
  auto unit = [&](std::size_t i) -> char32_t {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    return le ? static_cast<char32_t>(a | (b << 8)) : static_cast<char32_t>((a << 8) | b);
  };
  std::size_t i = 2;
  while (i + 1 < bytes.size()) {
    char32_t u = unit(i);
    i += 2;
    if (u >= 0xD800 && u <= 0xDBFF && i + 1 < bytes.size()) {
      const char32_t lo = unit(i);
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        i += 2;
        u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
      } else {
        u = 0xFFFD;
      }
    } else if (u >= 0xD800 && u <= 0xDFFF) {
      u = 0xFFFD;
    }
    utf8_append(out, u);
  }
  if (i < bytes.size()) utf8_append(out, 0xFFFD);  // an odd byte at the end: half a code unit
  return out;
}

}  // namespace

std::string_view utf8_view(std::string_view bytes, std::string& converted, bool* utf16) {
  const bool le = bytes.starts_with("\xFF\xFE");
  const bool be = bytes.starts_with("\xFE\xFF");
  if (utf16 != nullptr) *utf16 = le || be;
  if (!le && !be) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    return bytes;
  }
  converted = utf16_to_utf8(bytes, le);
  return converted;
}

std::string bytes_to_utf8(std::string_view bytes, bool* utf16) {
  std::string converted;
  bool was_utf16 = false;
  const std::string_view text = utf8_view(bytes, converted, &was_utf16);
  if (utf16 != nullptr) *utf16 = was_utf16;
  return was_utf16 ? std::move(converted) : std::string(text);
}

}  // namespace evkg
