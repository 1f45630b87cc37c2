// The tokenizer: token spans, keys, flags and word classes of ASCII and non-ASCII words, inner
// apostrophes, hyphens and dots, possessives and abbreviations. Both the ASCII fast path and the
// decoding path must give the same keys (name_key rules: lower case, no dots, accents folded).
#include <algorithm>
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/token.hpp"
#include "extract/lexicon.hpp"
#include "extract/word_classes.hpp"
#include "extract/word_table.hpp"

using namespace evkg;

namespace {

std::vector<std::string> keys(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(text)) out.push_back(t.key.str());
  return out;
}

std::vector<std::string> spans(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(text)) out.emplace_back(text.substr(t.begin, t.end - t.begin));
  return out;
}

}  // namespace

TEST(Tokenizer, AsciiWordsAndPunctuation) {
  EXPECT_EQ(keys("The Leaders met, in Paris."), (std::vector<std::string>{"the", "leaders", "met", ",", "in", "paris", "."}));
  // a dotted acronym keeps its dot; a hyphen after a dot is not inside a word
  EXPECT_EQ(spans("U.S.-led talks"), (std::vector<std::string>{"U.S.", "-", "led", "talks"}));
  EXPECT_EQ(keys("U.S.-led talks"), (std::vector<std::string>{"us", "-", "led", "talks"}));
  // a dotted acronym after a hyphen stays in the word ("Japan-U.S." is not "Japan-U" and a dot)
  EXPECT_EQ(spans("a Japan-U.S. summit"), (std::vector<std::string>{"a", "Japan-U.S.", "summit"}));
  EXPECT_EQ(keys("Kyiv-based co-chair's"), (std::vector<std::string>{"kyiv-based", "co-chair", "'s"}));
  EXPECT_EQ(keys("Côte d'Ivoire's co-chair"), (std::vector<std::string>{"cote", "d'ivoire", "'s", "co-chair"}));
  EXPECT_EQ(keys("Zelenskyy’s envoy"), (std::vector<std::string>{"zelenskyy", "'s", "envoy"}));
  // typographic apostrophes and hyphens inside a word fold to ASCII in the key
  EXPECT_EQ(keys("rock’n’roll and e‑mail"), (std::vector<std::string>{"rock'n'roll", "and", "e-mail"}));
  EXPECT_EQ(keys("ÉMILE Ömer 2025-09-04 4th"), (std::vector<std::string>{"emile", "omer", "2025-09-04", "4th"}));
}

TEST(Tokenizer, ADecimalPointIsInsideTheNumber) {
  // (a thousands comma stays a token of its own, as before)
  EXPECT_EQ(spans("($26.7 million) and 1,250.75 points."),
            (std::vector<std::string>{"(", "$", "26.7", "million", ")", "and", "1", ",", "250.75", "points", "."}));
  // a number that ends a sentence keeps the full stop apart
  EXPECT_EQ(spans("worth 26. It"), (std::vector<std::string>{"worth", "26", ".", "It"}));
  // after a sign outside ASCII too: "£1.5bn" is no "£1." ending a sentence
  const auto pounds = spans("promised £1.5bn and €2.25 billion.");
  EXPECT_EQ(pounds.size(), 6u);
  EXPECT_EQ(pounds.back(), ".");
  EXPECT_EQ(std::count(pounds.begin(), pounds.end(), std::string(".")), 1);
}

TEST(Tokenizer, FlagsAndAbbreviations) {
  const auto t = tokenize("Mr. Macron met NATO's chief at 3 p.m. in Paris.");
  ASSERT_EQ(t.size(), 12u);
  EXPECT_TRUE(t[0].is(kAbbrev));  // "Mr."
  EXPECT_EQ(t[0].key, "mr");
  EXPECT_TRUE(t[1].is(kCapital));
  EXPECT_FALSE(t[1].is(kAllCaps));
  EXPECT_TRUE(t[3].is(kAllCaps));  // NATO
  EXPECT_EQ(t[4].key, "'s");
  EXPECT_TRUE(t[7].is(kDigit));
  EXPECT_EQ(t[8].key, "pm");
  EXPECT_TRUE(t[8].is(kAbbrev));
  EXPECT_TRUE(t[11].is(kPunct));
  EXPECT_EQ(t[11].key, ".");
}

TEST(Tokenizer, ANameAfterALowerCaseArabicArticleIsCapitalised) {
  const auto t = tokenize("talks with al-Sharaa, el-Sisi and ash-Shaibani on al-qaeda and all-Party rules");
  ASSERT_EQ(t.size(), 12u);
  EXPECT_TRUE(t[2].is(kCapital));   // al-Sharaa
  EXPECT_EQ(t[2].key, "al-sharaa");
  EXPECT_TRUE(t[4].is(kCapital));   // el-Sisi
  EXPECT_TRUE(t[6].is(kCapital));   // ash-Shaibani
  EXPECT_FALSE(t[8].is(kCapital));  // al-qaeda: no capital after the article
  EXPECT_FALSE(t[10].is(kCapital));  // all-Party: no article
}

TEST(Tokenizer, WordClassesOnEveryPath) {
  // a list word read by the ASCII path, by the decoding path (an accent), after a possessive, and
  // a punctuation token: the classes are those of the key whichever way it was built
  const auto t = tokenize("The Summit’s Park near Ünion, and");
  EXPECT_EQ(t[0].cls, word_classes("the"));
  EXPECT_EQ(t[1].cls, word_classes("summit"));
  EXPECT_EQ(t[2].cls, word_classes("'s"));
  EXPECT_EQ(t[3].cls, word_classes("park"));
  EXPECT_EQ(t[4].cls, word_classes("near"));
  EXPECT_EQ(t[5].key, "union");
  EXPECT_EQ(t[5].cls, word_classes("union"));
  EXPECT_NE(t[5].cls, 0);
  EXPECT_EQ(t[6].cls, word_classes(","));
  EXPECT_EQ(t[7].cls, word_classes("and"));
}

TEST(Tokenizer, LongWordsKeepTheirWholeKey) {
  const std::string word(100, 'A');
  const auto t = tokenize(word + " x");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].key, std::string(100, 'a'));
  EXPECT_EQ(t[0].cls, 0);
}

TEST(Tokenizer, SpacesAndLineBreaks) {
  const auto t = tokenize("one\u00a0two\u2009three\nfour\r\nfive");
  ASSERT_EQ(t.size(), 5u);
  EXPECT_TRUE(t[0].is(kParaStart));
  EXPECT_FALSE(t[1].is(kParaStart));
  EXPECT_TRUE(t[3].is(kParaStart));
  EXPECT_TRUE(t[4].is(kParaStart));
  EXPECT_EQ(keys("one\u00a0two\u2009three"), (std::vector<std::string>{"one", "two", "three"}));
}

// With a lexicon's word table, each token carries its position there (or kAbsent), and its class
// bits are those of the static lists: the lexicon scan relies on both.
TEST(Tokenizer, WordTableGivesPositionsAndTheSameClasses) {
  const Lexicon& lex = Lexicon::builtin();
  const std::string text = "The French President met Zelenskyy in Paris, zzqxv said; " + std::string(20, 'b') + ".";
  std::vector<Token> with;
  KeyArena keys;
  tokenize_into(text, with, keys, &lex.words());
  const TokenList without = tokenize(text);
  ASSERT_EQ(with.size(), without.size());
  for (std::size_t i = 0; i < with.size(); ++i) {
    EXPECT_EQ(with[i].key, without[i].key.view()) << i;
    EXPECT_EQ(with[i].cls, without[i].cls) << with[i].key.view();
    EXPECT_EQ(without[i].word, kWordNotLookedUp);
  }
  // "french" (a demonym) and "paris" (a capital) are one-token phrases; "president" starts one.
  for (const std::size_t i : {1u, 2u, 6u}) {
    ASSERT_NE(with[i].word, WordTable::kAbsent) << with[i].key.view();
    EXPECT_EQ(lex.lookup_word(with[i].word).max_len, lex.lookup_prefix(with[i].key).max_len);
    EXPECT_EQ(lex.lookup_word(with[i].word).entries, lex.lookup_prefix(with[i].key).entries);
  }
  EXPECT_NE(lex.lookup_word(with[6].word).entries, nullptr);
  EXPECT_EQ(with[8].key, "zzqxv");
  EXPECT_EQ(with[8].word, WordTable::kAbsent);
  EXPECT_EQ(with[11].key.size(), 20u);
  EXPECT_EQ(with[11].word, kWordNotLookedUp);  // longer than a table word: the scan asks by string
}

// Words of every length up to past the key room, at several offsets from the start and with the
// text ending at, or going on after, the word: the sixteen-byte scan and the byte loop must agree
// on where the word ends and on its key.
TEST(Tokenizer, WordsOfEveryLengthEndWhereTheyEnd) {
  const std::string letters = "QuickBrown9FoxJumpsOverTheLazyDog7AndRunsFarAwayFromHome";
  for (std::size_t length = 1; length <= letters.size(); ++length) {
    const std::string word = letters.substr(0, length);
    std::string lower = word;
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (const std::string lead : {"", " ", "x ", "Hi, "}) {
      for (const std::string tail : {"", " end", ", end", "'s end", "\u00a0end", ".", "\n"}) {
        if (length == 1 && tail == ".") continue;  // "Q." is an initial, which keeps its dot
        std::string text = lead;
        text += word;
        text += tail;
        const auto t = tokenize(text);
        const std::size_t at = lead.empty() ? 0 : lead == " " ? 0 : lead == "x " ? 1 : 2;
        ASSERT_GT(t.size(), at) << text;
        EXPECT_EQ(t[at].begin, lead.size()) << text;
        EXPECT_EQ(t[at].end, lead.size() + length) << text;
        EXPECT_EQ(t[at].key, lower) << text;
      }
    }
  }
}

// The table's one-byte positions (punctuation tokens) are those of the general lookup.
TEST(WordTable, OneByteWordsAsFoundByString) {
  const WordTable& words = Lexicon::builtin().words();
  for (int c = 0; c < 256; ++c) {
    const char byte = static_cast<char>(c);
    EXPECT_EQ(words.find_byte(static_cast<unsigned char>(c)), words.find(std::string_view(&byte, 1))) << c;
  }
  EXPECT_NE(words.find_byte(','), WordTable::kAbsent);  // a closed-class word of its own
}

// Every later word of a lexicon phrase is in the word table, so that the lexicon scan can stop at a
// token that is not: "kingdom" continues "united kingdom" and is there, with no phrase data of its
// own; a word in no phrase is absent.
TEST(WordTable, LaterWordsOfPhrasesAreThere) {
  const Lexicon& lex = Lexicon::builtin();
  ASSERT_NE(lex.lookup_prefix("united kingdom").entries, nullptr);
  const std::uint32_t kingdom = lex.words().find("kingdom");
  ASSERT_NE(kingdom, WordTable::kAbsent);
  EXPECT_EQ(lex.lookup_prefix("kingdom").max_len, lex.words().info(kingdom).max_len);
  EXPECT_EQ(lex.words().find("zzqxv"), WordTable::kAbsent);
}

// The pair filter never turns away the first two words of a phrase, and turns away most pairs
// that start none.
TEST(WordTable, PairFilterKeepsEveryPhraseStart) {
  const Lexicon& lex = Lexicon::builtin();
  const WordTable& words = lex.words();
  for (const auto& [a, b] : {std::pair{"united", "kingdom"}, {"prime", "minister"}, {"european", "union"}}) {
    ASSERT_NE(lex.lookup_prefix(std::string(a) + " " + b).max_len, 0u) << a << " " << b;
    EXPECT_TRUE(lex.may_start_phrase(words.find(a), words.find(b))) << a << " " << b;
  }
  const std::vector<std::string> common = {"the", "of", "and", "in", "to", "said", "he", "it", "was", "for",
                                           "on", "is", "with", "that", "by", "at", "as", "from", "his", "be"};
  int kept = 0;
  int pairs = 0;
  for (const auto& a : common) {
    for (const auto& b : common) {
      const std::uint32_t wa = words.find(a);
      const std::uint32_t wb = words.find(b);
      ASSERT_NE(wa, WordTable::kAbsent) << a;
      std::string pair = a;
      pair += ' ';
      pair += b;
      if (lex.lookup_prefix(pair).max_len != 0) continue;  // a real phrase start
      ++pairs;
      kept += lex.may_start_phrase(wa, wb) ? 1 : 0;
    }
  }
  EXPECT_LT(kept * 5, pairs) << kept << " of " << pairs << " pairs that start no phrase pass the filter";
}

// Capital flags count every letter of the word, ASCII or not, and digits not at all.
TEST(Tokenizer, CapitalFlagsOverMixedWords) {
  const auto t = tokenize("2ND aÉÉ ÉCOLE École NATO Nato F. x3D");
  ASSERT_EQ(t.size(), 8u);
  EXPECT_TRUE(t[0].is(kAllCaps));    // 2ND: the digit does not count
  EXPECT_FALSE(t[0].is(kCapital));
  EXPECT_FALSE(t[1].is(kAllCaps));   // aÉÉ: a lower-case letter
  EXPECT_TRUE(t[2].is(kAllCaps));    // ÉCOLE
  EXPECT_TRUE(t[2].is(kCapital));
  EXPECT_FALSE(t[3].is(kAllCaps));   // École
  EXPECT_TRUE(t[3].is(kCapital));
  EXPECT_TRUE(t[4].is(kAllCaps));
  EXPECT_FALSE(t[5].is(kAllCaps));
  EXPECT_TRUE(t[6].is(kAbbrev));     // an initial keeps its dot
  EXPECT_EQ(t[6].key, "f");
  EXPECT_FALSE(t[7].is(kAllCaps));
  EXPECT_FALSE(t[7].is(kCapital));
}

// Keys stay valid when the arena moves on to new blocks, and a reused arena starts again.
TEST(KeyArena, KeysSurviveNewBlocksAndClear) {
  KeyArena arena;
  arena.reserve(8);
  std::vector<std::string> texts;
  std::vector<TokenKey> kept;
  for (int i = 0; i < 200; ++i) {
    texts.push_back(std::string(static_cast<std::size_t>(1000 + i), static_cast<char>('a' + i % 26)));
    kept.push_back(arena.keep(texts.back()));
  }
  for (std::size_t i = 0; i < texts.size(); ++i) EXPECT_EQ(kept[i], texts[i]) << i;
  arena.clear();
  const TokenKey again = arena.keep("after clear");
  EXPECT_EQ(again, "after clear");

  // A tokenizer run over a text longer than its first block (non-ASCII keys are kept one by one).
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "Ünïcödé-wörd ";
  std::vector<Token> tokens;
  KeyArena keys;
  keys.reserve(16);
  tokenize_into(text, tokens, keys, &Lexicon::builtin().words());
  ASSERT_EQ(tokens.size(), 3000u);
  for (const Token& t : tokens) ASSERT_EQ(t.key, "unicode-word");
}
