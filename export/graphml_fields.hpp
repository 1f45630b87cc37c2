// The node and edge attributes GraphML <key>s can map to, by attr.name, and how their text is stored
// into NodeProps / EdgeProps (lists split on "; ", numbers parsed).
#pragma once
#include <string>
#include <string_view>

#include "graph/model.hpp"

namespace evkg {

enum class NodeField { kNone, kLabel, kType, kAliases, kCountry, kAffiliation, kRole, kDate, kLocation, kMentions, kSources };
enum class EdgeField {
  kNone, kRelation, kLabel, kDate, kPlace, kEvent, kObject, kStatus, kWeight, kConfidence, kSources, kEvidence, kProvenance
};

NodeField node_field(std::string_view attr_name);
EdgeField edge_field(std::string_view attr_name);

// Stores `text` into the field; returns false when it is not a valid number for a numeric field.
bool set_node_field(NodeProps& n, NodeField f, std::string_view text);
// kLabel is stored into `label` (it becomes the relation only when no relation is given).
bool set_edge_field(EdgeProps& e, std::string& label, EdgeField f, std::string_view text);

}  // namespace evkg
