#include "app/lexicon_option.hpp"

#include <memory>

namespace evkg {

const Lexicon& lexicon_for(const std::vector<std::string>& overlays) {
  if (overlays.empty()) return Lexicon::builtin();
  static std::unique_ptr<Lexicon> custom;
  custom = std::make_unique<Lexicon>(Lexicon::with_overlays(overlays));
  return *custom;
}

}  // namespace evkg
