#include "extract/number_words.hpp"

#include <array>

namespace evkg {

int small_number_word(std::string_view w) {
  static constexpr std::array<std::string_view, 11> kWords = {"zero", "one", "two",   "three", "four", "five",
                                                              "six",  "seven", "eight", "nine", "ten"};
  for (std::size_t i = 0; i < kWords.size(); ++i) {
    if (w == kWords[i]) return static_cast<int>(i);
  }
  return -1;
}

int small_number(std::string_view w) {
  if (w.size() == 1 && w[0] >= '0' && w[0] <= '9') return w[0] - '0';
  return small_number_word(w);
}

bool number_word_below_hundred(std::string_view w) {
  if (small_number_word(w) >= 0) return true;
  static constexpr std::array<std::string_view, 17> kWords = {
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  // (a compound is its tens word and a unit: "twenty-five")
  const auto hyphen = w.find('-');
  const std::string_view head = hyphen == std::string_view::npos ? w : w.substr(0, hyphen);
  for (const std::string_view word : kWords) {
    if (head == word) return hyphen == std::string_view::npos || small_number_word(w.substr(hyphen + 1)) > 0;
  }
  return false;
}

}  // namespace evkg
