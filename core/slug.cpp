#include "core/slug.hpp"

#include <cstdio>

#include "core/fold.hpp"

namespace evkg {

unsigned long long stable_hash(std::string_view s) {
  unsigned long long h = 1469598103934665603ULL;
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

std::string slug(std::string_view text) {
  const std::string key = name_key(text);
  std::string out;
  out.reserve(key.size());
  bool dash = false;
  for (const char c : key) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash && !out.empty()) out.push_back('-');
      dash = false;
      out.push_back(c);
    } else if (c == ' ' || c == '-') {
      dash = true;
    }
    // apostrophes and non-ASCII letters are dropped
  }
  if (out.empty()) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "x%016llx", stable_hash(text));
    out = buf;
  }
  return out;
}

std::string make_id(std::string_view type, std::string_view name) {
  std::string id(type);
  id.push_back(':');
  id += slug(name);
  return id;
}

}  // namespace evkg
