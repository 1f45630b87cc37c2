// `pledges [NAME]` and `rejections [NAME]`: the edges of one relation (pledged, rejected), of one
// entity (either end) or of the whole graph.
#pragma once
#include <optional>
#include <string>

#include "query/filters.hpp"
#include "query/query_graph.hpp"
#include "query/table.hpp"

namespace evkg::query {

// relation: the default relation ("pledged", "rejected"); --relation replaces it. --type applies to
// the actor (the edge's source). Columns: date, actor, relation, target, object, event, sources,
// status, evidence, actor_id, target_id, documents, weight. Sorted by date (undated last), actor,
// target, object.
Table relation_listing(const QueryGraph& q, const std::string& relation, std::optional<Vertex> who, const Filters& f);

inline Table pledges(const QueryGraph& q, std::optional<Vertex> who, const Filters& f) {
  return relation_listing(q, "pledged", who, f);
}
inline Table rejections(const QueryGraph& q, std::optional<Vertex> who, const Filters& f) {
  return relation_listing(q, "rejected", who, f);
}

}  // namespace evkg::query
