#include "export/assertions_jsonl.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

#include "core/error.hpp"
#include "tests/app/cli_helpers.hpp"

using namespace evkg;

namespace {

DocumentResult sample() {
  DocumentResult r;
  r.doc_id = "doc \"1\"\\é";
  r.doc_date = "2022-11-16";
  r.sentences = 42;
  r.bytes = 1234567890123ULL;
  NodeProps n;
  n.id = "person:joe-biden";
  n.label = "Joe Biden";
  n.type = "person";
  n.aliases = {"Biden", "Joseph R. Biden"};
  n.country = "United States";
  n.affiliation = "NATO";
  n.role = "President";
  n.date = "2022-11";
  n.location = "Nusa Dua, Bali";
  n.mentions = 7;
  n.sources = {"doc \"1\"\\é"};
  r.entities.push_back(n);
  NodeProps bare;
  bare.id = "country:chn";
  r.entities.push_back(bare);
  Assertion a;
  a.relation = "met";
  a.subject = "person:joe-biden";
  a.target = "person:xi-jinping";
  a.object = std::string("tab\there, newline\nthere, nul \0 byte", 35);  // the NUL inside, not an end
  a.object.push_back('\0');
  a.date = "2022-11-14";
  a.place = "Bali";
  a.event = "summit:bali-2022-11-15";
  a.status = "planned";
  a.confidence = 0.1 + 0.2;  // not the shortest decimal: must still read back exactly
  a.doc_id = r.doc_id;
  a.begin = 4000000000u;
  a.end = 4000000123u;
  a.evidence = "Biden met Xi \xE2\x80\x9Cin person\xE2\x80\x9D.";
  r.assertions.push_back(a);
  Assertion b = a;
  b.confidence = 1.0 / 3.0;
  b.status = "reported";
  r.assertions.push_back(b);
  return r;
}

void expect_equal(const DocumentResult& x, const DocumentResult& y) {
  EXPECT_EQ(x.doc_id, y.doc_id);
  EXPECT_EQ(x.doc_date, y.doc_date);
  EXPECT_EQ(x.sentences, y.sentences);
  EXPECT_EQ(x.bytes, y.bytes);
  ASSERT_EQ(x.entities.size(), y.entities.size());
  for (std::size_t i = 0; i < x.entities.size(); ++i) {
    const auto& a = x.entities[i];
    const auto& b = y.entities[i];
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.label, b.label);
    EXPECT_EQ(a.type, b.type);
    EXPECT_EQ(a.aliases, b.aliases);
    EXPECT_EQ(a.country, b.country);
    EXPECT_EQ(a.affiliation, b.affiliation);
    EXPECT_EQ(a.role, b.role);
    EXPECT_EQ(a.date, b.date);
    EXPECT_EQ(a.location, b.location);
    EXPECT_EQ(a.mentions, b.mentions);
    EXPECT_EQ(a.sources, b.sources);
  }
  ASSERT_EQ(x.assertions.size(), y.assertions.size());
  for (std::size_t i = 0; i < x.assertions.size(); ++i) {
    const auto& a = x.assertions[i];
    const auto& b = y.assertions[i];
    EXPECT_EQ(a.relation, b.relation);
    EXPECT_EQ(a.subject, b.subject);
    EXPECT_EQ(a.target, b.target);
    EXPECT_EQ(a.object, b.object);
    EXPECT_EQ(a.date, b.date);
    EXPECT_EQ(a.place, b.place);
    EXPECT_EQ(a.event, b.event);
    EXPECT_EQ(a.status, b.status);
    EXPECT_EQ(a.confidence, b.confidence);
    EXPECT_EQ(a.doc_id, b.doc_id);
    EXPECT_EQ(a.begin, b.begin);
    EXPECT_EQ(a.end, b.end);
    EXPECT_EQ(a.evidence, b.evidence);
  }
}

}  // namespace

TEST(AssertionsJsonl, EveryFieldRoundTrips) {
  const DocumentResult r = sample();
  std::string line;
  append_assertions_line(r, line);
  ASSERT_FALSE(line.empty());
  EXPECT_EQ(line.back(), '\n');
  EXPECT_EQ(line.find('\n'), line.size() - 1) << "one line per document";
  line.pop_back();
  expect_equal(parse_assertions_line(line, "t:1"), r);
}

TEST(AssertionsJsonl, NonFiniteConfidenceIsNull) {
  DocumentResult r = sample();
  r.assertions[0].confidence = std::nan("");
  std::string line;
  append_assertions_line(r, line);
  EXPECT_NE(line.find("\"confidence\":null"), std::string::npos);
  EXPECT_TRUE(std::isnan(parse_assertions_line(line, "t:1").assertions[0].confidence));
}

TEST(AssertionsJsonl, MissingMembersTakeDefaultsAndUnknownOnesAreIgnored) {
  const auto r = parse_assertions_line(R"({"doc_id":"d","future":[1,2],"entities":[{"id":"x"}],
    "assertions":[{"subject":"x","target":"x","relation":"met"}]})",
                                       "t:1");
  EXPECT_EQ(r.doc_id, "d");
  ASSERT_EQ(r.entities.size(), 1u);
  EXPECT_EQ(r.entities[0].mentions, 0u);
  ASSERT_EQ(r.assertions.size(), 1u);
  EXPECT_EQ(r.assertions[0].status, "reported");
}

TEST(AssertionsJsonl, ErrorsNameTheLine) {
  auto message = [](std::string_view line) {
    try {
      parse_assertions_line(line, "f.jsonl:3");
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message("{\"doc_id\":").rfind("f.jsonl:3:", 0), 0u) << message("{\"doc_id\":");
  EXPECT_EQ(message("[1]"), "f.jsonl:3: a record must be a JSON object");
  EXPECT_EQ(message(R"({"sentences":-1})"), "f.jsonl:3: \"sentences\" must be a non-negative integer");
  EXPECT_EQ(message(R"({"entities":[{"label":"x"}]})"), "f.jsonl:3: an entity needs a non-empty \"id\"");
  EXPECT_EQ(message(R"({"assertions":[{"subject":"x","target":"y","begin":5000000000}]})"),
            "f.jsonl:3: \"begin\" must be a byte offset");
}

TEST(AssertionsJsonl, FileReaderStreamsLinesAndSkipsBlankOnes) {
  test::TempDir dir;
  const DocumentResult r = sample();
  std::string text;
  append_assertions_line(r, text);
  text += "\n   \r\n";
  DocumentResult big = r;
  big.assertions[0].evidence.assign(3u << 20, 'x');  // a line longer than the read buffer
  std::string big_line;
  append_assertions_line(big, big_line);
  big_line.insert(big_line.size() - 1, "\r");  // CRLF
  text += big_line;
  append_assertions_line(r, text);
  text.pop_back();  // no newline at the end
  {
    std::ofstream out(dir / "a.jsonl", std::ios::binary);
    out << text;
  }
  std::vector<DocumentResult> got;
  std::uint64_t consumed = 0;
  read_assertions_file(dir / "a.jsonl", [&](DocumentResult&& x) { got.push_back(std::move(x)); }, &consumed);
  ASSERT_EQ(got.size(), 3u);
  expect_equal(got[0], r);
  expect_equal(got[1], big);
  expect_equal(got[2], r);
  EXPECT_GE(consumed, text.size());
  EXPECT_THROW(read_assertions_file(dir / "missing.jsonl", [](DocumentResult&&) {}), Error);
}
