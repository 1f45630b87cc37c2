#include "core/fold.hpp"

#include <gtest/gtest.h>

#include "core/slug.hpp"

using namespace evkg;

TEST(Fold, AccentsAndCase) {
  EXPECT_EQ(fold("Micheál"), "micheal");
  EXPECT_EQ(fold("Élysée"), "elysee");
  // Vietnamese and the rest of Latin Extended Additional, and letters of Latin Extended-B
  EXPECT_EQ(fold("Trần Thanh Mẫn"), "tran thanh man");
  EXPECT_EQ(fold("Nguyễn Phú Trọng"), "nguyen phu trong");
  EXPECT_EQ(fold("Phạm Minh Chính, Hồ Chí Minh, Đà Nẵng"), "pham minh chinh, ho chi minh, da nang");
  EXPECT_EQ(fold("Ưu Ơn"), "uu on");
  // combining accents of text in decomposed form
  EXPECT_EQ(fold("E\u0301lyse\u0301e"), "elysee");
  EXPECT_EQ(fold("Łukasz Čaputová Şahin Straße"), "lukasz caputova sahin strasse");
}

TEST(Fold, TypographicPunctuation) {
  EXPECT_EQ(fold("Russia\u2019s \u201cforce\u201d \u2013 x"), "russia's \"force\" - x");
}

TEST(Fold, CyrillicLowerCase) { EXPECT_EQ(fold("ЗЕЛЕНСЬКИЙ"), "зеленський"); }

TEST(NameKey, DotsAndSpaces) {
  EXPECT_EQ(name_key("U.S."), "us");
  EXPECT_EQ(name_key("  Sir Keir   Starmer "), "sir keir starmer");
  EXPECT_EQ(name_key("Zelenskyy\u2019s"), "zelenskyy's");
  EXPECT_EQ(name_key("Élysée Palace"), "elysee palace");
}

TEST(Slug, Ids) {
  EXPECT_EQ(slug("Emmanuel Macron"), "emmanuel-macron");
  EXPECT_EQ(make_id("summit", "Paris 2025-09-04"), "summit:paris-2025-09-04");
  EXPECT_EQ(slug("Sébastien  Lecornu"), "sebastien-lecornu");
  const std::string cyr = slug("Москва");
  EXPECT_EQ(cyr.size(), 17u);
  EXPECT_EQ(cyr[0], 'x');
  EXPECT_EQ(cyr, slug("Москва"));
}

TEST(ArabicNameSkeleton, TransliterationsShareOneKey) {
  EXPECT_EQ(arabic_name_skeleton("sabah khaled al-hamad al-sabah"), "#ar sbh khld hmd sbh");
  EXPECT_EQ(arabic_name_skeleton("sabah al-khalid al-hamad al-sabah"), "#ar sbh khld hmd sbh");
  EXPECT_EQ(arabic_name_skeleton("sheikh mohamed bin zayed"), arabic_name_skeleton("muhammad ibn zayed"));
  EXPECT_EQ(arabic_name_skeleton("gamal abdel nasser"), arabic_name_skeleton("jamal abdel nasser"));
  EXPECT_EQ(arabic_name_skeleton("omar al-bashir"), "");  // two parts: too short to tell people apart
  EXPECT_NE(arabic_name_skeleton("faisal bin farhan"), arabic_name_skeleton("faisal bin salman"));
}

TEST(ArabicNameSkeleton, OtherNamesHaveNone) {
  EXPECT_EQ(arabic_name_skeleton("john fitzgerald kennedy"), "");
  EXPECT_EQ(arabic_name_skeleton("ursula von der leyen"), "");
}
