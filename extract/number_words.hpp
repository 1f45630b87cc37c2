// Small numbers written as words in news ("two-day summit", "three days after").
#pragma once
#include <string_view>

namespace evkg {

// 0..10 for "zero".."ten" (lower case), else -1.
int small_number_word(std::string_view w);

// 0..10 for a number word, or for a single digit, else -1 ("two" and "2" are 2).
int small_number(std::string_view w);
// Whether `w` is a number word from zero to ninety-nine ("seven", "fifty", "twenty-five").
bool number_word_below_hundred(std::string_view w);

}  // namespace evkg
