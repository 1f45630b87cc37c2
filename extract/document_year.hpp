// The year of a document that has no date line, from what the text itself says.
#pragma once
#include <vector>

#include "extract/analysis.hpp"

namespace evkg {

// A weekday written with its day and month and no year ("Friday October 31", "Tuesday, 28 October").
struct WeekdayDate {
  int weekday = 0;  // 0 = Monday
  int month = 0;
  int day = 0;
  int year = 0;  // when the text gives it ("Friday, December 25, 2015")
};

// Appends the sentence's weekday dates (from its date mentions, si.dates) to `out`.
void note_weekday_dates(const DocContext& ctx, const SentenceInfo& si, std::vector<WeekdayDate>& out);

// "BRASILIA, May 30 (Wire) - ... agreed on Tuesday": the weekday the lede of a report datelined
// with a day and no year (`month`, `day`) gives that day: appended to `out` when this sentence opens
// with capitals (the dateline's) and has a weekday that is no "next" or "last" one (its first).
// Returns whether it was appended.
bool note_dateline_weekday(const DocContext& ctx, const SentenceInfo& si, int month, int day,
                           std::vector<WeekdayDate>& out);

// Such a date fits one year in five to eleven; of the years up to the lexicon's latest (plus one),
// the one in which the most people the document names held an office the lexicon knows of. 0 when
// there are no such dates, when they fit no common year, or when no single year fits best. Reads
// ctx after its sentences were analysed.
int infer_document_year(const DocContext& ctx, const std::vector<WeekdayDate>& dates);

// The first (or the last) of those dates, in text order, that is its weekday in `year` ("Saturday,
// November 16" in 2024), or an empty date.
Date weekday_date_in(const std::vector<WeekdayDate>& dates, int year, bool last);

}  // namespace evkg
