// Tokens: words and punctuation with byte offsets into the document text.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace evkg {

enum TokenFlag : std::uint16_t {
  kWord = 1 << 0,        // letters/digits (may contain ' - . inside: "U.S.", "d'Ivoire", "co-chair")
  kCapital = 1 << 1,     // first letter upper case
  kAllCaps = 1 << 2,     // every letter upper case and at least two letters ("NATO", "U.S.")
  kDigit = 1 << 3,       // starts with a digit
  kPunct = 1 << 4,       // one punctuation character
  kAbbrev = 1 << 5,      // ends with a dot that belongs to it ("Mr.", "U.S.", "Aug.", "F.")
  kParaStart = 1 << 6,   // first token after a line break
  kQuote = 1 << 7,       // a quotation mark (straight or typographic)
};

struct Token {
  std::uint32_t begin = 0;  // byte offsets into the text
  std::uint32_t end = 0;
  std::uint16_t flags = 0;
  std::uint16_t cls = 0;    // WordClass bits of the key (extract/word_classes.hpp)
  std::string key;          // name_key-style: folded, lower case, no dots ("U.S." -> "us", "’s" -> "'s")

  bool is(TokenFlag f) const { return (flags & f) != 0; }
  bool in(std::uint16_t word_class) const { return (cls & word_class) != 0; }
};

// Splits text into tokens. The possessive "'s" (and a bare "'" after a plural) is its own token;
// a dot after an abbreviation, an initial or a dotted acronym stays with its word.
std::vector<Token> tokenize(std::string_view text);

// Appends to `out` (cleared first): same as tokenize, reusing the vector's storage.
void tokenize_into(std::string_view text, std::vector<Token>& out);

}  // namespace evkg
