// The date an event node carries: the day a sentence says the event opened, began or was held, not
// the day it closed, and nothing from a negated or hypothetical clause.
#include <gtest/gtest.h>

#include <string>
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
  EXPECT_EQ(event_dates("The G20 summit opened in Johannesburg on Saturday. Modi attended the summit."),
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

}  // namespace
}  // namespace evkg
