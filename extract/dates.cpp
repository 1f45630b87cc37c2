#include "extract/dates.hpp"

#include <string>
#include <string_view>

#include "extract/calendar_words.hpp"
#include "extract/number_words.hpp"
#include "extract/word_classes.hpp"

namespace evkg {

using namespace std::string_view_literals;  // "the"sv: comparisons check the length first
namespace {

// A part of a day that, with "before" or "after", counts one day ("the evening before").
bool day_part(TokenKey k) {
  return k == "day"sv || k == "evening"sv || k == "night"sv || k == "morning"sv || k == "afternoon"sv;
}

int number(const Token& t, int max_digits) {
  if (!t.is(kDigit)) return -1;
  std::string_view k = t.key;
  for (const char* suf : {"st", "nd", "rd", "th"}) {
    if (k.size() > 2 && k.ends_with(suf)) k.remove_suffix(2);
  }
  if (k.empty() || static_cast<int>(k.size()) > max_digits) return -1;
  int v = 0;
  for (const char c : k) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

// A number word, or "a" ("a week ago").
int count_word(std::string_view k) { return k == "a"sv ? 1 : small_number_word(k); }

bool is_comma(const Token& t) { return t.is(kPunct) && t.key == ","sv; }

// Whether a date expression can start at this token: a number or a word of kClsDateStart. Nearly
// every token is neither, and one bit test spares it the comparisons of every pattern below.
bool may_start_date(const Token& t) { return t.is(kDigit) || t.in(kClsDateStart); }

// The first day of a span written as one token: "24-25" -> 24; -1 otherwise.
int first_of_day_span(std::string_view k) {
  const std::size_t dash = k.find('-');
  if (dash == 0 || dash > 2 || dash + 1 >= k.size() || k.size() - dash - 1 > 2) return -1;
  int a = 0;
  int b = 0;
  for (std::size_t i = 0; i < k.size(); ++i) {
    if (i == dash) continue;
    if (k[i] < '0' || k[i] > '9') return -1;
    (i < dash ? a : b) = (i < dash ? a : b) * 10 + (k[i] - '0');
  }
  return a >= 1 && b > a && b <= 31 ? a : -1;
}

}  // namespace

std::vector<DateMention> find_dates(const std::vector<Token>& tk, std::uint32_t first, std::uint32_t last,
                                    std::vector<DateMention>* anchored_out) {
  std::vector<DateMention> out;
  auto key = [&](std::uint32_t i) { return i < last ? tk[i].key : TokenKey(); };
  for (std::uint32_t i = first; i < last; ++i) {
    const Token& t = tk[i];
    if (!may_start_date(t)) continue;
    DateMention m;
    m.first = i;
    // ISO 2025-09-04
    if (t.is(kDigit) && t.key.size() == 10 && t.key[4] == '-' && t.key[7] == '-') {
      if (const auto d = Date::parse_iso(t.key); d) {
        m.year = d->year;
        m.month = d->month;
        m.day = d->day;
        m.last = i + 1;
        out.push_back(m);
        continue;
      }
    }
    // Month-first: "Aug. 15", "August 15, 2025", "Sept. 4 2025", "August 2025", "in August"
    const int mon = t.is(kCapital) ? month_from_word(t.key) : 0;
    // ("Dong Jun met Austin", "Theresa May": a month's name right after a capitalised name, with no
    // number after it, is part of the name)
    const bool in_name = mon != 0 && i > first && tk[i - 1].is(kWord) && tk[i - 1].is(kCapital) &&
                         !tk[i - 1].in(kClsDateStart | kClsNotAName | kClsPlacePrep) && !tk[i - 1].is(kAllCaps) &&
                         key(i - 1) != "early"sv && key(i - 1) != "late"sv && key(i - 1) != "mid"sv &&
                         key(i - 1) != "since"sv && key(i - 1) != "until"sv && key(i - 1) != "till"sv &&
                         !(i + 1 < last && tk[i + 1].is(kDigit));
    if (mon != 0 && !in_name && !(t.key == "may"sv && i + 1 < last && !tk[i + 1].is(kDigit)) &&
        !(t.key == "march"sv && i + 1 < last && !tk[i + 1].is(kDigit))) {
      m.month = mon;
      std::uint32_t j = i + 1;
      const int d = j < last ? number(tk[j], 2) : -1;
      if (d >= 1 && d <= 31) {
        m.day = d;
        ++j;
        // "August 20 to 22": a span of days, dated by its first
        if (j + 1 < last && (key(j) == "to"sv || key(j) == "-"sv || key(j) == "\u2013"sv || key(j) == "and"sv)) {
          const int d2 = number(tk[j + 1], 2);
          if (d2 > d && d2 <= 31) {
            m.span_days = d2 - d + 1;
            j += 2;
          }
        }
        std::uint32_t k = j;
        if (k < last && is_comma(tk[k])) ++k;
        const int y = k < last ? number(tk[k], 4) : -1;
        if (y >= 1900 && y <= 2100) {
          m.year = y;
          j = k + 1;
        }
      } else {
        const int y = j < last ? number(tk[j], 4) : -1;
        if (y >= 1900 && y <= 2100) {
          m.year = y;
          ++j;
        }
      }
      m.last = j;
      // A weekday just before ("Monday, Aug. 18") belongs to the same expression.
      if (m.first > first) {
        std::uint32_t b = m.first - 1;
        if (is_comma(tk[b]) && b > first) --b;
        if (weekday_from_word(tk[b].key) >= 0) {
          m.first = b;
          m.weekday = weekday_from_word(tk[b].key);
        }
      }
      if (!out.empty() && out.back().kind == DateKind::kWeekday && out.back().last >= m.first) out.pop_back();
      out.push_back(m);
      i = j - 1;
      continue;
    }
    // Day-first: "4 Sep 2025", "15 August"; a span of days is dated by its first: "24 and 25
    // November", "24 to 25 November", "24-25 November"
    int dnum = number(t, 2);
    std::uint32_t mon_at = i + 1;
    if (dnum < 0) dnum = first_of_day_span(t.key);
    if (dnum >= 1 && i + 3 < last && number(tk[i + 2], 2) > dnum && number(tk[i + 2], 2) <= 31 &&
        (tk[i + 1].key == "and"sv || tk[i + 1].key == "to"sv || tk[i + 1].key == "-"sv ||
         tk[i + 1].key == "\u2013"sv) &&
        month_from_word(tk[i + 3].key) != 0 && tk[i + 3].is(kCapital)) {
      mon_at = i + 3;
    }
    const int span_end = mon_at == i + 3 ? number(tk[i + 2], 2) : -1;
    if (dnum >= 1 && dnum <= 31 && mon_at < last) {
      const int mon2 = month_from_word(tk[mon_at].key);
      if (mon2 != 0 && tk[mon_at].is(kCapital)) {
        m.day = dnum;
        m.month = mon2;
        if (span_end > dnum) m.span_days = span_end - dnum + 1;
        std::uint32_t j = mon_at + 1;
        const int y = j < last ? number(tk[j], 4) : -1;
        if (y >= 1900 && y <= 2100) {
          m.year = y;
          ++j;
        }
        m.last = j;
        if (!out.empty() && out.back().kind == DateKind::kWeekday && out.back().last + 1 >= m.first) {
          m.first = out.back().first;
          m.weekday = out.back().weekday;  // ("Sunday 29 July": the weekday names the year)
          out.pop_back();
        }
        out.push_back(m);
        i = j - 1;
        continue;
      }
    }
    // "in 2019"
    if (t.is(kDigit) && i > first && key(i - 1) == "in"sv && number(t, 4) >= 1900 &&
        number(t, 4) <= 2100 && t.key.size() == 4) {
      m.year = number(t, 4);
      m.last = i + 1;
      out.push_back(m);
      continue;
    }
    // Weekdays
    const int wd = t.is(kCapital) ? weekday_from_word(t.key) : -1;
    // "30 July 1975 (Wednesday)", "1 August 1975, a Friday": a weekday right after a full date
    // only says that date's weekday
    if (wd >= 0 && !out.empty() && out.back().kind == DateKind::kAbsolute && out.back().day != 0 &&
        out.back().month != 0 && i > first &&
        (out.back().last == i || (out.back().last + 1 == i && (key(i - 1) == "("sv || is_comma(tk[i - 1]))))) {
      out.back().last = i + 1 < last && key(i + 1) == ")"sv ? i + 2 : i + 1;
      i = out.back().last - 1;
      continue;
    }
    // ("the Good Friday Agreement", "Bloody Sunday", "Black Friday": a weekday in a name is no day
    // of the story)
    if (wd >= 0 && i > first && tk[i - 1].is(kCapital)) {
      const TokenKey p = key(i - 1);
      if (p == "good"sv || p == "black"sv || p == "bloody"sv || p == "holy"sv || p == "ash"sv || p == "palm"sv ||
          p == "maundy"sv || p == "cyber"sv || p == "super"sv) {
        continue;
      }
    }
    if (wd >= 0) {
      m.kind = DateKind::kWeekday;
      m.weekday = wd;
      m.last = i + 1;
      out.push_back(m);
      continue;
    }
    // Deictic
    m.kind = DateKind::kDeictic;
    if (t.key == "yesterday"sv) {
      m.offset_days = -1;
      m.last = i + 1;
      out.push_back(m);
      continue;
    }
    if (t.key == "today"sv || (t.key == "tonight"sv)) {
      m.last = i + 1;
      out.push_back(m);
      continue;
    }
    if (t.key == "tomorrow"sv) {
      m.offset_days = 1;
      m.last = i + 1;
      out.push_back(m);
      continue;
    }
    if ((t.key == "last"sv || t.key == "next"sv || t.key == "this"sv) && i + 1 < last) {
      const TokenKey u = tk[i + 1].key;
      const int sign = t.key == "last"sv ? -1 : t.key == "next"sv ? 1 : 0;
      if (u == "month"sv) {
        m.offset_months = sign;
        m.unit = DateUnit::kMonth;
        m.last = i + 2;
        out.push_back(m);
        ++i;
        continue;
      }
      if (u == "year"sv) {
        m.offset_years = sign;
        m.unit = DateUnit::kYear;
        m.last = i + 2;
        out.push_back(m);
        ++i;
        continue;
      }
      if ((u == "morning"sv || u == "afternoon"sv || u == "evening"sv) && sign == 0) {  // "this afternoon"
        m.last = i + 2;
        out.push_back(m);
        ++i;
        continue;
      }
      if (u == "night"sv && sign == -1) {
        m.offset_days = -1;
        m.last = i + 2;
        out.push_back(m);
        ++i;
        continue;
      }
    }
    // Anaphoric: "three days later", "two days earlier", "the previous day", "the next day"
    m.kind = DateKind::kAnaphoric;
    const int word_count = count_word(t.key);
    const int count = word_count >= 0 ? word_count : number(t, 2);
    if (count > 0 && i + 2 < last) {
      const TokenKey unit = tk[i + 1].key;
      const TokenKey dir = tk[i + 2].key;
      const bool days = unit == "days"sv || unit == "day"sv;
      const bool weeks = unit == "weeks"sv || unit == "week"sv;
      const int span = days ? count : weeks ? 7 * count : 0;
      // "35 years ago", "six months ago": a year or a month counted back from the document's date
      const bool years = unit == "years"sv || unit == "year"sv;
      const bool months = unit == "months"sv || unit == "month"sv;
      if ((years || months) && dir == "ago"sv) {
        m.kind = DateKind::kDeictic;
        m.unit = years ? DateUnit::kYear : DateUnit::kMonth;
        (years ? m.offset_years : m.offset_months) = -count;
        m.last = i + 3;
        out.push_back(m);
        i += 2;
        continue;
      }
      // "two days after the summit", "a day after Macron hosted ...": counted from what follows,
      // not from the date in focus; only a clause-final "two days after" is anaphoric. Before a
      // noun phrase it dates that phrase from the sentence's own date ("on Monday, three days
      // after his summit with Putin"): an anchored date, kept apart for the event it precedes.
      const bool anchored = (dir == "after"sv || dir == "before"sv) && i + 3 < last && !tk[i + 3].is(kPunct);
      if (anchored) {
        m.offset_days = 0;
        if (span > 0 && anchored_out != nullptr) {
          DateMention a = m;
          a.kind = DateKind::kAnchored;
          a.offset_days = dir == "after"sv ? -span : span;
          a.last = i + 3;
          anchored_out->push_back(a);
        }
      } else if ((days || weeks) && (dir == "later"sv || dir == "after"sv || dir == "afterwards"sv)) {
        m.offset_days = span;
      } else if ((days || weeks) && (dir == "earlier"sv || dir == "before"sv || dir == "ago"sv)) {
        m.offset_days = -span;
        if (dir == "ago"sv) m.kind = DateKind::kDeictic;
      } else {
        m.offset_days = 0;
      }
      if (m.offset_days != 0) {
        m.last = i + 3;
        out.push_back(m);
        i += 2;
        continue;
      }
    }
    // "That afternoon he saw Macron", "later that day", "that same evening": the day in focus
    if (t.key == "that"sv && i + 1 < last) {
      const std::uint32_t part = i + 1 < last && tk[i + 1].key == "same"sv ? i + 2 : i + 1;
      if (part < last && day_part(tk[part].key)) {
        m.offset_days = 0;
        m.last = part + 1;
        out.push_back(m);
        i = part;
        continue;
      }
    }
    if (t.key == "the"sv && i + 2 < last) {
      const TokenKey a = tk[i + 1].key;
      const TokenKey b = tk[i + 2].key;
      if ((a == "previous"sv || a == "preceding"sv) && b == "day"sv) {
        m.offset_days = -1;
      } else if ((a == "next"sv || a == "following"sv) && b == "day"sv) {
        m.offset_days = 1;
      } else if (a == "same"sv && b == "day"sv) {
        m.offset_days = 0;
      } else if (day_part(a) && (b == "before"sv || b == "after"sv) && i + 3 < last && !tk[i + 3].is(kPunct)) {
        // "the day before the summit": dates the summit from the sentence's date (see above)
        if (anchored_out != nullptr) {
          DateMention an = m;
          an.kind = DateKind::kAnchored;
          an.offset_days = b == "after"sv ? -1 : 1;
          an.last = i + 3;
          anchored_out->push_back(an);
        }
        continue;
      } else if (day_part(a) && (b == "before"sv)) {
        m.offset_days = -1;  // "the day before", "the evening before"
      } else if (day_part(a) && b == "after"sv) {
        m.offset_days = 1;  // "the day after", "the morning after"
      } else {
        continue;
      }
      m.last = i + 3;
      out.push_back(m);
      i += 2;
      continue;
    }
  }
  // "on 30 July and again on 1 August 1975", "between 23 and ... November 1974": a day with no
  // year before another of the same run of words takes that one's year
  for (std::size_t n = 0; n + 1 < out.size(); ++n) {
    DateMention& a = out[n];
    const DateMention& b = out[n + 1];
    if (a.kind != DateKind::kAbsolute || b.kind != DateKind::kAbsolute || a.year != 0 || b.year == 0 || a.month == 0 ||
        b.month == 0 || b.first < a.last || b.first > a.last + 4) {
      continue;
    }
    bool joined = true;
    for (std::uint32_t k = a.last; k < b.first && joined; ++k) {
      const TokenKey w = tk[k].key;
      joined = w == "and"sv || w == "again"sv || w == "on"sv || w == "to"sv || w == "then"sv || w == "until"sv ||
               w == "till"sv || w == "through"sv || w == "-"sv || is_comma(tk[k]);
    }
    if (joined) a.year = a.month <= b.month ? b.year : b.year - 1;
  }
  return out;
}

Date resolve_date(const DateMention& m, const Date& doc, const Date& focus, Tense tense) {
  switch (m.kind) {
    case DateKind::kAbsolute: {
      if (m.year != 0) {
        if (m.day != 0 && !valid_ymd(m.year, m.month, m.day)) return {};
        return Date{m.year, m.month, m.day};
      }
      if (doc.empty()) return {};
      // "On the morning of 30 July 1975 Ford met Brezhnev ... Ford also saw Demirel on Thursday 31
      // July": what is told in the past within a month of the full date of another year the text is
      // on is of that year
      if (tense == Tense::kPast && focus.full() && focus.year != doc.year && m.day != 0 &&
          valid_ymd(focus.year, m.month, m.day)) {
        const long gap = days_from_civil(focus.year, m.month, m.day) - days_from_civil(focus.year, focus.month, focus.day);
        if (gap >= -31 && gap <= 31) return Date{focus.year, m.month, m.day};
      }
      // The year that puts the date nearest the document date, leaning to the tense.
      Date best;
      long best_score = 1L << 40;
      for (int y = doc.year - 1; y <= doc.year + 1; ++y) {
        const int day = m.day != 0 ? m.day : 15;
        if (!valid_ymd(y, m.month, day)) continue;
        const Date cand{y, m.month, day};
        long diff = doc.full() ? days_from_civil(y, m.month, day) - days_from_civil(doc.year, doc.month, doc.day)
                               : (y - doc.year) * 365L;
        long score = diff < 0 ? -diff : diff;
        if (tense == Tense::kPast && diff > 14) score += 200;
        if (tense == Tense::kFuture && diff < -14) score += 200;
        if (score < best_score) {
          best_score = score;
          best = cand;
        }
      }
      if (best.empty()) return {};
      if (m.day == 0) best.day = 0;
      return best;
    }
    case DateKind::kWeekday: {
      if (!doc.full()) return {};
      const int dw = weekday(doc);
      int back = (dw - m.weekday + 7) % 7;     // days back to the most recent such weekday (0 = today)
      int ahead = (m.weekday - dw + 7) % 7;    // days ahead to the next such weekday (0 = today)
      if (tense == Tense::kPast) return add_days(doc, -back);
      if (tense == Tense::kFuture) return add_days(doc, ahead);
      return back <= ahead ? add_days(doc, -back) : add_days(doc, ahead);
    }
    case DateKind::kDeictic: {
      if (doc.empty()) return {};
      if (m.unit == DateUnit::kMonth) {  // "last month", "this month"
        int y = doc.year, mo = doc.month + m.offset_months;
        if (doc.month == 0) return {};
        while (mo < 1) {
          mo += 12;
          --y;
        }
        while (mo > 12) {
          mo -= 12;
          ++y;
        }
        return Date{y, mo, 0};
      }
      if (m.unit == DateUnit::kYear) return Date{doc.year + m.offset_years, 0, 0};  // "this year"
      if (!doc.full()) return {};
      return add_days(doc, m.offset_days);
    }
    case DateKind::kAnaphoric:
    case DateKind::kAnchored:
      if (!focus.full()) return {};
      return add_days(focus, m.offset_days);
  }
  return {};
}

}  // namespace evkg
