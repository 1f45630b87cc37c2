#include "query/name_index.hpp"

#include <algorithm>
#include <array>

#include "core/fold.hpp"
#include "core/slug.hpp"

namespace evkg::query {

namespace {

// Countries whose naming custom puts the family name first (as the extractor's lexicon assumes).
bool family_name_first(std::string_view country) {
  static constexpr std::array<std::string_view, 7> kCountries = {"china",  "north korea", "south korea", "korea",
                                                                 "taiwan", "hong kong",   "mongolia"};
  const std::string k = name_key(country);
  return std::find(kCountries.begin(), kCountries.end(), k) != kCountries.end();
}

std::vector<std::string_view> words_of(std::string_view key) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < key.size()) {
    const auto sp = key.find(' ', i);
    const auto end = sp == std::string_view::npos ? key.size() : sp;
    if (end > i) words.push_back(key.substr(i, end - i));
    i = end + 1;
  }
  return words;
}

bool generational_suffix(std::string_view w) {
  return w == "jr" || w == "sr" || (!w.empty() && w.find_first_not_of("ivx") == std::string_view::npos);
}

// A person's name without its first word(s): every trailing run of words shorter than the name
// ("der leyen", "leyen"), generational suffixes ("Jr", "III") set aside; and the first word when
// the family name comes first.
void add_name_parts(const std::string& name, bool family_first, std::vector<std::string>& out) {
  const std::string key = lookup_key(name);
  auto words = words_of(key);
  if (words.size() < 2) return;
  if (family_first) out.emplace_back(words.front());
  if (generational_suffix(words.back())) words.pop_back();
  const auto end = static_cast<std::size_t>(words.back().data() + words.back().size() - key.data());
  for (std::size_t i = 1; i < words.size(); ++i) {
    const auto begin = static_cast<std::size_t>(words[i].data() - key.data());
    out.push_back(key.substr(begin, end - begin));
  }
}

}  // namespace

std::string lookup_key(std::string_view name) {
  std::string k = name_key(name);
  std::string out;
  out.reserve(k.size());
  for (const char c : k) {
    const char d = c == '-' ? ' ' : c;
    if (d == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(d);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  for (const std::string_view possessive : {"'s", "'"}) {
    if (out.size() > possessive.size() + 1 && out.ends_with(possessive)) {
      out.erase(out.size() - possessive.size());
      break;
    }
  }
  return out;
}

std::vector<std::string> name_keys(const NodeProps& n, NameTier tier) {
  std::vector<std::string> keys;
  if (tier == NameTier::kExact) {
    keys.push_back(lookup_key(n.label));
    for (const auto& a : n.aliases) keys.push_back(lookup_key(a));
    const auto colon = n.id.find(':');
    keys.push_back(
        lookup_key(colon == std::string::npos ? std::string_view(n.id) : std::string_view(n.id).substr(colon + 1)));
  } else if (n.type == node_type::kPerson) {
    const bool family_first = !n.country.empty() && family_name_first(n.country);
    add_name_parts(n.label, family_first, keys);
    for (const auto& a : n.aliases) add_name_parts(a, family_first, keys);
  } else if (!n.location.empty()) {
    keys.push_back(lookup_key(n.location));
  }
  std::erase(keys, std::string());
  return keys;
}

NameIndex::NameIndex(const Graph& g) : g_(&g) {
  const auto n = boost::num_vertices(g);
  exact_.reserve(n * 3);
  partial_.reserve(n * 2);
  for (Vertex v = 0; v < n; ++v) {
    for (const auto tier : {NameTier::kExact, NameTier::kPartial}) {
      auto& entries = tier == NameTier::kExact ? exact_ : partial_;
      for (const auto& k : name_keys(g[v], tier)) entries.push_back({stable_hash(k), v});
    }
  }
  for (auto* entries : {&exact_, &partial_}) {
    std::sort(entries->begin(), entries->end());
    entries->erase(std::unique(entries->begin(), entries->end()), entries->end());
  }
}

std::vector<Vertex> NameIndex::find(const std::string& key, NameTier tier) const {
  std::vector<Vertex> out;
  if (key.empty()) return out;
  const auto& entries = this->entries(tier);
  const std::uint64_t h = stable_hash(key);
  auto it = std::lower_bound(entries.begin(), entries.end(), Entry{h, 0});
  for (; it != entries.end() && it->hash == h; ++it) {
    // a 64-bit hash may collide: keep the vertex only when one of its names has the key
    const auto keys = name_keys((*g_)[it->vertex], tier);
    if (std::find(keys.begin(), keys.end(), key) != keys.end()) out.push_back(it->vertex);
  }
  return out;  // sorted: entries of one hash are ordered by vertex
}

void NameIndex::for_each_key(const std::function<void(const std::string&, Vertex)>& f) const {
  const auto n = boost::num_vertices(*g_);
  for (Vertex v = 0; v < n; ++v) {
    for (const auto tier : {NameTier::kExact, NameTier::kPartial}) {
      for (const auto& k : name_keys((*g_)[v], tier)) f(k, v);
    }
  }
}

}  // namespace evkg::query
