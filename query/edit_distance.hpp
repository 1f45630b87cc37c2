// Edit distance over bytes (name keys are folded to ASCII for Latin names): insertions, deletions,
// substitutions and swaps of two neighbouring bytes count one edit each ("Bidne" is one edit from
// "Biden"; optimal string alignment). A cut-off keeps scanning every key of a large graph for
// suggestions fast.
#pragma once
#include <cstddef>
#include <string_view>

namespace evkg::query {

// The edit distance of a and b, or limit + 1 when it exceeds limit.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace evkg::query
