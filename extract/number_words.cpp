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

}  // namespace evkg
