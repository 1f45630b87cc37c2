// Hostile JSON article records: deep nesting, huge numbers, duplicate keys, a 20 MB string, NUL
// bytes, and a JSON Lines file with one broken line (an error naming file:line:column, or skipped
// and counted with --skip-bad-records).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/utf8.hpp"
#include "extract/document_reader.hpp"
#include "tests/reliability/support.hpp"

namespace evkg::reliability {
namespace {

struct Parsed {
  std::vector<Document> docs;
  ReadStats stats;
  std::string error;  // "" when it parsed
};

Parsed parse(std::string_view bytes, bool json_lines, bool skip_bad = false) {
  Parsed p;
  ReadOptions options;
  options.skip_bad_records = skip_bad;
  try {
    parse_json_records(bytes, "in.json", json_lines, [&](Document&& d) { p.docs.push_back(std::move(d)); }, p.stats,
                       options);
  } catch (const Error& e) {
    p.error = e.what();
  }
  return p;
}

TEST(JsonRecords, HundredsOfThousandsOfOpenBracketsAreAnErrorNotACrash) {
  const std::string open(300000, '[');
  const Parsed unterminated = parse(open, false);
  EXPECT_NE(unterminated.error.find("in.json:1:"), std::string::npos) << unterminated.error;
  const Parsed closed = parse(open + std::string(300000, ']'), false);
  EXPECT_NE(closed.error.find("a record must be a JSON object"), std::string::npos) << closed.error;
  const Parsed line = parse("{\"text\": \"a\", \"x\": " + open + "\n", true);
  EXPECT_NE(line.error.find("in.json:1:"), std::string::npos) << line.error;
  const Parsed nested_member = parse("[{\"text\": \"ok\", \"extra\": " + open + std::string(300000, ']') + "}]", false);
  EXPECT_EQ(nested_member.error, "");
  EXPECT_EQ(nested_member.docs.size(), 1u);
}

TEST(JsonRecords, HugeNumbersAreRejectedOrIgnoredNeverACrash) {
  const Parsed too_big = parse("[{\"id\": 1e999999, \"text\": \"x\"}]", false);
  EXPECT_NE(too_big.error.find("in.json:1:"), std::string::npos) << too_big.error;
  const std::string digits(5000, '9');
  const Parsed long_int = parse("{\"id\": " + digits + ", \"text\": \"Biden met Xi.\", \"date\": " + digits + "}\n", true);
  // Beyond the range of a double: rejected with its position, like any malformed record.
  EXPECT_NE(long_int.error.find("in.json:1:8: Number too big"), std::string::npos) << long_int.error;
  EXPECT_TRUE(long_int.docs.empty());
  const Parsed u64 = parse("{\"id\": 18446744073709551615, \"text\": \"x\"}\n{\"id\": -9223372036854775808, \"text\": \"y\"}", true);
  ASSERT_EQ(u64.docs.size(), 2u);
  EXPECT_EQ(u64.docs[0].id, "18446744073709551615");
  EXPECT_EQ(u64.docs[1].id, "-9223372036854775808");
}

TEST(JsonRecords, DuplicateKeysTakeTheFirstOccurrence) {
  const Parsed p = parse("{\"text\": \"first\", \"text\": \"second\", \"id\": \"a\", \"id\": \"b\"}\n", true);
  ASSERT_EQ(p.docs.size(), 1u) << p.error;
  EXPECT_EQ(p.docs[0].text, "first");
  EXPECT_EQ(p.docs[0].id, "a");
}

TEST(JsonRecords, TwentyMegabyteStringInBoundedTime) {
  std::string text(20u << 20, 'x');
  for (std::size_t i = 1000; i < text.size(); i += 1000) text[i] = ' ';
  const double t0 = now_seconds();
  const Parsed p = parse("[{\"id\": \"big\", \"text\": \"" + text + "\"}]", false);
  const double seconds = now_seconds() - t0;
  ASSERT_EQ(p.docs.size(), 1u) << p.error;
  EXPECT_EQ(p.docs[0].text.size(), text.size());
  EXPECT_LT(seconds, 10 * kTimeFactor);
}

TEST(JsonRecords, RawNulByteIsAnErrorWithItsPosition) {
  const std::string bytes = std::string("{\"text\": \"a\"}") + '\0' + "{\"text\": \"hidden\"}";
  EXPECT_NE(parse(bytes, false).error.find("in.json:1:14: unexpected NUL byte"), std::string::npos)
      << parse(bytes, false).error;
  const Parsed lines = parse("{\"text\": \"ok\"}\n" + bytes + "\n", true);
  EXPECT_NE(lines.error.find("in.json:2:14: unexpected NUL byte"), std::string::npos) << lines.error;
  const Parsed skipped = parse("{\"text\": \"ok\"}\n" + bytes + "\n", true, true);
  EXPECT_EQ(skipped.docs.size(), 1u);
  EXPECT_EQ(skipped.stats.skipped_records, 1u);
}

TEST(JsonRecords, EscapedNulAndInvalidUtf8InStringsAreRepaired) {
  const Parsed p = parse("{\"id\": \"a\\u0000b\", \"title\": \"t\xff\", \"url\": \"u\xc0\xaf\", \"text\": \"x\\u0000y \xed\xa0\x80 z\"}\n", true);
  ASSERT_EQ(p.docs.size(), 1u) << p.error;
  for (const std::string* s : {&p.docs[0].id, &p.docs[0].title, &p.docs[0].url, &p.docs[0].text}) {
    EXPECT_TRUE(utf8_valid(*s)) << *s;
    EXPECT_EQ(s->find('\0'), std::string::npos);
  }
  EXPECT_EQ(p.docs[0].id, "ab");
  EXPECT_EQ(p.stats.invalid_utf8, 1u);
}

TEST(JsonRecords, ArrayRecordErrorsNameTheRecordAndItsPosition) {
  const Parsed p = parse("[\n  {\"text\": \"a\"},\n  {\"title\": \"no text\"}\n]", false);
  EXPECT_EQ(p.error, "in.json:3:3: record 2: a record needs a string field \"text\"");
  EXPECT_EQ(p.docs.size(), 1u);
}

// A JSON Lines file is read in pieces: records across piece boundaries, a line longer than a piece,
// CRLF, blank lines and a last line without '\n' give what parsing the whole text gives.
TEST(JsonRecords, StreamedJsonLinesFileEqualsTheWholeText) {
  const TempDir dir;
  std::string text = "\xEF\xBB\xBF";
  for (int i = 0; i < 40000; ++i) {
    text += "{\"id\": \"r" + std::to_string(i) + "\", \"text\": \"" + std::string(static_cast<std::size_t>(i % 97), 'w') + " met.\"}";
    text += i % 5 == 0 ? "\r\n" : (i % 7 == 0 ? "\n\n  \n" : "\n");
    if (i == 20000) text += "{\"id\": \"long\", \"text\": \"" + std::string(3u << 20, 'y') + "\"}\n";
  }
  text += "{\"id\": \"last\", \"text\": \"no newline\"}";
  write_file(dir / "f.jsonl", text);
  std::vector<Document> streamed;
  ReadStats s1;
  read_documents({(dir / "f.jsonl").string()}, [&](Document&& d) { streamed.push_back(std::move(d)); }, s1);
  const Parsed whole = parse(text.substr(3), true);
  ASSERT_EQ(whole.error, "");
  ASSERT_EQ(streamed.size(), whole.docs.size());
  EXPECT_EQ(streamed.size(), 40002u);
  for (std::size_t i = 0; i < streamed.size(); ++i) {
    EXPECT_EQ(streamed[i].id, whole.docs[i].id);
    EXPECT_EQ(streamed[i].text, whole.docs[i].text);
    EXPECT_EQ(streamed[i].origin.substr(streamed[i].origin.rfind(':')), whole.docs[i].origin.substr(whole.docs[i].origin.rfind(':')));
  }
  EXPECT_EQ(s1.bytes, text.size());
}

// --- the command line --------------------------------------------------------------------------

std::string broken_jsonl() {
  return "{\"id\": \"a\", \"text\": \"Joe Biden met Xi Jinping in Bali.\"}\n"
         "{\"id\": \"b\", \"text\": \"Vladimir Putin met Xi Jinping.\"}\n"
         "{\"id\": \"c\", \"text\": \"broken\" \"oops\"}\n"
         "{\"id\": \"d\", \"text\": \"Emmanuel Macron met Olaf Scholz.\"}\n";
}

TEST(JsonLinesCli, BrokenLineIsAnErrorNamingFileLineAndColumn) {
  const TempDir dir;
  const auto in = dir / "feed.jsonl";
  write_file(in, broken_jsonl());
  const auto r = run_evkg({"build", in.string(), "-o", (dir / "g.json").string()});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find(in.string() + ":3:30:"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "g.json"));
}

TEST(JsonLinesCli, SkipBadRecordsSkipsTheLineWithAWarningAndCountsIt) {
  const TempDir dir;
  const auto in = dir / "feed.jsonl";
  write_file(in, broken_jsonl());
  const auto r = run_evkg({"build", "--skip-bad-records", in.string(), "-o", (dir / "g.json").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(in.string() + ":3:30:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("record skipped"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 records"), std::string::npos) << r.err;  // the summary counts it
  EXPECT_NE(r.err.find("3 documents"), std::string::npos) << r.err;
  EXPECT_TRUE(fs::exists(dir / "g.json"));
}

TEST(JsonCli, DeepNestingHugeNumbersAndBigStringsThroughTheBinary) {
  const TempDir dir;
  write_file(dir / "deep.json", std::string(400000, '['));
  write_file(dir / "num.jsonl", "{\"id\": 1e400, \"text\": \"x\"}\n");
  std::string big = "{\"id\": \"big\", \"text\": \"";
  big.append(20u << 20, 'x');
  big += "\"}\n";
  write_file(dir / "big.jsonl", big);
  const auto before = snapshot(dir.path());
  for (const char* name : {"deep.json", "num.jsonl"}) {
    const auto r = run_evkg({"build", (dir / name).string(), "-o", (dir / "g.json").string()}, {30, {}});
    EXPECT_EQ(r.exit_code, 1) << name << ": " << r.err;
    EXPECT_NE(r.err.find((dir / name).string() + ":1:"), std::string::npos) << r.err;
  }
  const auto r = run_evkg({"build", (dir / "big.jsonl").string(), "-o", (dir / "g.json").string()}, {60, {}});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(r.timed_out);
  EXPECT_LT(r.max_rss_kb, 1024 * 1024) << "peak memory in KB";
  auto after = snapshot(dir.path());
  after.erase((dir / "g.json").string());
  EXPECT_TRUE(before == after) << "an input file was modified";
}

TEST(JsonCli, StandardInputJsonLinesWithCrlfAndAJsonArray) {
  const TempDir dir;
  write_file(dir / "lines", "{\"id\": \"a\", \"text\": \"Joe Biden met Xi Jinping.\"}\r\n"
                            "{\"id\": \"b\", \"text\": \"Vladimir Putin met Xi Jinping.\"}\r\n");
  write_file(dir / "array", "[\n {\"id\": \"a\", \"text\": \"Joe Biden met Xi Jinping.\"},\n {\"id\": \"b\", \"text\": \"x\"}\n]\n");
  write_file(dir / "object", "{\n \"id\": \"a\",\n \"text\": \"Joe Biden met Xi Jinping.\"\n}\n");
  for (const auto& [name, docs] : {std::pair{"lines", "2 documents"}, {"array", "2 documents"}, {"object", "1 documents"}}) {
    const auto r = run_evkg({"build", "-", "-o", (dir / "g.json").string()}, {30, dir / name});
    EXPECT_EQ(r.exit_code, 0) << name << ": " << r.err;
    EXPECT_NE(r.err.find(docs), std::string::npos) << name << ": " << r.err;
  }
}

}  // namespace
}  // namespace evkg::reliability
