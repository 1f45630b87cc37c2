#include "query/name_resolver.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "query/edit_distance.hpp"

namespace evkg::query {

namespace {

constexpr std::size_t kMaxSuggestions = 5;

std::string trimmed(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

std::vector<Vertex> sorted_by_id(const QueryGraph& q, std::vector<Vertex> vs) {
  std::sort(vs.begin(), vs.end(), [&](Vertex a, Vertex b) { return q.node(a).id < q.node(b).id; });
  return vs;
}

// How far key is from an index key: the edit distance to the whole key, or to one of its words
// (so that a first name alone suggests the full names that have it).
std::size_t distance_to(const std::string& key, const std::string& indexed, std::size_t limit) {
  std::size_t best = edit_distance(key, indexed, limit);
  if (best == 0 || key.find(' ') != std::string::npos) return best;
  std::size_t i = 0;
  while (i < indexed.size()) {
    const auto sp = indexed.find(' ', i);
    const auto end = sp == std::string::npos ? indexed.size() : sp;
    // a word match counts one more than a whole-name match of the same distance
    if (end > i && end - i != indexed.size()) {
      best = std::min(best, edit_distance(key, std::string_view(indexed).substr(i, end - i), limit) + 1);
    }
    i = end + 1;
  }
  return best;
}

// The closest names to key: every key within a distance that grows with its length, best first.
std::vector<Vertex> suggest(const QueryGraph& q, const std::string& key) {
  const std::size_t limit = std::max<std::size_t>(2, key.size() / 3);
  std::map<Vertex, std::size_t> best;
  q.names().for_each_key([&](const std::string& k, Vertex v) {
    const std::size_t d = distance_to(key, k, limit);
    if (d > limit) return;
    const auto it = best.find(v);
    if (it == best.end() || d < it->second) best[v] = d;
  });
  std::vector<std::tuple<std::size_t, std::string, std::string, Vertex>> ranked;
  ranked.reserve(best.size());
  for (const auto& [v, d] : best) ranked.emplace_back(d, q.label(v), q.node(v).id, v);
  std::sort(ranked.begin(), ranked.end());
  std::vector<Vertex> out;
  for (const auto& r : ranked) {
    if (out.size() == kMaxSuggestions) break;
    out.push_back(std::get<3>(r));
  }
  return out;
}

}  // namespace

Resolution resolve_name(const QueryGraph& q, std::string_view name) {
  Resolution r;
  const std::string text = trimmed(name);
  if (text.empty()) return r;
  if (const auto v = q.events().find(text)) {
    r.status = Resolution::Status::kFound;
    r.vertex = *v;
    return r;
  }
  const std::string key = lookup_key(text);
  for (const auto tier : {NameTier::kExact, NameTier::kPartial}) {
    auto found = q.names().find(key, tier);
    if (found.empty()) continue;
    if (found.size() == 1) {
      r.status = Resolution::Status::kFound;
      r.vertex = found.front();
    } else {
      r.status = Resolution::Status::kAmbiguous;
      r.candidates = sorted_by_id(q, std::move(found));
    }
    return r;
  }
  r.suggestions = suggest(q, key);
  return r;
}

std::string describe_candidate(const QueryGraph& q, Vertex v) {
  const NodeProps& n = q.node(v);
  std::string details = n.type.empty() ? "node" : n.type;
  for (const auto* part : {&n.role, &n.country, &n.affiliation, &n.location, &n.date}) {
    if (part->empty() || *part == n.type) continue;
    details += ", ";
    details += *part;
  }
  return n.id + "  " + q.label(v) + " (" + details + ")";
}

Vertex resolve_or_throw(const QueryGraph& q, std::string_view name) {
  const Resolution r = resolve_name(q, name);
  switch (r.status) {
    case Resolution::Status::kFound:
      return r.vertex;
    case Resolution::Status::kAmbiguous: {
      std::vector<std::string> lines;
      for (const Vertex v : r.candidates) lines.push_back(describe_candidate(q, v));
      const std::string what = "ambiguous name: " + std::string(name) + " (" + std::to_string(lines.size()) +
                               " candidates; give one of these ids)";
      throw NameError(what, std::move(lines));
    }
    case Resolution::Status::kUnknown:
      break;
  }
  std::vector<std::string> lines;
  for (const Vertex v : r.suggestions) lines.push_back("did you mean " + describe_candidate(q, v) + "?");
  throw NameError("no such entity: " + std::string(name), std::move(lines));
}

}  // namespace evkg::query
