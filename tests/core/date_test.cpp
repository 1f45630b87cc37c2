#include "core/date.hpp"

#include <gtest/gtest.h>

using namespace evkg;

TEST(Date, ParseAndFormat) {
  EXPECT_EQ(Date::parse_iso("2025-09-04")->iso(), "2025-09-04");
  EXPECT_EQ(Date::parse_iso("2025-09")->iso(), "2025-09");
  EXPECT_EQ(Date::parse_iso("2025")->iso(), "2025");
  EXPECT_EQ(Date::parse_iso("2025-09-04T10:00:00Z")->iso(), "2025-09-04");
  EXPECT_FALSE(Date::parse_iso("2025-02-30"));
  EXPECT_FALSE(Date::parse_iso("2025-13"));
  EXPECT_FALSE(Date::parse_iso("20x5"));
  EXPECT_FALSE(Date::parse_iso(""));
}

TEST(Date, Weekdays) {
  EXPECT_EQ(weekday(Date{2025, 9, 4}), 3);  // Thursday
  EXPECT_EQ(weekday(Date{2025, 9, 1}), 0);  // Monday
  EXPECT_EQ(weekday(Date{2000, 2, 29}), 1);
}

TEST(Date, Arithmetic) {
  EXPECT_EQ(add_days(Date{2025, 9, 1}, 3).iso(), "2025-09-04");
  EXPECT_EQ(add_days(Date{2024, 12, 31}, 1).iso(), "2025-01-01");
  EXPECT_EQ(add_days(Date{2024, 3, 1}, -1).iso(), "2024-02-29");
  EXPECT_EQ(distance_days(Date{2025, 8, 15}, Date{2025, 8, 18}), 3);
}

TEST(Date, Compatibility) {
  EXPECT_TRUE(compatible(Date{2025, 9, 0}, Date{2025, 9, 4}));
  EXPECT_FALSE(compatible(Date{2025, 8, 0}, Date{2025, 9, 4}));
  EXPECT_TRUE(compatible(Date{}, Date{2025, 9, 4}));
  EXPECT_FALSE(compatible(Date{2025, 9, 3}, Date{2025, 9, 4}));
}

TEST(Date, SurelyAfter) {
  EXPECT_TRUE(surely_after(Date{2025, 10, 23}, Date{2025, 10, 2}));
  EXPECT_TRUE(surely_after(Date{2026, 0, 0}, Date{2025, 12, 19}));
  EXPECT_TRUE(surely_after(Date{2025, 11, 0}, Date{2025, 10, 2}));
  EXPECT_FALSE(surely_after(Date{2025, 10, 0}, Date{2025, 10, 2}));  // October may be before the 2nd
  EXPECT_FALSE(surely_after(Date{2025, 10, 2}, Date{2025, 10, 2}));
  EXPECT_FALSE(surely_after(Date{2025, 9, 30}, Date{2025, 10, 2}));
  EXPECT_FALSE(surely_after(Date{2025, 0, 0}, Date{2025, 10, 2}));
  EXPECT_FALSE(surely_after(Date{2025, 10, 23}, Date{}));
  EXPECT_FALSE(surely_after(Date{}, Date{2025, 10, 2}));
}
