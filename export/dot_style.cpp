#include "export/dot_style.hpp"

#include <array>

namespace evkg {

namespace {

constexpr std::array<NodeStyle, 6> kNodeStyles{{
    {"person", "ellipse", "#cfe2ff"},
    {"country", "box", "#d1e7dd"},
    {"organization", "hexagon", "#fff3cd"},
    {"summit", "doubleoctagon", "#f8d7da"},
    {"topic", "note", "#e2e3e5"},
    {"other", "octagon", "#ffffff"},
}};

constexpr std::array<RelationStyle, 12> kRelationStyles{{
    {"met", "#1f77b4"},
    {"attended", "#2ca02c"},
    {"chaired", "#9467bd"},
    {"pledged", "#17becf"},
    {"rejected", "#d62728"},
    {"called", "#ff7f0e"},
    {"accused", "#8c564b"},
    {"condemned", "#e377c2"},
    {"thanked", "#bcbd22"},
    {"urged", "#7f7f7f"},
    {"member_of", "#393b79"},
    {"other", "#000000"},
}};

template <typename Styles>
std::size_t index_of(const Styles& styles, std::string_view name) {
  for (std::size_t i = 0; i + 1 < styles.size(); ++i) {
    if (styles[i].category == name) return i;
  }
  return styles.size() - 1;
}

}  // namespace

std::span<const NodeStyle> node_styles() { return kNodeStyles; }
std::span<const RelationStyle> relation_styles() { return kRelationStyles; }
std::size_t node_style_index(std::string_view type) { return index_of(kNodeStyles, type); }
std::size_t relation_style_index(std::string_view relation) { return index_of(kRelationStyles, relation); }

}  // namespace evkg
