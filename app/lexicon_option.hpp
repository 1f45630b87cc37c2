// The lexicon a command uses: the built-in one, or it with --lexicon overlays.
#pragma once
#include <string>
#include <vector>

#include "extract/lexicon.hpp"

namespace evkg {
const Lexicon& lexicon_for(const std::vector<std::string>& overlays);
}
