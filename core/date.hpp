// Calendar dates of possibly partial precision (year, year-month or full day), ISO 8601 output.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace evkg {

struct Date {
  int year = 0;   // 0 = unknown
  int month = 0;  // 0 = unknown
  int day = 0;    // 0 = unknown

  bool empty() const { return year == 0; }
  bool full() const { return year != 0 && month != 0 && day != 0; }
  // "2025-09-04", "2025-09", "2025" or "".
  std::string iso() const;
  // Accepts "YYYY", "YYYY-MM", "YYYY-MM-DD" (and a longer timestamp, whose date part is read).
  static std::optional<Date> parse_iso(std::string_view s);

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

bool valid_ymd(int y, int m, int d);
int days_in_month(int y, int m);
// Days since 1970-01-01 for a full date (H. Hinnant's algorithm).
long days_from_civil(int y, int m, int d);
Date civil_from_days(long z);
// 0 = Monday ... 6 = Sunday, for a full date.
int weekday(const Date& d);
Date add_days(const Date& d, long n);
// One date refines the other: equal where both are known ("2025-09" and "2025-09-04").
bool compatible(const Date& a, const Date& b);
// Whether a is surely after b, at the precision both give ("2025-10-23" after "2025-10-02"; "2026"
// after "2025-12-19"; not "2025-10" after "2025-10-02"); false when either is empty.
bool surely_after(const Date& a, const Date& b);
// |a - b| in days for full dates; a large number otherwise.
long distance_days(const Date& a, const Date& b);

}  // namespace evkg
