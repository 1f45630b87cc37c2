// Escaping and number/list helpers used by the writers and readers.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

#include "export/dot_escape.hpp"
#include "export/list_text.hpp"
#include "export/number_text.hpp"
#include "export/text_position.hpp"
#include "export/xml_escape.hpp"

using namespace evkg;

namespace {
std::string xml_text(std::string_view s) {
  std::string out;
  append_xml_escaped(out, s, XmlContext::kText);
  return out;
}
std::string xml_attr(std::string_view s) {
  std::string out;
  append_xml_escaped(out, s, XmlContext::kAttribute);
  return out;
}
std::string dot_id(std::string_view s) {
  std::string out;
  append_dot_id(out, s);
  return out;
}
std::string dot_label(std::string_view s, std::size_t max = 0) {
  std::string out;
  append_dot_label_text(out, s, max);
  return out;
}
std::string dbl(double v) {
  std::string out;
  append_double(out, v);
  return out;
}
std::string json_dbl(double v) {
  std::string out;
  append_json_double(out, v);
  return out;
}
}  // namespace

TEST(ExportXmlEscape, MarkupCharacters) {
  EXPECT_EQ(xml_text("a<b>&c\"d'e"), "a&lt;b&gt;&amp;c\"d'e");
  EXPECT_EQ(xml_attr("a<b>&c\"d'e"), "a&lt;b&gt;&amp;c&quot;d'e");
  EXPECT_EQ(xml_text("]]>"), "]]&gt;");
  EXPECT_EQ(xml_text("plain text"), "plain text");
  EXPECT_EQ(xml_text(""), "");
}

TEST(ExportXmlEscape, ForbiddenCharactersRemovedWhitespaceKept) {
  EXPECT_EQ(xml_text(std::string("a\x01" "b\x1b" "c\0d", 7)), "abcd");
  EXPECT_EQ(xml_text("tab\tnl\ncr\r"), "tab\tnl\ncr&#13;");
  EXPECT_EQ(xml_attr("tab\tnl\ncr\r"), "tab&#9;nl&#10;cr&#13;");
  EXPECT_EQ(xml_text("x\xEF\xBF\xBEy\xEF\xBF\xBFz"), "xyz");  // U+FFFE, U+FFFF
}

TEST(ExportXmlEscape, Utf8KeptAndInvalidBytesReplaced) {
  EXPECT_EQ(xml_text("Россия 😀 é"), "Россия 😀 é");
  EXPECT_EQ(xml_text("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(xml_text("\xC3"), "\xEF\xBF\xBD");  // truncated sequence
  EXPECT_EQ(xml_text("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
}

TEST(ExportDotEscape, IdsAreQuotedAndEscapedInjectively) {
  EXPECT_EQ(dot_id("node"), "\"node\"");
  EXPECT_EQ(dot_id(""), "\"\"");
  EXPECT_EQ(dot_id("g7-2024"), "\"g7-2024\"");
  EXPECT_EQ(dot_id("a.b"), "\"a.b\"");
  EXPECT_EQ(dot_id("x\"y"), "\"x\\\"y\"");
  EXPECT_EQ(dot_id("back\\"), "\"back\\\\\"");
  EXPECT_EQ(dot_id("nl\nx"), "\"nl\\nx\"");
  EXPECT_EQ(dot_id("ctl\x01"), "\"ctl\\x01\"");
  EXPECT_EQ(dot_id("bad\xFF"), "\"bad\\xFF\"");
  EXPECT_NE(dot_id("ctl\x01"), dot_id("ctl\\x01"));
  EXPECT_NE(dot_id("nl\nx"), dot_id("nl\\nx"));
  EXPECT_EQ(dot_id("Россия"), "\"Россия\"");
}

TEST(ExportDotEscape, LabelsEscapeEveryBackslashAndAmpersand) {
  EXPECT_EQ(dot_label("\\N \\G \\E \\l"), "\\\\N \\\\G \\\\E \\\\l");
  EXPECT_EQ(dot_label("trailing\\"), "trailing\\\\");
  EXPECT_EQ(dot_label("say \"hi\""), "say \\\"hi\\\"");
  EXPECT_EQ(dot_label("AT&T &amp;"), "AT&amp;T &amp;amp;");
  EXPECT_EQ(dot_label("two\nlines"), "two\\nlines");
  EXPECT_EQ(dot_label("<b>html</b>"), "<b>html</b>");
}

TEST(ExportDotEscape, LabelsDropControlCharacters) {
  EXPECT_EQ(dot_label("a\x01" "b\x1b" "c\td\re\x7f" "f\xC2\x85g"), "abcdefg");
  EXPECT_EQ(dot_label("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
}

TEST(ExportDotEscape, LabelsShortenedByCodePoints) {
  EXPECT_EQ(dot_label("abcdef", 3), "abc…");
  EXPECT_EQ(dot_label("abc", 3), "abc");
  EXPECT_EQ(dot_label("Россия", 2), "Ро…");
  EXPECT_EQ(dot_label("😀😀😀", 1), "😀…");
  EXPECT_EQ(dot_label("a\x01\x01\x01", 1), "a");  // dropped characters do not count
}

TEST(ExportNumberText, DoublesRoundTripInShortestForm) {
  EXPECT_EQ(dbl(0.1), "0.1");
  EXPECT_EQ(dbl(2), "2");
  EXPECT_EQ(dbl(1.0 / 3.0), "0.3333333333333333");
  EXPECT_EQ(dbl(0.30000000000000004), "0.30000000000000004");
  EXPECT_EQ(dbl(1e21), "1e+21");
  EXPECT_EQ(dbl(std::numeric_limits<double>::quiet_NaN()), "NaN");
  EXPECT_EQ(dbl(std::numeric_limits<double>::infinity()), "INF");
  EXPECT_EQ(dbl(-std::numeric_limits<double>::infinity()), "-INF");
  EXPECT_EQ(json_dbl(2), "2.0");
  EXPECT_EQ(json_dbl(-0.0), "-0.0");
  EXPECT_EQ(json_dbl(0.5), "0.5");
  EXPECT_EQ(json_dbl(1e21), "1e+21");
  for (const double v : {0.1, 1.0 / 3.0, 5e-324, 1.7976931348623157e308, 123456.789, -2.5e-10}) {
    double back = 0;
    ASSERT_TRUE(parse_double(dbl(v), back));
    EXPECT_EQ(back, v);
  }
}

TEST(ExportNumberText, Parsing) {
  double d = 0;
  EXPECT_TRUE(parse_double(" 1.5\n", d));
  EXPECT_EQ(d, 1.5);
  EXPECT_TRUE(parse_double("+2", d));
  EXPECT_EQ(d, 2);
  EXPECT_TRUE(parse_double("INF", d));
  EXPECT_TRUE(std::isinf(d));
  EXPECT_TRUE(parse_double("NaN", d));
  EXPECT_TRUE(std::isnan(d));
  EXPECT_FALSE(parse_double("", d));
  EXPECT_FALSE(parse_double("1.5x", d));
  EXPECT_FALSE(parse_double("one", d));
  std::uint64_t u = 0;
  EXPECT_TRUE(parse_uint("42", u));
  EXPECT_EQ(u, 42u);
  EXPECT_TRUE(parse_uint("3.0", u));
  EXPECT_EQ(u, 3u);
  EXPECT_TRUE(parse_uint("18446744073709551615", u));
  EXPECT_EQ(u, 18446744073709551615ULL);
  EXPECT_FALSE(parse_uint("-1", u));
  EXPECT_FALSE(parse_uint("2.5", u));
  EXPECT_FALSE(parse_uint("1e30", u));
  EXPECT_FALSE(parse_uint("", u));
}

TEST(ExportListText, SplitOnSemicolonSpace) {
  EXPECT_EQ(split_list(""), std::vector<std::string>{});
  EXPECT_EQ(split_list("a"), std::vector<std::string>{"a"});
  EXPECT_EQ(split_list("a; b;c; "), (std::vector<std::string>{"a", "b;c", ""}));
}

TEST(ExportTextPosition, LineAndColumnInCodePoints) {
  const std::string text = "ab\nРос x\n";
  EXPECT_EQ(text_position(text, 0).line, 1u);
  EXPECT_EQ(text_position(text, 0).column, 1u);
  EXPECT_EQ(text_position(text, 2).column, 3u);
  const auto p = text_position(text, text.find('x'));
  EXPECT_EQ(p.line, 2u);
  EXPECT_EQ(p.column, 5u);
  EXPECT_EQ(located_message("f.json", text, 3, "bad"), "f.json:2:1: bad");
  EXPECT_EQ(text_position(text, 1000).line, 3u);
}
