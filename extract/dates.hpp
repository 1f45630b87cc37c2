// Date expressions in a sentence and their resolution to calendar dates.
// Absolute ("Aug. 15", "4 Sep 2025", "September 4, 2025", "2025-09-04"), weekdays ("on Thursday"),
// deictic ("yesterday", "last month") and anaphoric ("three days later", "the previous day").
#pragma once
#include <cstdint>
#include <vector>

#include "core/date.hpp"
#include "extract/sentence.hpp"
#include "extract/token.hpp"

namespace evkg {

enum class DateKind : std::uint8_t {
  kAbsolute,   // year may be missing (then inferred from the document date)
  kWeekday,    // resolved with tense against the document date
  kDeictic,    // offset in days, months or years from the document date
  kAnaphoric,  // offset in days from the date in focus
  kAnchored,   // "three days after <event>": the event is offset_days from the sentence's own date
};

enum class DateUnit : std::uint8_t { kDay, kMonth, kYear };  // what a kDeictic offset counts

enum class Tense : std::uint8_t { kPast, kPresent, kFuture };

struct DateMention {
  std::uint32_t first = 0;  // token range [first, last)
  std::uint32_t last = 0;
  DateKind kind = DateKind::kAbsolute;
  int year = 0, month = 0, day = 0;  // absolute parts (0 = not given)
  int weekday = -1;                  // kWeekday
  int offset_days = 0;               // kDeictic / kAnaphoric
  int offset_months = 0;             // kDeictic ("last month" = -1)
  int offset_years = 0;              // kDeictic ("last year" = -1)
  DateUnit unit = DateUnit::kDay;    // kDeictic: "this month" is a month, not the document's day
  int span_days = 1;                 // a span of days dated by its first: "20 to 22 August" is 3
};

// Date expressions in tokens [first, last). Anchored ones ("two days before the summit") go to
// `anchored` when given: they date the phrase they precede, not the clause, so they are kept apart.
std::vector<DateMention> find_dates(const std::vector<Token>& tokens, std::uint32_t first, std::uint32_t last,
                                    std::vector<DateMention>* anchored = nullptr);

// The date a mention denotes. `doc` is the publication date (may be empty), `focus` the last full
// date the text spoke of (may be empty; for kAnchored, the date the anchored phrase is counted from). Unknown parts stay unknown: "last month" is a year-month.
Date resolve_date(const DateMention& m, const Date& doc, const Date& focus, Tense tense);

}  // namespace evkg
