// The ids of all vertices copied into one contiguous block, indexed by vertex: writers look up the
// source and target id of every edge, in an order unrelated to where the vertices live, and the
// compact copy keeps those lookups in cache on large graphs (about a third of the writing time).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "graph/event_graph.hpp"

namespace evkg {

class VertexIds {
 public:
  explicit VertexIds(const Graph& g) {
    const auto n = boost::num_vertices(g);
    std::size_t total = 0;
    for (std::size_t v = 0; v < n; ++v) total += g[v].id.size();
    text_.reserve(total);
    offsets_.reserve(n + 1);
    for (std::size_t v = 0; v < n; ++v) {
      offsets_.push_back(text_.size());
      text_ += g[v].id;
    }
    offsets_.push_back(text_.size());
  }
  std::string_view operator[](Vertex v) const {
    return std::string_view(text_).substr(offsets_[v], offsets_[v + 1] - offsets_[v]);
  }

 private:
  std::string text_;
  std::vector<std::size_t> offsets_;
};

}  // namespace evkg
