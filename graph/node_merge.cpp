// Merge rules for node and edge attributes. Every rule is commutative and associative, so that a
// graph built in one run equals one merged from shards in any order.
//
// Lists are merged in two steps: append_* appends (linear in what is added) and normalise_* sorts
// and deduplicates once. EventGraph appends on every merge and normalises each merged vertex or edge
// once before the graph is read, so a list that grows by one entry per document costs O(n log n)
// in all instead of a copy of the whole list per document.
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

// Sorts and deduplicates; a list that already is (the usual case when reading a file) is only scanned.
void sort_unique(std::vector<std::string>& v) {
  if (std::adjacent_find(v.begin(), v.end(), [](const std::string& a, const std::string& b) { return !(a < b); }) ==
      v.end()) {
    return;
  }
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// Before appending n entries would grow the list's storage, the duplicates appended so far are
// dropped: a list holds at most about twice its distinct entries (a node named by the same
// documents again and again does not keep every copy until the end), at O(n log n) overall.
void make_room(std::vector<std::string>& into, std::size_t n) {
  if (into.size() + n > into.capacity()) sort_unique(into);
}

void append(std::vector<std::string>& into, const std::vector<std::string>& from) {
  make_room(into, from.size());
  into.insert(into.end(), from.begin(), from.end());
}

}  // namespace

void append_node_into(NodeProps& into, const NodeProps& from) {
  if (into.label != from.label && !from.label.empty() && !into.label.empty()) {
    // The losing label stays findable as an alias.
    std::string winner = into.label;
    pick(winner, from.label);
    into.aliases.push_back(winner == into.label ? from.label : into.label);
    into.label = std::move(winner);
  } else {
    pick(into.label, from.label);
  }
  append(into.aliases, from.aliases);
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
  append(into.sources, from.sources);
}

void normalise_node(NodeProps& n) {
  sort_unique(n.aliases);
  if (!n.label.empty()) {
    const auto it = std::lower_bound(n.aliases.begin(), n.aliases.end(), n.label);
    if (it != n.aliases.end() && *it == n.label) n.aliases.erase(it);
  }
  sort_unique(n.sources);
}

void append_edge_into(EdgeProps& into, const EdgeProps& from) {
  // The evidence is the sentence of the smallest provenance entry: order-independent. Between
  // normalisations, into.provenance.front() is its smallest entry.
  const auto from_min = std::min_element(from.provenance.begin(), from.provenance.end());
  const bool from_first = into.evidence.empty() ||
                          (!from.evidence.empty() && from_min != from.provenance.end() &&
                           (into.provenance.empty() || *from_min < into.provenance.front()));
  if (from_first && !from.evidence.empty()) into.evidence = from.evidence;
  append(into.sources, from.sources);
  if (into.provenance.empty() && from.provenance.empty()) into.weight += from.weight;
  if (from_min != from.provenance.end()) {
    const bool new_min = into.provenance.empty() || *from_min < into.provenance.front();
    make_room(into.provenance, from.provenance.size());  // sorting keeps the smallest in front
    const auto at = into.provenance.size() + static_cast<std::size_t>(from_min - from.provenance.begin());
    into.provenance.insert(into.provenance.end(), from.provenance.begin(), from.provenance.end());
    if (new_min) std::swap(into.provenance.front(), into.provenance[at]);
  }
  pick(into.place, from.place);
  pick(into.event, from.event);
  into.confidence = std::max(into.confidence, from.confidence);
}

void normalise_edge(EdgeProps& e) {
  sort_unique(e.sources);
  sort_unique(e.provenance);
  // the weight is the number of distinct sentences; without provenance, the weights added up
  if (!e.provenance.empty()) e.weight = static_cast<double>(e.provenance.size());
}

void merge_node_into(NodeProps& into, const NodeProps& from) {
  append_node_into(into, from);
  normalise_node(into);
}

void merge_edge_into(EdgeProps& into, const EdgeProps& from) {
  append_edge_into(into, from);
  normalise_edge(into);
}

}  // namespace evkg
