#include "export/graphml_fields.hpp"

#include "export/list_text.hpp"
#include "export/number_text.hpp"

namespace evkg {

NodeField node_field(std::string_view a) {
  if (a == "label") return NodeField::kLabel;
  if (a == "type") return NodeField::kType;
  if (a == "aliases") return NodeField::kAliases;
  if (a == "country") return NodeField::kCountry;
  if (a == "affiliation") return NodeField::kAffiliation;
  if (a == "role") return NodeField::kRole;
  if (a == "date") return NodeField::kDate;
  if (a == "location") return NodeField::kLocation;
  if (a == "mentions") return NodeField::kMentions;
  if (a == "sources") return NodeField::kSources;
  return NodeField::kNone;
}

EdgeField edge_field(std::string_view a) {
  if (a == "relation") return EdgeField::kRelation;
  if (a == "label") return EdgeField::kLabel;
  if (a == "date") return EdgeField::kDate;
  if (a == "place") return EdgeField::kPlace;
  if (a == "event") return EdgeField::kEvent;
  if (a == "object") return EdgeField::kObject;
  if (a == "status") return EdgeField::kStatus;
  if (a == "weight") return EdgeField::kWeight;
  if (a == "confidence") return EdgeField::kConfidence;
  if (a == "sources") return EdgeField::kSources;
  if (a == "evidence") return EdgeField::kEvidence;
  if (a == "provenance") return EdgeField::kProvenance;
  return EdgeField::kNone;
}

bool set_node_field(NodeProps& n, NodeField f, std::string_view text) {
  switch (f) {
    case NodeField::kNone: return true;
    case NodeField::kLabel: n.label = text; return true;
    case NodeField::kType: n.type = text; return true;
    case NodeField::kAliases: n.aliases = split_list(text); return true;
    case NodeField::kCountry: n.country = text; return true;
    case NodeField::kAffiliation: n.affiliation = text; return true;
    case NodeField::kRole: n.role = text; return true;
    case NodeField::kDate: n.date = text; return true;
    case NodeField::kLocation: n.location = text; return true;
    case NodeField::kMentions: return parse_uint(text, n.mentions);
    case NodeField::kSources: n.sources = split_list(text); return true;
  }
  return true;
}

bool set_edge_field(EdgeProps& e, std::string& label, EdgeField f, std::string_view text) {
  switch (f) {
    case EdgeField::kNone: return true;
    case EdgeField::kRelation: e.relation = text; return true;
    case EdgeField::kLabel: label = text; return true;
    case EdgeField::kDate: e.date = text; return true;
    case EdgeField::kPlace: e.place = text; return true;
    case EdgeField::kEvent: e.event = text; return true;
    case EdgeField::kObject: e.object = text; return true;
    case EdgeField::kStatus: e.status = text; return true;
    case EdgeField::kWeight: return parse_double(text, e.weight);
    case EdgeField::kConfidence: return parse_double(text, e.confidence);
    case EdgeField::kSources: e.sources = split_list(text); return true;
    case EdgeField::kEvidence: e.evidence = text; return true;
    case EdgeField::kProvenance: e.provenance = split_list(text); return true;
  }
  return true;
}

}  // namespace evkg
