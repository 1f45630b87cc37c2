// Resolving a name typed by a user to one vertex, the way the extractor resolves names: a node id
// given verbatim, then label and aliases (case, accents, hyphens and a possessive ignored), then a
// surname alone, another trailing part of a person's name or an event's place, when only one node
// has it. Anything else is ambiguous (the candidates are listed) or unknown (the closest names by
// edit distance are suggested).
#pragma once
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "query/query_graph.hpp"

namespace evkg::query {

struct Resolution {
  enum class Status { kFound, kAmbiguous, kUnknown };
  Status status = Status::kUnknown;
  Vertex vertex = 0;                // kFound
  std::vector<Vertex> candidates;   // kAmbiguous: sorted by id
  std::vector<Vertex> suggestions;  // kUnknown: closest names first
};

Resolution resolve_name(const QueryGraph& q, std::string_view name);

// A name that did not resolve; what() is the one-line message ("no such entity: X",
// "ambiguous name: X"), details() the lines that follow it (candidates or suggestions).
class NameError : public std::runtime_error {
 public:
  NameError(const std::string& what, std::vector<std::string> details)
      : std::runtime_error(what), details_(std::move(details)) {}
  const std::vector<std::string>& details() const { return details_; }

 private:
  std::vector<std::string> details_;
};

// resolve_name(), throwing NameError unless exactly one vertex matches.
Vertex resolve_or_throw(const QueryGraph& q, std::string_view name);

// "person:vladimir-putin  Vladimir Putin (person, President, Russia)": one candidate line.
std::string describe_candidate(const QueryGraph& q, Vertex v);

}  // namespace evkg::query
