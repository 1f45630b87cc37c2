// The place of a news dateline, and the gathering it places.
#include "extract/dateline.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/lexicon.hpp"
#include "extract_test_support.hpp"

namespace evkg {
namespace {

std::string place(const std::string& text) { return dateline_place(text, Lexicon::builtin()); }

// A caption's dateline city in capitals, as the lexicon names it; a country is no city.
TEST(Dateline, ACityInCapitalsAsTheLexiconNamesIt) {
  EXPECT_EQ(dateline_city("WASHINGTON", Lexicon::builtin()), "Washington");
  EXPECT_EQ(dateline_city("RIO DE JANEIRO", Lexicon::builtin()), "Rio de Janeiro");
  EXPECT_EQ(dateline_city("FRANCE", Lexicon::builtin()), "");
}

TEST(Dateline, CapitalisedWordsBeforeADashAfterTheHeadline) {
  EXPECT_EQ(place("After Rio: what the summit did\n\nRIO DE JANEIRO - A day after the summit closed, ..."),
            "Rio de Janeiro");
  EXPECT_EQ(place("Headline\n\nBy A Writer\n\nWASHINGTON, July 11 (Northgate Wire) - NATO leaders closed ..."),
            "Washington");
  EXPECT_EQ(place("THE HAGUE, Netherlands (AP) \xe2\x80\x94 NATO leaders agreed on Wednesday ..."), "Hague");
  EXPECT_EQ(place("LIMA -- For a meeting that both men knew was their last ..."), "Lima");
  EXPECT_EQ(place("SINGAPORE - The dialogue ended on Sunday."), "Singapore");  // a city-state's capital
}

TEST(Dateline, NoneWithoutTheDashOrWithAHeadlineInCapitals) {
  EXPECT_EQ(place("NATO ENDS ITS ANNIVERSARY SUMMIT IN WASHINGTON\n\nLeaders closed the summit on Thursday."), "");
  EXPECT_EQ(place("PARIS was quiet on Thursday as leaders met - briefly - at the Elysee."), "");
  EXPECT_EQ(place("UPDATE - Leaders met in Paris on Thursday."), "");
  EXPECT_EQ(place("FRANCE - Leaders met in Paris on Thursday."), "");  // a country is no dateline city
  EXPECT_EQ(place("Leaders met in Paris on Thursday - and agreed on little."), "");
  // a masthead and its section before a dash: no story follows it
  EXPECT_EQ(place("CORAL SEA HERALD - PACIFIC DESK\n\nLeaders met in Apia on Monday."), "");
  EXPECT_EQ(place("CORAL SEA HERALD - PACIFIC DESK\n\nAPIA - Leaders met on Monday."), "Apia");
  // a masthead and its edition: no story follows either
  EXPECT_EQ(place("FJORD COURIER - English edition\n\nLeaders met in Oslo on Monday."), "");
  // nor with its home city in brackets; a story after the dash is filed from that city
  EXPECT_EQ(place("PAMPA GAZETTE (Buenos Aires) - English-language service\n\nLeaders met in Lima."), "");
  EXPECT_EQ(place("PAMPA GAZETTE (Buenos Aires) - The president flew to Lima on Monday for talks."), "Buenos Aires");
}

TEST(Dateline, TheBylinesPlaceWhenNoDatelineFollows) {
  struct Case {
    const char* text;
    const char* place;
  };
  const Case cases[] = {
      {"Leaders agree a loan\n\nBy Anna Holm and Piet Claes in Brussels\n\nThe leaders met.", "Brussels"},
      {"Headline\n\nBy our correspondent in New Delhi\n\nThe visit ended.", "New Delhi"},
      // the first part of the byline, and a dateline after it first
      {"Headline\n\nBy A Writer in Rome, with additional reporting by B Writer in Kyiv\n\nThe talks ended.", "Rome"},
      {"Headline\n\nBy A Writer in Kyiv\n\nWASHINGTON - The talks ended.", "Washington"},
      // not a time, a country or a long line
      {"Headline\n\nBy A Writer in the morning\n\nThe talks ended.", ""},
      {"Headline\n\nBy A Writer in France\n\nThe talks ended.", ""},
      {"By the time leaders met in Paris the talks were over, and many in the room said so.", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(place(c.text), c.place) << c.text;
}

// The event `who` attended in a one-article result, "" when none.
std::string attended_by(const DocumentResult& r, const std::string& who) {
  for (const auto& a : r.assertions) {
    if (a.relation == "attended" && a.subject == who) return a.target;
  }
  return {};
}

// "BRUSSELS, Dec 19 - ... their summit": before the text names any gathering, a summit it speaks
// of is held where the report is filed from.
TEST(Dateline, AnUnnamedSummitIsWhereTheReportIsFiledFrom) {
  const auto r = test::extract_text(
      "BRUSSELS, Dec 19 (Northgate Wire) - The leaders agreed a loan for Ukraine at the end of their summit. "
      "Viktor Orban told colleagues that Hungary would stay out.",
      "2025-12-19");
  EXPECT_NE(attended_by(r, "person:viktor-orban").find("summit:brussels"), std::string::npos);
  // a session spoken of first is one of the summit held there
  const auto s = test::extract_text(
      "VILNIUS, July 12 (Northgate Wire) - Volodymyr Zelensky took his seat on Wednesday at the first session of "
      "the council.",
      "2023-07-12");
  EXPECT_NE(attended_by(s, "person:volodymyr-zelenskyy").find("summit:vilnius"), std::string::npos);
}

// "RIO DE JANEIRO - The G20 summit opened on Monday": the summit is dated by its own sentence
// past the dateline, and held where the article is filed from; a gathering nobody is reported at
// is not.
TEST(Dateline, PlacesTheGatheringTheArticleReports) {
  const auto r = test::extract_text(
      "RIO DE JANEIRO - The G20 summit opened on Monday. Lavrov attended the summit.\n\nWASHINGTON - Trump will attend "
      "the NATO summit next month.",
      "2024-11-20");
  std::vector<std::string> summits;
  for (const auto& n : r.entities) {
    if (n.type == "summit") summits.push_back(n.id);
  }
  // (the NATO summit only planned, in a later paragraph, is not placed in Washington)
  EXPECT_EQ(summits, (std::vector<std::string>{"summit:nato-u-a-1", "summit:rio-de-janeiro-g20-2024-11-18"}));
}

}  // namespace
}  // namespace evkg
