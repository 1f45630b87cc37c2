#include <string>
#include <string_view>

#include "extract/sentence.hpp"
#include "extract/word_set.hpp"

namespace evkg {

using namespace std::string_view_literals;  // "the"sv: comparisons check the length first
namespace {

// Longer runs of tokens without a sentence end are cut (news sentences rarely pass 80 tokens).
constexpr std::uint32_t kMaxSentenceTokens = 160;

// Words that typically open a sentence: after "U.S." or "a.m." they signal a boundary.
bool sentence_opener(std::string_view key) {
  static const WordSet k = {
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "at", "this", "that",
      "these", "those", "his", "her", "their", "its", "there", "however", "meanwhile", "after", "before",
      "when", "while", "as", "if", "since", "yet", "still", "also", "both", "some", "many"};
  return k.count(key) != 0;
}

bool closing(const Token& t) {
  return t.is(kPunct) && (t.key == "\""sv || t.key == "'"sv || t.key == ")"sv || t.key == "]"sv);
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens) {
  (void)text;
  std::vector<Sentence> out;
  const auto n = static_cast<std::uint32_t>(tokens.size());
  std::uint32_t start = 0;
  auto emit = [&](std::uint32_t end_tok) {
    if (end_tok > start) out.push_back(Sentence{start, end_tok, tokens[start].begin, tokens[end_tok - 1].end});
    start = end_tok;
  };
  for (std::uint32_t i = 0; i < n; ++i) {
    // Most tokens (words inside a paragraph, no dot of their own) neither start nor end one.
    if ((tokens[i].flags & (kParaStart | kPunct | kAbbrev)) == 0 && i - start < kMaxSentenceTokens) continue;
    if (i > start && tokens[i].is(kParaStart)) {
      emit(i);
    }
    if (i - start >= kMaxSentenceTokens) {
      // Text without sentence ends (lists, scraped tables, run-on input): cut after the last
      // clause mark of the second half, or here. Keeps the work and evidence of a sentence bounded.
      std::uint32_t cut = i;
      for (std::uint32_t k = i; k > start + kMaxSentenceTokens / 2; --k) {
        const Token& p = tokens[k - 1];
        if (p.is(kPunct) && (p.key == ";"sv || p.key == ","sv || p.key == ":"sv)) {
          cut = k;
          break;
        }
      }
      emit(cut);
    }
    const Token& t = tokens[i];
    bool end_here = false;
    if (t.is(kPunct) && (t.key == "."sv || t.key == "!"sv || t.key == "?"sv)) {
      end_here = true;
    } else if (t.is(kAbbrev) && i + 1 < n) {
      // Only dotted acronyms and a.m./p.m. may end a sentence, and only before a typical opener.
      const bool acronym = t.key.size() >= 2 && t.end - t.begin > t.key.size() + 1;
      const bool time = t.key == "am"sv || t.key == "pm"sv;
      if ((acronym || time) && tokens[i + 1].is(kCapital) && sentence_opener(tokens[i + 1].key)) end_here = true;
    }
    if (!end_here) continue;
    std::uint32_t j = i + 1;
    while (j < n && (closing(tokens[j]) || (tokens[j].is(kPunct) && (tokens[j].key == "."sv || tokens[j].key == "!"sv || tokens[j].key == "?"sv)))) ++j;
    if (j >= n) {
      emit(n);
      break;
    }
    const Token& next = tokens[j];
    // A lower-case continuation ("said the U.S. envoy" / "... he said.") is not a new sentence,
    // except at a paragraph break, handled above.
    const bool can_start = next.is(kCapital) || next.is(kDigit) || next.is(kQuote) || next.key == "("sv ||
                           next.is(kParaStart) || (!next.is(kWord) && !next.is(kPunct));
    if (can_start) {
      emit(j);
      i = j - 1;
    }
  }
  emit(n);
  return out;
}

}  // namespace evkg
