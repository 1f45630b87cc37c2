// What extraction hands to the graph: the entities a document mentions and the assertions it makes.
// This is also the record of the map step (`evkg extract`), one DocumentResult per document.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "graph/model.hpp"

namespace evkg {

struct Assertion {
  std::string relation;  // met, attended, chaired, pledged, rejected, called, accused, ...
  std::string subject;   // node id
  std::string target;    // node id
  std::string object;    // what was pledged or rejected ("" for other relations)
  std::string date;      // ISO date of what is described ("" when unknown)
  std::string place;     // place label ("" when unknown)
  std::string event;     // id of the event it happened at ("" when none)
  std::string status = edge_status::kReported;
  double confidence = 0;
  std::string doc_id;
  std::uint32_t begin = 0;  // byte span of the evidence sentence in the document text
  std::uint32_t end = 0;
  std::string evidence;     // the sentence
};

struct DocumentResult {
  std::string doc_id;
  std::string doc_date;              // ISO, "" when unknown
  std::vector<NodeProps> entities;   // every node the assertions refer to (and other mentions)
  std::vector<Assertion> assertions;
  std::uint64_t sentences = 0;       // statistics for the run summary
  std::uint64_t bytes = 0;
};

}  // namespace evkg
