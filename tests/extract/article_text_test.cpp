// Metadata lines of plain-text articles: the publication date they give, and that they are not text.
#include <gtest/gtest.h>

#include <string>

#include "extract/article_text.hpp"

namespace evkg {
namespace {

TEST(ParseDatePhrase, WordsAndNumbers) {
  EXPECT_EQ(parse_date_phrase("4 Sep 2025"), "2025-09-04");
  EXPECT_EQ(parse_date_phrase("4:12 PM GMT+2, June 25, 2025"), "2025-06-25");
  EXPECT_EQ(parse_date_phrase("16/05/2025 - 19:12"), "2025-05-16");
  EXPECT_EQ(parse_date_phrase("16.05.2025"), "2025-05-16");
  EXPECT_EQ(parse_date_phrase("05/16/2025"), "2025-05-16");
  EXPECT_EQ(parse_date_phrase("04/05/2025"), "");  // 4 May or April 5: not guessed
  EXPECT_EQ(parse_date_phrase("31/02/2025"), "");  // no such day
  EXPECT_EQ(parse_date_phrase("16/05/25"), "");    // no century
  EXPECT_EQ(parse_date_phrase("at 4:12 PM"), "");
}

TEST(StripMetadata, PublishedAndUpdatedLinesGiveTheDateAndGo) {
  std::string date;
  EXPECT_EQ(strip_metadata("Headline\n\nPublished: 16/05/2025 - 19:12\n\nIstanbul (AFP) - Talks began.", &date),
            "Headline\n\n\nIstanbul (AFP) - Talks began.");
  EXPECT_EQ(date, "2025-05-16");

  date.clear();
  EXPECT_EQ(strip_metadata("Headline\nUpdated 4:12 PM GMT+2, June 25, 2025\nLeaders met.", &date), "Headline\nLeaders met.");
  EXPECT_EQ(date, "2025-06-25");

  date.clear();
  EXPECT_EQ(strip_metadata("Posted June 3, 2025\nLeaders met.", &date), "Leaders met.");
  EXPECT_EQ(date, "2025-06-03");

  // a stamp with the weekday abbreviated, alone on its line
  date.clear();
  EXPECT_EQ(strip_metadata("Headline\nWed 12 Feb 2025 06.00 GMT\nLeaders met.", &date), "Headline\nLeaders met.");
  EXPECT_EQ(date, "2025-02-12");
  // a stamp among a header's fields split by bars: the date, and the line stays (its names are a byline's)
  date.clear();
  EXPECT_EQ(strip_metadata("Issue 12 | Published 3 March 2024 | Compiled by Ana Ruiz\nLeaders met.", &date),
            "Issue 12 | Published 3 March 2024 | Compiled by Ana Ruiz\nLeaders met.");
  EXPECT_EQ(date, "2024-03-03");
  date.clear();
  EXPECT_EQ(strip_metadata("Issue 12 | Compiled by Ana Ruiz\nLeaders met.", &date),
            "Issue 12 | Compiled by Ana Ruiz\nLeaders met.");
  EXPECT_EQ(date, "");
  // a live report last updated after midnight, whose entries begin in the morning: of the day before
  date.clear();
  strip_metadata("Live\nLast updated: Friday 24 October 2025, 00:40 CET\n\n08:50 - Leaders arrive\nText.\n\n23:50 - "
                 "Close\nText.",
                 &date);
  EXPECT_EQ(date, "2025-10-23");
  date.clear();
  strip_metadata("Live\nLast updated: Friday 24 October 2025, 21:40 CET\n\n08:50 - Leaders arrive\nText.", &date);
  EXPECT_EQ(date, "2025-10-24");
  date.clear();
  strip_metadata("Live\nUpdated 1:10 AM, October 24, 2025\n\n9:05 - Leaders arrive\nText.", &date);
  EXPECT_EQ(date, "2025-10-23");
  // a numeric stamp with its time ("20.06.2025, 22:15")
  date.clear();
  EXPECT_EQ(strip_metadata("Headline\n20.06.2025, 22:15\nLeaders met.", &date), "Headline\nLeaders met.");
  EXPECT_EQ(date, "2025-06-20");
  // (a line of text that opens with such a word is no stamp)
  date.clear();
  EXPECT_EQ(strip_metadata("Sat 12 of them, on 4 May 2025\nLeaders met.", &date),
            "Sat 12 of them, on 4 May 2025\nLeaders met.");
  EXPECT_EQ(date, "");
}

TEST(StripMetadata, ACaptionsClosingCreditGoes) {
  std::string date;
  EXPECT_EQ(strip_metadata("Starmer takes part by video link. Photograph: Jo Bloggs/PA", &date),
            "Starmer takes part by video link.");
  EXPECT_EQ(strip_metadata("Leaders at the palace. Photo: Deniz Akgul / AFP\nMore text.", &date),
            "Leaders at the palace.\nMore text.");
  EXPECT_EQ(strip_metadata("Photographer: Ana Lindqvist/Bloomberg", &date), "");
  // not a credit: the word in running text, or a long remainder
  const std::string text = "The Photograph: a history of the image was published in Paris. It sold well.";
  EXPECT_EQ(strip_metadata(text, &date), text);
}

TEST(StripMetadata, AFirstDateLineWinsOverLaterStamps) {
  std::string date;
  strip_metadata("date 2025-06-26\nUpdated 4:12 PM GMT+2, June 25, 2025\nLeaders met.", &date);
  EXPECT_EQ(date, "2025-06-26");
}

TEST(StripMetadata, ABodyLineThatOnlyStartsLikeAStampStays) {
  std::string date;
  const std::string body =
      "Updated plans for the summit were circulated to all thirty-two delegations before the leaders arrived.";
  EXPECT_EQ(strip_metadata(body, &date), body);
  EXPECT_EQ(date, "");
}

TEST(StripMetadata, ATimeStampAloneOnALineGivesTheDateAndGoes) {
  std::string date;
  EXPECT_EQ(strip_metadata("Headline\nSept. 4, 2025, 2:41 PM EDT\n\nPARIS - Leaders met.", &date),
            "Headline\n\nPARIS - Leaders met.");
  EXPECT_EQ(date, "2025-09-04");
  // a short line of words is no stamp, even with a date in it
  date.clear();
  EXPECT_EQ(strip_metadata("Leaders met on 4 September 2025 in Paris.", &date), "Leaders met on 4 September 2025 in Paris.");
  EXPECT_EQ(date, "");
}

}  // namespace
TEST(StripMetadata, ABylineWithADateGivesTheDateAndStays) {
  std::string date;
  EXPECT_EQ(strip_metadata("Headline\n\nBy Ana Ruiz | Friday, October 7, 2022\n\nLeaders met.", &date),
            "Headline\n\nBy Ana Ruiz | Friday, October 7, 2022\n\nLeaders met.");
  EXPECT_EQ(date, "2022-10-07");

  // a stamp at the byline's end
  date.clear();
  strip_metadata("Headline\n\nBy Ana Ruiz and Li Wen, Northlight News. Updated 8 June 2007\n\nLeaders met.", &date);
  EXPECT_EQ(date, "2007-06-08");

  // a body sentence that starts with "By" and has no bar gives no date
  date.clear();
  strip_metadata("Headline\n\nBy Friday, October 7, the talks had failed.", &date);
  EXPECT_EQ(date, "");
  date.clear();
  strip_metadata("Headline\n\nBy the time the text was updated on Friday, the talks had failed.", &date);
  EXPECT_EQ(date, "");
}

TEST(StripMetadata, ACaptionsClosingNameSlashAgencyCreditGoes) {
  std::string date;
  EXPECT_EQ(strip_metadata("3. Leaders pose for the family photo. (Tamsin Novak/Gullrock Images)\n4. Next.", &date),
            "3. Leaders pose for the family photo.\n4. Next.");
  // also before the bracket that closes a caption
  EXPECT_EQ(strip_metadata("[Photo: Trump and May meet in Hamburg on Saturday. (Daniel Duda / HPN)]\nNext.", &date),
            "[Photo: Trump and May meet in Hamburg on Saturday.]\nNext.");
  // not one in the middle of a line, nor words that are not names
  EXPECT_EQ(strip_metadata("The (Paris/Berlin) axis held. Talks (on/off) went on (see below/above)", &date),
            "The (Paris/Berlin) axis held. Talks (on/off) went on (see below/above)");
}

TEST(NumberedCaptions, ThreeNumberedLinesMakeAGallery) {
  EXPECT_TRUE(numbered_captions("Gallery\n\n1. Biden arrives.\n\n2. Kishida waves.\n\n10. The leaders pose."));
  EXPECT_FALSE(numbered_captions("Gallery\n\n1. Biden arrives.\n\n2. Kishida waves."));
  EXPECT_FALSE(numbered_captions("In 2023. 12. talks. The 1. 2. 3. of it all"));
}

TEST(StripMetadata, ADateAmongAHeadersFieldsGivesTheDateAndStays) {
  std::string date;
  const std::string text = "Headline\n\nThe Daily Post \u00b7 Live coverage \u00b7 Monday 29 May 2023\n\nLeaders met.";
  EXPECT_EQ(strip_metadata(text, &date), text);
  EXPECT_EQ(date, "2023-05-29");
  // a clock's place in brackets after a stamp alone on a line
  date.clear();
  EXPECT_EQ(strip_metadata("Headline\n13 NOV 2022, 17:52 (Moscow time)\n\nLeaders met.", &date), "Headline\n\nLeaders met.");
  EXPECT_EQ(date, "2022-11-13");
}

TEST(StripMetadata, AHeadersDayWithoutAYearIsKeptForTheYearTheTextGives) {
  std::string date;
  const std::string text = "Headline\nSouth Wire English \u00b7 Live blog\nTuesday 30 May \u00b7 Last updated 21:52 BRT\n\nLeaders met.";
  EXPECT_EQ(strip_metadata(text, &date), text);
  EXPECT_EQ(date, "--05-30");
  // a wire's dateline
  date.clear();
  strip_metadata("Headline\n\nBRASILIA, May 30 (Transmeridian Press) - South American leaders agreed on Tuesday to keep "
                 "meeting.", &date);
  EXPECT_EQ(date, "--05-30");
  // a date with its year wins
  date.clear();
  strip_metadata("Headline\nTuesday 30 May \u00b7 Live\nPublished 30 May 2023\n\nLeaders met.", &date);
  EXPECT_EQ(date, "2023-05-30");
  // not a day the story tells of after its first paragraph, nor a headline's
  date.clear();
  strip_metadata(std::string("Leaders to meet on 30 May\n\n") + std::string(220, 'x') + "\n\nTuesday 30 May", &date);
  EXPECT_EQ(date, "");
  EXPECT_EQ(parse_day_without_year("Tuesday, 30 May"), "--05-30");
  EXPECT_EQ(parse_day_without_year("Sept. 4"), "--09-04");
  EXPECT_EQ(parse_day_without_year("Feb 29"), "");
  EXPECT_EQ(parse_day_without_year("Last updated 21:52"), "");
  // a dateline with the country after the city
  date.clear();
  strip_metadata("Headline\n\nJEDDAH, Saudi Arabia, May 19 (Halyard Press) - Arab leaders met on Friday.", &date);
  EXPECT_EQ(date, "--05-19");
}

// A programme's air date heads its transcript; a page of agency dispatches, each closed by where
// and when it was filed, is of the latest of those days.
TEST(StripMetadata, ABroadcastsAirDateAndTheLatestDispatchDateDateThePage) {
  std::string date;
  EXPECT_EQ(strip_metadata("THE EVENING DESK\n\nBroadcast Friday 19 May 2023, 21:00 AST. Programme transcript.\n\n"
                           "PRESENTER: Good evening.",
                           &date),
            "THE EVENING DESK\n\n\nPRESENTER: Good evening.");
  EXPECT_EQ(date, "2023-05-19");
  // (not a sentence of the story that opens with the word)
  date.clear();
  strip_metadata(std::string("Headline\n\n") + std::string(220, 'x') + "\n\nBroadcast 19 May 2023 it was.", &date);
  EXPECT_EQ(date, "");
  date.clear();
  EXPECT_EQ(strip_metadata("AGENCY\n\nThe president arrived.\n(Jeddah, 18/5/2023)\n\nThe president spoke.\n(Jeddah, "
                           "19/5/2023)\n\nThe ministers met.\n(Jeddah, 17/5/2023)",
                           &date),
            "AGENCY\n\nThe president arrived.\n\nThe president spoke.\n\nThe ministers met.");
  EXPECT_EQ(date, "2023-05-19");
}

// A transcript's speakers' labels are blanked (the offsets of what they say stay); headings that name
// a place or a day once each are not labels.
TEST(StripMetadata, ATranscriptsSpeakersLabelsAreNoWordsOfTheTurn) {
  std::string date;
  const std::string text =
      "[21:00:12] PRESENTER: Good evening.\n[21:00:41] KARIM NASR: He landed on Thursday.\nQ (Ann Lee, Daybreak): "
      "Did he meet her?\nPRINCE FAISAL (as interpreted): No.\n[21:01:30] PRESENTER: Thank you.";
  const std::string out = strip_metadata(text, &date);
  ASSERT_EQ(out.size(), text.size());
  EXPECT_EQ(out.find("KARIM"), std::string::npos);
  EXPECT_EQ(out.find("Ann Lee"), std::string::npos);
  EXPECT_EQ(out.find("FAISAL"), std::string::npos);
  EXPECT_EQ(out.find("He landed on Thursday."), text.find("He landed on Thursday."));
  const std::string headings = "MONDAY: Xi lands in Hanoi.\nTUESDAY: Xi flies on.\nWEDNESDAY: Xi meets Anwar.";
  EXPECT_EQ(strip_metadata(headings, &date), headings);
}

TEST(PreviewPage, APageThatCallsItselfALookAheadIsOne) {
  EXPECT_TRUE(preview_page("Diplomatic Diary\n\nTHE WEEK AHEAD: JEDDAH PREPARES\n\nSaudi Arabia hosts the summit."));
  EXPECT_TRUE(preview_page("What to expect from the summit in Doha\n\nLeaders gather on Friday."));
  EXPECT_FALSE(preview_page("Leaders met in Doha on Friday, and the talks went on late into the night. They will "
                            "meet again in the week ahead.\n\n" + std::string(600, 'x') + "\nThe week ahead"));
}

// An embedded post's time line stays, to date the post; a stamp elsewhere is metadata.
TEST(StripMetadata, AnEmbeddedPostsTimeLineStays) {
  std::string date = "2022-06-10";
  EXPECT_EQ(strip_metadata("He posted:\n\nJustin Trudeau @JustinTrudeau\nGreat meeting today.\n6:31 p.m. - Jun 9, 2022\n\n"
                           "The summit went on.\n6:31 p.m. - Jun 9, 2022",
                           &date),
            "He posted:\n\nJustin Trudeau @JustinTrudeau\nGreat meeting today.\n6:31 p.m. - Jun 9, 2022\n\nThe summit "
            "went on.");
}

}  // namespace evkg
