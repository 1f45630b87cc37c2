#include "extract/calendar_words.hpp"

#include <array>
#include <string>

namespace evkg {
namespace {

std::string lower_no_dot(std::string_view w) {
  std::string s;
  s.reserve(w.size());
  for (const char c : w) {
    if (c == '.') continue;
    s.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return s;
}

}  // namespace

int month_from_word(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kFull = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december"};
  const std::string s = lower_no_dot(w);
  if (s.size() < 3) return 0;
  for (std::size_t i = 0; i < kFull.size(); ++i) {
    if (s == kFull[i]) return static_cast<int>(i) + 1;
  }
  if (s == "sept") return 9;
  // Three-letter abbreviations (not "may", handled above, nor "mar"/"jun"? they are fine).
  if (s.size() == 3) {
    for (std::size_t i = 0; i < kFull.size(); ++i) {
      if (kFull[i].substr(0, 3) == s) return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

int weekday_from_word(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kFull = {"monday", "tuesday", "wednesday", "thursday",
                                                            "friday", "saturday", "sunday"};
  const std::string s = lower_no_dot(w);
  for (std::size_t i = 0; i < kFull.size(); ++i) {
    if (s == kFull[i]) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace evkg
