// `who-met-whom`: every pair that met, one row per pair, date, relation and status, sorted by date.
// Pairs are of persons by default; with --type country, of states: a person counts as the country
// they serve (their `country` attribute), and the row's `via` column names the people who met.
#pragma once
#include "query/filters.hpp"
#include "query/query_graph.hpp"
#include "query/table.hpp"

namespace evkg::query {

// Columns: date, a, b, via, relation, event, place, sources, status, evidence, a_id, b_id,
// event_id, documents.
Table who_met_whom(const QueryGraph& q, const Filters& f);

}  // namespace evkg::query
