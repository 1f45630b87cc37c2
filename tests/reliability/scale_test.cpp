// Inputs shaped to find quadratic behaviour: a 20 MB article with no sentence end, one word repeated
// a million times, a million short lines, one fact repeated across many documents. Each must finish
// in a generous wall-time bound (linear work is a few seconds; quadratic is hours) and bounded memory.
#include <gtest/gtest.h>

#include <string>

#include "extract/article_text.hpp"
#include "tests/reliability/support.hpp"

namespace evkg::reliability {
namespace {

constexpr std::int64_t kMaxRssKb = std::int64_t{2} << 20;  // 2 GB for inputs of 20 MB

// Words of an example article, cycled: realistic tokens, names the lexicon knows, no '.'.
std::string words_without_sentence_end(std::size_t bytes) {
  static const char* const kWords[] = {"Joe",    "Biden", "met",    "Chinese", "President", "Xi",   "Jinping", "in",
                                 "Bali",   "on",    "Monday", "and",     "Vladimir",  "Putin", "talks",  "with",
                                 "summit", "NATO",  "leaders", "pledged", "support",  "the",   "of",     "a"};
  std::string s;
  s.reserve(bytes + 16);
  std::size_t i = 0;
  while (s.size() < bytes) {
    s += kWords[(i * 7 + i / 24) % (sizeof kWords / sizeof *kWords)];
    s += ' ';
    ++i;
  }
  return s;
}

void expect_bounded(const RunResult& r, double seconds) {
  EXPECT_FALSE(r.timed_out) << "still running after " << seconds * kTimeFactor << " s";
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_LT(r.max_rss_kb, kMaxRssKb) << "peak memory in KB";
}

TEST(Scale, TwentyMegabyteArticleWithoutASentenceEnd) {
  const TempDir dir;
  write_file(dir / "long.txt", "date 2022-11-16\n" + words_without_sentence_end(20u << 20));
  const auto r = run_evkg({"build", (dir / "long.txt").string(), "-o", (dir / "g.json").string()}, {120, {}});
  expect_bounded(r, 120);
}

TEST(Scale, OneWordRepeatedAMillionTimes) {
  const TempDir dir;
  std::string text;
  text.reserve(6u << 20);
  for (int i = 0; i < 1000000; ++i) text += "Biden ";
  write_file(dir / "repeat.txt", text);
  const auto r = run_evkg({"build", (dir / "repeat.txt").string(), "-o", (dir / "g.json").string()}, {90, {}});
  expect_bounded(r, 90);
}

TEST(Scale, AMillionShortLines) {
  const TempDir dir;
  std::string text;
  text.reserve(12u << 20);
  for (int i = 0; i < 1000000; ++i) text += i % 3 == 0 ? "Putin met Xi.\n" : "ok\n";
  write_file(dir / "lines.txt", text);
  const auto r = run_evkg({"build", (dir / "lines.txt").string(), "-o", (dir / "g.json").string()}, {120, {}});
  expect_bounded(r, 120);
}

TEST(Scale, OneFactRepeatedInManyDocuments) {
  const TempDir dir;
  std::string lines;
  for (int i = 0; i < 100000; ++i) {
    lines += "{\"id\": \"d" + std::to_string(i) + "\", \"date\": \"2022-11-14\", \"text\": \"Joe Biden met Xi Jinping in Bali.\"}\n";
  }
  write_file(dir / "feed.jsonl", lines);
  const auto r = run_evkg({"build", (dir / "feed.jsonl").string(), "-o", (dir / "g.json").string()}, {120, {}});
  expect_bounded(r, 120);
}

// The reader alone, in process: metadata stripping must stay linear on hostile lines.
TEST(Scale, MetadataStrippingIsLinearOnHostileLines) {
  const std::size_t n = 20u << 20;
  for (const std::string& text : {std::string(n, '('), "Published " + std::string(n, '9'),
                                  "date " + std::string(n, ' '), std::string(n, '\n'), std::string(n, '-')}) {
    const double t0 = now_seconds();
    const Document d = parse_plain_article("x", text);
    EXPECT_LT(now_seconds() - t0, 10 * kTimeFactor) << text.substr(0, 12);
    EXPECT_LE(d.text.size(), text.size());
  }
}

}  // namespace
}  // namespace evkg::reliability
