#include "export/dot_escape.hpp"

#include "core/utf8.hpp"

namespace evkg {

namespace {

void append_hex_escape(std::string& out, unsigned char c) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out += "\\x";
  out += kHex[c >> 4];
  out += kHex[c & 0xF];
}

// C0 and C1 controls and DEL: not shown in labels.
bool control(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }

}  // namespace

void append_dot_id(std::string& out, std::string_view id) {
  out += '"';
  const std::size_t n = id.size();
  std::size_t copied = 0;
  std::size_t i = 0;
  auto flush = [&] { out.append(id.data() + copied, i - copied); };
  while (i < n) {
    const auto c = static_cast<unsigned char>(id[i]);
    if (c >= 0x20 && c < 0x7F && c != '\\' && c != '"') {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      char32_t cp = 0;
      const auto len = utf8_decode(id, i, cp);
      if (len != 0) {
        i += len;
        continue;
      }
    }
    flush();
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '"') {
      out += "\\\"";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      append_hex_escape(out, c);
    }
    ++i;
    copied = i;
  }
  flush();
  out += '"';
}

void append_dot_label_text(std::string& out, std::string_view text, std::size_t max_codepoints) {
  const std::size_t n = text.size();
  std::size_t shown = 0;
  std::size_t i = 0;
  while (i < n) {
    const auto c = static_cast<unsigned char>(text[i]);
    char32_t cp = c;
    std::size_t len = 1;
    if (c >= 0x80) {
      len = utf8_decode(text, i, cp);
      if (len == 0) {
        cp = 0xFFFD;
        len = 1;
      }
    }
    const bool dropped = (control(cp) && cp != '\n') || xml_forbidden(cp);
    if (!dropped) {
      if (max_codepoints != 0 && shown == max_codepoints) {
        out += "\xE2\x80\xA6";  // …
        return;
      }
      ++shown;
      switch (cp) {
        case '\\': out += "\\\\"; break;
        case '"': out += "\\\""; break;
        case '\n': out += "\\n"; break;
        case '&': out += "&amp;"; break;
        case 0xFFFD: out += "\xEF\xBF\xBD"; break;
        default: out.append(text.data() + i, len); break;
      }
    }
    i += len;
  }
}

}  // namespace evkg
