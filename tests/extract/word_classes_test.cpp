// The closed-class word table (extract/word_classes.cpp): exact keys only, every class of a word
// united, nothing for prefixes, extensions, other cases or keys longer than any list word.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "extract/word_classes.hpp"

using namespace evkg;
using namespace std::string_view_literals;

TEST(WordClasses, ListWordsHaveTheirClasses) {
  EXPECT_EQ(word_classes("the"), kClsNotAName | kClsAdjective | kClsDateStart);
  EXPECT_EQ(word_classes("summit"), kClsNonPersonHead);
  EXPECT_EQ(word_classes("von"), kClsNameParticle);
  EXPECT_EQ(word_classes("near"), kClsPlacePrep);
  EXPECT_EQ(word_classes("him"), kClsPronoun);
  EXPECT_EQ(word_classes("august"), kClsNotAName | kClsDateStart);
  EXPECT_EQ(word_classes("high-ranking"), kClsAdjective);  // 12 bytes: across both packed words
  EXPECT_EQ(word_classes("long-serving"), kClsAdjective);
  EXPECT_EQ(word_classes("his"), kClsNotAName | kClsAdjective | kClsPronoun);
  EXPECT_EQ(word_classes(","), kClsAdjective);
  EXPECT_EQ(word_classes("guest"), kClsRoleNoun);
  EXPECT_EQ(word_classes("kingdom"), kClsRoleNoun | kClsNonPersonHead);
}

TEST(WordClasses, OtherKeysHaveNone) {
  for (const std::string_view k : {"th"sv, "thee"sv, "The"sv, "summits"sv, "macron"sv, ""sv, "a\0"sv,
                                   "high-rankingness"sv, "high-ranking-officials"sv, "in "sv}) {
    EXPECT_EQ(word_classes(k), 0) << std::string(k);
  }
  EXPECT_EQ(word_classes("a"), kClsNotAName | kClsAdjective | kClsDateStart);
}
