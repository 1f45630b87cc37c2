// Small helpers shared by the query tests: the fixture as a QueryGraph, finding rows of a table.
#pragma once
#include <string>
#include <vector>

#include "fixture_graph.hpp"
#include "query/query_graph.hpp"
#include "query/table.hpp"

namespace evkg::test {

const query::QueryGraph& fixture();
Vertex vertex(const std::string& id);
// Two people of the fixture most tests ask about.
extern const Vertex kZelenskyy;
extern const Vertex kMacron;

// The values of one column, row by row.
std::vector<std::string> column(const query::Table& t, const std::string& key);
// The index of the first row whose column `key` is `value`, or -1.
int find_row(const query::Table& t, const std::string& key, const std::string& value);

}  // namespace evkg::test
