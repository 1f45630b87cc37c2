// Merge rules for node and edge attributes. Every rule is commutative and associative, so that a
// graph built in one run equals one merged from shards in any order.
#include <algorithm>

#include "graph/event_graph.hpp"

namespace evkg {

bool insert_sorted(std::vector<std::string>& v, const std::string& x) {
  const auto it = std::lower_bound(v.begin(), v.end(), x);
  if (it != v.end() && *it == x) return false;
  v.insert(it, x);
  return true;
}

void merge_sorted(std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (b.empty()) return;
  if (a.empty()) {
    a = b;
    return;
  }
  std::vector<std::string> out;
  out.reserve(a.size() + b.size());
  std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  a.swap(out);
}

namespace {

// Of two values for one attribute, the one kept: the non-empty one; of two non-empty ones, the
// longer, then the lexicographically smaller. Deterministic whatever the order of arrival.
void pick(std::string& into, const std::string& from) {
  if (from.empty() || into == from) return;
  if (into.empty() || from.size() > into.size() || (from.size() == into.size() && from < into)) into = from;
}

}  // namespace

void merge_node_into(NodeProps& into, const NodeProps& from) {
  if (into.label != from.label && !from.label.empty() && !into.label.empty()) {
    // The losing label stays findable as an alias.
    std::string winner = into.label;
    pick(winner, from.label);
    insert_sorted(into.aliases, winner == into.label ? from.label : into.label);
    into.label = winner;
  } else {
    pick(into.label, from.label);
  }
  merge_sorted(into.aliases, from.aliases);
  if (!into.label.empty()) {
    const auto it = std::lower_bound(into.aliases.begin(), into.aliases.end(), into.label);
    if (it != into.aliases.end() && *it == into.label) into.aliases.erase(it);
  }
  pick(into.type, from.type);
  if (into.type == "summit") {
    // an event is a summit if anyone calls it one: kinds by rank, not by length
    auto rank = [](const std::string& k) {
      static const char* kOrder[] = {"summit", "conference", "talks", "meeting", "call", "visit", "ceremony"};
      for (int i = 0; i < 7; ++i) {
        if (k == kOrder[i]) return i;
      }
      return k.empty() ? 99 : 8;
    };
    if (rank(from.role) < rank(into.role) || (rank(from.role) == rank(into.role) && from.role < into.role)) {
      into.role = from.role;
    }
  } else {
    pick(into.role, from.role);
  }
  pick(into.country, from.country);
  pick(into.affiliation, from.affiliation);
  pick(into.date, from.date);
  pick(into.location, from.location);
  into.mentions += from.mentions;
  merge_sorted(into.sources, from.sources);
}

void merge_edge_into(EdgeProps& into, const EdgeProps& from) {
  // The evidence is the sentence of the smallest provenance entry: order-independent.
  const bool from_first = into.evidence.empty() ||
                          (!from.evidence.empty() && !from.provenance.empty() &&
                           (into.provenance.empty() || from.provenance.front() < into.provenance.front()));
  if (from_first && !from.evidence.empty()) into.evidence = from.evidence;
  merge_sorted(into.sources, from.sources);
  merge_sorted(into.provenance, from.provenance);
  pick(into.place, from.place);
  pick(into.event, from.event);
  into.confidence = std::max(into.confidence, from.confidence);
  into.weight = into.provenance.empty() ? into.weight + from.weight
                                        : static_cast<double>(into.provenance.size());
}

}  // namespace evkg
