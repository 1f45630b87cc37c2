// How the DOT writer draws things: shape and fill colour by node type, colour by edge relation.
// Types and relations outside the known lists are drawn as the "other" category.
#pragma once
#include <span>
#include <string_view>

namespace evkg {

struct NodeStyle {
  std::string_view category;  // person, country, organization, summit, topic, other
  std::string_view shape;
  std::string_view fill;
};

struct RelationStyle {
  std::string_view category;  // met, attended, ..., member_of, other
  std::string_view color;
};

// All categories in legend order; the last one is "other".
std::span<const NodeStyle> node_styles();
std::span<const RelationStyle> relation_styles();

// Index into node_styles() / relation_styles().
std::size_t node_style_index(std::string_view type);
std::size_t relation_style_index(std::string_view relation);

}  // namespace evkg
