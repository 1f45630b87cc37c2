// Index from normalised names to vertices, built once when a graph is loaded so that names resolve
// in microseconds. Two tiers, as the extractor resolves names:
//  - exact: label, aliases and the id's slug ("emmanuel-macron", "fra"), keyed by lookup_key();
//  - partial: a person's surname or other trailing words of a name ("Macron", "von der Leyen",
//    "Leyen"), the family name of persons from countries that put it first ("He" of "He Lifeng"),
//    and an event's location ("Paris"). Used only when no exact name matches.
// The index keeps 64-bit hashes of the keys, sorted (a few megabytes for a million names, built
// without an allocation per name); a look-up checks its candidates against their names.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.hpp"

namespace evkg::query {

// name_key() with hyphens made spaces ("Jean-Claude" and "Jean Claude" are one key), and a final
// possessive "'s" dropped.
std::string lookup_key(std::string_view name);

enum class NameTier { kExact, kPartial };

// The keys a node is known by in one tier (possibly repeated).
std::vector<std::string> name_keys(const NodeProps& n, NameTier tier);

class NameIndex {
 public:
  explicit NameIndex(const Graph& g);

  // Vertices with this key (sorted, unique); empty when none.
  std::vector<Vertex> find(const std::string& key, NameTier tier) const;
  std::vector<Vertex> exact(const std::string& key) const { return find(key, NameTier::kExact); }
  std::vector<Vertex> partial(const std::string& key) const { return find(key, NameTier::kPartial); }

  // Calls f(key, vertex) for every key of every vertex in both tiers (for "did you mean").
  void for_each_key(const std::function<void(const std::string&, Vertex)>& f) const;

 private:
  struct Entry {
    std::uint64_t hash;
    Vertex vertex;
    friend bool operator<(const Entry& a, const Entry& b) {
      return a.hash != b.hash ? a.hash < b.hash : a.vertex < b.vertex;
    }
    friend bool operator==(const Entry& a, const Entry& b) = default;
  };
  const std::vector<Entry>& entries(NameTier tier) const { return tier == NameTier::kExact ? exact_ : partial_; }

  const Graph* g_;
  std::vector<Entry> exact_;
  std::vector<Entry> partial_;
};

}  // namespace evkg::query
