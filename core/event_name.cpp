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
  if (key.find(" of ") != std::string::npos && is_kind_noun(key.substr(0, key.find(' ')), kind)) return true;
  // ("Summit on Malaria and Neglected Tropical Diseases": the kind first, then what it is on)
  if (const auto first = key.find(' '); first != std::string::npos && is_kind_noun(key.substr(0, first), kind) &&
                                        (key.compare(first, 4, " on ") == 0 || key.compare(first, 5, " for ") == 0)) {
    return true;
  }
  // ("Belt and Road Forum for International Cooperation", "Summit on Climate Ambition": the kind
  // before what it is for or about)
  for (std::size_t at = key.find(' '); at != std::string::npos; at = key.find(' ', at + 1)) {
    const auto next = key.find(' ', at + 1);
    if (next == std::string::npos) break;
    const std::string word = key.substr(at + 1, next - at - 1);
    const auto after = key.find(' ', next + 1);
    const std::string follows = key.substr(next + 1, after == std::string::npos ? std::string::npos : after - next - 1);
    if (is_kind_noun(word, kind) && (follows == "for" || follows == "on" || follows == "of")) return true;
  }
  return false;
}

}  // namespace evkg
