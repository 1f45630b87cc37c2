#include "bench/synthetic_graph.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <string>

namespace evkg::bench {
namespace {

class Rng {
 public:
  std::uint64_t next() {
    s_ ^= s_ << 13;
    s_ ^= s_ >> 7;
    s_ ^= s_ << 17;
    return s_;
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

 private:
  std::uint64_t s_ = 0x9E3779B97F4A7C15ULL;
};

constexpr const char* kWords[] = {"leaders", "met", "in", "the", "capital", "on", "Monday", "to", "discuss",
                                  "trade", "security", "and", "a", "new", "agreement", "officials", "said",
                                  "after", "talks", "that", "lasted", "three", "hours"};
constexpr const char* kRelations[] = {"met", "attended", "chaired", "called", "pledged", "rejected"};
constexpr const char* kStatus[] = {"reported", "reported", "reported", "planned", "denied"};

std::unique_ptr<EventGraph> make(std::size_t edges) {
  auto g = std::make_unique<EventGraph>();
  Rng rng;
  const std::size_t nodes = std::max<std::size_t>(2, edges / 10);
  for (std::size_t i = 0; i < nodes; ++i) {
    NodeProps n;
    const bool person = i % 8 != 0;
    n.id = (person ? "person:p-" : "country:c-") + std::to_string(i);
    n.label = (person ? "Person " : "Country ") + std::to_string(i);
    n.type = person ? "person" : "country";
    n.aliases = {"Alias " + std::to_string(i)};
    if (person) n.role = "President";
    n.mentions = 1 + rng.below(50);
    n.sources = {"doc-" + std::to_string(rng.below(edges + 1))};
    g->add_node(n);
  }
  for (std::size_t e = 0; e < edges; ++e) {
    const std::size_t s = rng.below(nodes);
    std::size_t t = rng.below(nodes);
    if (t == s) t = (t + 1) % nodes;
    EdgeProps p;
    p.relation = kRelations[rng.below(std::size(kRelations))];
    // The edge number in the date's place keeps every edge distinct.
    p.date = "20" + std::to_string(10 + rng.below(15)) + "-0" + std::to_string(1 + rng.below(9)) + "-1" +
             std::to_string(rng.below(10));
    p.object = p.relation == std::string("pledged") ? "aid package " + std::to_string(e) : "";
    p.place = "City " + std::to_string(rng.below(500));
    p.status = kStatus[rng.below(std::size(kStatus))];
    p.confidence = 0.5 + static_cast<double>(rng.below(50)) / 100.0;
    const std::size_t prov = 1 + rng.below(3);
    for (std::size_t k = 0; k < prov; ++k) {
      const std::string doc = "doc-" + std::to_string(rng.below(edges + 1));
      p.sources.push_back(doc);
      p.provenance.push_back(doc + "@" + std::to_string(rng.below(5000)) + "-" + std::to_string(5000 + rng.below(5000)));
    }
    for (std::size_t w = 0; p.evidence.size() < 150; ++w) {
      if (w > 0) p.evidence += ' ';
      p.evidence += kWords[rng.below(std::size(kWords))];
    }
    p.evidence += " (" + std::to_string(e) + ").";
    g->add_edge(g->graph()[s].id, g->graph()[t].id, p);
  }
  return g;
}

}  // namespace

const EventGraph& synthetic_graph(std::size_t edges) {
  static std::map<std::size_t, std::unique_ptr<EventGraph>> cache;
  auto& g = cache[edges];
  if (!g) g = make(edges);
  return *g;
}

}  // namespace evkg::bench
