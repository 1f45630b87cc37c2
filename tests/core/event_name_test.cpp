#include "core/event_name.hpp"

#include <gtest/gtest.h>

namespace evkg {
namespace {

TEST(EventName, NameEndingWithAKindNounSaysItsKind) {
  EXPECT_TRUE(name_says_its_kind("COP28 conference", "summit"));
  EXPECT_TRUE(name_says_its_kind("Shangri-La Dialogue", "conference"));
  EXPECT_TRUE(name_says_its_kind("Victory Day parade", "ceremony"));
  EXPECT_TRUE(name_says_its_kind("Arab League Summit", "summit"));
}

TEST(EventName, NameEndingWithItsOwnKindSaysIt) {
  // a kind outside the gathering nouns, named by the text itself
  EXPECT_TRUE(name_says_its_kind("State Visit", "visit"));
  EXPECT_FALSE(name_says_its_kind("State Visit", "summit"));
}

TEST(EventName, NameOpeningWithItsKindBeforeOfSaysIt) {
  EXPECT_TRUE(name_says_its_kind("Summit of the Future", "summit"));
  EXPECT_TRUE(name_says_its_kind("Summit on Malaria and Neglected Tropical Diseases", "summit"));
  EXPECT_FALSE(name_says_its_kind("Summit Malaria Days", "summit"));
  EXPECT_TRUE(name_says_its_kind("Conference of the Parties", "conference"));
  // capitals and folding are those of names
  EXPECT_TRUE(name_says_its_kind("SUMMIT OF THREE", "summit"));
  // (a kind noun first without "of" is a modifier: "Summit Partners" is not a summit's name)
  EXPECT_FALSE(name_says_its_kind("Summit Partners", "summit"));
}

TEST(EventName, NameWithItsKindBeforeWhatItIsForSaysIt) {
  EXPECT_TRUE(name_says_its_kind("Belt and Road Forum for International Cooperation", "conference"));
  EXPECT_TRUE(name_says_its_kind("Leaders Summit on Climate", "summit"));
  // (a kind noun inside a body's name with nothing after it for: "Forum Party Congress" ends in one)
  EXPECT_FALSE(name_says_its_kind("Pacific Islands Forum Secretariat", "meeting"));
}

TEST(EventName, BodyNameDoesNotSayItsKind) {
  EXPECT_FALSE(name_says_its_kind("Gulf Cooperation Council", "summit"));
  EXPECT_FALSE(name_says_its_kind("General Assembly", "meeting"));
  EXPECT_FALSE(name_says_its_kind("G20", "summit"));
  EXPECT_FALSE(name_says_its_kind("", "summit"));
}

}  // namespace
}  // namespace evkg
