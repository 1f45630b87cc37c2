// Assertions to graph. Documents' results are added in any order (the result does not depend on
// it); finish() resolves what only the whole corpus can:
//  - events: an undated event (or one known only to the month) merges into the dated event of the
//    same place (or, without a place, the same group) nearest its document's date, within a window
//    (60 days before to 21 days after); without a document date, only into a unique candidate;
//  - dates: an edge about an event with no date of its own takes the event's date; an undated
//    edge merges into the one dated edge with the same endpoints, relation, object and status;
//  - people named by surname alone merge into the one full-named person with that surname;
//  - by default only reported edges are kept (and the nodes they leave without any edge and that
//    only such edges created: events and topics).
#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

#include "graph/assertion.hpp"
#include "graph/event_graph.hpp"

namespace evkg {

struct BuildOptions {
  bool include_unconfirmed = false;  // keep planned / denied / hypothetical edges
};

class GraphBuilder {
 public:
  void add(const DocumentResult& r);
  // The graph. On an rvalue (std::move(builder).finish()) the builder's graph is consumed instead
  // of copied: a large corpus needs about half the peak memory.
  EventGraph finish(const BuildOptions& options = {}) const&;
  EventGraph finish(const BuildOptions& options = {}) &&;

  std::size_t documents() const { return documents_; }

 private:
  EventGraph raw_;
  std::map<std::string, std::set<std::string>> event_doc_dates_;  // event id -> distinct document dates
  std::size_t documents_ = 0;
};

// One edge from an assertion.
EdgeProps edge_from_assertion(const Assertion& a);

}  // namespace evkg
