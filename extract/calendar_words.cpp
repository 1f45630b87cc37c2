#include "extract/calendar_words.hpp"

#include <array>
#include <string_view>

namespace evkg {
namespace {

// The word in lower case without dots, in a buffer as long as the longest calendar word: a longer
// word is none (an empty view). No allocation: these run for many tokens of every sentence.
class LowerNoDot {
 public:
  explicit LowerNoDot(std::string_view w) {
    for (const char c : w) {
      if (c == '.') continue;
      if (n_ == sizeof buf_) {
        n_ = 0;
        return;
      }
      buf_[n_++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  std::string_view view() const { return {buf_, n_}; }

 private:
  char buf_[10] = {};  // "wednesday", "september": 9
  std::size_t n_ = 0;
};

}  // namespace

int month_from_word(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kFull = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december"};
  const LowerNoDot lowered(w);
  const std::string_view s = lowered.view();
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
  const LowerNoDot lowered(w);
  const std::string_view s = lowered.view();
  for (std::size_t i = 0; i < kFull.size(); ++i) {
    if (s == kFull[i]) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace evkg
