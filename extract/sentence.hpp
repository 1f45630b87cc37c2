// Sentence splitting over tokens. A sentence ends at . ! ? (with any closing quotes or brackets
// after it) when the next token can start a sentence, and always at a line break. Abbreviations,
// initials and dotted acronyms ("Mr.", "Gen.", "Aug. 15", "F.W. de Klerk", "U.S. officials") do
// not end a sentence, unless a dotted acronym is followed by a typical sentence opener. A run of
// more than 160 tokens without an end is cut at a clause mark (; , :) or at 160 tokens, so that
// text without punctuation costs linear time and each assertion's evidence stays short.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/token.hpp"

namespace evkg {

struct Sentence {
  std::uint32_t first = 0;  // token range [first, last)
  std::uint32_t last = 0;
  std::uint32_t begin = 0;  // byte range in the text
  std::uint32_t end = 0;
};

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens);

}  // namespace evkg
