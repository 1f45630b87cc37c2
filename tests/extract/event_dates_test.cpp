// The date an event node carries: the day a sentence says the event opened, began or was held, not
// the day it closed (unless its length is known too: then its first day), and nothing from a
// negated or hypothetical clause.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "extract_test_support.hpp"

namespace evkg {
namespace {

// "id date" of every event node of a one-document extraction dated 2025-11-23 (a Sunday).
std::vector<std::string> event_dates(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& n : test::extract_text(text, "2025-11-23").entities) {
    if (n.type == "summit" || n.type == "event") out.push_back(n.id + " " + n.date);
  }
  return out;
}

TEST(EventDates, OpenedOnAWeekdayDatesTheEvent) {
  // (and where it opened places it: the id is by place, body and date)
  EXPECT_EQ(event_dates("The G20 summit opened in Johannesburg on Saturday. Modi attended the summit."),
            (std::vector<std::string>{"summit:johannesburg-g20-2025-11-22 2025-11-22"}));
  EXPECT_EQ(event_dates("The G20 summit opened on Saturday. Modi attended the summit."),
            (std::vector<std::string>{"summit:g20-2025-11-22 2025-11-22"}));
}

TEST(EventDates, WasHeldAndBeganDateTheEvent) {
  EXPECT_EQ(event_dates("The summit was held in Johannesburg on Saturday. Modi attended the summit."),
            (std::vector<std::string>{"summit:johannesburg-2025-11-22 2025-11-22"}));
  EXPECT_EQ(event_dates("The summit in Johannesburg began on Saturday. Modi attended the summit."),
            (std::vector<std::string>{"summit:johannesburg-2025-11-22 2025-11-22"}));
}

TEST(EventDates, TheCloseIsNotTheDate) {
  EXPECT_EQ(event_dates("The summit in Johannesburg ended on Sunday. Modi attended the summit."),
            (std::vector<std::string>{"summit:johannesburg-u-a-1 "}));
}

TEST(EventDates, ANegatedOpeningDatesNothing) {
  EXPECT_EQ(event_dates("The summit in Johannesburg did not open on Saturday. Modi attended the summit."),
            (std::vector<std::string>{"summit:johannesburg-u-a-1 "}));
}

TEST(EventDates, TheOpeningOfTheEventOnADayDatesIt) {
  EXPECT_EQ(event_dates("Modi attended the summit in Johannesburg. The declaration was adopted on Saturday, at "
                        "the opening of the summit."),
            (std::vector<std::string>{"summit:johannesburg-2025-11-22 2025-11-22"}));
  EXPECT_EQ(event_dates("Modi attended the summit in Johannesburg. He spoke on the first day of the summit, on "
                        "Saturday."),
            (std::vector<std::string>{"summit:johannesburg-2025-11-22 2025-11-22"}));
}

// A span of days is dated by its first day, however it is written.
TEST(EventDates, ASpanOfDaysGivesItsFirst) {
  for (const char* span : {"on 21 and 22 November", "from 21 to 22 November", "on 21-22 November"}) {
    EXPECT_EQ(event_dates(std::string("The summit was held in Johannesburg ") + span + ". Modi attended the summit."),
              (std::vector<std::string>{"summit:johannesburg-2025-11-21 2025-11-21"}))
        << span;
  }
}

// Something done on a day "hours before the summit began" dates the summit; "days before" does not.
TEST(EventDates, HoursBeforeTheEventBeganGiveItsDay) {
  EXPECT_EQ(event_dates("The first aid convoy crossed the border on Saturday morning, a few hours before the summit "
                        "in Johannesburg began. Modi attended the summit."),
            (std::vector<std::string>{"summit:johannesburg-2025-11-22 2025-11-22"}));
  EXPECT_EQ(event_dates("Protesters gathered outside on Saturday, shortly after the summit in Johannesburg "
                        "opened. Modi attended the summit."),
            (std::vector<std::string>{"summit:johannesburg-2025-11-22 2025-11-22"}));
  EXPECT_EQ(event_dates("The first aid convoy crossed the border on Saturday, days before the summit in "
                        "Johannesburg began. Modi attended the summit."),
            (std::vector<std::string>{"summit:johannesburg-u-a-1 "}));
}

// A two-day summit that closed on Sunday opened on Saturday; a three-day one on Friday.
TEST(EventDates, TheCloseAndTheLengthGiveTheFirstDay) {
  EXPECT_EQ(event_dates("Modi attended the two-day summit in Johannesburg. Ramaphosa brought the summit to a "
                        "close on Sunday."),
            (std::vector<std::string>{"summit:johannesburg-2025-11-22 2025-11-22"}));
  EXPECT_EQ(event_dates("Ramaphosa closed the summit in Johannesburg on Sunday. Modi attended the three-day "
                        "meeting."),
            (std::vector<std::string>{"summit:johannesburg-2025-11-21 2025-11-21"}));
  EXPECT_EQ(event_dates("The 2-day summit in Johannesburg ended on Sunday. Modi attended the summit."),
            (std::vector<std::string>{"summit:johannesburg-2025-11-22 2025-11-22"}));
}

// Without its length, or when the close is not stated as a fact, the close dates nothing.
TEST(EventDates, ACloseWithoutALengthOrNotStatedDatesNothing) {
  EXPECT_EQ(event_dates("Modi attended the summit in Johannesburg. Ramaphosa brought the summit to a close on "
                        "Sunday."),
            (std::vector<std::string>{"summit:johannesburg-u-a-1 "}));
  EXPECT_EQ(event_dates("Modi attended the two-day summit in Johannesburg. The summit may not close on Sunday."),
            (std::vector<std::string>{"summit:johannesburg-u-a-1 "}));
  EXPECT_EQ(event_dates("Modi attended the two-day summit in Johannesburg. Ramaphosa did not bring the summit to "
                        "a close on Sunday."),
            (std::vector<std::string>{"summit:johannesburg-u-a-1 "}));
}

// A live report (lines opening with times) of a dated article is about that day's gathering; an
// ordinary article saying the same is not dated by it.
TEST(EventDates, ALiveReportDatesItsGatheringByTheArticle) {
  const std::string body = "The funeral in St Peter's Square has started. Joe Biden is here too, as is Lula.";
  EXPECT_EQ(event_dates("07:50 Leaders arrive\nCrowds fill the square.\n\n10:00 The Mass begins\n" + body),
            (std::vector<std::string>{"summit:vatican-city-2025-11-23 2025-11-23"}));
  EXPECT_EQ(event_dates(body), (std::vector<std::string>{"summit:vatican-city-u-a-1 "}));
}

// Each entry of a live report starts from the report's day: a date the entry above spoke of ("since
// the strikes began on 13 November") is not the day of "in the afternoon" in the next one.
TEST(EventDates, ALiveReportEntryStartsFromTheReportsDay) {
  EXPECT_EQ(event_dates("21:05\nMacron and Starmer held their first meeting since the strikes began on 13 November.\n\n"
                        "15:25\nIn the afternoon, Macron met Starmer in Geneva."),
            (std::vector<std::string>{"summit:geneva-2025-11-23 2025-11-23"}));
  // (in an ordinary article the narrative keeps the date it gave)
  EXPECT_EQ(event_dates("Macron and Starmer met on 13 November. In the afternoon, Macron met Starmer in Geneva."),
            (std::vector<std::string>{"summit:geneva-2025-11-13 2025-11-13"}));
}

// A datelined lede's gathering is held on the lede's day, the dateline's only when the lede names
// no day of its own: a preview's "on Thursday" is not the dateline's Sunday.
TEST(EventDates, ADatelinedPreviewIsNotOnTheDatelinesDay) {
  const std::pair<const char*, const char*> kLedes[] = {
      {"will host the leaders of the G20 on Thursday for a summit in Johannesburg.", "johannesburg-2025-11-27"},
      {"chaired a summit of G20 leaders in Johannesburg.", "johannesburg-g20-2025-11-23"},
  };
  for (const auto& [lede, id] : kLedes) {
    const auto dates = event_dates(std::string("JOHANNESBURG, Nov 23 (Wire) - Cyril Ramaphosa ") + lede);
    ASSERT_EQ(dates.size(), 1u) << lede;
    EXPECT_EQ(dates[0], std::string("summit:") + id + " " + std::string(id).substr(std::string(id).size() - 10)) << lede;
  }
}

// The day its host held it dates a gathering its phrase gives no day ("hosts a video call of the
// coalition ... on March 15"): the graph then keeps it apart from the coalition's other gatherings.
TEST(EventDates, TheHostsDayDatesTheGathering) {
  const auto dates = event_dates("Keir Starmer hosts a video call of the coalition of the willing from London on "
                                 "November 15, 2025.");
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_TRUE(dates[0].ends_with(" 2025-11-15")) << dates[0];
}

}  // namespace
}  // namespace evkg
