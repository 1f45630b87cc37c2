#include "query/table_output.hpp"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "core/utf8.hpp"

namespace evkg::query {

namespace {

// Terminal columns a string takes: one per code point, none for combining marks.
std::size_t display_width(std::string_view s) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    const std::size_t n = utf8_decode(s, i, cp);
    if (n == 0) {
      ++i;
      ++width;
      continue;
    }
    i += n;
    const bool combining = (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x200B && cp <= 0x200F);
    if (!combining) ++width;
  }
  return width;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string render_table(const Table& t) {
  if (t.empty()) return {};
  std::vector<std::size_t> shown;
  for (std::size_t i = 0; i < t.columns().size(); ++i) {
    if (t.columns()[i].in_table) shown.push_back(i);
  }
  std::vector<std::vector<std::string>> lines;
  lines.reserve(t.rows().size() + 1);
  std::vector<std::string> header;
  header.reserve(shown.size());
  for (const auto i : shown) header.push_back(upper(t.columns()[i].key));
  lines.push_back(std::move(header));
  for (const auto& row : t.rows()) {
    std::vector<std::string> line;
    line.reserve(shown.size());
    for (const auto i : shown) line.push_back(one_line(row[i].text));
    lines.push_back(std::move(line));
  }
  std::vector<std::size_t> width(shown.size(), 0);
  for (const auto& line : lines) {
    for (std::size_t c = 0; c < line.size(); ++c) width[c] = std::max(width[c], display_width(line[c]));
  }
  // columns of numbers are right-aligned, header included
  std::vector<bool> numeric(shown.size());
  for (std::size_t c = 0; c < shown.size(); ++c) numeric[c] = t.rows().front()[shown[c]].number;
  std::string out;
  for (std::size_t l = 0; l < lines.size(); ++l) {
    const auto& line = lines[l];
    std::string text;
    for (std::size_t c = 0; c < line.size(); ++c) {
      const bool right = numeric[c];
      const std::size_t pad = width[c] - display_width(line[c]);
      if (right) text.append(pad, ' ');
      text += line[c];
      if (c + 1 < line.size()) {
        if (!right) text.append(pad, ' ');
        text += "  ";
      }
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text;
    out += '\n';
  }
  return out;
}

std::string render_separated(const Table& t, bool csv) {
  const char* sep = csv ? "," : "\t";
  const char* eol = csv ? "\r\n" : "\n";
  auto field = [&](std::string_view s) { return csv ? csv_field(s) : one_line(s); };
  std::string out;
  for (std::size_t i = 0; i < t.columns().size(); ++i) {
    if (i > 0) out += sep;
    out += field(t.columns()[i].key);
  }
  out += eol;
  for (const auto& row : t.rows()) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += sep;
      out += field(row[i].text);
    }
    out += eol;
  }
  return out;
}

std::string render_json(const Table& t) {
  if (t.empty()) return "[]\n";
  std::vector<std::string> keys;
  for (const auto& c : t.columns()) keys.push_back(json_string(c.key));
  std::string out = "[\n";
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    const auto& row = t.rows()[r];
    out += "  {";
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += ", ";
      out += keys[i];
      out += ": ";
      out += row[i].number ? row[i].text : json_string(row[i].text);
    }
    out += r + 1 < t.rows().size() ? "},\n" : "}\n";
  }
  out += "]\n";
  return out;
}

}  // namespace

std::optional<OutputFormat> parse_output_format(std::string_view name) {
  if (name == "table") return OutputFormat::kTable;
  if (name == "csv") return OutputFormat::kCsv;
  if (name == "tsv") return OutputFormat::kTsv;
  if (name == "json") return OutputFormat::kJson;
  return std::nullopt;
}

std::string render(const Table& t, OutputFormat format) {
  switch (format) {
    case OutputFormat::kTable:
      return render_table(t);
    case OutputFormat::kCsv:
      return render_separated(t, true);
    case OutputFormat::kTsv:
      return render_separated(t, false);
    case OutputFormat::kJson:
      return render_json(t);
  }
  return {};
}

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (u < 0x20 || u == 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", u);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  out += '"';
  return out;
}

std::string one_line(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    const bool space = c == '\t' || c == '\n' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace evkg::query
