#include "query_test_support.hpp"

#include <stdexcept>

namespace evkg::test {

const query::QueryGraph& fixture() {
  static const query::QueryGraph q(fixture_graph());
  return q;
}

Vertex vertex(const std::string& id) {
  const auto v = fixture_graph().find(id);
  if (!v) throw std::invalid_argument("no node " + id + " in the fixture");
  return *v;
}

const Vertex kZelenskyy = vertex("person:volodymyr-zelenskyy");
const Vertex kMacron = vertex("person:emmanuel-macron");

std::vector<std::string> column(const query::Table& t, const std::string& key) {
  std::vector<std::string> out;
  for (std::size_t r = 0; r < t.size(); ++r) out.push_back(t.at(r, key));
  return out;
}

int find_row(const query::Table& t, const std::string& key, const std::string& value) {
  for (std::size_t r = 0; r < t.size(); ++r) {
    if (t.at(r, key) == value) return static_cast<int>(r);
  }
  return -1;
}

}  // namespace evkg::test
