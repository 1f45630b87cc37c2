#include "core/date.hpp"

#include <cstdio>
#include <cstdlib>

namespace evkg {

bool valid_ymd(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

std::string Date::iso() const {
  char buf[16];
  if (year == 0) return {};
  if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

namespace {
bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  out = v;
  return true;
}
}  // namespace

std::optional<Date> Date::parse_iso(std::string_view s) {
  Date d;
  if (!digits(s, 0, 4, d.year) || d.year == 0) return std::nullopt;
  if (s.size() == 4) return d;
  if (s[4] != '-' || !digits(s, 5, 2, d.month) || d.month < 1 || d.month > 12) return std::nullopt;
  if (s.size() == 7) return d;
  if (s[7] != '-' || !digits(s, 8, 2, d.day) || !valid_ymd(d.year, d.month, d.day)) return std::nullopt;
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return std::nullopt;
  return d;
}

long days_from_civil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  const long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return Date{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

int weekday(const Date& d) {
  const long z = days_from_civil(d.year, d.month, d.day);
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const long w = (z % 7 + 7 + 3) % 7;
  return static_cast<int>(w);
}

Date add_days(const Date& d, long n) {
  if (!d.full()) return d;
  return civil_from_days(days_from_civil(d.year, d.month, d.day) + n);
}

bool compatible(const Date& a, const Date& b) {
  if (a.empty() || b.empty()) return true;
  if (a.year != b.year) return false;
  if (a.month == 0 || b.month == 0) return true;
  if (a.month != b.month) return false;
  return a.day == 0 || b.day == 0 || a.day == b.day;
}

bool surely_after(const Date& a, const Date& b) {
  if (a.empty() || b.empty()) return false;
  if (a.year != b.year) return a.year > b.year;
  if (a.month == 0 || b.month == 0 || a.month != b.month) return a.month != 0 && b.month != 0 && a.month > b.month;
  return a.day != 0 && b.day != 0 && a.day > b.day;
}

long distance_days(const Date& a, const Date& b) {
  if (!a.full() || !b.full()) return 1L << 30;
  return std::labs(days_from_civil(a.year, a.month, a.day) - days_from_civil(b.year, b.month, b.day));
}

}  // namespace evkg
