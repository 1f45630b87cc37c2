// The graph model: bundled node and edge properties held in one Boost.Graph adjacency_list.
// List-valued attributes are kept sorted and unique so that merging is order-independent.
#pragma once
#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace evkg {

// Node types used by the extractor; the model accepts any other string as well.
namespace node_type {
inline constexpr const char* kPerson = "person";
inline constexpr const char* kCountry = "country";
inline constexpr const char* kOrganization = "organization";
inline constexpr const char* kSummit = "summit";
inline constexpr const char* kTopic = "topic";
}  // namespace node_type

// Edge status values; only kReported edges are claims that something happened.
namespace edge_status {
inline constexpr const char* kReported = "reported";
inline constexpr const char* kPlanned = "planned";
inline constexpr const char* kDenied = "denied";
inline constexpr const char* kHypothetical = "hypothetical";
}  // namespace edge_status

struct NodeProps {
  std::string id;     // NMTOKEN slug: "person:emmanuel-macron", "country:fra", "summit:paris-2025-09-04"
  std::string label;  // canonical human name
  std::string type;   // person | country | organization | summit | topic | ...
  std::vector<std::string> aliases;  // other names seen or known, sorted, unique
  std::string country;      // persons: the country they serve (label, e.g. "France")
  std::string affiliation;  // persons: organisation (label, e.g. "NATO")
  std::string role;         // persons: title ("President"); events: kind ("summit", "call")
  std::string date;         // events: ISO date of the event
  std::string location;     // events: place label
  std::uint64_t mentions = 0;
  std::vector<std::string> sources;  // document ids, sorted, unique
};

struct EdgeProps {
  std::string relation;  // met | attended | chaired | pledged | rejected | called | ...
  std::string date;      // ISO date of what the edge describes, "" when unknown
  std::string place;     // where it happened, "" when unknown
  std::string event;     // id of the event node it happened at (a summit), "" when none
  std::string object;    // what was pledged or rejected, free text
  std::string status = edge_status::kReported;
  double weight = 0;                    // number of distinct sentences asserting it
  double confidence = 0;                // in [0, 1], the best over its sentences
  std::vector<std::string> sources;     // document ids, sorted, unique
  std::string evidence;                 // one sentence that states it
  std::vector<std::string> provenance;  // "doc@begin-end" byte spans of the sentences, sorted, unique
};

struct GraphProps {
  std::string name = "evkg";
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeProps,
                                    EdgeProps, GraphProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

// Inserts x into a sorted unique vector; returns true when it was new.
bool insert_sorted(std::vector<std::string>& v, const std::string& x);
// Merges the sorted unique range b into a.
void merge_sorted(std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace evkg
