#include "export/number_text.hpp"

#include <charconv>
#include <cmath>
#include <system_error>

namespace evkg {

namespace {

std::string_view trim_xml_space(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

void append_double(std::string& out, double v) {
  if (std::isnan(v)) {
    out += "NaN";
    return;
  }
  if (std::isinf(v)) {
    out += v < 0 ? "-INF" : "INF";
    return;
  }
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

void append_json_double(std::string& out, double v) {
  const auto start = out.size();
  append_double(out, v);
  if (!std::isfinite(v)) return;
  if (out.find_first_of(".eE", start) == std::string::npos) out += ".0";
}

void append_uint(std::string& out, std::uint64_t v) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

bool parse_double(std::string_view s, double& v) {
  s = trim_xml_space(s);
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  if (s.empty()) return false;
  const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

bool parse_uint(std::string_view s, std::uint64_t& v) {
  s = trim_xml_space(s);
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  if (s.empty()) return false;
  const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (r.ec == std::errc() && r.ptr == s.data() + s.size()) return true;
  double d = 0;
  if (!parse_double(s, d) || !(d >= 0) || d >= 18446744073709551616.0 || std::floor(d) != d) return false;
  v = static_cast<std::uint64_t>(d);
  return true;
}

}  // namespace evkg
