// Encodings of outside text: UTF-16 with a byte-order mark, a UTF-8 BOM, CRLF line ends, NUL bytes,
// invalid UTF-8, overlong encodings and lone surrogates. Every document the reader hands on is
// valid UTF-8 without NULs (extract/document.hpp), and nothing is lost silently.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/utf8.hpp"
#include "extract/article_text.hpp"
#include "extract/document_reader.hpp"
#include "extract/encoding.hpp"
#include "tests/reliability/support.hpp"

namespace evkg::reliability {
namespace {

std::string utf16(std::u16string_view s, bool little_endian) {
  std::string out = little_endian ? "\xFF\xFE" : "\xFE\xFF";
  for (const char16_t u : s) {
    const char lo = static_cast<char>(u & 0xFF);
    const char hi = static_cast<char>(u >> 8);
    out += little_endian ? lo : hi;
    out += little_endian ? hi : lo;
  }
  return out;
}

struct Read {
  std::vector<Document> docs;
  ReadStats stats;
  std::string error;
};

Read read_paths(const std::vector<std::string>& paths) {
  Read r;
  try {
    read_documents(paths, [&](Document&& d) { r.docs.push_back(std::move(d)); }, r.stats);
  } catch (const Error& e) {
    r.error = e.what();
  }
  for (const auto& d : r.docs) {
    EXPECT_TRUE(utf8_valid(d.text)) << d.origin;
    EXPECT_EQ(d.text.find('\0'), std::string::npos) << d.origin;
    EXPECT_EQ(d.text.find('\r'), std::string::npos) << d.origin;
  }
  return r;
}

// The bytes of a string literal, NULs included.
template <std::size_t N>
std::string bytes_of(const char (&s)[N]) {
  return std::string(s, N - 1);
}

const std::u16string kArticle = u"date 2021-06-16\r\nJoe Biden met Vladimir Putin in Gen\u00e8ve \U0001F30D.\r\n";
const std::string kExpected = "Joe Biden met Vladimir Putin in Gen\xC3\xA8ve \xF0\x9F\x8C\x8D.";

TEST(Encoding, Utf16LittleAndBigEndianWithBomAreConverted) {
  const TempDir dir;
  write_file(dir / "le.txt", utf16(kArticle, true));
  write_file(dir / "be.txt", utf16(kArticle, false));
  const Read r = read_paths({(dir / "be.txt").string(), (dir / "le.txt").string()});
  ASSERT_EQ(r.docs.size(), 2u) << r.error;
  for (const auto& d : r.docs) {
    EXPECT_EQ(d.text, kExpected);
    EXPECT_EQ(d.date, "2021-06-16");
  }
}

TEST(Encoding, Utf16JsonRecordsAreConverted) {
  const TempDir dir;
  write_file(dir / "a.jsonl", utf16(u"{\"id\": \"x\", \"text\": \"Gen\u00e8ve\"}\r\n{\"text\": \"b\"}\r\n", true));
  write_file(dir / "b.json", utf16(u"[{\"id\": \"y\", \"text\": \"\U0001F30D\"}]", false));
  const Read r = read_paths({(dir / "a.jsonl").string(), (dir / "b.json").string()});
  ASSERT_EQ(r.docs.size(), 3u) << r.error;
  EXPECT_EQ(r.docs[0].text, "Gen\xC3\xA8ve");
  EXPECT_EQ(r.docs[2].text, "\xF0\x9F\x8C\x8D");
}

TEST(Encoding, Utf16LoneSurrogatesAndAnOddByteBecomeReplacementCharacters) {
  std::string bytes = utf16(u"a", true);
  bytes += std::string("\x00\xD8", 2) + "b" + std::string(1, '\0');  // lone high surrogate, then 'b'
  bytes += std::string("\x00\xDC", 2);                                  // lone low surrogate
  bytes += "c";                                                        // half a code unit
  EXPECT_EQ(bytes_to_utf8(bytes), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD");
}

// utf8_view: UTF-8 input is viewed where it is (after its BOM), UTF-16 is converted into the buffer.
TEST(Encoding, Utf8ViewCopiesOnlyWhatItConverts) {
  std::string converted;
  const std::string plain = "\xEF\xBB\xBF" "Gen\xC3\xA8ve";
  bool was_utf16 = true;
  const std::string_view v = utf8_view(plain, converted, &was_utf16);
  EXPECT_EQ(v, "Gen\xC3\xA8ve");
  EXPECT_EQ(v.data(), plain.data() + 3);
  EXPECT_FALSE(was_utf16);
  EXPECT_TRUE(converted.empty());
  const std::string wide = utf16(u"Gen\u00E8ve", true);
  const std::string_view w = utf8_view(wide, converted, &was_utf16);
  EXPECT_EQ(w, "Gen\xC3\xA8ve");
  EXPECT_EQ(w.data(), converted.data());
  EXPECT_TRUE(was_utf16);
}

TEST(Encoding, Utf8BomIsDroppedInTextAndJson) {
  const TempDir dir;
  write_file(dir / "a.txt", "\xEF\xBB\xBF" "date 2021-06-16\nJoe Biden met Vladimir Putin.\n");
  write_file(dir / "b.json", "\xEF\xBB\xBF[{\"text\": \"x\"}]");
  write_file(dir / "c.jsonl", "\xEF\xBB\xBF{\"text\": \"y\"}\n");
  const Read r = read_paths({(dir / "a.txt").string(), (dir / "b.json").string(), (dir / "c.jsonl").string()});
  ASSERT_EQ(r.docs.size(), 3u) << r.error;
  EXPECT_EQ(r.docs[0].date, "2021-06-16");
  EXPECT_EQ(r.docs[0].text, "Joe Biden met Vladimir Putin.");
  EXPECT_EQ(r.docs[1].text, "x");
  EXPECT_EQ(r.docs[2].text, "y");
}

TEST(Encoding, CrlfLineEndsBecomeLf) {
  const Document d = parse_plain_article("a", "date 2021-06-16\r\nTitle\r\n\r\nOne.\r\nTwo.\r\n");
  EXPECT_EQ(d.text, "Title\n\nOne.\nTwo.");
  EXPECT_EQ(d.date, "2021-06-16");
}

TEST(Encoding, NulBytesAreDroppedAndCounted) {
  std::size_t bad = 0;
  const Document d = parse_plain_article("a", bytes_of("Joe\0 Biden\0\0 met Xi."), &bad);
  EXPECT_EQ(d.text, "Joe Biden met Xi.");
  EXPECT_EQ(bad, 3u);
}

TEST(Encoding, InvalidOverlongAndSurrogateUtf8AreReplaced) {
  // 0xFF; an overlong '/' (C0 AF); an overlong NUL (C0 80); a 3-byte overlong (E0 80 AF); an
  // encoded surrogate (ED A0 80); a code point above U+10FFFF (F4 90 80 80); a truncated sequence.
  const std::string bytes = "a\xFF" "b\xC0\xAF" "c\xC0\x80" "d\xE0\x80\xAF" "e\xED\xA0\x80" "f\xF4\x90\x80\x80" "g\xE2\x82";
  std::size_t bad = 0;
  const Document d = parse_plain_article("x", bytes, &bad);
  EXPECT_TRUE(utf8_valid(d.text));
  EXPECT_GT(bad, 0u);
  for (const char* forbidden : {"\xC0", "\xE0\x80", "\xED\xA0", "\xF4\x90", "\xFF"}) {
    EXPECT_EQ(d.text.find(forbidden), std::string::npos) << forbidden;
  }
  for (const char c : std::string("abcdefg")) EXPECT_NE(d.text.find(c), std::string::npos);
}

TEST(Encoding, EscapedLoneSurrogatesInJson) {
  ReadStats stats;
  std::vector<Document> docs;
  auto sink = [&](Document&& d) { docs.push_back(std::move(d)); };
  // A lone low surrogate escape decodes to an encoded surrogate (ED B0 80): repaired, one U+FFFD
  // per byte, as Unicode's "maximal subpart" practice prescribes for a surrogate lead.
  parse_json_records("{\"text\": \"a\\udc00b\"}", "s.jsonl", true, sink, stats, {});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "b");
  // A lone high surrogate escape is malformed JSON for RapidJSON: an error with its position.
  try {
    parse_json_records("{\"text\": \"a\\ud800b\"}", "s.jsonl", true, sink, stats, {});
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()).rfind("s.jsonl:1:", 0), 0u) << e.what();
  }
}

TEST(EncodingCli, EveryEncodingCaseBuildsAGraphAndLeavesInputsAlone) {
  const TempDir dir;
  fs::create_directories(dir / "in");
  write_file(dir / "in" / "le.txt", utf16(kArticle, true));
  write_file(dir / "in" / "be.txt", utf16(kArticle, false));
  write_file(dir / "in" / "bom.txt", "\xEF\xBB\xBF" "Joe Biden met Xi Jinping.\r\n");
  write_file(dir / "in" / "nul.txt", bytes_of("Joe Biden\0 met Xi Jinping.\xC0\xAF\xED\xA0\x80"));
  write_file(dir / "in" / "rec.jsonl", "{\"text\": \"Vladimir Putin met Xi Jinping \\udc00.\"}\r\n");
  const auto before = snapshot(dir / "in");
  const auto r = run_evkg({"build", (dir / "in").string(), "-o", (dir / "g.graphml").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("5 documents"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("UTF-16 input converted"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("invalid UTF-8"), std::string::npos) << r.err;
  EXPECT_TRUE(utf8_valid(read_file(dir / "g.graphml")));
  EXPECT_TRUE(before == snapshot(dir / "in")) << "an input file was modified";
}

}  // namespace
}  // namespace evkg::reliability
