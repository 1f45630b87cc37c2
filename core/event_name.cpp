#include "core/event_name.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "core/fold.hpp"

namespace evkg {
namespace {

bool is_kind_noun(const std::string& word, std::string_view kind) {
  static constexpr std::array<std::string_view, 9> kNouns = {"summit", "conference", "forum",  "dialogue", "meeting",
                                                             "talks",  "session",    "parade", "funeral"};
  return word == kind || std::find(kNouns.begin(), kNouns.end(), std::string_view(word)) != kNouns.end();
}

}  // namespace

bool name_says_its_kind(std::string_view name, std::string_view kind) {
  const std::string key = name_key(name);
  const auto last_space = key.rfind(' ');
  if (is_kind_noun(last_space == std::string::npos ? key : key.substr(last_space + 1), kind)) return true;
  return key.find(" of ") != std::string::npos && is_kind_noun(key.substr(0, key.find(' ')), kind);
}

}  // namespace evkg
