// The filters every query listing accepts (--since, --until, --relation, --type, --min-weight,
// --include-unconfirmed) and the tests that apply them to edges and nodes.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "graph/model.hpp"

namespace evkg::query {

struct Filters {
  std::optional<Date> since;           // keep edges whose date may fall on or after this
  std::optional<Date> until;           // keep edges whose date may fall on or before this
  std::vector<std::string> relations;  // empty: the command's own relations
  std::vector<std::string> types;      // empty: the command's own node types (usually all)
  double min_weight = 0;               // keep edges with weight >= this
  bool include_unconfirmed = false;    // also planned, denied, hypothetical edges
};

// The status an edge counts as: a missing status (GraphML from other tools) is "reported".
std::string_view effective_status(const EdgeProps& e);
bool is_reported(const EdgeProps& e);

// True when the edge date can lie inside [since, until]. A partial date ("2025-09") covers its whole
// month or year; without a window every date passes, with one an undated edge does not.
bool date_in_window(const Filters& f, std::string_view date);

// Applies relation (to `relations`, or to any when empty), status, date window and weight.
class EdgeFilter {
 public:
  // default_relations: used when f.relations is empty; empty means every relation.
  EdgeFilter(const Filters& f, const std::vector<std::string>& default_relations);
  bool passes(const EdgeProps& e) const;
  bool relation_passes(std::string_view relation) const;
  // Status, date window and weight only (for edges whose relation a command fixes itself).
  bool passes_except_relation(const EdgeProps& e) const;

 private:
  Filters f_;
  std::vector<std::string> relations_;
};

// True when the node's type is among `types` (every type when empty).
bool type_in(const std::vector<std::string>& types, const NodeProps& n);

// Parses --since/--until text; nullopt when it is not YYYY, YYYY-MM or YYYY-MM-DD.
std::optional<Date> parse_filter_date(std::string_view text);

}  // namespace evkg::query
