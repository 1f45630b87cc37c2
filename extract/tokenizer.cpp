#include <algorithm>
#include <array>
#include <bit>
#include <string>

#include "core/fold.hpp"
#include "core/utf8.hpp"
#include "extract/token.hpp"
#include "extract/word_classes.hpp"
#include "extract/word_set.hpp"
#include "extract/word_table.hpp"

#if defined(__SSE2__)
#include "core/ascii16.hpp"
#endif

namespace evkg {
namespace {

// Abbreviations whose dot does not end a sentence by itself.
const WordSet& abbreviations() {
  static const WordSet k = {
      "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt", "sgt", "adm",
      "cmdr", "st", "jr", "sr", "rev", "hon", "pres", "sec", "amb", "no", "nos", "vol", "fig", "inc", "ltd",
      "co", "corp", "vs", "etc", "approx", "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
      "sun", "am", "pm", "mt", "ft", "fr", "msgr", "gens", "sens", "reps", "op", "ed", "eds", "univ", "smt", "mme"};
  return k;
}

bool ascii_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Letter-like code point: ASCII letters and digits, and any non-ASCII letter we do not treat as
// punctuation (accented Latin, Cyrillic, Greek, CJK ...).
bool word_cp(char32_t cp) {
  if (cp < 0x80) return ascii_alpha(static_cast<unsigned char>(cp)) || ascii_digit(static_cast<unsigned char>(cp));
  if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF) return false;  // spaces, punctuation
  if (cp == 0xAB || cp == 0xBB || cp == 0xB4 || cp == 0xA9 || cp == 0xAE || cp == 0xB7) return false;
  if (cp >= 0x2100 && cp <= 0x2BFF) return false;  // symbols, arrows
  if (cp >= 0x1F000) return false;                  // emoji
  if (cp == 0xFFFD) return false;
  return true;
}

bool upper_cp(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return true;
  if (cp >= 0x100 && cp <= 0x17F) return (cp % 2) == 0 && cp != 0x138;  // approx: even = capital
  if (cp >= 0x391 && cp <= 0x3A9) return true;
  if (cp >= 0x400 && cp <= 0x42F) return true;
  return false;
}

bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC; }
bool is_hyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
bool is_quote_cp(char32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB || cp == 0xBB ||
         cp == 0x2018 || cp == 0x2019 || cp == '\'';
}

// Classes of ASCII bytes for the hot loops: most news text is ASCII, and one table lookup replaces
// a chain of comparisons.
enum AsciiClass : std::uint8_t { kOther = 0, kSpace, kNewline, kLower, kUpper, kDigitByte };
constexpr std::array<std::uint8_t, 128> kAsciiClass = [] {
  std::array<std::uint8_t, 128> t{};
  for (const char c : {' ', '\t', '\r', '\f', '\v'}) t[static_cast<unsigned char>(c)] = kSpace;
  t['\n'] = kNewline;
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = kLower;
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = kUpper;
  for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = kDigitByte;
  return t;
}();

// The same classes for every byte (bytes of multi-byte characters are kOther), and each byte in
// lower case: the word loop below reads one entry of each per character.
constexpr std::array<std::uint8_t, 256> kByteClass = [] {
  std::array<std::uint8_t, 256> t{};
  for (std::size_t c = 0; c < 128; ++c) t[c] = kAsciiClass[c];
  return t;
}();
constexpr std::array<char, 256> kLowerByte = [] {
  std::array<char, 256> t{};
  for (std::size_t c = 0; c < 256; ++c) {
    t[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return t;
}();

struct Cursor {
  std::string_view s;
  std::size_t i = 0;
  // The code point at `at` (0 with length 0 at the end; U+FFFD with length 1 for an invalid byte).
  char32_t peek(std::size_t at, std::size_t* len) const {
    if (at >= s.size()) {
      *len = 0;
      return 0;
    }
    const auto b = static_cast<unsigned char>(s[at]);
    if (b < 0x80) {  // most text is ASCII: no call to the decoder
      *len = 1;
      return b;
    }
    char32_t cp = 0;
    std::size_t l = utf8_decode(s, at, cp);
    if (l == 0) {
      l = 1;
      cp = 0xFFFD;
    }
    *len = l;
    return cp;
  }
};

// The key of a word token: name_key() of its text. Word tokens hold only letters, digits,
// apostrophes, hyphens and dots, so an ASCII word's key is its lower case without dots; other
// words go through name_key().
void word_key(std::string_view word, std::string& key) {
  key.resize(word.size());
  char* out = key.data();
  for (const char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      key = name_key(word);
      return;
    }
    if (c == '.') continue;
    *out++ = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  key.resize(static_cast<std::size_t>(out - key.data()));
}

// The possessive's key, zero-padded for the 16-byte lookups.
constexpr char kPossessivePadded[WordTable::kMaxWord] = "'s";

// A token's WordTable position, with the class bits and phrase length found there.
void take_word(Token& t, const WordTable& words, std::uint32_t position) {
  t.word = position;
  if (position == WordTable::kAbsent) return;  // cls and phrase_len stay 0
  const WordInfo& info = words.info(position);
  t.cls = info.cls;
  t.phrase_len = info.max_len;
}

// The class bits (and, with a table, the WordTable position) of a token whose key is set; `padded`
// is the tokenizer's zero-padded copy of the key, or nullptr.
void classify(Token& t, const WordTable* words, const char* padded) {
  if (words == nullptr) {
    t.cls = static_cast<std::uint8_t>(padded != nullptr ? word_classes_padded(padded, t.key.size()) : word_classes(t.key));
    return;
  }
  if (t.key.size() > WordTable::kMaxWord || t.key.empty()) {
    t.cls = 0;  // no listed word is that long
    return;     // t.word stays kWordNotLookedUp: the lexicon is asked by string
  }
  take_word(t, *words, padded != nullptr ? words->find_padded(padded, t.key.size()) : words->find(t.key));
}

// An ASCII word of the fast path: its end (0 when the general path must take it), and for a word
// of at most 16 bytes read 16 at a time, a bit per byte for its letters and for its capitals.
struct AsciiWord {
  std::size_t end = 0;
  unsigned letters = 0;
  unsigned capitals = 0;
  bool masks = false;  // letters and capitals are set (else ascii_capitals() counts them)
  bool dot = false;    // a dot follows that ends the word ("Paris.", "Mr."): it may belong to it
};

#if defined(__SSE2__)
// The 16 bytes at p in ASCII lower case, written to out; a bit for each that is an ASCII letter or
// digit (bytes of multi-byte characters are neither), and in `letters` and `capitals` a bit for
// each letter and each capital.
unsigned word_bytes16(const char* p, char* out, unsigned& letters, unsigned& capitals) {
  const __m128i b = ascii16::load(p);
  const __m128i upper = ascii16::in_range(b, 'A', 26);
  const __m128i letter = ascii16::letter(b);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_or_si128(b, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
  letters = ascii16::bits(letter);
  capitals = ascii16::bits(upper);
  return ascii16::bits(_mm_or_si128(letter, ascii16::digit(b)));
}
#endif

// The ASCII word at i written in lower case to `key` (room for KeyArena::kPad bytes): its end when
// it is made only of letters and digits and ends at the end of the text, a space or ASCII
// punctuation other than ' - . (which may continue a word or belong to it); 0 otherwise, for the
// general path.
AsciiWord ascii_word(std::string_view text, std::size_t i, char* key) {
  AsciiWord w;
  const std::size_t n = text.size();
  const std::size_t limit = std::min(n, i + KeyArena::kPad - 1);
  std::size_t j = i;
  bool ended = false;  // j is at the first byte that is not a letter or digit
#if defined(__SSE2__)
  // Sixteen bytes at a time while they are in the text (the chunks write at most kPad key bytes).
  while (j - i < KeyArena::kPad - 1 && j + 16 <= n) {
    unsigned letters = 0;
    unsigned capitals = 0;
    const unsigned word = word_bytes16(text.data() + j, key + (j - i), letters, capitals);
    if (word != 0xFFFFu) {
      const auto len = static_cast<unsigned>(std::countr_one(word));
      if (j == i) {  // the word ends in its first 16 bytes: keep its letters' bits
        const unsigned mask = (1u << len) - 1;
        w.letters = letters & mask;
        w.capitals = capitals & mask;
        w.masks = true;
      }
      j += len;
      ended = true;
      break;
    }
    j += 16;
  }
#endif
  if (!ended) {
    for (; j < limit; ++j) {
      const auto b = static_cast<unsigned char>(text[j]);
      if (kByteClass[b] < kLower) break;
      key[j - i] = kLowerByte[b];
    }
  }
  if (j >= limit) {  // the end of the text, or longer than the key room
    if (j == n) w.end = j;
    return w;
  }
  const auto next = static_cast<unsigned char>(text[j]);
  if (next == '.') {
    // A dot that no letter or digit follows ends the word (the last word of most sentences): it
    // is no inner dot or decimal point, and the caller sees whether it belongs to the word.
    const auto after = j + 1 < n ? static_cast<unsigned char>(text[j + 1]) : 0;
    if (after < 0x80 && kByteClass[after] < kLower) {
      w.end = j;
      w.dot = true;
    }
    return w;
  }
  if (next >= 0x80 || next == '\'' || next == '-') return w;
  w.end = j;
  return w;
}

// "al-Sharaa", "el-Sisi", "ash-Shaibani": a name after an Arabic article written in lower case is
// a name, as capitalised as "Sharaa".
bool arabic_article_name(std::string_view word) {
  const auto dash = word.find('-');
  if (dash == std::string_view::npos || dash < 2 || dash > 3 || dash + 1 >= word.size()) return false;
  const std::string_view article = word.substr(0, dash);
  if (article != "al" && article != "el" && article != "ad" && article != "as" && article != "ash" && article != "at" &&
      article != "az" && article != "ar" && article != "an" && article != "ath") {
    return false;
  }
  return word[dash + 1] >= 'A' && word[dash + 1] <= 'Z';
}

// kDigit, kCapital and kAllCaps of an ASCII word that does not start in lower case.
void ascii_capitals(std::string_view word, Token& t) {
  int letters = 0;
  int uppers = 0;
  for (const char c : word) {
    const std::uint8_t byte_class = kByteClass[static_cast<unsigned char>(c)];
    letters += static_cast<int>(byte_class == kLower || byte_class == kUpper);
    uppers += static_cast<int>(byte_class == kUpper);
  }
  const std::uint8_t first = kByteClass[static_cast<unsigned char>(word.front())];
  if (first == kDigitByte) t.flags |= kDigit;
  if (first == kUpper) t.flags |= kCapital;
  if (letters >= 2 && uppers == letters) t.flags |= kAllCaps;
}

// The token at i of every kind but the fast path's (punctuation, possessives, words with ' - . or
// non-ASCII letters, non-ASCII spaces): its end, the token added to `out` (none for a space), with
// kParaStart when `para`.
// Apart from the fast path's loop, so that the loop keeps its few variables in registers.
[[gnu::noinline]] std::size_t general_token(std::string_view text, std::size_t i, bool para, std::vector<Token>& out,
                                            KeyArena& keys, const WordTable* words, std::string& folded) {
  const Cursor c{text};
  const std::size_t n = text.size();
  std::size_t len = 1;
  char32_t cp = static_cast<unsigned char>(text[i]);
  if (cp >= 0x80) {
    cp = c.peek(i, &len);
    if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200D) || cp == 0x202F || cp == 0x3000 || cp == 0xFEFF) return i + len;
  }
  // The token is built in place (its key is not copied again by a move into the vector).
  const bool after_word = !out.empty() && out.back().is(kWord) && out.back().end == i;
  Token& t = out.emplace_back();
  t.begin = static_cast<std::uint32_t>(i);
  if (para) t.flags |= kParaStart;
  if (cp < 0x80 ? kAsciiClass[cp] < kLower : !word_cp(cp)) {
    // Possessive "'s" / "’s" after a word: its own token.
    if (is_apostrophe(cp) && after_word) {
      std::size_t l2 = 0;
      const char32_t next = c.peek(i + len, &l2);
      std::size_t l3 = 0;
      const char32_t after = c.peek(i + len + l2, &l3);
      if ((next == 's' || next == 'S') && !word_cp(after)) {
        t.end = static_cast<std::uint32_t>(i + len + l2);
        t.flags |= kWord;
        t.key = TokenKey("'s", 2);
        classify(t, words, kPossessivePadded);
        return t.end;
      }
    }
    t.end = static_cast<std::uint32_t>(i + len);
    t.flags |= kPunct;
    if (is_quote_cp(cp)) t.flags |= kQuote;
    if (cp < 0x80 && words != nullptr) {
      // ASCII punctuation is its own key, and the table has the position of every byte.
      *keys.room() = static_cast<char>(cp);
      t.key = keys.commit(1);
      take_word(t, *words, words->find_byte(static_cast<unsigned char>(cp)));
    } else {
      folded.clear();
      fold_codepoint(cp, folded);
      t.key = keys.keep(folded);
      classify(t, words, nullptr);
    }
    return i + len;
  }
  // A word: letters/digits, with inner apostrophes, hyphens and dots ("d'Ivoire", "co-chair", "U.S").
  std::size_t j = i;
  int letters = 0, uppers = 0;
  bool first_upper = false;
  bool inner_dot = false;
  // The key of an ASCII word is built while scanning it: its letters in lower case, without dots.
  // A word with other characters (or longer than the buffer) gets word_key() afterwards.
  char key[KeyArena::kPad] = {};  // zeros after the key: word_classes_padded reads 16 bytes
  std::size_t key_len = 0;
  bool ascii = true;
  while (j < n) {
    const auto b = static_cast<unsigned char>(text[j]);
    if (kByteClass[b] >= kLower) {  // an ASCII letter or digit: the common case, without decoding
      // (its letters and capitals are counted after the loop, where they matter)
      if (key_len < sizeof key) key[key_len] = kLowerByte[b];
      ++key_len;
      ++j;
      continue;
    }
    std::size_t l = 0;
    const char32_t ch = c.peek(j, &l);
    if (word_cp(ch)) {
      ascii = false;  // ASCII letters and digits took the branch above
      if (!ascii_digit(static_cast<unsigned char>(ch < 0x80 ? ch : 0))) {
        ++letters;
        if (upper_cp(ch)) {
          ++uppers;
          if (j == i) first_upper = true;
        }
      }
      j += l;
      continue;
    }
    if (is_apostrophe(ch) || is_hyphen(ch) || ch == '.') {
      std::size_t l2 = 0;
      const char32_t next = c.peek(j + l, &l2);
      if (!word_cp(next)) break;
      // "Zelenskyy's": stop before the possessive so that it becomes its own token.
      if (is_apostrophe(ch) && (next == 's' || next == 'S')) {
        std::size_t l3 = 0;
        const char32_t after = c.peek(j + l + l2, &l3);
        if (!word_cp(after)) break;
      }
      // (after a currency sign the word holds: "£1.5bn", "€2.3 billion")
      std::size_t sign = i;
      while (sign < j && static_cast<unsigned char>(text[sign]) >= 0x80) ++sign;
      if (ch == '.' && sign < j && ascii_digit(static_cast<unsigned char>(text[sign])) &&
          ascii_digit(static_cast<unsigned char>(next < 0x80 ? next : 0))) {
        // a decimal point: "26.7 million" is one number, not "26." ending a sentence
        bool digits = true;
        for (std::size_t k = sign; k < j && digits; ++k) digits = ascii_digit(static_cast<unsigned char>(text[k])) || text[k] == ',';
        if (digits) {
          if (key_len < sizeof key) key[key_len] = '.';
          ++key_len;
          j += l;
          continue;
        }
      }
      if (ch == '.') {
        // Inner dots only in dotted acronyms and initials: "U.S", "a.m", "F.W" (single letters).
        if (j - i > 1 && !inner_dot) {
          // a dot after a longer word ends it ("Paris.The" is rare; keep it a boundary); after a
          // hyphen, the part after it counts ("Japan-U.S. summit": no sentence ends at "U.")
          std::size_t part = i;
          for (std::size_t k = i; k < j; ++k) {
            if (text[k] == '-') part = k + 1;
          }
          bool single_letters = part < j;
          for (std::size_t k = part; k < j; ++k) {
            if (text[k] == '.') continue;
            if (k + 1 < j && text[k + 1] != '.') single_letters = false;
          }
          if (!single_letters) break;
        }
        inner_dot = true;
      } else if (ch < 0x80) {
        if (key_len < sizeof key) key[key_len] = static_cast<char>(ch);  // ' or -
        ++key_len;
      } else {
        ascii = false;  // a typographic apostrophe or hyphen inside the word
      }
      j += l;
      continue;
    }
    break;
  }
  if (kByteClass[static_cast<unsigned char>(text[i])] == kUpper) first_upper = true;
  // A word that starts with a lower-case ASCII letter is neither in capitals nor an initial: its
  // letters and capitals are not counted (the loop above counted the non-ASCII ones).
  const bool lower_start = kByteClass[static_cast<unsigned char>(text[i])] == kLower;
  if (!lower_start) {
    for (std::size_t k = i; k < j; ++k) {
      const std::uint8_t byte_class = kByteClass[static_cast<unsigned char>(text[k])];
      letters += static_cast<int>(byte_class == kLower || byte_class == kUpper);
      uppers += static_cast<int>(byte_class == kUpper);
    }
  }
  t.end = static_cast<std::uint32_t>(j);
  t.flags |= kWord;
  if (ascii_digit(static_cast<unsigned char>(text[i]))) t.flags |= kDigit;
  // (the key is checked first: few words have a hyphen at their third or fourth byte)
  if (first_upper || (key_len >= 4 && key_len <= sizeof key && (key[2] == '-' || key[3] == '-') &&
                      arabic_article_name(text.substr(i, j - i)))) {
    t.flags |= kCapital;
  }
  if (!lower_start && letters >= 2 && uppers == letters) t.flags |= kAllCaps;
  // The key ignores dots, so it is the same with or without a trailing one.
  if (ascii && key_len <= sizeof key) {
    t.key = keys.keep_padded(key, key_len);
    classify(t, words, key);
  } else {
    word_key(text.substr(i, j - i), folded);
    t.key = keys.keep(folded);
    classify(t, words, nullptr);
  }
  // A trailing dot that belongs to the word: abbreviations, initials, dotted acronyms.
  if (j < n && text[j] == '.') {
    const bool initial = letters == 1 && first_upper && j - i <= 2;
    if (inner_dot || initial || abbreviations().count(t.key.view()) != 0) {
      t.end = static_cast<std::uint32_t>(j + 1);
      t.flags |= kAbbrev;
    }
  }
  if (!lower_start && inner_dot && letters >= 2 && uppers == letters) t.flags |= kAllCaps;
  return t.end;
}

}  // namespace

static_assert(sizeof(Token) <= 32, "a token stays half a cache line: the extractor reads them all several times");

void tokenize_into(std::string_view text, std::vector<Token>& out, KeyArena& keys, const WordTable* words) {
  out.clear();
  keys.clear();
  std::string folded;  // keys of punctuation and of non-ASCII words, before they are kept
  // kParaStart until the first token after a line break (a value, not a flag whose address is
  // taken: the compiler then keeps it in a register)
  std::uint16_t para = kParaStart;
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    const std::uint8_t cls = kByteClass[static_cast<unsigned char>(text[i])];  // kOther for non-ASCII bytes
    if (cls == kSpace) {
      ++i;
      continue;
    }
    if (cls == kNewline) {
      para = kParaStart;
      ++i;
      continue;
    }
    if (cls >= kLower) {
      const AsciiWord w = ascii_word(text, i, keys.room());
      if (w.end != 0) {
        // The common case: letters and digits ending at a space, at punctuation that cannot
        // continue the word (not ' - .) or at a dot that ends it, so no possessive. The token is
        // built whole before it goes into the vector.
        Token t;
        t.begin = static_cast<std::uint32_t>(i);
        t.end = static_cast<std::uint32_t>(w.end);
        t.flags = static_cast<std::uint16_t>(kWord | para);
        para = 0;
        if (cls != kLower) {
          if (w.masks) {
            if (cls == kDigitByte) t.flags |= kDigit;
            if (cls == kUpper) t.flags |= kCapital;
            // at least two letters, all capitals
            if (w.letters == w.capitals && (w.letters & (w.letters - 1)) != 0) t.flags |= kAllCaps;
          } else {
            ascii_capitals(text.substr(i, w.end - i), t);
          }
        }
        t.key = keys.commit(w.end - i);
        if (words != nullptr && t.key.size() <= WordTable::kMaxWord) {
          take_word(t, *words, words->find_unpadded(t.key.data(), t.key.size()));
        } else {
          classify(t, words, nullptr);
        }
        if (w.dot) {
          // The dot belongs to an abbreviation or an initial ("Mr.", "F.", "A1."): one letter,
          // a capital, in a word of at most two bytes.
          const std::size_t len = w.end - i;
          const bool initial = cls == kUpper && (len == 1 || (len == 2 && kByteClass[static_cast<unsigned char>(text[i + 1])] == kDigitByte));
          if (initial || abbreviations().count(t.key.view()) != 0) {
            t.end = static_cast<std::uint32_t>(w.end + 1);
            t.flags |= kAbbrev;
          }
        }
        out.push_back(t);
        i = t.end;
        continue;
      }
    }
    if (cls == kOther && words != nullptr && static_cast<unsigned char>(text[i]) < 0x80 && text[i] != '\'') {
      // ASCII punctuation (but an apostrophe, which may start a possessive): a token of one
      // byte, its own key, whose place in the table is known for every byte.
      const auto b = static_cast<unsigned char>(text[i]);
      Token t;
      t.begin = static_cast<std::uint32_t>(i);
      t.end = static_cast<std::uint32_t>(i + 1);
      t.flags = static_cast<std::uint16_t>(kPunct | para | (b == '"' ? kQuote : 0));
      para = 0;
      *keys.room() = static_cast<char>(b);
      t.key = keys.commit(1);
      take_word(t, *words, words->find_byte(b));
      out.push_back(t);
      ++i;
      continue;
    }
    const std::size_t tokens = out.size();
    i = general_token(text, i, para != 0, out, keys, words, folded);
    if (out.size() != tokens) para = 0;
  }
}

TokenList tokenize(std::string_view text) {
  TokenList out;
  out.keys.reserve(text.size());
  tokenize_into(text, out.tokens, out.keys);
  return out;
}

void KeyArena::reserve(std::size_t bytes) {
  if (!blocks_.empty() && first_size_ >= bytes + 2 * kPad) return;
  blocks_.clear();
  next_block(bytes + 2 * kPad, bytes + 2 * kPad);
}

void KeyArena::clear() {
  if (blocks_.empty()) return;
  blocks_.resize(1);
  free_ = blocks_[0].get();
  left_ = first_size_;
}

TokenKey KeyArena::keep(std::string_view s) {
  if (left_ < s.size() + kPad) next_block(s.size() + kPad, kBlock);
  if (!s.empty()) std::memcpy(free_, s.data(), s.size());
  return commit(s.size());
}

void KeyArena::next_block(std::size_t at_least, std::size_t usual) {
  const std::size_t size = std::max(at_least, usual);
  blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));  // not zeroed: keys are written before read
  if (blocks_.size() == 1) first_size_ = size;
  free_ = blocks_.back().get();
  left_ = size;
}

}  // namespace evkg
