// Relation frames: the arguments every frame looks for. The subject (shared by coordinated
// predicates), the text of a noun phrase, and the date of the clause.

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/fold.hpp"
#include "extract/doc_entities.hpp"
#include "extract/event_mentions.hpp"
#include "extract/number_words.hpp"
#include "extract/relation_frames.hpp"
#include "extract/relation_frames_internal.hpp"
#include "extract/word_classes.hpp"
#include "extract/word_set.hpp"

namespace evkg::detail {

using namespace std::string_view_literals;  // "the"sv: comparisons check the length first

// The predicate at `at` is in the present tense: "meets", "attends", "is meeting", "are attending".
bool Frames::present_predicate(std::uint32_t at) const {
  const TokenKey k = key(at);
  if (k.size() > 2 && k.ends_with("s") && !k.ends_with("ss") && !k.ends_with("us")) return true;
  std::uint32_t p = at;
  while (p > F() && key(p - 1).ends_with("ly")) --p;
  return p > F() && (key(p - 1) == "is"sv || key(p - 1) == "are"sv || key(p - 1) == "am"sv) && k.ends_with("ing");
}

// Whether the predicate at `at` is in a perfect tense ("had met", "has held", "have twice seen").
bool Frames::perfect_before(std::uint32_t at) const { return perfect_auxiliary(at) != ClauseView::kNoToken; }

// The auxiliary of a perfect tense at `at` ("had met", "has now met", "have twice seen"), or kNoToken.
std::uint32_t Frames::perfect_auxiliary(std::uint32_t at) const {
  std::uint32_t p = at;
  while (p > F() && p + 3 > at &&
         (key(p - 1).ends_with("ly") || key(p - 1) == "already"sv || key(p - 1) == "also"sv ||
          key(p - 1) == "twice"sv || key(p - 1) == "once"sv || key(p - 1) == "never"sv || key(p - 1) == "now"sv ||
          key(p - 1) == "just"sv)) {
    --p;
  }
  if (p == F()) return ClauseView::kNoToken;
  const TokenKey k = key(p - 1);
  return k == "had"sv || k == "has"sv || k == "have"sv || k == "'d"sv ? p - 1 : ClauseView::kNoToken;
}

// Whether the predicate at `at` goes on with the person the sentences before dated
// (DocContext::narrative_day): told in the simple past by "he" or "she" for that person, opening the
// sentence or after where it happened ("In Berlin she met Scholz"), the predicate next to it ("he
// also met").
bool Frames::continues_narrative(std::uint32_t at) const {
  if (!ctx_.narrative_day.full() || tense_at(ctx_, si_, at) != Tense::kPast || perfect_before(at)) return false;
  std::uint32_t p = F();
  if (p + 1 < at && (key(p) == "in"sv || key(p) == "at"sv)) {
    const Mention* place = cv_.mention_at(p + 1);
    if (place == nullptr || (place->kind != MKind::kPlace && place->kind != MKind::kCountry)) return false;
    p = place->last;
    if (p < at && key(p) == ","sv) ++p;
  }
  const Mention* first = cv_.mention_at(p);
  if (first == nullptr || first->first != p || first->last > at || first->kind != MKind::kPronoun ||
      (first->pronoun != "he"sv && first->pronoun != "she"sv) || first->entity != ctx_.narrative_person) {
    return false;
  }
  p = first->last;
  // ("He and Mr Lee spent half an hour alone": with someone joined to "he")
  if (p + 1 < at && key(p) == "and"sv) {
    const Mention* other = cv_.mention_at(p + 1);
    if (other != nullptr && other->first == p + 1 && other->kind == MKind::kPerson && other->last <= at) p = other->last;
  }
  for (; p < at; ++p) {
    if (key(p) != "also"sv && key(p) != "then"sv && key(p) != "first"sv) return false;
  }
  return true;
}

// Whether tokens [a, b) say the time is on the day the text is on: "earlier", "later that day",
// "in the evening", "the same day".
bool Frames::same_day_cue(std::uint32_t a, std::uint32_t b) const {
  // a timeline's entry: "Afternoon - Obama and May hold their first meeting", "Late morning - ..."
  {
    std::uint32_t i = F();
    if (i < L() && key(i) == "late"sv) ++i;
    if (i + 1 < L() && (key(i) == "morning"sv || key(i) == "afternoon"sv || key(i) == "evening"sv ||
                        key(i) == "noon"sv || key(i) == "midday"sv || key(i) == "night"sv) &&
        (key(i + 1) == "-"sv || key(i + 1) == ":"sv || key(i + 1) == "\u2013"sv)) {
      return true;
    }
  }
  for (std::uint32_t i = a; i < b && i < L(); ++i) {
    const TokenKey k = key(i);
    if (k == "earlier"sv || k == "later"sv) {
      // not "two days later", "a week earlier"
      if (i > F() && (key(i - 1) == "days"sv || key(i - 1) == "weeks"sv || key(i - 1) == "months"sv ||
                      key(i - 1) == "years"sv || key(i - 1) == "day"sv || key(i - 1) == "week"sv ||
                      key(i - 1) == "month"sv || key(i - 1) == "year"sv)) {
        return false;
      }
      // ("later in the day", "earlier in the evening": the same day)
      if (i + 3 < L() && key(i + 1) == "in"sv && key(i + 2) == "the"sv &&
          (key(i + 3) == "day"sv || key(i + 3) == "evening"sv || key(i + 3) == "morning"sv ||
           key(i + 3) == "afternoon"sv)) {
        return true;
      }
      if (i + 1 < L() && (key(i + 1) == "this"sv || key(i + 1) == "in"sv)) return false;  // "earlier this year"
      return true;
    }
    const bool part = k == "evening"sv || k == "morning"sv || k == "afternoon"sv;
    if (part && i > F() && (key(i - 1) == "the"sv || key(i - 1) == "that"sv)) return true;
    if (k == "same"sv && i + 1 < L() && key(i + 1) == "day"sv) return true;
    // "Albanese also met Xi that day"
    if (k == "that"sv && i + 1 < L() && key(i + 1) == "day"sv && (i + 2 >= L() || key(i + 2) != "that"sv)) return true;
    // "The president then attended": next on the same day (also in a clause after a semicolon:
    // "Sunak met Rutte on Tuesday; he then saw von der Leyen")
    if (k == "then"sv && ((i > F() && i < F() + 4) || (a > F() && key(a - 1) == ";"sv && i > a && i < a + 4))) {
      return true;
    }
    // ("In the Royal Gallery, Macron then addressed both Houses": right after the subject's name)
    if (k == "then"sv && i > F() + 1) {
      if (const Mention* m = cv_.mention_at(i - 1); m != nullptr && m->last == i && m->kind == MKind::kPerson) return true;
    }
    // "He was received on arrival by the minister": on the day of the arrival the text is on
    if ((k == "arrival"sv || k == "landing"sv) && i > F() &&
        (key(i - 1) == "on"sv || key(i - 1) == "upon"sv ||
         (i > F() + 1 && (key(i - 1) == "his"sv || key(i - 1) == "her"sv || key(i - 1) == "their"sv) &&
          (key(i - 2) == "on"sv || key(i - 2) == "upon"sv)))) {
      return true;
    }
  }
  return false;
}

// The day of the gathering that an anchored date at token `a` ("a day after") is counted from, when
// the gathering is the subject of a verb of taking place right before it: "Their talks came a day
// after", "The summit took place two days after"; none else.
Date Frames::day_of_what_came(std::uint32_t a) const {
  if (a <= F() + 1) return {};
  const TokenKey v = key(a - 1);
  std::uint32_t verb = a - 1;
  if ((key(a - 2) == "took"sv && v == "place"sv) || (key(a - 2) == "was"sv && v == "held"sv)) {
    verb = a - 2;
  } else if (v != "came"sv && v != "comes"sv && v != "followed"sv && v != "follows"sv) {
    return {};
  }
  const Mention* m = verb > F() ? cv_.mention_at(verb - 1) : nullptr;
  if (m == nullptr || m->kind != MKind::kEvent || m->last != verb || m->event < 0) return {};
  const DocEvent& e = ctx_.events[static_cast<std::size_t>(m->event)];
  return e.to_come || e.old ? Date{} : e.date;
}

Date Frames::date_for(std::uint32_t from, std::uint32_t end, std::uint32_t at, std::uint32_t tense_of) {
  // "on Sunday, a day after Xi and Ma met in Singapore": a clause after an anchored date is dated
  // from the last date said before the anchor in this sentence (and stays undated without one)
  for (const auto& a : si_.anchored_dates) {
    if (a.last > at || a.last + 14 < at) continue;
    bool one_clause = true;
    for (std::uint32_t k = a.last; k < at && one_clause; ++k) one_clause = key(k) != ","sv && key(k) != ";"sv;
    // (a clause with a date of its own keeps it: "17 days after Trump hosted Zelensky on 18 August")
    std::uint32_t stop = at;
    while (stop < end && key(stop) != ","sv && key(stop) != ";"sv) ++stop;
    const bool own_date = std::any_of(si_.dates.begin(), si_.dates.end(), [&](const DateMention& d) {
      return d.first >= a.last && d.first < stop;
    });
    if (!one_clause || own_date) continue;
    Date base;
    for (const auto& d : si_.dates) {
      if (d.last > a.first) break;
      const Date r = ctx_.resolve(d, ctx_.focus, tense_at(ctx_, si_, d.first));
      if (r.full()) base = r;
    }
    // ("Their talks came a day after Biden's own meeting with Xi": with no day said before it, from
    // the day of the gathering that came)
    const bool said_before = std::any_of(si_.dates.begin(), si_.dates.end(), [&](const DateMention& d) { return d.last <= a.first; });
    if (!base.full() && !said_before) base = day_of_what_came(a.first);
    prev_date_ = base.full() ? ctx_.resolve(a, base, Tense::kPast) : Date{};
    return prev_date_;
  }
  // The clause's date: one after the predicate (before any next predicate) first, else the
  // nearest one before it in the clause ("On Thursday he held talks").
  from = std::min(from, cv_.clause_start(at));
  std::uint32_t next_trigger = end;
  for (const auto& t : si_.triggers) {
    // only a coordinated next predicate ("met X on Monday and held talks with Y on Wednesday")
    // any next predicate, except nouns and participles of supply verbs ("a reply delivered on
    // Wednesday") that do not start a clause of their own
    const std::string& fr = ctx_.lex->triggers()[t.info].frame;
    // nor a word of an event's name ("attends the G7 meeting on Friday")
    const Mention* in = cv_.mention_at(t.first);
    // (nor "at the table", "as the guest": phrases, not predicates)
    // (nor a participle's "led by" after a noun: "met a delegation led by Schumer in Kyiv on Wednesday")
    const bool participle_led = (fr == "led_by"sv || (fr == "lead_delegation"sv && t.last < L() && key(t.last) == "by"sv)) &&
                                t.first > F() && key(t.first - 1) != "was"sv &&
                                key(t.first - 1) != "were"sv && key(t.first - 1) != "is"sv && key(t.first - 1) != "are"sv;
    const bool predicate = fr != "meeting_noun"sv && fr != "supply"sv && fr != "among_at_table"sv && fr != "with_role"sv &&
                           fr != "took_aside"sv &&  // ("aside", a word of the verb before it)
                           !participle_led && (in == nullptr || in->kind != MKind::kEvent);
    if (predicate && t.first > at && t.first < next_trigger) next_trigger = t.first;
  }
  // not past a clause of another time ("chaired the summit, his first since he took over last
  // October")
  std::uint32_t forward_end = std::min(end, next_trigger);
  for (std::uint32_t i = at + 1; i < forward_end; ++i) {
    const TokenKey k = key(i);
    if (k == "since"sv || k == "when"sv || k == "while"sv || k == "until"sv) forward_end = i;
    // (nor past another gathering the clause is set after or before, when the clause has its day
    // before the predicate: "Today ... held their second meeting of the year, following the
    // meeting of the three leaders in Madrid in June"; but "shakes hands with Costa before their
    // talks in Tokyo on Wednesday" is on the day after it)
    if ((k == "following"sv || k == "after"sv || k == "before"sv) && i + 2 < forward_end &&
        (determiner(key(i + 1)) || key(i + 1) == "their"sv || key(i + 1) == "his"sv || key(i + 1) == "her"sv)) {
      const Mention* ev = cv_.mention_at(i + 2);
      const bool dated_before = std::any_of(si_.dates.begin(), si_.dates.end(), [&](const DateMention& d) {
        return d.last <= at && d.first >= std::min(from, cv_.clause_start(at));
      });
      if (ev != nullptr && ev->kind == MKind::kEvent && dated_before) forward_end = i;
    }
  }
  // nor into the next coordinated clause when another predicate follows ("met A on Monday, and on
  // Wednesday B welcomed him": Wednesday is B's)
  if (next_trigger < end) {
    for (std::uint32_t i = at + 1; i + 1 < forward_end; ++i) {
      const TokenKey k = key(i);
      if (k == ";"sv || (k == ","sv && (key(i + 1) == "and"sv || key(i + 1) == "but"sv || key(i + 1) == "while"sv))) {
        forward_end = i;
        break;
      }
    }
  }
  // nor out of a relative clause the predicate is in ("Hun Manet, who was attending the summit,
  // signed a declaration ending the conflict that killed dozens in July")
  for (std::uint32_t i = at; i > F() + 1; --i) {
    const TokenKey k = key(i - 1);
    if (k == ","sv || k == ";"sv) break;
    if ((k == "who"sv || k == "which"sv) && key(i - 2) == ","sv) {
      for (std::uint32_t j = at + 1; j < forward_end; ++j) {
        if (key(j) == ","sv) {
          forward_end = j;
          break;
        }
      }
      break;
    }
  }
  const DateMention* d = cv_.date_between(at, forward_end, at);
  if (d == nullptr) {
    std::uint32_t prev_trigger = from;
    for (const auto& t : si_.triggers) {
      const std::string& fr = ctx_.lex->triggers()[t.info].frame;
      if (fr == "meeting_noun"sv || fr == "supply"sv || fr == "arrive"sv) continue;
      // nor a noun read as a verb ("rode to their bilateral meeting and then held talks")
      if (const Mention* in = cv_.mention_at(t.first); in != nullptr && in->kind == MKind::kEvent) continue;
      if (t.last <= at && t.last > prev_trigger && t.first < at) prev_trigger = t.last;
    }
    // nor from a clause before ", and he" ("met Moon on April 27 and on May 26, and he has twice
    // travelled to China to see Xi": neither day is the journey's)
    for (std::uint32_t i = at; i > prev_trigger + 1; --i) {
      const Mention* sm = cv_.mention_at(i);
      if (key(i - 2) == ","sv && (key(i - 1) == "and"sv || key(i - 1) == "but"sv) && sm != nullptr && sm->first == i &&
          (sm->kind == MKind::kPronoun || cv_.is_actor(*sm))) {
        prev_trigger = i;
        break;
      }
    }
    d = cv_.date_between(prev_trigger, at, at);
    // nor the time of an apposition about the place a "where" clause is in ("went to Uhuru
    // Gardens, the site of the independence declaration in 1963, where Charles laid a wreath")
    if (d != nullptr) {
      std::uint32_t where = d->last;
      while (where + 1 < at && !(key(where) == ","sv && key(where + 1) == "where"sv)) ++where;
      std::uint32_t open = d->first;
      while (open > F() && key(open - 1) != ","sv) --open;
      bool one_phrase = true;
      for (std::uint32_t k = d->last; k < where && one_phrase; ++k) one_phrase = key(k) != ","sv;
      if (where + 1 < at && open > F() + 1 && determiner(key(open)) && one_phrase) d = nullptr;
    }
    // nor the start of a state ("has been in Los Angeles since the weekend and has attended ...")
    // (a day or a weekend; not a month and year a "when" clause may be of: "since September 2019,
    // when Trump met Zelensky")
    if (d != nullptr && d->first > F() && (key(d->first - 1) == "since"sv || key(d->first - 1) == "until"sv) &&
        (d->kind != DateKind::kAbsolute || d->year == 0)) {
      d = nullptr;
    }
    // nor the time of a clause about the subject ("Trump, who flew in on Tuesday, attended ...")
    std::uint32_t comma = at;
    // (over an adverb: "Sanchez, who said he had been held on Saturday, also attended")
    while (comma > F() && (key(comma - 1).ends_with("ly") || key(comma - 1) == "also"sv)) --comma;
    if (d != nullptr && comma > F() && key(comma - 1) == ","sv) {
      const std::uint32_t open = cv_.qualifying_clause_start(comma - 1);
      if (open != ClauseView::kNoToken && d->first > open) d = cv_.date_between(prev_trigger, open, at);
    }
    // "On Thursday 3 April Orban welcomed him in Buda Castle, and the two held talks": a day that
    // opens the sentence dates each of its clauses, those about the people it names too ("On
    // Thursday Poroshenko was received by the leaders, who sat down with him"), but not one about
    // a place ("On Thursday Akazawa called off a trip to Washington, where he had been due to meet
    // Lutnick")
    if (d == nullptr && !si_.dates.empty()) {
      const DateMention& opening = si_.dates.front();
      // (past a bullet's mark: "-- 30 July 1975 (Wednesday): Ford and Brezhnev meet")
      std::uint32_t first_word = F();
      while (first_word < at && bullet_mark(key(first_word).view())) ++first_word;
      const std::uint32_t start = key(first_word) == "on"sv || key(first_word) == "in"sv ? first_word + 1 : first_word;
      // (the clause of a place the predicate is in: opened after a comma and not closed by one)
      bool relative = false;
      for (std::uint32_t k = opening.last; k + 1 < at; ++k) {
        if (key(k) == ","sv) relative = key(k + 1) == "where"sv;
      }
      if (opening.first == start && opening.last < at && opening.kind != DateKind::kAnchored && !relative) d = &opening;
    }
  }
  if (d == nullptr) {
    // "On Tuesday Xi held talks with A ... and also met B": a shared subject shares the date
    if (shared_subject_) return prev_date_;
    // "In the evening Putin also sat down with Ramaphosa", "He had earlier received Modi": the day
    // the text is on
    // (not a day to come the text spoke of: "will chair the talks until they close on December
    // 11 ... a little later he and Putin talked" is the article's day)
    if (same_day_cue(cv_.clause_start(at), end) && ctx_.focus.full()) {
      const bool focus_to_come = ctx_.doc_date.full() && days_from_civil(ctx_.focus.year, ctx_.focus.month, ctx_.focus.day) >
                                                             days_from_civil(ctx_.doc_date.year, ctx_.doc_date.month,
                                                                             ctx_.doc_date.day);
      prev_date_ = focus_to_come ? ctx_.doc_date : ctx_.focus;
      // ("Macron on Friday moved on to the Middle East. He received Aoun in the morning": the day
      // of the person the sentence before was about, told in a sentence of no predicate)
      if (continues_narrative(at)) prev_date_ = ctx_.narrative_day;
      // ("On Monday, 19 June, he saw Wang Yi, and late in the afternoon he was taken to ...": the
      // day this sentence gave before, not the one in focus from the sentences before)
      // (not a day in a clause about someone: "Anwar, who had telephoned both on Friday, welcomed")
      for (const auto& said : si_.dates) {
        if (said.last > at) break;
        bool relative = false;
        for (std::uint32_t k = said.first; k > F() && !relative && key(k - 1) != ","sv; --k) {
          relative = key(k - 1) == "who"sv || key(k - 1) == "which"sv || key(k - 1) == "whom"sv;
        }
        if (relative) continue;
        if (const Date r = ctx_.resolve(said, ctx_.focus, tense_at(ctx_, si_, said.first)); r.full()) prev_date_ = r;
      }
      return prev_date_;
    }
    // "1. WASHINGTON, Wednesday, May 21, 2025. Trump shakes hands with Ramaphosa": what a caption
    // shows in the present is on its dateline's day
    // (and what it tells in the past of that day: "10 of 12 - FRIDAY, 4 APRIL. Modi also held talks
    // with Oli"; not what had happened before, nor what is to come)
    if (ctx_.captions && ctx_.caption_day.full() &&
        (present_predicate(at) || (tense_at(ctx_, si_, at) == Tense::kPast && !perfect_before(at)))) {
      prev_date_ = ctx_.caption_day;
      return prev_date_;
    }
    // "SUNDAY, 14 DECEMBER ... 13:05 Merz received Zelensky at the chancellery a few minutes ago":
    // what a live report's entry tells, but for what is to come, is on the day heading it
    if ((ctx_.live || ctx_.timeline) && ctx_.caption_day.full() && tense_at(ctx_, si_, at) != Tense::kFuture) {
      prev_date_ = ctx_.caption_day;
      return prev_date_;
    }
    // "11:15 GMT - On the margins of the summit, Starmer has held talks with Rutte": what a live
    // page with no day heading its entries tells in the present perfect is of its own day (the
    // simple past may tell of the day before)
    if (const std::uint32_t aux = perfect_auxiliary(at);
        ctx_.live && !ctx_.caption_day.full() && ctx_.doc_date.full() && aux != ClauseView::kNoToken &&
        (key(aux) == "has"sv || key(aux) == "have"sv)) {
      prev_date_ = ctx_.doc_date;
      return prev_date_;
    }
    // "- 16:45: joined leaders at a reception": a line of the issuer's diary is of the day the page
    // is on (not what it says is to come)
    if (diary_heading_colon() != 0 && tense_at(ctx_, si_, at) != Tense::kFuture &&
        (ctx_.focus.full() || ctx_.doc_date.full())) {
      prev_date_ = ctx_.focus.full() ? ctx_.focus : ctx_.doc_date;
      return prev_date_;
    }
    // "MONDAY, NOVEMBER 14: The President meets with ...", "Nov. 12: Biden met Hun Sen": an entry of a
    // schedule or a timeline, whose day opens it before a colon, is on that day
    if (!si_.dates.empty() && si_.dates.front().first == F() && si_.dates.front().last < at &&
        key(si_.dates.front().last) == ":"sv) {
      const Date r = ctx_.resolve(si_.dates.front(), ctx_.focus, tense_at(ctx_, si_, at));
      if (r.full()) {
        prev_date_ = r;
        last_date_ = r;
        return r;
      }
    }
    // "Before the meeting, Witkoff met senior European officials": a clause opened by a gathering
    // it came just before or after is of that gathering's day
    if ((key(F()) == "before"sv || key(F()) == "after"sv) && F() + 2 < at) {
      const Mention* em = cv_.mention_at(F() + 1);
      if (em != nullptr && em->first == F() + 1 && em->kind == MKind::kEvent && em->event >= 0 && em->last < at &&
          key(em->last) == ","sv) {
        const Date& day = ctx_.events[static_cast<std::size_t>(em->event)].date;
        if (day.full()) {
          prev_date_ = day;
          return prev_date_;
        }
      }
    }
    // "lunched with Macron after the summit": what the predicate's clause sets after a gathering it
    // names is on that gathering's last day (not "after the summit in June": its own time)
    if (tense_at(ctx_, si_, at) == Tense::kPast) {
      for (std::uint32_t i = at + 1; i + 2 < end && !cv_.boundary(i); ++i) {
        if (key(i) != "after"sv) continue;
        const Mention* em = cv_.mention_at(i + 1);
        if (em == nullptr || em->first != i + 1 || em->kind != MKind::kEvent || em->event < 0 ||
            (em->last < L() && ctx_.tokens[em->last].is(kWord))) {
          break;
        }
        const DocEvent& ev = ctx_.events[static_cast<std::size_t>(em->event)];
        const Date last = ev.end_date.full() ? ev.end_date : ev.days > 1 ? Date{} : ev.date;
        if (!last.full() || ev.to_come || ev.old) break;
        prev_date_ = last;
        return prev_date_;
      }
    }
    // "Bessent arrived in Buenos Aires on Monday. He met Milei and Caputo at the Casa Rosada": the
    // day of the person the sentences before were about
    if (continues_narrative(at)) {
      prev_date_ = ctx_.narrative_day;
      return prev_date_;
    }
    return Date{};
  }
  const Tense tense = tense_at(ctx_, si_, tense_of != ClauseView::kNoToken ? tense_of : at);
  // "Kuleba, who arrived in Phnom Penh on Tuesday evening, held talks the next day with": a day
  // counted from the focus is counted from the last day this sentence said before it
  Date base = ctx_.focus;
  if (d->kind == DateKind::kAnaphoric) {
    for (const DateMention& said : si_.dates) {
      if (said.last > d->first || said.kind == DateKind::kAnaphoric) continue;
      if (const Date b = ctx_.resolve(said, ctx_.focus, tense_at(ctx_, si_, said.first)); b.full()) base = b;
    }
  }
  // ("Back in June 2016, on a three-day visit, ... and on the Saturday he and Nikolic signed": a
  // weekday within a month of another year that the sentence gave before it is a day of that month,
  // not of the week the text is on; the month is what is known)
  // (a weekday told as "the Saturday"; not a month a state began: "since the invasion in February
  // 2022, ... on Sunday he met")
  const bool the_weekday = d->kind == DateKind::kWeekday &&
                           (key(d->first) == "the"sv || (d->first > F() && key(d->first - 1) == "the"sv));
  if (the_weekday && ctx_.doc_date.full()) {
    for (const DateMention& said : si_.dates) {
      if (said.last > d->first) break;
      if (said.kind != DateKind::kAbsolute || said.year == 0 || said.month == 0 || said.day != 0) continue;
      bool since = false;
      for (std::uint32_t k = said.first; k > F() && k + 6 > said.first && !since; --k) {
        since = key(k - 1) == "since"sv || key(k - 1) == "until"sv;
      }
      if (since) continue;
      const long months_away = std::labs(static_cast<long>(said.year) * 12 + said.month -
                                         (static_cast<long>(ctx_.doc_date.year) * 12 + ctx_.doc_date.month));
      if (months_away < 2) continue;
      prev_date_ = Date{said.year, said.month, 0};
      last_date_ = prev_date_;
      return prev_date_;
    }
  }
  const Date r = ctx_.resolve(*d, base, tense);
  // "meets Trump on Friday", "is attending on Thursday": in the present tense, a weekday is one to
  // come. With the article's date that shows in the resolved date; without it, only here.
  // (not in captions, which tell what is pictured in the present: "Biden welcomes Kishida on Friday")
  weekday_to_come_ = ctx_.doc_date.empty() && d->kind == DateKind::kWeekday && tense == Tense::kPresent &&
                     present_predicate(at) && !ctx_.captions;
  prev_date_ = r;
  if (!r.empty() && !looks_back(*d)) last_date_ = r;
  return r;
}

// "He had landed at Orly on Sunday afternoon, where Attal welcomed him": a day told in the past
// perfect is a look back; the story's day stays the one it was.
bool Frames::looks_back(const DateMention& d) const {
  for (std::uint32_t k = d.first; k > F() && k + 8 > d.first; --k) {
    if (cv_.boundary(k - 1) && key(k - 1) != ","sv) break;
    if (key(k - 1) == "had"sv && k < d.first && ctx_.tokens[k].is(kWord) && !ctx_.tokens[k].is(kCapital) &&
        (key(k).ends_with("ed") || key(k) == "been"sv || key(k) == "met"sv || key(k) == "flown"sv ||
         key(k) == "come"sv || key(k) == "gone"sv || key(k) == "held"sv || key(k) == "made"sv ||
         key(k) == "taken"sv || key(k) == "seen"sv || key(k) == "given"sv || key(k) == "spoken"sv ||
         key(k) == "left"sv || key(k) == "sent"sv || key(k) == "told"sv)) {
      return true;
    }
  }
  return false;
}

// Noun phrase text after `from` until a preposition introducing the beneficiary or a boundary.
std::uint32_t Frames::np_end(std::uint32_t from, std::uint32_t limit) const {
  std::uint32_t i = from;
  // a bound before a sum: "up to 160 million pounds", "more than 300 troops", "at least $1bn"
  if (i + 2 < limit && ((key(i) == "up"sv && key(i + 1) == "to"sv) || (key(i) == "more"sv && key(i + 1) == "than"sv) ||
                        (key(i) == "less"sv && key(i + 1) == "than"sv) || (key(i) == "at"sv && key(i + 1) == "least"sv))) {
    const Token& n = ctx_.tokens[i + 2];
    if (n.is(kDigit) || n.key == "$"sv || n.key == "€"sv || n.key == "£"sv || small_number(n.key.view()) >= 0) i += 2;
  }
  while (i < limit) {
    const TokenKey k = key(i);
    if (k == ","sv && i > from && i + 1 < limit && ctx_.tokens[i - 1].is(kDigit) && ctx_.tokens[i + 1].is(kDigit)) {
      ++i;  // "1,000 police officers"
      continue;
    }
    if (k == "("sv) {  // "a 2.26 billion-pound ($2.8 billion) loan": an amount in brackets
      std::uint32_t close = i + 1;
      while (close < limit && close < i + 7 && key(close) != ")"sv) ++close;
      if (close < limit && key(close) == ")"sv) {
        i = close + 1;
        continue;
      }
    }
    // "two hundred and fifty million dollars": a number in words goes on over its "and"
    if (k == "and"sv && i > from && i + 1 < limit && (key(i - 1) == "hundred"sv || key(i - 1) == "thousand"sv) &&
        number_word_below_hundred(key(i + 1).view())) {
      ++i;
      continue;
    }
    // "public and private finance", "military and humanitarian aid": two adjectives of one noun
    if (k == "and"sv && i > from && i + 2 < limit) {
      const auto adjective = [&](std::uint32_t a) {
        const Token& t = ctx_.tokens[a];
        const TokenKey w = t.key;
        return t.is(kWord) && !t.is(kCapital) && w.size() > 4 &&
               (w.ends_with("al") || w.ends_with("ic") || w.ends_with("ary") || w.ends_with("ive") || w.ends_with("ian") ||
                w.ends_with("ar") || w.ends_with("ate") || w == "foreign"sv);
      };
      const Token& noun = ctx_.tokens[i + 2];
      if (adjective(i - 1) && adjective(i + 1) && noun.is(kWord) && !noun.is(kCapital) && !noun.in(kClsPlacePrep) && !noun.in(kClsPronoun) && !determiner(noun.key)) {
        i += 2;
        continue;
      }
    }
    if (k == ","sv || k == "to"sv || k == "for"sv || k == "if"sv || k == "as"sv || k == "because"sv || k == "once"sv ||
        k == "in"sv || k == "on"sv || k == "at"sv || k == "during"sv || k == "following"sv || k == "that"sv ||
        k == "which"sv || k == "who"sv || k == "under"sv || k == "within"sv || k == "by"sv || k == "when"sv ||
        k == "after"sv || k == "before"sv || k == "while"sv || k == "but"sv || k == "and"sv || k == "so"sv ||
        k == "until"sv || k == "unless"sv || k == "amid"sv || k == "despite"sv || cv_.boundary(i)) {
      break;
    }
    ++i;
  }
  return i;
}

std::string Frames::trimmed_np(std::uint32_t a, std::uint32_t b) const {
  while (a < b && (determiner(key(a)) || ctx_.tokens[a].is(kQuote))) ++a;
  while (b > a && ctx_.tokens[b - 1].is(kPunct)) {
    if (key(b - 1) == ")"sv) {  // a bracket closed inside the phrase stays: "20 million pounds ($26.7 million)"
      bool opened = false;
      for (std::uint32_t k = a; k + 1 < b && !opened; ++k) opened = key(k) == "("sv;
      if (opened) break;
    }
    --b;
  }
  return a < b ? text(a, b) : std::string();
}

namespace {

// Nouns for the members of a group of countries: "26 leaders", "the partners", "member states".
bool member_noun(TokenKey k) {
  static const WordSet kNouns = {
      "leaders", "countries", "nations", "members", "partners", "allies", "governments", "states",
      "participants", "signatories", "delegations", "capitals", "heads", "premiers", "presidents"};
  return kNouns.count(k.view()) != 0;
}

}  // namespace

// The subject, with a fallback for group nouns ("26 leaders have pledged") in a document about an
// event of a named group: that group.
Group Frames::subject_or_group(std::uint32_t at) {
  Group g = cv_.subject(at);
  if (!g.empty()) return g;
  const std::uint32_t start = cv_.clause_start(at);
  // "The three governments undertake", "the three have agreed": as many parties as the text just
  // named together
  if (Group n = counted_group(start, at); !n.empty()) return n;
  for (std::uint32_t i = at; i > start; --i) {
    const Mention* m = cv_.mention_at(i - 1);
    if (m == nullptr) continue;
    // "NATO leaders met ... the allies committed to": members of the organisation of the last group
    // phrase
    if (m->kind == MKind::kGeneric && ctx_.group_org >= 0 && m->last > m->first) {
      const TokenKey head = key(m->last - 1);
      if (head == "allies"sv || head == "members"sv || head == "states"sv) {
        g.entities.push_back(ctx_.group_org);
        g.first = m->first;
        g.last = m->last;
        g.generic = true;
        return g;
      }
    }
    // "The leaders pledged" after a meeting of two, in a text about no group's gathering: the two
    if (m->kind == MKind::kGeneric && m->last > m->first && ctx_.last_group.size() >= 2 &&
        (key(m->last - 1) == "leaders"sv || key(m->last - 1) == "sides"sv) &&
        (key(m->first) == "the"sv || (m->first > start && key(m->first - 1) == "the"sv)) &&
        (ctx_.salient_event < 0 || ctx_.events[static_cast<std::size_t>(ctx_.salient_event)].group.empty())) {
      g.entities = ctx_.last_group;
      g.first = m->first;
      g.last = m->last;
      return g;
    }
    // ("troops from foreign countries could not provide guarantees": not the group's members)
    const bool in_phrase = m->first > start && (key(m->first - 1) == "from"sv || key(m->first - 1) == "of"sv ||
                                                (key(m->first - 1) == "foreign"sv || key(m->first - 1) == "other"sv));
    // (not "several countries", "some members": a part of the group is not the group)
    const TokenKey q = m->first > start ? key(m->first - 1) : TokenKey();
    const bool part = key(m->first) == "several"sv || key(m->first) == "some"sv || key(m->first) == "many"sv ||
                      key(m->first) == "few"sv || q == "several"sv || q == "some"sv || q == "many"sv || q == "few"sv;
    if (m->kind == MKind::kGeneric && ctx_.salient_event >= 0 && member_noun(key(m->last - 1)) && !in_phrase && !part) {
      const std::string& group = ctx_.events[static_cast<std::size_t>(ctx_.salient_event)].group;
      if (group.empty()) break;
      const auto* entries = ctx_.lex->lookup(name_key(group));
      if (entries == nullptr) break;
      for (const auto& e : *entries) {
        if (e.kind == LexKind::kOrg) {
          g.entities.push_back(entity_for_org(ctx_, e.index));
          g.first = m->first;
          g.last = m->last;
          g.generic = true;
          return g;
        }
      }
      break;
    }
    if (m->kind != MKind::kEvent) break;
  }
  return g;
}

// "the three leaders", "the four governments", "the three" right before the predicate at `at`
// (over auxiliaries and adverbs): the group the last sentences named, when it has that many.
Group Frames::counted_group(std::uint32_t start, std::uint32_t at) const {
  static const WordSet kCount = {"two", "three", "four", "five", "six"};
  static const WordSet kNouns = {"leaders", "governments", "countries", "sides", "presidents",
                                                              "men", "women", "nations", "allies", "partners"};
  std::uint32_t p = at;
  while (p > start && (key(p - 1) == "have"sv || key(p - 1) == "has"sv || key(p - 1) == "had"sv || key(p - 1) == "also"sv ||
                       key(p - 1) == "all"sv || key(p - 1) == "will"sv || key(p - 1).ends_with("ly"))) {
    --p;
  }
  // "Both undertook to meet regularly": the pair just named
  if (p == start + 1 && key(start) == "both"sv && ctx_.last_group.size() == 2) {
    Group g;
    g.entities = ctx_.last_group;
    g.first = start;
    g.last = at;
    return g;
  }
  if (p > start && kNouns.count(key(p - 1).view()) != 0) --p;
  if (p <= start + 1 || kCount.count(key(p - 1).view()) == 0 || key(p - 2) != "the"sv) return {};
  // ("officials of the two countries signed an agreement": their officials, not the two leaders)
  static const WordSet kAgents = {"officials", "ministers", "diplomats", "negotiators", "delegations",
                                  "representatives", "envoys", "teams", "delegates", "aides"};
  if (p >= start + 4 && key(p - 3) == "of"sv && kAgents.count(key(p - 4).view()) != 0) return {};
  Group g = group_of_count(key(p - 1));
  if (g.empty()) return g;
  g.first = p - 2;
  g.last = at;
  return g;
}

// "between the five men", "among the three leaders" from `the`: the group of that many.
Group Frames::counted_group_at(std::uint32_t the) const {
  static const WordSet kNouns = {"leaders", "governments", "countries", "sides", "presidents",
                                                              "men", "women", "nations", "allies", "partners"};
  if (the + 2 >= L() || key(the) != "the"sv || kNouns.count(key(the + 2).view()) == 0) return {};
  Group g = group_of_count(key(the + 1));
  if (g.empty()) return g;
  g.first = the;
  g.last = the + 3;
  return g;
}

// The last group named together when it has `count` ("three") members, else those reported at the
// gathering spoken of when there are that many; empty otherwise.
Group Frames::group_of_count(TokenKey count) const {
  static const std::unordered_map<std::string_view, std::size_t> kN = {{"two", 2}, {"three", 3}, {"four", 4},
                                                                       {"five", 5}, {"six", 6}};
  const auto found = kN.find(count.view());
  if (found == kN.end()) return {};
  const std::size_t n = found->second;
  Group g;
  g.entities = ctx_.last_group;
  // else those reported at the gathering the text puts most people at, when there are that many
  // (three or more: "the two sides" are too often two others than the first two named there)
  if (g.entities.size() != n) {
    g.entities.clear();
    if (n < 3) return {};
    const std::size_t from = ctx_.pending.size() > kRecentAssertions ? ctx_.pending.size() - kRecentAssertions : 0;
    std::vector<std::vector<int>> present(ctx_.events.size());
    for (std::size_t i = from; i < ctx_.pending.size(); ++i) {
      const PendingAssertion& a = ctx_.pending[i];
      if (a.relation != "attended"sv || a.target_event < 0 || a.status != edge_status::kReported) continue;
      if (ctx_.entities[static_cast<std::size_t>(a.subject)].type != "person"sv) continue;
      auto& who = present[static_cast<std::size_t>(a.target_event)];
      if (std::find(who.begin(), who.end(), a.subject) == who.end()) who.push_back(a.subject);
    }
    for (auto& who : present) {
      if (who.size() > g.entities.size()) g.entities = who;
    }
    // (the principals are named first: "Biden hosted Kishida and Yoon", then their aides at the table)
    if (g.entities.size() < n || g.entities.size() > n + 2) return {};
    g.entities.resize(n);
  }
  return g;
}

// Subject of a predicate; in "X met Y and held talks with Z" the second predicate shares X.
Group Frames::subject_of(const Trigger& t) {
  std::uint32_t p = t.first;
  while (p > F() && (key(p - 1) == "also"sv || key(p - 1) == "then"sv || key(p - 1) == "later"sv ||
                     key(p - 1) == "subsequently"sv || key(p - 1) == "afterwards"sv ||
                     (key(p - 1).ends_with("ly") && !ctx_.tokens[p - 1].is(kCapital)))) {
    --p;
  }
  // ("..., and on Monday received Lavrov": past a time phrase after the conjunction)
  for (const auto& d : si_.dates) {
    if (d.last != p || d.first <= F()) continue;
    std::uint32_t q = d.first;
    if (key(q - 1) == "on"sv || key(q - 1) == "in"sv) --q;
    if (q > F() && (key(q - 1) == "and"sv || key(q - 1) == "but"sv)) p = q;
    break;
  }
  // ("met Zelensky and promised to send air defence": the subject of the verb "to" completes)
  if (p > F() + 2 && key(p - 1) == "to"sv) {
    const std::uint32_t v = p - 2;
    const TokenKey w = key(v);
    const bool commits = w == "promised"sv || w == "pledged"sv || w == "vowed"sv || w == "undertook"sv ||
                         w == "offered"sv || w == "agreed"sv || w == "committed"sv || w == "decided"sv;
    if (commits && (key(v - 1) == "and"sv || key(v - 1) == "but"sv)) p = v;
  }
  shared_subject_ = false;
  // "Starmer, accompanied by the Foreign Secretary, David Lammy, joined Trump for dinner": a
  // participle's phrase of "by" between commas is about the actor before it, the subject
  if (p > F() + 4 && key(p - 1) == ","sv) {
    for (std::uint32_t c = p - 1; c > F() + 2 && c + 24 > p; --c) {
      if (cv_.boundary(c - 1) && key(c - 1) != ","sv) break;
      if (key(c - 1) != ","sv || key(c + 1) != "by"sv || !key(c).ends_with("ed") || ctx_.tokens[c].is(kCapital)) continue;
      const Mention* m = cv_.mention_at(c - 2);
      if (m != nullptr && m->last == c - 1 && cv_.is_actor(*m) && !m->possessive && !m->modifier &&
          m->kind != MKind::kPronoun) {
        // (its end stays the actor's: the phrase says who was at its side, "flanked by A and B")
        return cv_.group_ending(static_cast<std::size_t>(m - si_.mentions.data()));
      }
      break;
    }
  }
  // "Macron, who had joined Trump and Starmer before the two men sat down, also held talks with
  // Zelensky": after a clause of "who" about the sentence's first actor, the predicate is that
  // actor's
  if (p > F() + 4 && key(p - 1) == ","sv) {
    for (std::uint32_t w = p - 2; w > F() + 1; --w) {
      if (key(w) == ";"sv || key(w) == ":"sv) break;
      if (key(w) != "who"sv || key(w - 1) != ","sv) continue;
      const Mention* m = cv_.mention_at(w - 2);
      const bool first_actor =
          m != nullptr && std::none_of(si_.triggers.begin(), si_.triggers.end(), [&](const Trigger& o) { return o.first < m->first; });
      if (first_actor && m->last == w - 1 && m->kind == MKind::kPerson && m->entity >= 0 && !m->possessive &&
          !m->modifier) {
        return cv_.group_ending(static_cast<std::size_t>(m - si_.mentions.data()));
      }
      break;
    }
  }
  // "..., and Algeria, the Arab member of the Council, also voted against": a comma that closes an
  // apposition of plain words about the actor before it is no coordination; that actor is the subject
  if (p > F() + 4 && key(p - 1) == ","sv) {
    std::uint32_t c = p - 1;
    // (its words, or a title naming the same person: "Xi, the Chinese leader, met Modi")
    int named = -1;
    while (c > F() && p - c < 12 && key(c - 1) != ","sv && ctx_.tokens[c - 1].is(kWord)) {
      const Mention* in = cv_.mention_at(c - 1);
      if (in != nullptr && in->kind != MKind::kTitle && in->kind != MKind::kPerson) break;
      if (in != nullptr && in->kind == MKind::kPerson) named = in->entity;
      --c;
    }
    const TokenKey det = key(c);
    if (c > F() + 1 && c + 2 < p && key(c - 1) == ","sv && (det == "the"sv || det == "a"sv || det == "an"sv)) {
      const Mention* m = cv_.mention_at(c - 2);
      if (m != nullptr && m->last == c - 1 && cv_.is_actor(*m) && !m->possessive && !m->modifier &&
          (named < 0 || named == m->entity)) {
        Group g = cv_.group_ending(static_cast<std::size_t>(m - si_.mentions.data()));
        g.last = p - 1;
        return g;
      }
    }
  }
  // ("Sonexay Siphandone, this year's ASEAN chair, opened the summit", "David Lammy, the foreign
  // secretary, addressed it": an apposition that opens with a determiner and may name a body or a
  // title in passing; the person before it is the subject, not the body nor another holder of the
  // title. "Farage, the Reform UK leader, dismissed it": a leader speaks for the body too)
  if (p > F() + 4 && key(p - 1) == ","sv) {
    std::uint32_t c = p - 1;
    while (c > F() && p - c < 12 && key(c - 1) != ","sv && key(c - 1) != "."sv && key(c - 1) != ";"sv) --c;
    const TokenKey det = key(c);
    const bool opens = det == "this"sv || det == "that"sv || det == "his"sv || det == "her"sv || det == "its"sv ||
                       det == "the"sv || det == "their"sv;
    const bool plain = std::none_of(si_.triggers.begin(), si_.triggers.end(), [&](const Trigger& o) {
      const Mention* in = cv_.mention_at(o.first);
      const bool noun = o.first > c && (determiner(key(o.first - 1)) || key(o.first - 1) == "'s"sv ||
                                        (in == nullptr && cv_.mention_at(o.first - 1) != nullptr));
      return o.first >= c && o.first < p - 1 && !noun;
    });
    if (c > F() + 1 && key(c - 1) == ","sv && opens && plain) {
      const Mention* m = cv_.mention_at(c - 2);
      if (m != nullptr && m->last == c - 1 && m->kind == MKind::kPerson && m->entity >= 0 && !m->possessive &&
          !m->modifier) {
        Group g = cv_.group_ending(static_cast<std::size_t>(m - si_.mentions.data()));
        g.last = p - 1;
        for (std::uint32_t k = c; k + 1 < p; ++k) {
          const Mention* body = cv_.mention_at(k);
          if (body == nullptr || body->first != k || body->kind != MKind::kOrg || body->entity < 0) continue;
          // (the role's word after the body's name, or the last of its mention: "Reform UK leader")
          const auto leads = [&](TokenKey r) { return r == "leader"sv || r == "head"sv || r == "chief"sv || r == "boss"sv; };
          if ((leads(key(body->last)) || leads(key(body->last - 1))) &&
              std::find(g.entities.begin(), g.entities.end(), body->entity) == g.entities.end()) {
            g.entities.push_back(body->entity);
          }
        }
        return g;
      }
    }
  }
  const bool coordinated = p > F() && (key(p - 1) == "and"sv || key(p - 1) == "but"sv || key(p - 1) == ","sv);
  // ("where the host, President Emomali Rahmon, chaired": a comma closing an apposition of a person
  // named right before the predicate is no coordination)
  const Mention* closed = p > F() + 2 && key(p - 1) == ","sv ? cv_.mention_at(p - 2) : nullptr;
  // (the apposition of a one-word role that opens the clause: "where the host, X,", "and the chair, X,")
  const std::uint32_t role = closed != nullptr && closed->first >= F() + 3 ? closed->first - 3 : F();
  const bool apposition_closed =
      closed != nullptr && closed->last == p - 1 && closed->kind == MKind::kPerson && closed->entity >= 0 &&
      role > F() && key(closed->first - 1) == ","sv && key(role) == "the"sv &&
      (key(role - 1) == "where"sv || key(role - 1) == "when"sv || key(role - 1) == ","sv || key(role - 1) == "and"sv);
  if (coordinated && !apposition_closed && !prev_subject_.empty() && prev_trigger_last_ <= p) {
    // unless the conjunction introduces a new subject right before the predicate
    const Mention* m = cv_.mention_at(p - 1);
    if (m == nullptr || !cv_.is_actor(*m)) {
      shared_subject_ = true;
      // ("held talks with Trong at the palace, where the two looked on as ..., and then met Phuc":
      // the subject of a clause of "where" is not the main clause's, which the predicate goes on)
      if (prev_subject_.first > F() + 2 && key(prev_subject_.first - 1) != ","sv) {
        std::uint32_t w = prev_subject_.first;
        while (w > F() + 1 && w + 3 > prev_subject_.first && key(w - 1) != "where"sv) --w;
        if (w > F() + 1 && key(w - 1) == "where"sv && key(w - 2) == ","sv && key(p - 1) == "and"sv) {
          for (const Trigger& o : si_.triggers) {
            if (o.first >= w - 2) break;
            const Group main = cv_.subject(o.first);
            if (!main.empty() && !main.generic && main.last <= o.first) {
              Group g = main;
              g.last = p - 1;
              return g;
            }
          }
        }
      }
      return prev_subject_;
    }
  }
  // "Poroshenko said the text gave the rebels no autonomy and ruled out a federal structure": a
  // predicate after "and" that follows what an actor said, with no actor in between, is the
  // sayer's second predicate
  if (coordinated && key(p - 1) == "and"sv && prev_subject_.empty()) {
    for (auto c = si_.cues.rbegin(); c != si_.cues.rend(); ++c) {
      if (c->kind != "report"sv || c->last >= p || si_.in_quote[c->first - F()]) continue;
      const bool actor_between = std::any_of(si_.mentions.begin(), si_.mentions.end(), [&](const Mention& m) {
        return m.first >= c->last && m.first < p && cv_.is_actor(m);
      });
      if (actor_between) break;
      Group sayer = cv_.subject(c->first);
      // (its mood is read from the "and" on, not from what was said: "gave them no autonomy")
      sayer.last = p - 1;
      if (!sayer.empty() && !sayer.generic) return sayer;
      break;
    }
  }
  // "U.S. quits UN talks, rejects draft text": a headline's second verb after a comma, in the tense of
  // the verb right after the actor that opens it, shares that actor
  if (coordinated && key(p - 1) == ","sv && prev_subject_.empty() && !si_.mentions.empty()) {
    const auto tense = [](TokenKey w) {
      return w.size() > 3 && w.view().find('\'') == std::string_view::npos
                 ? (w.ends_with("ed") ? 1 : (w.ends_with("s") && !w.ends_with("ss") ? 2 : 0))
                 : 0;
    };
    std::uint32_t w = cv_.story_start();
    while (w < p && !ctx_.tokens[w].is(kWord)) ++w;
    const Mention& m0 = si_.mentions.front();
    const std::uint32_t v = m0.last;
    if (m0.first == w && v + 1 < p && cv_.is_actor(m0) && m0.kind != MKind::kPronoun && !m0.possessive &&
        ctx_.tokens[v].is(kWord) && !ctx_.tokens[v].is(kCapital) && cv_.mention_at(v) == nullptr &&
        tense(key(v)) != 0 && tense(key(v)) == tense(key(p))) {
      Group opening = cv_.group_from(0);
      opening.last = p - 1;
      return opening;
    }
  }
  // "Xi set out four red lines - Taiwan, democracy and its right to development - and rejected
  // Washington's efforts": a list between dashes before "and" is an aside; the predicate is the
  // second of the clause's subject
  if (coordinated && key(p - 1) == "and"sv && p > F() + 2 && (key(p - 2) == "-"sv || key(p - 2) == "\u2013"sv ||
                                                              key(p - 2) == "\u2014"sv)) {
    std::uint32_t open = p - 2;
    while (open > F() && p - open < 40 && key(open - 1) != "-"sv && key(open - 1) != "\u2013"sv &&
           key(open - 1) != "\u2014"sv) {
      --open;
    }
    std::uint32_t w = cv_.story_start();
    while (w < open && !ctx_.tokens[w].is(kWord)) ++w;
    const Mention* m0 = si_.mentions.empty() ? nullptr : &si_.mentions.front();
    if (open > F() + 1 && m0 != nullptr && m0->first == w && m0->last < open && cv_.is_actor(*m0) &&
        m0->kind != MKind::kPronoun && !m0->possessive) {
      Group opening = cv_.group_from(0);
      opening.last = p - 1;
      return opening;
    }
  }
  Group g = cv_.subject(t.first);
  // "China was dissatisfied with what Japan and the G7 have done and rejected the statement": the
  // actors of a clause of "what" are not the subject of the predicate after "and"; the actor before
  // it, with a verb of its own, is
  if (coordinated && key(p - 1) == "and"sv && !g.empty() && g.first > F() + 2 && key(g.first - 1) == "what"sv) {
    for (std::uint32_t k = g.first - 1; k > F(); --k) {
      const Mention* m = cv_.mention_at(k - 1);
      if (m == nullptr || m->last != k || !cv_.is_actor(*m) || m->possessive || m->modifier) continue;
      const TokenKey v = key(k);
      if (v == "was"sv || v == "is"sv || v == "were"sv || v == "are"sv || v == "has"sv || v == "had"sv) {
        Group before = cv_.group_ending(static_cast<std::size_t>(m - si_.mentions.data()));
        before.last = p - 1;
        return before;
      }
      break;
    }
  }
  // "Carney chose Paris for his first trip abroad and had lunch with Macron": a city standing for its
  // country as the object of the first predicate is not the second one's subject; the first's is.
  // So is a city after the place it locates ("arrived at State House, Nairobi, and were received
  // by Ruto"), also before a passive's auxiliary
  const std::uint32_t conj = p > F() + 1 && (key(p - 1) == "was"sv || key(p - 1) == "were"sv) ? p - 1 : p;
  const bool object_word = g.first > F() + 1 && ctx_.tokens[g.first - 1].is(kWord) &&
                           !ctx_.tokens[g.first - 1].is(kCapital) && key(g.first - 1) != "and"sv;
  const bool located = g.first > F() + 3 && key(g.first - 1) == ","sv && ctx_.tokens[g.first - 2].is(kCapital) &&
                       [&] {
                         for (std::uint32_t i = g.first - 2; i > F() && i + 6 > g.first; --i) {
                           if (key(i - 1) == "at"sv || key(i - 1) == "in"sv) return true;
                           if (!ctx_.tokens[i - 1].is(kCapital)) return false;
                         }
                         return false;
                       }();
  if (conj > F() && key(conj - 1) == "and"sv && (conj == p ? coordinated : true) && g.entities.size() == 1 &&
      (object_word || located)) {
    const Mention* city = cv_.mention_at(g.first);
    if (city != nullptr && city->kind == MKind::kCountry && city->metonym && !city->possessive) {
      for (std::size_t m = 0; m < si_.mentions.size(); ++m) {
        const Mention& mm = si_.mentions[m];
        if (mm.first >= g.first) break;
        if (!cv_.is_actor(mm) || mm.possessive || mm.modifier || mm.kind == MKind::kPronoun) continue;
        Group first = cv_.group_from(m);
        first.last = p - 1;
        g = first;
        break;
      }
    }
  }
  // "Greeted at the Europa building by Costa, he held talks with De Wever": the agent of an opening
  // participle is not the main clause's subject
  if (!g.empty() && t.first > F() + 3) {
    std::uint32_t w = F();
    while (w < t.first && !ctx_.tokens[w].is(kWord)) ++w;
    if (key(w).ends_with("ed") && ctx_.tokens[w].is(kCapital)) {
      std::uint32_t by = w + 1;
      while (by < t.first && by < w + 8 && key(by) != "by"sv && key(by) != ","sv) ++by;
      std::uint32_t comma = by;
      while (comma < t.first && key(comma) != ","sv) ++comma;
      if (by < t.first && key(by) == "by"sv && comma < t.first && g.first < comma) {
        std::uint32_t c = 0;
        g = group_after_comma(comma - 1, t.first, &c);
      }
    }
  }
  // "Without naming Viktor Orban, Zelensky dismissed ...", "After meeting Scholz, Macron flew on":
  // a phrase of a preposition and a gerund opening the sentence names no subject of the clause
  if (!g.empty() && t.first > F() + 3) {
    std::uint32_t w = F();
    while (w < t.first && !ctx_.tokens[w].is(kWord)) ++w;
    const TokenKey p0 = key(w);
    const bool opener = p0 == "without"sv || p0 == "after"sv || p0 == "before"sv || p0 == "despite"sv ||
                        p0 == "upon"sv || p0 == "while"sv || p0 == "since"sv || p0 == "when"sv;
    if (opener && w + 1 < t.first && key(w + 1).size() > 4 && key(w + 1).ends_with("ing") && g.first <= w + 8) {
      std::uint32_t c = 0;
      const Group after = group_after_comma(w + 1, t.first, &c);
      if (!after.empty() && g.first < c) {
        g = after;
      } else if (after.empty() && g.first > w + 1) {
        // (no comma: "Without naming Viktor Orban he dismissed ...": the pronoun right before the
        // predicate)
        const Mention* last = cv_.mention_at(p - 1);
        if (last != nullptr && last->last == p && last->kind == MKind::kPronoun && last->entity >= 0 &&
            last->first > g.first) {
          Group pr;
          pr.entities = {last->entity};
          pr.first = last->first;
          pr.last = last->last;
          g = pr;
        }
      }
    }
  }
  if (g.empty()) g = diary_entry_subject(t);
  // "According to Mr Misri, PM Modi and President Macron held talks": the source the sentence
  // opens with is no one of its subject
  if (!g.empty() && g.first < t.first) {
    std::uint32_t w = F();
    while (w < t.first && !ctx_.tokens[w].is(kWord)) ++w;
    if (w + 2 < t.first && key(w) == "according"sv && key(w + 1) == "to"sv) {
      std::uint32_t c = w + 2;
      while (c < t.first && key(c) != ","sv) ++c;
      if (c < t.first && g.first < c) {
        for (std::size_t m = 0; m < si_.mentions.size(); ++m) {
          const Mention& mm = si_.mentions[m];
          if (mm.first <= c || mm.first >= t.first) continue;
          if (!cv_.is_actor(mm) || mm.possessive || mm.modifier) continue;
          Group after = cv_.group_from(m);
          after.last = std::max(after.last, g.last);
          return after;
        }
      }
    }
  }
  return g;
}

std::uint32_t Frames::diary_heading_colon() const { return evkg::diary_heading_colon(ctx_, si_); }

// "- Morning: welcomed arriving leaders", "- 16:45: joined leaders at a reception": a line of a
// page's diary of what its issuer did, whose predicate has no subject, is the issuer's (the
// holder of the "From: Prime Minister's Office" that issued the page).
Group Frames::diary_entry_subject(const Trigger& t) const {
  // ("Met today in Los Angeles with ...", "Great meeting with @POTUS today": a post's line with no
  // subject is its author's)
  if (ctx_.post_author >= 0 && t.first <= F() + 1 &&
      (t.first == F() || (ctx_.tokens[F()].is(kWord) && cv_.mention_at(F()) == nullptr))) {
    Group g;
    g.entities = {ctx_.post_author};
    g.first = t.first;
    g.last = t.first;
    return g;
  }
  if (Group who = profile_line_subject(t); !who.empty()) return who;
  const std::uint32_t colon = diary_heading_colon();
  if (colon == 0 || colon >= t.first || t.first > colon + 3) return {};
  for (std::uint32_t k = colon + 1; k < t.first; ++k) {
    // (words of the predicate's own phrase: "one-to-one talks")
    const Mention* m = cv_.mention_at(k);
    if (!ctx_.tokens[k].is(kWord) || ctx_.tokens[k].is(kCapital) || (m != nullptr && m->kind != MKind::kEvent)) return {};
  }
  Group g;
  g.entities = {ctx_.issuer};
  g.first = t.first;
  g.last = t.first;
  return g;
}

// "- Luiz Inacio Lula da Silva, President of Brazil: spoke on Friday; lunched with Macron after the
// summit": in a who's-who line led by a person, a colon and the role before it, the predicates after
// the colon (each after a semicolon) with no subject of their own are that person's.
Group Frames::profile_line_subject(const Trigger& t) const {
  const std::uint32_t b = F();
  if (!bullet_mark(key(b).view())) return {};
  const Mention* lead = cv_.mention_at(b + 1);
  if (lead == nullptr || lead->first != b + 1 || lead->kind != MKind::kPerson || lead->entity < 0 || lead->possessive) {
    return {};
  }
  std::uint32_t colon = lead->last;
  while (colon < t.first && colon < lead->last + 12 && key(colon) != ":"sv) ++colon;
  if (colon >= t.first || key(colon) != ":"sv) return {};
  // the predicate opens the colon's part or a part after a semicolon, over lower-case words only
  std::uint32_t from = t.first;
  while (from > colon + 1 && key(from - 1) != ";"sv) {
    const Token& w = ctx_.tokens[from - 1];
    if (!w.is(kWord) || w.is(kCapital) || cv_.mention_at(from - 1) != nullptr) return {};
    --from;
  }
  if (from > colon + 1 && key(from - 1) != ";"sv) return {};
  if (t.first > from + 2) return {};
  Group g;
  g.entities = {lead->entity};
  g.first = t.first;
  g.last = t.first;
  return g;
}

void Frames::remember(const Group& s, const Trigger& t) {
  prev_subject_ = s;
  prev_trigger_last_ = t.last;
}

}  // namespace evkg::detail
