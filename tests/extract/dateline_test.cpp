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
