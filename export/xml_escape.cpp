#include "export/xml_escape.hpp"

#include <cstddef>

#include "core/utf8.hpp"

namespace evkg {

namespace {

// Bytes copied as they are: printable ASCII other than markup (and, in attributes, the quote), and
// in text also TAB and LF. Everything else takes the slow path.
struct PlainBytes {
  bool text[256] = {};
  bool attribute[256] = {};
  constexpr PlainBytes() {
    for (int c = 0x20; c < 0x80; ++c) {
      const bool markup = c == '&' || c == '<' || c == '>';
      text[c] = !markup;
      attribute[c] = !markup && c != '"';
    }
    text[static_cast<unsigned char>('\t')] = true;  // clang: -Wchar-subscripts
    text[static_cast<unsigned char>('\n')] = true;
  }
};
constexpr PlainBytes kPlain;

}  // namespace

void append_xml_escaped(std::string& out, std::string_view s, XmlContext context) {
  const bool attribute = context == XmlContext::kAttribute;
  const bool* plain = attribute ? kPlain.attribute : kPlain.text;
  const std::size_t n = s.size();
  std::size_t copied = 0;  // s[copied, i) is plain text not yet appended
  std::size_t i = 0;
  while (i < n) {
    while (i < n && plain[static_cast<unsigned char>(s[i])]) ++i;
    if (i == n) break;
    const auto c = static_cast<unsigned char>(s[i]);
    std::string_view replacement;
    std::size_t len = 1;
    if (c >= 0x20 && c < 0x80) {
      if (c == '&') {
        replacement = "&amp;";
      } else if (c == '<') {
        replacement = "&lt;";
      } else if (c == '>') {
        replacement = "&gt;";
      } else if (c == '"' && attribute) {
        replacement = "&quot;";
      } else {
        ++i;
        continue;
      }
    } else if (c < 0x20) {
      if (c == '\n' || c == '\t') {
        if (!attribute) {
          ++i;
          continue;
        }
        replacement = c == '\n' ? "&#10;" : "&#9;";
      } else if (c == '\r') {
        replacement = "&#13;";
      }
      // any other C0 control is not allowed in XML 1.0: replacement stays empty, the byte is dropped
    } else {
      char32_t cp = 0;
      len = utf8_decode(s, i, cp);
      if (len == 0) {
        replacement = "\xEF\xBF\xBD";
        len = 1;
      } else if (!xml_forbidden(cp)) {
        i += len;
        continue;
      }
    }
    out.append(s.data() + copied, i - copied);
    out.append(replacement);
    i += len;
    copied = i;
  }
  out.append(s.data() + copied, n - copied);
}

}  // namespace evkg
