// Tokens: words and punctuation with byte offsets into the document text.
#pragma once
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace evkg {

class WordTable;

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

// A token's key: a view of bytes the tokenizer keeps in a KeyArena (or of a literal). Compared for
// equality with one length test and an inlined memcmp: "tok.key == \"the\"sv" is the commonest
// test of the extractor.
class TokenKey {
 public:
  constexpr TokenKey() = default;
  constexpr TokenKey(const char* data, std::size_t size) : data_(data), size_(static_cast<std::uint32_t>(size)) {}
  constexpr operator std::string_view() const { return {data_, size_}; }  // NOLINT(google-explicit-constructor)
  constexpr std::string_view view() const { return {data_, size_}; }
  constexpr const char* data() const { return data_; }
  constexpr std::size_t size() const { return size_; }
  constexpr bool empty() const { return size_ == 0; }
  constexpr char front() const { return data_[0]; }
  constexpr char back() const { return data_[size_ - 1]; }
  constexpr char operator[](std::size_t i) const { return data_[i]; }
  constexpr bool starts_with(std::string_view s) const { return view().starts_with(s); }
  constexpr bool ends_with(std::string_view s) const { return view().ends_with(s); }
  std::string str() const { return std::string(data_, size_); }

  friend bool operator==(TokenKey a, std::string_view b) {
    return a.size_ == b.size() && (b.empty() || std::memcmp(a.data_, b.data(), b.size()) == 0);
  }
  friend bool operator==(TokenKey a, TokenKey b) { return a == b.view(); }

 private:
  const char* data_ = "";
  std::uint32_t size_ = 0;
};

// Storage for token keys in blocks that never move: a key stays valid until clear().
class KeyArena {
 public:
  static constexpr std::size_t kPad = 48;  // keep_padded copies this many bytes

  // Room for about `bytes` of keys in the first block; a first block that is too small is
  // replaced, which drops every key (an arena reused from text to text keeps its largest block).
  void reserve(std::size_t bytes);
  // Drops every key; keeps the first block.
  void clear();
  // A copy of s.
  TokenKey keep(std::string_view s);
  // Room for kPad bytes at the end of the arena, to write a key into before commit().
  char* room() {
    if (left_ < kPad) next_block(kPad, kBlock);
    return free_;
  }
  // The first n bytes written at the end of the arena (after room(), or by keep()) become a key.
  TokenKey commit(std::size_t n) {
    const TokenKey k(free_, n);
    free_ += n;
    left_ -= n;
    return k;
  }
  // A copy of the first n (<= kPad) bytes of a buffer of kPad bytes: one fixed-size copy.
  TokenKey keep_padded(const char* buffer, std::size_t n) {
    std::memcpy(room(), buffer, kPad);
    return commit(n);
  }

 private:
  static constexpr std::size_t kBlock = std::size_t{1} << 16;  // a block after the first
  // A new block of max(at_least, usual) bytes.
  void next_block(std::size_t at_least, std::size_t usual);
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t first_size_ = 0;
  char* free_ = nullptr;
  std::size_t left_ = 0;
};

// Token::word when the key was not looked up in a WordTable (tokenized without one, or a key
// longer than WordTable::kMaxWord); WordTable::kAbsent when it was and is not there.
constexpr std::uint32_t kWordNotLookedUp = 0xFFFFFFFEu;

struct Token {
  std::uint32_t begin = 0;  // byte offsets into the text
  std::uint32_t end = 0;
  std::uint16_t flags = 0;
  std::uint8_t cls = 0;     // WordClass bits of the key (extract/word_classes.hpp; eight of them)
  std::uint8_t phrase_len = 0;  // with a WordTable: its max_len for the key, so that the lexicon
                                // scan does not touch the table again
  std::uint32_t word = kWordNotLookedUp;  // the key's position in the WordTable given to the tokenizer
  TokenKey key;             // name_key-style: folded, lower case, no dots ("U.S." -> "us", "’s" -> "'s")

  bool is(TokenFlag f) const { return (flags & f) != 0; }
  bool in(std::uint16_t word_class) const { return (cls & word_class) != 0; }
};

// Tokens with the storage of their keys; move-only, as the keys point into it.
class TokenList {
 public:
  TokenList() = default;
  ~TokenList() = default;
  TokenList(TokenList&&) noexcept = default;
  TokenList& operator=(TokenList&&) noexcept = default;
  TokenList(const TokenList&) = delete;
  TokenList& operator=(const TokenList&) = delete;

  std::vector<Token> tokens;
  KeyArena keys;

  operator const std::vector<Token>&() const { return tokens; }  // NOLINT(google-explicit-constructor)
  std::size_t size() const { return tokens.size(); }
  bool empty() const { return tokens.empty(); }
  const Token& operator[](std::size_t i) const { return tokens[i]; }
  const Token& back() const { return tokens.back(); }
  auto begin() const { return tokens.begin(); }
  auto end() const { return tokens.end(); }
};

// Splits text into tokens. The possessive "'s" (and a bare "'" after a plural) is its own token;
// a dot after an abbreviation, an initial or a dotted acronym stays with its word.
TokenList tokenize(std::string_view text);

// Same as tokenize, into `out` and `keys` (both cleared first), reusing their storage. With a
// WordTable (a lexicon's), each token's class bits come from it and Token::word is set.
void tokenize_into(std::string_view text, std::vector<Token>& out, KeyArena& keys, const WordTable* words = nullptr);

}  // namespace evkg
