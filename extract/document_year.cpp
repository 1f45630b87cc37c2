#include "extract/document_year.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "extract/calendar_words.hpp"
#include "extract/dates.hpp"
#include "extract/lexicon.hpp"

namespace evkg {

namespace {

bool in_office(const PersonInfo& p, int year) {
  for (const Position& pos : p.positions) {
    if (pos.from.empty() || pos.from.year > year) continue;
    if (pos.to.empty() || pos.to.year >= year) return true;
  }
  return false;
}

}  // namespace

void note_weekday_dates(const DocContext& ctx, const SentenceInfo& si, std::vector<WeekdayDate>& out) {
  for (const DateMention& m : si.dates) {
    if (m.kind != DateKind::kAbsolute || m.month == 0 || m.day == 0) continue;
    // the weekday opens the mention or stands right before it, maybe with a comma between
    int wd = weekday_from_word(std::string_view(ctx.tokens[m.first].key));
    std::uint32_t b = m.first;
    if (wd < 0 && b > si.span.first && ctx.tokens[b - 1].key == std::string_view(",")) --b;
    if (wd < 0 && b > si.span.first) wd = weekday_from_word(std::string_view(ctx.tokens[b - 1].key));
    if (wd >= 0) out.push_back(WeekdayDate{wd, m.month, m.day, m.year});
  }
}

bool note_dateline_weekday(const DocContext& ctx, const SentenceInfo& si, int month, int day,
                           std::vector<WeekdayDate>& out) {
  if (ctx.dateline.empty()) return false;
  const Token& first = ctx.tokens[si.span.first];
  if (!first.is(kWord) || !first.is(kAllCaps)) return false;
  for (const DateMention& m : si.dates) {
    if (m.kind != DateKind::kWeekday || m.weekday < 0) continue;
    const std::string_view before = m.first > si.span.first ? std::string_view(ctx.tokens[m.first - 1].key) : "";
    if (before == "next" || before == "last" || before == "this" || before == "coming") continue;
    out.push_back(WeekdayDate{m.weekday, month, day, 0});
    return true;
  }
  return false;
}

int infer_document_year(const DocContext& ctx, const std::vector<WeekdayDate>& dates) {
  if (dates.empty()) return 0;
  // a weekday date with its year, right for that year ("on Friday, December 25, 2015"), says it
  for (const WeekdayDate& d : dates) {
    if (d.year != 0 && valid_ymd(d.year, d.month, d.day) && weekday(Date{d.year, d.month, d.day}) == d.weekday) {
      return d.year;
    }
  }
  std::vector<std::uint32_t> people;
  for (const DocEntity& e : ctx.entities) {
    if (e.lex >= 0 && e.type == "person" && e.mentions > 0) people.push_back(static_cast<std::uint32_t>(e.lex));
  }
  if (people.empty()) return 0;
  constexpr int kFirstYear = 1946;
  int best = 0;
  int best_score = 0;
  bool tie = false;
  for (int y = kFirstYear; y <= ctx.lex->latest_year() + 1; ++y) {
    bool fits = true;
    for (const WeekdayDate& d : dates) {
      if (d.year != 0) continue;
      fits = fits && valid_ymd(y, d.month, d.day) && weekday(Date{y, d.month, d.day}) == d.weekday;
    }
    if (!fits) continue;
    int score = 0;
    for (const std::uint32_t p : people) score += in_office(ctx.lex->people()[p], y) ? 1 : 0;
    if (score > best_score) {
      best = y;
      best_score = score;
      tie = false;
    } else if (score == best_score && score > 0) {
      tie = true;
    }
  }
  return tie ? 0 : best;
}

Date weekday_date_in(const std::vector<WeekdayDate>& dates, int year, bool last) {
  Date found;
  for (const WeekdayDate& d : dates) {
    if ((d.year != 0 && d.year != year) || !valid_ymd(year, d.month, d.day) ||
        weekday(Date{year, d.month, d.day}) != d.weekday) {
      continue;
    }
    found = Date{year, d.month, d.day};
    if (!last) break;
  }
  return found;
}

}  // namespace evkg
