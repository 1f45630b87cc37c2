// The XML pull parser's scanners take ASCII names and plain text sixteen bytes at a time and go on
// byte by byte from the first other byte: names and texts of every length, with a reference or a
// multi-byte character at every position, must come out whole.
#include <gtest/gtest.h>

#include <string>

#include "core/error.hpp"
#include "export/xml_pull_parser.hpp"

using namespace evkg;

namespace {

// The element name, its attribute's value and its text, parsed from <r><NAME a.NAME="..">..</NAME></r>.
struct Parsed {
  std::string name;
  std::string attribute;
  std::string text;
};

Parsed parse_one(const std::string& name, const std::string& value, const std::string& text) {
  const std::string doc = "<r><" + name + " a." + name + "=\"" + value + "\">" + text + "</" + name + "></r>";
  XmlPullParser p(doc, "test.xml");
  Parsed out;
  EXPECT_EQ(p.next(), XmlPullParser::Token::kStartElement);  // <r>
  EXPECT_EQ(p.next(), XmlPullParser::Token::kStartElement);
  out.name = std::string(p.name());
  if (const std::string* a = p.attribute("a." + name)) out.attribute = *a;
  for (XmlPullParser::Token t = p.next(); t == XmlPullParser::Token::kText; t = p.next()) out.text += p.text();
  return out;
}

}  // namespace

TEST(XmlPullParser, NamesOfEveryLengthWithAnyCharacterAnywhere) {
  const std::string base = "graph_Node-id.x.y0123456789abcdefghijKLMNOPQRSTUV";  // no ":" (a prefix)
  for (std::size_t length = 1; length <= base.size(); ++length) {
    for (std::size_t at = 1; at <= length; ++at) {
      std::string name = base.substr(0, length);
      if (at < length) name.insert(at, "\xC3\xA9");  // é inside the name
      const Parsed p = parse_one(name, "v", "t");
      EXPECT_EQ(p.name, name);
      EXPECT_EQ(p.attribute, "v") << name;
    }
  }
  EXPECT_EQ(parse_one("ns:a_rather_long_element_name", "v", "t").name, "ns:a_rather_long_element_name");
}

TEST(XmlPullParser, TextsOfEveryLengthWithAReferenceOrCharacterAnywhere) {
  const std::string base = "Leaders met in Paris on Thursday to pledge support for";
  for (std::size_t length = 0; length <= base.size(); ++length) {
    for (std::size_t at = 0; at <= length; ++at) {
      const std::string plain = base.substr(0, length);
      std::string with_ref = plain;
      with_ref.insert(at, "&amp;");
      std::string expected = plain;
      expected.insert(at, "&");
      EXPECT_EQ(parse_one("e", "v", with_ref).text, expected);
      std::string with_char = plain;
      with_char.insert(at, "\xE2\x80\x9C");  // a curly quote
      EXPECT_EQ(parse_one("e", with_char, with_char).text, with_char);
      EXPECT_EQ(parse_one("e", with_char, "x").attribute, with_char);
    }
  }
}

TEST(XmlPullParser, ANameLongerThanTheLimitIsAnError) {
  const std::string name(XmlPullParser::kMaxNameLength + 1, 'n');
  try {
    parse_one(name, "v", "t");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("name longer than 1024 bytes"), std::string::npos) << e.what();
  }
  const std::string longest(XmlPullParser::kMaxNameLength, 'n');
  EXPECT_EQ(parse_one(longest, "v", "t").name, longest);
}
