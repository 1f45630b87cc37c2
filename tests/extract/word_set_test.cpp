// The fixed word lists of the rules (extract/word_set.cpp): a word of any length is found exactly,
// and no prefix, extension, other case or word that differs in one byte is.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract/word_set.hpp"

using namespace evkg;
using namespace std::string_view_literals;

TEST(WordSet, FindsEveryListedWordOfEveryLength) {
  // one word of each length from 1 to 20 bytes: the packed lookups read 1-3, 4-7, 8, 9-15 and 16
  // bytes in different ways, and longer words are kept apart
  const std::string alphabet = "abcdefghijklmnopqrstuvwxyz";
  std::vector<std::string> words;
  for (std::size_t n = 1; n <= 20; ++n) words.push_back(alphabet.substr(n % 5, n));
  const WordSet set = {words[0], words[1], words[2], words[3], words[4], words[5], words[6],
                       words[7], words[8], words[9], words[10], words[11], words[12], words[13],
                       words[14], words[15], words[16], words[17], words[18], words[19]};
  for (const auto& w : words) {
    EXPECT_TRUE(set.contains(w)) << w;
    EXPECT_EQ(set.count(w), 1U) << w;
    // a substring that ends one byte earlier, one that starts one byte later, one byte more
    EXPECT_FALSE(set.contains(std::string_view(w).substr(0, w.size() - 1))) << w;
    if (w.size() > 1) {
      EXPECT_FALSE(set.contains(std::string_view(w).substr(1))) << w;
    }
    EXPECT_FALSE(set.contains(w + "s")) << w;
    // each byte changed in turn (the last byte of every length is where the packing differs)
    for (std::size_t i = 0; i < w.size(); ++i) {
      std::string other = w;
      other[i] = 'Z';
      EXPECT_FALSE(set.contains(other)) << other;
    }
  }
}

TEST(WordSet, ReadsOnlyTheWordsBytes) {
  // a key inside a longer text: the bytes after it are not part of it
  const WordSet set = {"bank", "company", "ministry", "spokeswoman"};
  const std::string text = "banking companyX ministry's spokeswomen";
  EXPECT_TRUE(set.contains(std::string_view(text).substr(0, 4)));
  EXPECT_TRUE(set.contains(std::string_view(text).substr(8, 7)));
  EXPECT_TRUE(set.contains(std::string_view(text).substr(17, 8)));
  EXPECT_FALSE(set.contains(std::string_view(text).substr(0, 7)));
  EXPECT_FALSE(set.contains(std::string_view(text).substr(28, 11)));
  EXPECT_FALSE(set.contains("Bank"));
  EXPECT_FALSE(set.contains(""));
}

TEST(WordSet, ListsTheEmptyWordOnlyWhenGiven) {
  const WordSet with_empty = {""sv, "a"sv};
  EXPECT_TRUE(with_empty.contains(""));
  EXPECT_TRUE(with_empty.contains("a"));
  EXPECT_FALSE(with_empty.contains("b"));
}
