// Labels of gatherings: whether a gathering's own name already says what kind of gathering it is.
#pragma once
#include <string_view>

namespace evkg {

// True when `name` already says it is a gathering of `kind` (or of any kind), so that its label
// takes no kind after it: "COP28 conference", "Shangri-La Dialogue", and a name that opens with its
// kind, "Summit of the Future", "Conference of the Parties". Not a body's name ("Gulf Cooperation
// Council", "General Assembly"), which gets its kind: "Gulf Cooperation Council summit".
bool name_says_its_kind(std::string_view name, std::string_view kind);

}  // namespace evkg
