// Sentence splitting and tokenizer word classes, on text of the project's own.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/sentence.hpp"
#include "extract/token.hpp"
#include "extract/word_classes.hpp"

namespace evkg {
namespace {

std::vector<std::string> sentences_of(const std::string& text) {
  const TokenList tokens = tokenize(text);
  std::vector<std::string> out;
  for (const Sentence& s : split_sentences(text, tokens)) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(SentenceSplitter, EndsAtFullStopsButNotAtAbbreviations) {
  EXPECT_EQ(sentences_of("Mr. Lula met Gen. Prayut on Aug. 15. They spoke for an hour."),
            (std::vector<std::string>{"Mr. Lula met Gen. Prayut on Aug. 15.", "They spoke for an hour."}));
}

TEST(SentenceSplitter, DottedAcronymEndsASentenceOnlyBeforeAnOpener) {
  EXPECT_EQ(sentences_of("Aid reached the U.S. The talks went on."),
            (std::vector<std::string>{"Aid reached the U.S.", "The talks went on."}));
  EXPECT_EQ(sentences_of("He met U.S. officials in Oslo."), (std::vector<std::string>{"He met U.S. officials in Oslo."}));
  // (also at the end of a hyphenated compound: "Japan-U.S. summit" is one word)
  EXPECT_EQ(sentences_of("They held a Japan-U.S. summit in Tokyo."), (std::vector<std::string>{"They held a Japan-U.S. summit in Tokyo."}));
}

TEST(SentenceSplitter, ALineBreakAlwaysEndsASentence) {
  EXPECT_EQ(sentences_of("Headline without a dot\nThe body starts here."),
            (std::vector<std::string>{"Headline without a dot", "The body starts here."}));
}

std::string words(int n, const char* word) {
  std::string s;
  for (int i = 0; i < n; ++i) s += std::string(word) + " ";
  return s;
}

TEST(SentenceSplitter, ARunWithoutSentenceEndIsCutAtAClauseMark) {
  // 120 words, a comma, 100 words: longer than 160 tokens, cut right after the comma.
  const std::string text = words(120, "alpha") + ", " + words(100, "beta");
  const auto tokens = tokenize(text);
  const auto sentences = split_sentences(text, tokens);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0].last - sentences[0].first, 121u);
  EXPECT_EQ(tokens[sentences[0].last - 1].key, ",");
  EXPECT_EQ(sentences[1].last, tokens.size());
}

TEST(SentenceSplitter, ARunWithoutAnyMarkIsCutEvery160Tokens) {
  const std::string text = words(1000, "gamma");
  const auto sentences = split_sentences(text, tokenize(text));
  ASSERT_EQ(sentences.size(), 7u);  // 6 x 160 + 40
  for (std::size_t i = 0; i + 1 < sentences.size(); ++i) EXPECT_EQ(sentences[i].last - sentences[i].first, 160u);
  EXPECT_EQ(sentences.back().last - sentences.back().first, 40u);
}

TEST(WordClasses, TokensCarryTheClassesOfTheirKeys) {
  const auto tokens = tokenize("In May, Senior envoy von Trapp met them near Central Park.");
  auto cls = [&](std::size_t i) { return tokens[i].cls; };
  EXPECT_TRUE(cls(0) & kClsNotAName);                                   // In
  EXPECT_TRUE(cls(0) & kClsPlacePrep);
  EXPECT_TRUE((cls(1) & kClsNotAName) && (cls(1) & kClsDateStart));     // May
  EXPECT_TRUE(cls(2) & kClsAdjective);                                  // ,
  EXPECT_TRUE(cls(3) & kClsAdjective);                                  // Senior
  EXPECT_EQ(cls(4), 0);                                                 // envoy
  EXPECT_TRUE(cls(5) & kClsNameParticle);                               // von
  EXPECT_EQ(cls(6), 0);                                                 // Trapp
  EXPECT_TRUE(cls(8) & kClsPronoun);                                    // them
  EXPECT_TRUE(cls(9) & kClsPlacePrep);                                  // near
  EXPECT_TRUE(cls(11) & kClsNonPersonHead);                             // Park
  EXPECT_EQ(word_classes("zebra"), 0);
  EXPECT_EQ(word_classes(""), 0);
}

}  // namespace
}  // namespace evkg
