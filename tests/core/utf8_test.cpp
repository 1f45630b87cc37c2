#include "core/utf8.hpp"

#include <gtest/gtest.h>

using namespace evkg;

TEST(Utf8, ValidTextIsKept) {
  std::string out;
  EXPECT_EQ(utf8_repair("Micheál Martin — Élysée", out), 0u);
  EXPECT_EQ(out, "Micheál Martin — Élysée");
}

TEST(Utf8, InvalidBytesBecomeReplacementCharacters) {
  std::string out;
  EXPECT_EQ(utf8_repair(std::string("a\xff" "b"), out), 1u);
  EXPECT_EQ(out, "a\xEF\xBF\xBD" "b");
}

TEST(Utf8, OverlongAndSurrogatesAreRejected) {
  EXPECT_FALSE(utf8_valid("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(utf8_valid("\xED\xA0\x80"));      // lone surrogate U+D800
  EXPECT_FALSE(utf8_valid("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(utf8_valid("\xE2\x82"));          // truncated
  EXPECT_TRUE(utf8_valid("\xF0\x9F\x98\x80"));   // emoji
}

TEST(Utf8, NulBytesAreDropped) {
  std::string out;
  EXPECT_EQ(utf8_repair(std::string("a\0b", 3), out), 1u);
  EXPECT_EQ(out, "ab");
}

TEST(Utf8, XmlForbidden) {
  EXPECT_TRUE(xml_forbidden(0x1));
  EXPECT_FALSE(xml_forbidden('\n'));
  EXPECT_TRUE(xml_forbidden(0xFFFE));
  EXPECT_FALSE(xml_forbidden(0x1F600));
}
