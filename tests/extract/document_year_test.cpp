// The year of a document without a date line: a weekday written with its day and month, and the
// offices the lexicon knows the named people held.
#include <gtest/gtest.h>

#include <string>

#include "extract/document.hpp"
#include "extract/extractor.hpp"
#include "extract/lexicon.hpp"
#include "extract_test_support.hpp"

namespace evkg {
namespace {

DocumentResult undated(const std::string& text) { return test::extract_text(text, ""); }

// A document whose header gave a day without its year ("--10-29").
DocumentResult headed(const std::string& day, const std::string& text) {
  Document d{};
  d.id = "a";
  d.date = day;
  d.text = text;
  return Extractor(Lexicon::builtin()).extract(d);
}

std::string met_date(const DocumentResult& r) {
  for (const auto& a : r.assertions) {
    if (a.relation == "met") return a.date;
  }
  return "no meeting";
}

TEST(DocumentYear, AWeekdayWithDayAndMonthAndTheLeadersInOfficeGiveTheYear) {
  // 28 October was a Tuesday in 2003, 2008, 2014, 2025 ...; Takaichi has been prime minister since 2025
  const auto r = undated("Japanese Prime Minister Sanae Takaichi held talks with US President Donald Trump in Tokyo "
                         "on Tuesday 28 October.");
  EXPECT_EQ(r.doc_date, "2025");
  EXPECT_EQ(met_date(r), "2025-10-28");
}

TEST(DocumentYear, AWeekdayThatFitsNoYearOfTheLeadersGivesNone) {
  // 28 October was a Monday in 2013, 2019 and 2024: Xi was in office in each, Takaichi in none, so no
  // single year fits best
  const auto r = undated("Japanese Prime Minister Sanae Takaichi held talks with Chinese President Xi Jinping in "
                         "Gyeongju on Monday 28 October.");
  EXPECT_EQ(r.doc_date, "");
  EXPECT_EQ(met_date(r), "");
}

TEST(DocumentYear, AHeadersDayWithoutAYearTakesTheYearTheTextGives) {
  // the header said "Wednesday 29 October" and nothing else; the weekday date of the text gives 2025
  const auto r = headed("--10-29", "Sanae Takaichi held talks with Donald Trump in Tokyo on Tuesday 28 October. This "
                                   "afternoon Trump met Lee Jae-myung in Gyeongju.");
  EXPECT_EQ(r.doc_date, "2025-10-29");
  std::string lee;
  for (const auto& a : r.assertions) {
    if (a.relation == "met" && (a.subject.find("lee") != std::string::npos || a.target.find("lee") != std::string::npos)) lee = a.date;
  }
  EXPECT_EQ(lee, "2025-10-29");
  // without a year found, no date
  EXPECT_EQ(headed("--10-29", "Sanae Takaichi held talks with Donald Trump in Tokyo.").doc_date, "");
}

TEST(DocumentYear, AWireDatelinesDayTakesTheYearOfItsLedesWeekday) {
  // "SEOUL, Oct 29 (Wire) - ... on Wednesday": 29 October was a Wednesday in 2014, 2025 ...; Lee
  // Jae-myung and Takaichi were in office in 2025 only. Past a headline; a weekday further down
  // says nothing of the dateline's day.
  const std::string lede = "Lee and Takaichi agree to meet again\n\nSEOUL, Oct 29 (Harbour Wire) - South Korean "
                           "President Lee Jae-myung met Japanese Prime Minister Sanae Takaichi in Gyeongju";
  EXPECT_EQ(headed("--10-29", lede + " on Wednesday.").doc_date, "2025-10-29");
  EXPECT_EQ(headed("--10-29", lede + ".\n\nOne.\n\nTwo.\n\nThree.\n\nThey spoke on Wednesday.").doc_date, "");
}

TEST(DocumentYear, NoWeekdayNoYear) {
  const auto r = undated("Japanese Prime Minister Sanae Takaichi held talks with US President Donald Trump in Tokyo "
                         "on 28 October.");
  EXPECT_EQ(r.doc_date, "");
}

TEST(DocumentYear, AWeekdayDateWithItsYearGivesTheYearAndTheDayOthersAreCountedFrom) {
  const auto r = undated("On Friday, December 25, 2015, Narendra Modi stopped in Lahore. On Thursday he had held talks "
                         "with Vladimir Putin in Moscow.");
  EXPECT_EQ(r.doc_date, "2015");
  EXPECT_EQ(met_date(r), "2015-12-24");
}

TEST(DocumentYear, AWeekdayDateWhoseYearDoesNotFitItSaysNothing) {
  // 25 December 2014 was a Thursday
  const auto r = undated("On Friday, December 25, 2014, Narendra Modi held talks with Vladimir Putin in Moscow.");
  EXPECT_EQ(r.doc_date, "");
}

TEST(DocumentYear, ADateLineIsNeverOverridden) {
  const auto r =
      test::extract_text("Sanae Takaichi held talks with Donald Trump in Tokyo on Tuesday 28 October.", "2025-10-29");
  EXPECT_EQ(r.doc_date, "2025-10-29");
}

}  // namespace
}  // namespace evkg
