// Closed-class words the mention rules test for (stop words, pronouns, name particles, place
// prepositions, words that end institution names, date openers), looked up once per token by the
// tokenizer into Token::cls, so that the rules test a bit instead of comparing strings.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "extract/word_table.hpp"

namespace evkg {

enum WordClass : std::uint16_t {
  kClsNotAName = 1 << 0,       // capitalised for reasons other than being a name ("The", "Monday", "May")
  kClsNonPersonHead = 1 << 1,  // ends a place or institution name ("Park", "Ministry", "Summit")
  kClsNameParticle = 1 << 2,   // inside personal names ("von", "de", "bin")
  kClsAdjective = 1 << 3,      // may stand between a title or determiner and a noun ("senior", "former")
  kClsPlacePrep = 1 << 4,      // before a place ("in", "near", "visited")
  kClsPronoun = 1 << 5,        // personal pronouns and possessives ("he", "their")
  kClsDateStart = 1 << 6,      // a date expression may start here ("August", "Monday", "last", "three")
  kClsRoleNoun = 1 << 7,       // a noun standing for someone the text spoke of ("host", "guest", "kingdom")
  // Token::cls holds these in 8 bits: a new class must stay below 1 << 8.
};

// The classes of a token key (lower case, no dots); 0 for every other word.
std::uint16_t word_classes(std::string_view key);
// The same for a key of `length` bytes at `padded`, which must be readable for 16 bytes and hold
// zeros after the key (the tokenizer's buffer): no copy before the lookup.
std::uint16_t word_classes_padded(const char* padded, std::size_t length);
// Adds the class bits of every listed word to `words` (for a lexicon's own WordTable).
void add_word_classes(std::unordered_map<std::string, WordInfo>& words);

}  // namespace evkg
