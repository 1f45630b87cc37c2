#include "core/fold.hpp"

#include <vector>

#include "core/utf8.hpp"

namespace evkg {
namespace {

// Latin-1 Supplement U+00C0..U+00FF, lower-cased and without accents ("" = keep as is).
constexpr const char* kLatin1[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};

// Latin Extended-A U+0100..U+017F as runs: each entry covers `count` code points.
struct Run {
  char32_t first;
  char32_t last;
  const char* ascii;
};
constexpr Run kLatinA[] = {
    {0x100, 0x105, "a"}, {0x106, 0x10D, "c"}, {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"},
    {0x11C, 0x123, "g"}, {0x124, 0x127, "h"}, {0x128, 0x131, "i"}, {0x132, 0x133, "ij"},
    {0x134, 0x135, "j"}, {0x136, 0x138, "k"}, {0x139, 0x142, "l"}, {0x143, 0x14B, "n"},
    {0x14C, 0x151, "o"}, {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15A, 0x161, "s"},
    {0x162, 0x167, "t"}, {0x168, 0x173, "u"}, {0x174, 0x175, "w"}, {0x176, 0x178, "y"},
    {0x179, 0x17E, "z"}, {0x17F, 0x17F, "s"}, {0x1A0, 0x1A1, "o"}, {0x1AF, 0x1B0, "u"},
    {0x1CD, 0x1CE, "a"}, {0x1CF, 0x1D0, "i"}, {0x1D1, 0x1D2, "o"}, {0x1D3, 0x1DC, "u"},
    {0x218, 0x219, "s"}, {0x21A, 0x21B, "t"}};

// Latin Extended Additional U+1E00..U+1EFF (Vietnamese, Welsh, transliterations: "Trần Thanh Mẫn",
// "Nguyễn", "Ṣāliḥ"), as runs.
constexpr Run kLatinAdditional[] = {
    {0x1E00, 0x1E01, "a"}, {0x1E02, 0x1E07, "b"}, {0x1E08, 0x1E09, "c"}, {0x1E0A, 0x1E13, "d"},
    {0x1E14, 0x1E1D, "e"}, {0x1E1E, 0x1E1F, "f"}, {0x1E20, 0x1E21, "g"}, {0x1E22, 0x1E2B, "h"},
    {0x1E2C, 0x1E2F, "i"}, {0x1E30, 0x1E35, "k"}, {0x1E36, 0x1E3D, "l"}, {0x1E3E, 0x1E43, "m"},
    {0x1E44, 0x1E4B, "n"}, {0x1E4C, 0x1E53, "o"}, {0x1E54, 0x1E57, "p"}, {0x1E58, 0x1E5F, "r"},
    {0x1E60, 0x1E69, "s"}, {0x1E6A, 0x1E71, "t"}, {0x1E72, 0x1E7B, "u"}, {0x1E7C, 0x1E7F, "v"},
    {0x1E80, 0x1E89, "w"}, {0x1E8A, 0x1E8D, "x"}, {0x1E8E, 0x1E8F, "y"}, {0x1E90, 0x1E95, "z"},
    {0x1E96, 0x1E96, "h"}, {0x1E97, 0x1E97, "t"}, {0x1E98, 0x1E98, "w"}, {0x1E99, 0x1E99, "y"},
    {0x1E9A, 0x1E9A, "a"}, {0x1E9B, 0x1E9D, "s"}, {0x1E9E, 0x1E9E, "ss"}, {0x1E9F, 0x1E9F, "d"},
    {0x1EA0, 0x1EB7, "a"}, {0x1EB8, 0x1EC7, "e"}, {0x1EC8, 0x1ECB, "i"}, {0x1ECC, 0x1EE3, "o"},
    {0x1EE4, 0x1EF1, "u"}, {0x1EF2, 0x1EF9, "y"}, {0x1EFA, 0x1EFB, "ll"}, {0x1EFC, 0x1EFD, "v"},
    {0x1EFE, 0x1EFF, "y"}};

}  // namespace

void fold_codepoint(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    char c = static_cast<char>(cp);
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out.push_back(c);
    return;
  }
  if (cp >= 0xC0 && cp <= 0xFF) {
    const char* a = kLatin1[cp - 0xC0];
    if (*a != '\0') {
      out += a;
      return;
    }
    utf8_append(out, cp);
    return;
  }
  for (const auto& r : kLatinA) {
    if (cp >= r.first && cp <= r.last) {
      out += r.ascii;
      return;
    }
  }
  if (cp >= 0x1E00 && cp <= 0x1EFF) {
    for (const auto& r : kLatinAdditional) {
      if (cp >= r.first && cp <= r.last) {
        out += r.ascii;
        return;
      }
    }
  }
  // combining accents (text in decomposed form: "e" and U+0301) fold away with the accent
  if (cp >= 0x300 && cp <= 0x36F) return;
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: case 0x0060:
    case 0x00B4:
      out.push_back('\'');
      return;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      out.push_back('"');
      return;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      out.push_back('-');
      return;
    case 0x00A0: case 0x2002: case 0x2003: case 0x2004: case 0x2005: case 0x2006: case 0x2007:
    case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F: case 0x3000:
      out.push_back(' ');
      return;
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x00AD:
      return;
    case 0x2026:
      out += "...";
      return;
    default:
      break;
  }
  // Greek and Cyrillic capitals to lower case, so that matching ignores case there too.
  if (cp >= 0x391 && cp <= 0x3A9) cp += 0x20;
  else if (cp >= 0x410 && cp <= 0x42F) cp += 0x20;
  else if (cp >= 0x400 && cp <= 0x40F) cp += 0x50;
  utf8_append(out, cp);
}

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      out.push_back(b >= 'A' && b <= 'Z' ? static_cast<char>(b - 'A' + 'a') : static_cast<char>(b));
      ++i;
      continue;
    }
    char32_t cp = 0;
    const auto len = utf8_decode(s, i, cp);
    if (len == 0) {
      ++i;  // invalid byte: dropped from keys (text was repaired before, this is a safety net)
      continue;
    }
    fold_codepoint(cp, out);
    i += len;
  }
  return out;
}

namespace {

// name_key() of an ASCII string, written straight into a string of its size (the key is never
// longer: a space stands for at least one character dropped); false, with `out` unspecified, at the
// first non-ASCII byte. Most names and keys of news are ASCII, and the general path's appends cost
// a capacity check per byte.
bool ascii_name_key(std::string_view s, std::string& out) {
  out.resize(s.size());
  char* const begin = out.data();
  char* o = begin;
  bool space = false;
  for (const char ch : s) {
    const auto u = static_cast<unsigned char>(ch);
    if (u >= 0x80) return false;
    const char c = u >= 'A' && u <= 'Z' ? static_cast<char>(u - 'A' + 'a') : ch;
    if (c == '.') continue;
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || c == '-')) {
      space = o != begin;
      continue;
    }
    if (space) {
      *o++ = ' ';
      space = false;
    }
    *o++ = c;
  }
  out.resize(static_cast<std::size_t>(o - begin));
  return true;
}

}  // namespace

std::string name_key(std::string_view s) {
  std::string out;
  if (ascii_name_key(s, out)) return out;
  // One pass: each folded character goes straight through the key rules.
  out.clear();
  bool space = false;
  auto add = [&](char c) {
    if (c == '.') return;
    const auto u = static_cast<unsigned char>(c);
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || c == '-' || u >= 0x80;
    if (!keep) {
      space = !out.empty();
      return;
    }
    if (space) {
      out.push_back(' ');
      space = false;
    }
    out.push_back(c);
  };
  std::string folded;  // one code point's folded form
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      add(b >= 'A' && b <= 'Z' ? static_cast<char>(b - 'A' + 'a') : static_cast<char>(b));
      ++i;
      continue;
    }
    char32_t cp = 0;
    const auto len = utf8_decode(s, i, cp);
    if (len == 0) {
      ++i;  // invalid byte: dropped, as fold() does
      continue;
    }
    folded.clear();
    fold_codepoint(cp, folded);
    for (const char c : folded) add(c);
    i += len;
  }
  return out;
}

std::string_view arabic_given_name(std::string_view key) {
  const std::size_t sp = key.find(' ');
  if (sp == std::string_view::npos) return {};
  const std::string_view rest = key.substr(sp);
  const bool lineage = rest.find(" bin ") != std::string_view::npos || rest.find(" ibn ") != std::string_view::npos ||
                       rest.find(" bint ") != std::string_view::npos || rest.starts_with(" al ") ||
                       rest.starts_with(" al-");
  return lineage ? key.substr(0, sp) : std::string_view();
}

std::string arabic_name_skeleton(std::string_view key) {
  std::vector<std::string_view> parts;
  for (std::size_t i = 0; i < key.size();) {
    const std::size_t j = key.find_first_of(" -", i);
    const std::size_t end = j == std::string_view::npos ? key.size() : j;
    if (end > i) parts.push_back(key.substr(i, end - i));
    i = end + 1;
  }
  bool arabic = false;
  for (const std::string_view w : parts) {
    arabic = arabic || w == "al" || w == "el" || w == "bin" || w == "ibn" || w == "bint" || w == "abdul" ||
             w == "abdel" || w == "abu";
  }
  if (!arabic) return {};
  std::string out = "#ar";
  int kept = 0;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    const std::string_view w = parts[k];
    if (w == "al" || w == "el" || w == "ul") continue;
    // (a style before the name: "sheikh", "prince")
    if (kept == 0 && (w == "sheikh" || w == "sheikha" || w == "prince" || w == "princess" || w == "emir" ||
                      w == "sayyid" || w == "sultan" || w == "king")) {
      continue;
    }
    out.push_back(' ');
    ++kept;
    if (w == "bin" || w == "ibn") {
      out.push_back('b');
      continue;
    }
    char last = 0;
    for (std::size_t c = 0; c < w.size(); ++c) {
      char ch = w[c];
      if (ch < 'a' || ch > 'z') continue;
      const bool vowel = ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u' || ch == 'y';
      if (vowel) {
        if (c != 0) continue;
        ch = 'a';  // "Omar" and "Umar", "Ibrahim" and "Ebrahim"
      }
      if (ch == 'q') ch = 'k';  // "Qassim", "Kassim"
      if (ch == 'g') ch = 'j';  // "Gamal", "Jamal"
      if (ch != last) out.push_back(ch);
      last = ch;
    }
  }
  return kept >= 3 ? out : std::string();
}

}  // namespace evkg
