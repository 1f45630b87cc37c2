// Relation frames: meeting verbs. meet (also the "alongside" frame), host, receive and gather.

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "core/fold.hpp"
#include "extract/event_mentions.hpp"
#include "extract/doc_entities.hpp"
#include "extract/relation_frames_internal.hpp"
#include "extract/word_set.hpp"

namespace evkg::detail {

using namespace std::string_view_literals;  // "the"sv: comparisons check the length first

// "saw Macron and Sunak over the weekend", "had seen Hasina at his residence": seeing is meeting
// only when one person sees other people, named right after the verb, and nothing but a place, a
// time or the clause's end follows ("saw Russia as a threat", "saw Biden speak" are not meetings).
bool Frames::seeing_is_meeting(const Trigger& t) const {
  const Mention* m = cv_.mention_at(t.last);
  if (m != nullptr && m->first != t.last) return false;
  // "saw the country's senior foreign-policy official, Wang Yi", "saw China's top diplomat, Wang
  // Yi": a description of a few words, then the name after a comma
  if (m == nullptr ? determiner(key(t.last)) : (m->possessive && m->kind != MKind::kPerson)) {
    const Mention* named = nullptr;
    for (std::uint32_t i = m == nullptr ? t.last + 1 : m->last; i < L() && i < t.last + 8; ++i) {
      const TokenKey k = key(i);
      const Mention* here = cv_.mention_at(i);
      if (here != nullptr) {
        // ("the country's senior official, Wang Yi" is one mention from its role noun; "the Turkish
        // prime minister, Suleyman Demirel" one from its demonym)
        if (here->first == i && ctx_.tokens[i].is(kWord) && (!ctx_.tokens[i].is(kCapital) || here->kind == MKind::kPerson)) {
          named = here;
        }
        break;
      }
      if (k == ","sv) {
        named = cv_.mention_at(i + 1);
        if (named != nullptr && named->first != i + 1) named = nullptr;
        break;
      }
      if ((!ctx_.tokens[i].is(kWord) && k != "'s"sv) || k == "and"sv || k == "who"sv || k == "that"sv || k == "of"sv) break;
    }
    if (named != nullptr && named->kind == MKind::kPerson) m = named;
  }
  if (m == nullptr || m->kind != MKind::kPerson || m->possessive || m->entity < 0) return false;
  const Group o = cv_.object(t.last, 1);
  for (const int x : o.entities) {
    if (ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv) return false;
  }
  // (a name after a description is no object the clause reader finds: what follows the name)
  const std::uint32_t after = o.last > t.last ? o.last : m->last;
  if (after >= L() || in_date(after)) return true;
  static const WordSet kNext = {
      ".", ",", ";", ":", "at", "in", "on", "during", "over", "before", "after", "earlier", "later", "again",
      "briefly", "twice", "privately", "separately", "first", "too", "that", "for", "about"};
  if (kNext.count(key(after).view()) == 0) return false;
  // "saw Biden on television", "in person" is fine
  return !(after + 1 < L() && (key(after + 1) == "television"sv || key(after + 1) == "tv"sv || key(after + 1) == "screen"sv));
}

// "The leaders are arriving. We have seen Keir Starmer, Emmanuel Macron and Giorgia Meloni": those
// the reporters (a "we" outside quotation marks) saw in a text about a gathering of many were at
// it; the reporters met no one. Returns whether the subject was the reporters.
bool Frames::seen_by_the_reporters(const Trigger& t) {
  std::uint32_t s = t.first;
  while (s > F() && (key(s - 1) == "have"sv || key(s - 1) == "had"sv || key(s - 1) == "also"sv || key(s - 1) == "just"sv ||
                     key(s - 1) == "already"sv)) {
    --s;
  }
  if (s == F() || key(s - 1) != "we"sv) return false;
  // (not in a sentence with a quotation in it: "\"We saw him on television,\" one aide said")
  // (a quotation mark after the sentence's last word opens the next one)
  std::uint32_t last_word = L();
  while (last_word > F() && !ctx_.tokens[last_word - 1].is(kWord)) --last_word;
  for (std::uint32_t i = F(); i < last_word; ++i) {
    if (ctx_.tokens[i].is(kQuote)) return false;
  }
  int ev = gathering_of_many_spoken_of();
  // (else the gathering the text has placed people at)
  if (ev < 0 && ctx_.salient_event >= 0 && someone_at(ctx_.salient_event)) {
    ev = ctx_.salient_event;
    // (a live report's entry under another day's heading: the gathering of that day at that place)
    const DocEvent& e = ctx_.events[static_cast<std::size_t>(ev)];
    if (ctx_.live && ctx_.caption_day.full() && e.date.full() && e.date != ctx_.caption_day) {
      ev = e.place_key.empty() ? -1 : register_event(ctx_, "meeting", e.place, e.place_key, "", ctx_.caption_day);
    }
  }
  const std::string status = cv_.status(0, t.first, false);
  if (ev < 0 || status != edge_status::kReported) return true;
  for (const int a : people_listed(t.last)) add("attended", a, -1, ev, "", status, {}, "", -1, 0.65);
  return true;
}

// "spent most of that day with Qin Gang", "spent two hours with Macron": time spent with someone
// (a stretch of time, then "with"); not "spent billions on", "spent the night in Paris".
bool Frames::time_spent_with(const Trigger& t) const {
  static const WordSet kTime = {
      "most", "much", "part", "all", "of", "the", "that", "this", "a", "an", "whole", "entire", "day", "days", "morning",
      "afternoon", "evening", "night", "hour", "hours", "time", "two", "three", "four", "five", "several", "long",
      "nearly", "almost", "about", "some", "minutes", "weekend", "together"};
  std::uint32_t w = t.last;
  bool stretch = false;
  // ("spent Thursday with Marco Rubio": a day is a stretch of time too)
  while (w < L() && w < t.last + 7 && (kTime.count(key(w).view()) != 0 || in_date(w))) {
    stretch = stretch || key(w) == "day"sv || key(w) == "days"sv || key(w) == "morning"sv || key(w) == "afternoon"sv ||
              key(w) == "evening"sv || key(w) == "hour"sv || key(w) == "hours"sv || key(w) == "time"sv ||
              key(w) == "minutes"sv || key(w) == "weekend"sv || in_date(w);
    ++w;
  }
  if (!stretch) return false;
  // "spent hours at his hotel going over the text with", "spent Monday in Boston with": where, and
  // what they did, before "with" (within the clause)
  for (const std::uint32_t limit = w + 10; w < L() && w < limit && key(w) != "with"sv; ++w) {
    if (ctx_.tokens[w].is(kPunct) || key(w) == "and"sv) return false;
    const Mention* m = cv_.mention_at(w);
    if (m != nullptr && (m->kind == MKind::kPerson || m->kind == MKind::kPronoun) && !m->possessive) return false;
  }
  if (w + 1 >= L() || key(w) != "with"sv) return false;
  // (someone named right after "with": "spent a day with Five" is a television channel's; or in a
  // list of the people spent with: "with business leaders and the governor, Maura Healey")
  for (std::uint32_t i = w + 1; i < L() && i < w + 20; ++i) {
    if (key(i) == ";"sv || key(i) == "."sv || key(i) == "before"sv || key(i) == "after"sv) break;
    const Mention* m = cv_.mention_at(i);
    if (m != nullptr && m->first == i && (m->kind == MKind::kPerson || m->kind == MKind::kPronoun)) return true;
    // a name of something else: "with Five", "with the BBC" (not a title before the name: "with
    // the Secretary-General, Antonio Guterres")
    const bool title = m != nullptr && (m->kind == MKind::kTitle || m->kind == MKind::kGeneric);
    if (i == w + 1 && !title && ((m != nullptr && m->first == i) || ctx_.tokens[i].is(kCapital))) break;
  }
  return false;
}

// "Defence ministers held a meeting at NATO headquarters in Brussels on Monday": people the text
// does not name met, and the meeting they held is one later sentences speak of ("The meeting was
// chaired by ..."): its place and day are recorded, with no one at it yet.
bool Frames::unnamed_gathering(const Trigger& t) {
  std::uint32_t p = t.first;
  while (p > F() && (key(p - 1) == "also"sv || key(p - 1) == "then"sv || key(p - 1) == "have"sv || key(p - 1) == "had"sv ||
                     key(p - 1) == "will"sv || key(p - 1) == "are"sv || key(p - 1) == "were"sv)) {
    --p;
  }
  const Mention* g = p > F() ? cv_.mention_at(p - 1) : nullptr;
  if (g == nullptr || g->last != p || g->possessive) return false;
  // "NATO leaders met in Brussels", "The leaders of the coalition of the willing met in Paris": the
  // body whose people met holds the gathering
  std::string body;
  if (g->kind == MKind::kOrg && g->entity >= 0) {
    const std::string& label = ctx_.entities[static_cast<std::size_t>(g->entity)].label;
    if (g->generic) {
      body = label;
    } else {
      std::uint32_t of = g->first;
      if (of > F() && key(of - 1) == "the"sv) --of;
      const Mention* people = of > F() + 1 && key(of - 1) == "of"sv ? cv_.mention_at(of - 2) : nullptr;
      if (people == nullptr || people->last != of - 1 || people->kind != MKind::kGeneric) return false;
      body = label;
      g = people;
    }
  } else if (g->kind != MKind::kGeneric) {
    return false;
  }
  if (cv_.status(g->last, t.first, false) != edge_status::kReported) return false;
  // (a meeting held, or leaders or ministers who met: "Europe's leaders meet in Copenhagen";
  // not "Officials met in Geneva", talks of no consequence to a summit spoken of next)
  const TokenKey noun = ctx_.tokens[t.last - 1].key;
  const TokenKey who = ctx_.tokens[g->last - 1].key;
  const bool leaders = who == "leaders"sv || who == "presidents"sv || who == "heads"sv;
  if (noun != "meeting"sv && noun != "talks"sv && noun != "summit"sv && !leaders && who != "ministers"sv) return false;
  const std::string kind = noun == "talks"sv ? "talks" : noun == "summit"sv ? "summit" : "meeting";
  const std::uint32_t end = cv_.clause_end(t.last);
  const Date date = date_for(g->first, end, t.first);
  std::string place;
  if (body.empty()) {
    meeting_event(kind, t.last, end, date, &place);
    return true;
  }
  // (where and when the clause says, with the body's name)
  std::string pkey;
  if (const Mention* pl = cv_.place_between(t.last, end)) place_of(*pl, &place, &pkey);
  if (place.empty() && !date.full()) return false;
  register_event(ctx_, kind, place, pkey, body, date, false, false, leaders);
  return true;
}

// "had a working lunch with", "sat down to a private dinner with": the meal's verb before its article
// and adjectives, as the predicate of a meal trigger at t; t itself when there is none.
Trigger Frames::meal_predicate(const Trigger& t) const {
  if (!meal_noun(key(t.first).view()) || t.first < F() + 3) return t;
  std::uint32_t v = t.first;
  while (v > F() && v + 4 > t.first && ctx_.tokens[v - 1].is(kWord) && !ctx_.tokens[v - 1].is(kCapital) &&
         !determiner(key(v - 1)) && cv_.mention_at(v - 1) == nullptr) {
    --v;
  }
  if (v == t.first || v < F() + 2 || !determiner(key(v - 1))) return t;
  const TokenKey verb = key(v - 2);
  Trigger at_verb = t;
  if (verb == "had"sv || verb == "has"sv || verb == "have"sv || verb == "having"sv || verb == "hosted"sv ||
      verb == "shared"sv || verb == "joined"sv || verb == "held"sv || verb == "holds"sv) {
    at_verb.first = v - 2;
  } else if (verb == "to"sv && v >= F() + 4 && key(v - 3) == "down"sv) {
    at_verb.first = v - 4;  // ("sat down to a working lunch with")
  }
  return at_verb;
}

void Frames::meet(const Trigger& t, const TriggerInfo& info) {
  if (!verb_use(t)) return;
  // ("facilities to meet demand", "met its targets", "meet the criteria": a need met, not a person)
  if (const TokenKey v = key(t.first); (v == "meet"sv || v == "meets"sv || v == "met"sv || v == "meeting"sv) && t.last == t.first + 1) {
    static const WordSet kNeeds = {"demand", "demands", "needs", "need", "target", "targets", "requirements", "requirement",
                                   "criteria", "expectations", "obligations", "deadline", "deadlines", "standards",
                                   "costs", "goals", "goal", "conditions", "payments", "commitments", "challenge",
                                   "challenges", "shortfall", "bills", "debts", "forecasts", "quota", "quotas"};
    std::uint32_t o = t.last;
    while (o < L() && o < t.last + 3 && (determiner(key(o)) || key(o) == "its"sv || key(o) == "their"sv ||
                                         key(o) == "his"sv || key(o) == "her"sv || key(o) == "our"sv || key(o) == "growing"sv ||
                                         key(o) == "rising"sv || key(o) == "all"sv)) {
      ++o;
    }
    if (o < L() && kNeeds.count(key(o).view()) != 0) return;
    // ("when conditions are met", "once the targets were met")
    if (t.first > F() + 1 && (key(t.first - 1) == "are"sv || key(t.first - 1) == "were"sv || key(t.first - 1) == "is"sv ||
                              key(t.first - 1) == "was"sv || key(t.first - 1) == "been"sv || key(t.first - 1) == "be"sv) &&
        kNeeds.count(key(t.first - 2).view()) != 0) {
      return;
    }
  }
  if (key(t.first).starts_with("spen") && !time_spent_with(t)) return;
  if (opening_participle_passive(t)) return;
  if (const TokenKey v = key(t.first); v == "see"sv || v == "sees"sv || v == "saw"sv || v == "seen"sv || v == "seeing"sv) {
    if (seen_by_the_reporters(t) || !seeing_is_meeting(t)) return;
  }
  Group s = subject_of(meal_predicate(t));
  // A second infinitive after "and to" is the first one's subject's, not the person named last:
  // "is expected to hold talks with the president, To Lam, and to meet A, B and C"; so is a second
  // purpose after "and to" a place, held there: "flew to Moscow to meet Putin and to Beijing to
  // meet Xi"
  const Mention* second_destination = nullptr;
  if (t.first >= F() + 3 && key(t.first - 1) == "to"sv && !last_subject_.empty()) {
    const Mention* pl = cv_.mention_at(t.first - 2);
    if (key(t.first - 2) == "and"sv) {
      s = last_subject_;
    } else if (pl != nullptr && pl->last == t.first - 1 && names_a_place(*pl) && pl->first >= F() + 2 &&
               key(pl->first - 1) == "to"sv && key(pl->first - 2) == "and"sv) {
      s = last_subject_;
      second_destination = pl;
    }
  }
  if (s.empty()) {
    unnamed_gathering(t);
    return;
  }
  // ("NATO leaders met in Brussels", "the leaders of the coalition met in Paris on Thursday": a
  // body's people meeting among themselves, no one else named after the verb)
  const auto with_later = [&]() {
    for (std::uint32_t k = t.last; k < cv_.clause_end(t.last); ++k) {
      if (key(k) == "with"sv) return true;
    }
    return false;
  };
  if (s.entities.size() == 1 && ctx_.entities[static_cast<std::size_t>(s.entities.front())].type == "organization"sv &&
      (t.last >= L() || key(t.last) == "in"sv || key(t.last) == "at"sv || key(t.last) == "on"sv || key(t.last) == ","sv ||
       key(t.last) == "."sv || in_date(t.last)) &&
      !with_later() && unnamed_gathering(t)) {
    gathering_met_ = t.last;
    return;
  }
  std::uint32_t from = t.last;
  const Mention* place_before_with = nullptr;  // "held talks at the Itamaraty Palace with ..."
  Mention* sidelines_of = nullptr;             // "held talks on the sidelines of the summit with ..."
  // "met on Sunday with", "sat down that day with", "sat down in turn with": over a date or an
  // adverb to "with"
  {
    std::uint32_t w = from;
    const Mention* place_seen = nullptr;
    // ("held talks at the Itamaraty Palace with Vieira", "held talks in Paris on Monday with Merz":
    // past the places and times said before the partner, in any order)
    for (int phrase = 0; phrase < 4; ++phrase) {
      while (w < L() && w < from + 12 &&
             (in_date(w) || (key(w) == "on"sv && w + 1 < L() && in_date(w + 1)) || key(w) == "that"sv || key(w) == "day"sv || key(w) == "again"sv || key(w) == "later"sv ||
              // ("held talks that evening with", "the same afternoon with")
              key(w) == "evening"sv || key(w) == "morning"sv || key(w) == "afternoon"sv || key(w) == "night"sv ||
              key(w) == "same"sv || (key(w) == "the"sv && w + 1 < L() && key(w + 1) == "same"sv) ||
              key(w) == "there"sv || key(w) == "first"sv || key(w) == "together"sv ||
              (key(w) == "in"sv && w + 1 < L() && key(w + 1) == "turn"sv) || (key(w) == "turn"sv && w > from && key(w - 1) == "in"sv) ||
              (key(w).ends_with("ly") && !ctx_.tokens[w].is(kCapital)))) {
        ++w;
      }
      // ("held separate meetings on the sidelines of the summit on Saturday with", "in the afternoon
      // with": over the gathering they were held at, and the part of the day)
      if (w + 4 < L() && key(w) == "on"sv && key(w + 1) == "the"sv &&
          (key(w + 2) == "sidelines"sv || key(w + 2) == "margins"sv || key(w + 2) == "fringes"sv) && key(w + 3) == "of"sv) {
        Mention* em = cv_.mention_starting(w + 4);
        if (em == nullptr || em->kind != MKind::kEvent) break;
        w = em->last;
        sidelines_of = em;
        continue;
      }
      // ("on the sidelines in the afternoon with": the sidelines of the gathering spoken of)
      if (w + 3 < L() && key(w) == "on"sv && key(w + 1) == "the"sv &&
          (key(w + 2) == "sidelines"sv || key(w + 2) == "margins"sv) && key(w + 3) != "of"sv) {
        w += 3;
        continue;
      }
      if (w + 2 < L() && key(w) == "in"sv && key(w + 1) == "the"sv &&
          (key(w + 2) == "morning"sv || key(w + 2) == "afternoon"sv || key(w + 2) == "evening"sv)) {
        w += 3;
        continue;
      }
      if (w + 2 >= L() || (key(w) != "at"sv && key(w) != "in"sv)) break;
      const std::uint32_t at = key(w + 1) == "the"sv ? w + 2 : w + 1;
      const Mention* pm = cv_.mention_at(at);
      if (pm == nullptr || pm->first != at || !names_a_place(*pm)) break;
      w = pm->last;
      while (w < L() && w < pm->last + 2 && ctx_.tokens[w].is(kWord) && ctx_.tokens[w].is(kCapital)) ++w;  // "Palace"
      if (place_seen == nullptr) place_seen = pm;
    }
    if (w > from && w < L() && key(w) == "with"sv) {
      from = w;
      place_before_with = place_seen;
    }
    // ("spent most of that day with Qin Gang": over the stretch of time)
    if (key(t.first).starts_with("spen")) {
      while (from < L() && from < t.last + 8 && key(from) != "with"sv) ++from;
    }
  }
  if (from < L() && (key(from) == "with"sv || key(from) == "up"sv)) ++from;
  // "shook hands with each head of delegation as they came in"
  if ((key(t.first).starts_with("shak") || key(t.first).starts_with("shook")) && from > t.last - 1 &&
      greeted_every_guest(t, s, from)) {
    return;
  }
  // ("before the two men sat down, also held talks with Zelensky": a comma right after the verb
  // ends it; whom the next predicate names is not its partner)
  Group o = from == t.last && from < L() && key(from) == ","sv ? Group{} : cv_.object(from, info.frame == "alongside"sv ? 3 : 6);
  if (from > t.last) o = with_second_partner(o);  // "met with A ... and with B"
  // ("shook hands with the family": the family of the one the text has just been about)
  if (o.empty() && from < L()) o = family_spoken_of(from, s);
  // ("had lunch with senators of both parties led by Chuck Schumer and Mitch McConnell": a group no
  // one of is named, led by people who are)
  if ((o.empty() || o.generic) && from < L()) {
    for (std::uint32_t k = from; k + 2 < L() && k < from + 8 && !cv_.boundary(k); ++k) {
      if ((key(k) != "led"sv && key(k) != "headed"sv) || key(k + 1) != "by"sv) continue;
      const Group leaders = cv_.object(k + 2, 0);
      if (!leaders.empty() && !leaders.generic && leaders.first == k + 2 && people_only(leaders)) o = leaders;
      break;
    }
  }
  // ("held bilateral meetings: with Trudeau, ...; with Scholz; and with Rutte")
  if (from == t.last && from + 1 < L() && key(from) == ":"sv && key(from + 1) == "with"sv) o = partners_after_colon(from);
  // (up to a clause of its own after "and": "met Putin on 5 July, and on Thursday he saw Trump at
  // Mar-a-Lago" is not at Mar-a-Lago)
  const std::uint32_t end = std::min(cv_.clause_end(t.last), own_clause_after_and(o.empty() ? t.last : o.last));
  // "flew to Moscow on Monday to meet Putin": the journey's time and status are the meeting's
  const std::uint32_t when_at = journey_for(t.first);
  std::string status = cv_.status(s.last, when_at, false);
  // ("a framework for Trump and Xi to consider when they meet in South Korea on Thursday": a meeting
  // in the present tense in a clause of time is still to come)
  if (status == edge_status::kReported && s.first > F() && !ctx_.live && !ctx_.captions) {
    const TokenKey before = key(s.first - 1);
    const TokenKey v = key(t.first);
    if ((before == "when"sv || before == "once"sv || before == "until"sv) &&
        (v == "meet"sv || v == "meets"sv || v == "see"sv || v == "sees"sv || v == "hold"sv || v == "holds"sv ||
         v == "sit"sv || v == "sits"sv)) {
      status = edge_status::kPlanned;
    }
  }
  // ("flew to Moscow to meet Putin on 5 July": the day after the meeting's verb, in the journey's tense)
  const bool dated_after = when_at != t.first && std::any_of(si_.dates.begin(), si_.dates.end(), [&](const DateMention& d) {
    return d.first >= t.last && d.first < end;
  });
  const Date date = dated_after ? date_for(std::min(s.first, when_at), end, t.first, when_at)
                                : date_for(std::min(s.first, when_at), end, when_at);
  std::string place;
  const std::string kind = key(t.first) == "hold"sv || key(t.first) == "held"sv || key(t.first) == "holds"sv ||
                                   key(t.first) == "holding"sv || key(t.first) == "had"sv || key(t.first) == "have"sv
                               ? (ctx_.tokens[t.last - 1].key == "talks"sv    ? "talks"
                                  : ctx_.tokens[t.last - 1].key == "summit"sv ? "summit"
                                                                              : "meeting")
                               : "meeting";
  // a meal together ("dined with", "had lunch with") is a meeting where it was held, not a
  // gathering of its own
  bool meal = key(t.first).starts_with("din") || key(t.first).starts_with("lunch") || key(t.first).starts_with("breakfast");
  for (std::uint32_t i = t.first; i < t.last; ++i) {
    meal = meal || meal_noun(key(i));
  }
  int ev = -1;
  // (a meeting asked about, supposed or denied registers a gathering that is not the one spoken
  // of: "asked whether he would still meet Putin in Budapest")
  const int salient_before = ctx_.salient_event;
  const std::size_t events_before = ctx_.events.size();
  // "He landed in Tel Aviv on Tuesday and held talks there with Netanyahu": "there" is the place
  // this sentence named before the meeting
  if (!meal && t.last < L() && key(t.last) == "there"sv) {
    if (const Mention* pl = place_before(t.first)) ev = event_at(*pl, kind, date, &place);
  }
  if (!meal && ev < 0) {
    ev = meeting_event(kind, o.empty() ? t.last : o.last, end, date, &place);
    if (ev < 0 && place_before_with != nullptr) ev = event_at(*place_before_with, kind, date, &place);
    if (ev < 0 && sidelines_of != nullptr && (ev = event_in_clause(*sidelines_of)) >= 0) {
      place = ctx_.events[static_cast<std::size_t>(ev)].place;
    }
    // "arrived from Athens, where on Sunday he met Mitsotakis": the place the clause is about (a
    // gathering told in passing, not the one spoken of next)
    // (told in the simple past: "where he had met" is a flashback, whose gathering the text does not
    // place among those it tells; before an event named by its noun alone or of another day,
    // "witnessed the signing" after another signing told before)
    const bool other_day = ev >= 0 && date.full() && !compatible(date, ctx_.events[static_cast<std::size_t>(ev)].date);
    if ((ev < 0 || place.empty() || other_day) && !perfect_before(t.first)) {
      const int salient = ctx_.salient_event;
      if (const int there = where_clause_event(s.first, date, &place); there >= 0) ev = there;
      ctx_.salient_event = salient;
    }
    // ("flew to Israel and held talks with Dermer", "went to Kyiv and met Zelensky")
    if (ev < 0 && status == edge_status::kReported && when_at == t.first) {
      if (const Mention* pl = journey_place_before(t.first)) ev = event_at(*pl, kind, date, &place);
    }
    // "flew to Ankara on Wednesday to see Erdogan": the journey's destination
    if (ev < 0 && when_at != t.first && status == edge_status::kReported) {
      for (std::uint32_t i = when_at + 1; i + 1 < t.first && ev < 0; ++i) {
        if (key(i) != "to"sv) continue;
        const std::uint32_t p = key(i + 1) == "the"sv ? i + 2 : i + 1;
        const Mention* pl = cv_.mention_at(p);
        if (pl != nullptr && pl->first == p && !pl->possessive && pl->last < t.first && names_a_place(*pl)) {
          ev = event_at(*pl, kind, date, &place);
        }
        break;
      }
    }
    if (ev < 0 && second_destination != nullptr && status == edge_status::kReported) {
      ev = event_at(*second_destination, kind, date, &place);
    }
    // "In Jerusalem he met Netanyahu": the place the sentence opens with
    if (ev < 0) ev = opening_place_event(t.first, kind, date, &place);
  } else if (const Mention* pl = cv_.place_between(o.empty() ? t.last : o.last, end)) {
    std::string pkey;
    place_of(*pl, &place, &pkey);
  }
  if (ev >= 0 && static_cast<std::size_t>(ev) >= events_before &&
      ((status == edge_status::kHypothetical && cv_.in_condition(t.first)) || status == edge_status::kDenied)) {
    ctx_.events[static_cast<std::size_t>(ev)].to_come = true;
    ctx_.salient_event = salient_before;
  }
  // "met Wang Yi on Friday ..., on the margins of the General Assembly", "met Mikati at the General
  // Assembly today": the gathering of a body that meets (a forum, the General Assembly, the Security
  // Council) on that day
  if (ev < 0 && !meal && status == edge_status::kReported && date.full()) ev = body_gathering(t.last, end, date);
  // "The Security Council met on Thursday": a body that meets, meeting on a day, holds its
  // gathering of that day
  if (ev < 0 && !meal && o.empty() && s.entities.size() == 1 && status == edge_status::kReported && date.full() &&
      info.frame != "alongside"sv) {
    const std::uint32_t sf = key(s.first) == "the"sv ? s.first + 1 : s.first;
    if (const OrgInfo* body = meeting_body_at(sf, s.last); body != nullptr && body->kind != "forum"sv) {
      ev = gathering_of_body(*body, date);
    }
  }
  // "Amorim travelled to Caracas and met Maduro there": the place this sentence named before
  if (const std::uint32_t after = o.empty() ? t.last : o.last; ev < 0 && after < end && key(after) == "there"sv) {
    if (const Mention* pl = place_before(t.first)) ev = event_at(*pl, kind, date, &place);
  }
  // "Takaichi and Carney met Xi there": the place of the event being spoken of
  if (const std::uint32_t after = o.empty() ? t.last : o.last;
      ev < 0 && after < end && key(after) == "there"sv && ctx_.salient_event >= 0) {
    const auto& e = ctx_.events[static_cast<std::size_t>(ctx_.salient_event)];
    if (!e.place.empty() && compatible(date, e.date)) {
      ev = ctx_.salient_event;
      place = e.place;
    }
  }
  // "Rutte holds talks with Pashinyan on the sidelines": on the sidelines of the conference or
  // summit the document is about
  // (any day of it: a meeting on its second day is on the sidelines all the same)
  if (ev < 0 && status == edge_status::kReported) {
    ev = margins_of_main_event(t.last, end, date);
    if (ev >= 0) place = ctx_.events[static_cast<std::size_t>(ev)].place;
  }
  const double conf = info.frame == "alongside"sv ? 0.7 : 0.85;
  // "Takaichi and Carney met Xi's envoy", "met China's envoy": someone named or titled right after
  // the verb, though not an object the graph can hold, means the subjects met someone else, not each
  // other
  std::uint32_t at = from;
  // past a determiner or a number: "met several ministers", "met the Chinese envoy"
  if (at + 1 < L() && cv_.mention_at(at) == nullptr &&
      (determiner(key(at)) || ctx_.tokens[at].is(kDigit) || key(at) == "several"sv || key(at) == "two"sv ||
       key(at) == "three"sv || key(at) == "some"sv)) {
    ++at;
  }
  const Mention* next = at < L() ? cv_.mention_at(at) : nullptr;
  // ("Trump and Takaichi met relatives of the abductees", "met business leaders": people the text
  // does not name, by a plural noun of people after the verb, over a word or two before it)
  const auto people_noun_after = [&]() {
    static const WordSet kPeople = {
        "relatives", "families", "students", "survivors", "troops", "soldiers", "workers", "executives",
        "representatives", "veterans", "victims", "residents", "journalists", "reporters", "staff", "employees",
        "entrepreneurs", "activists", "dissidents", "refugees", "children", "diplomats", "lawmakers", "investors",
        "farmers", "hostages", "athletes", "players", "crowds", "members", "delegates", "officials", "leaders",
        "elders", "clergy", "parents", "women", "men", "people", "volunteers", "sailors", "pilots", "envoys"};
    for (std::uint32_t k = at; k < L() && k < at + 3; ++k) {
      if (!ctx_.tokens[k].is(kWord) || ctx_.tokens[k].is(kCapital) || cv_.boundary(k)) return false;
      if (kPeople.count(key(k).view()) != 0) return true;
      if (key(k) == "with"sv || key(k) == "in"sv || key(k) == "at"sv || key(k) == "on"sv || key(k) == "for"sv) return false;
    }
    return false;
  };
  const bool people_after = next == nullptr && o.empty() && people_noun_after();
  const bool other_named =
      (next != nullptr && next->first == at &&
       (next->kind == MKind::kTitle || next->kind == MKind::kGeneric ||
        (next->entity >= 0 && (next->kind == MKind::kPerson || next->kind == MKind::kCountry || next->kind == MKind::kOrg)))) ||
      people_after;
  if (o.empty()) {
    if (s.entities.size() >= 2 && info.frame != "alongside"sv && !other_named) {
      meeting_among(s.entities, status, date, place, ev, conf);
    }
  } else {
    for (const int a : s.entities) {
      for (const int b : o.entities) add("met", a, b, -1, "", status, date, place, ev, conf);
    }
  }
  // attendance needs a meeting: someone met, or a group met ("EU ministers are meeting in Brussels",
  // "the coalition of the willing met in Paris"), whose meeting it is
  const bool org_met = o.empty() && s.entities.size() == 1 && info.frame != "alongside"sv && !other_named &&
                       ctx_.entities[static_cast<std::size_t>(s.entities.front())].type == "organization"sv;
  // ("Biden and Modi met business leaders in the East Room": people the text does not name, met at a
  // place the clause gives)
  const bool unnamed_met = o.empty() && !place.empty() && info.frame != "alongside"sv && people_only(s) &&
                           ((next != nullptr && next->first == at && next->kind == MKind::kGeneric) || people_after);
  const bool someone_met = !o.empty() || (s.entities.size() >= 2 && info.frame != "alongside"sv && !other_named) ||
                           s.generic || org_met || unnamed_met;
  // ("EU ministers are meeting in Brussels": the body's; not "Ukraine's European allies met in
  // Paris", countries a word of the body's name describes)
  const auto countries_of_it = [&] {
    static const WordSet kCountries = {"allies", "partners", "countries", "nations", "states", "capitals", "governments"};
    return s.generic && s.last > F() && kCountries.count(key(s.last - 1).view()) != 0;
  };
  if (ev >= 0 && (org_met || (s.generic && s.entities.size() == 1)) && status == edge_status::kReported &&
      !countries_of_it()) {
    auto& e = ctx_.events[static_cast<std::size_t>(ev)];
    const auto& org = ctx_.entities[static_cast<std::size_t>(s.entities.front())];
    if (e.group.empty() && org.type == "organization"sv) e.group = org.label;
  }
  if (ev >= 0 && someone_met) {
    for (const int a : s.entities) {
      if (!countries_of_it()) add("attended", a, -1, ev, "", status, date, "", -1, 0.75);
    }
    for (const int b : o.entities) add("attended", b, -1, ev, "", status, date, "", -1, 0.75);
    if (status == edge_status::kReported) {
      delegations_after_colon(s, o, ev, date);
      companions_at_the_sides(s, o, ev, date);
    }
  }
  if (!meal) second_meeting(s, o, t, kind, status, date);
  last_subject_ = s;
  remember(s, t);
}

// "greeted the family", "received the American couple": the family or couple of the people the text
// has just been about (its last group of people, none of them the subject), read from token
// `from`; empty when the phrase is not there.
Group Frames::family_spoken_of(std::uint32_t from, const Group& s) const {
  Group o;
  if (key(from) != "the"sv || ctx_.last_group.empty()) return o;
  std::uint32_t k = from + 1;
  if (k < L() && cv_.mention_at(k) == nullptr && ctx_.tokens[k].is(kWord) && !ctx_.tokens[k].is(kCapital) &&
      key(k) != "family"sv && key(k) != "couple"sv) {
    ++k;  // ("the visiting family")
  } else if (const Mention* adj = k < L() ? cv_.mention_at(k) : nullptr;
             adj != nullptr && adj->kind == MKind::kCountry && adj->last == k + 1) {
    ++k;  // ("the American family")
  }
  if (k + 1 >= L() || (key(k) != "family"sv && key(k) != "couple"sv) || key(k + 1) == "of"sv) return o;
  // (one person, or people of one family name: not two leaders who met, "Obama and Castro")
  const auto surname = [&](int x) {
    const std::string& l = ctx_.entities[static_cast<std::size_t>(x)].label;
    const auto sp = l.rfind(' ');
    return sp == std::string::npos ? l : l.substr(sp + 1);
  };
  for (const int x : ctx_.last_group) {
    if (ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv || surname(x) != surname(ctx_.last_group.front()) ||
        std::find(s.entities.begin(), s.entities.end(), x) != s.entities.end()) {
      return o;
    }
  }
  o.entities = ctx_.last_group;
  o.first = from;
  o.last = k + 1;
  return o;
}

// "Trump and Putin met three-on-three: Trump with Rubio and Witkoff, Putin with Lavrov and Ushakov":
// after a colon, each side of the meeting named with the people beside it; those people attended it
// (and met no one by it: whom they met the text does not say).
void Frames::delegations_after_colon(const Group& s, const Group& o, int ev, const Date& date) {
  std::uint32_t pos = std::max(s.last, o.empty() ? s.last : o.last);
  while (pos < L() && key(pos) != ":"sv && !cv_.boundary(pos)) ++pos;
  if (pos >= L() || key(pos) != ":"sv) return;
  const auto side = [&](int x) {
    return std::find(s.entities.begin(), s.entities.end(), x) != s.entities.end() ||
           std::find(o.entities.begin(), o.entities.end(), x) != o.entities.end();
  };
  ++pos;
  while (pos + 2 < L()) {
    if (key(pos) == "and"sv) ++pos;
    const Mention* head = cv_.mention_at(pos);
    if (head == nullptr || head->first != pos || head->entity < 0 || !side(head->entity) || head->last >= L() ||
        key(head->last) != "with"sv) {
      return;
    }
    const Group with = cv_.object(head->last + 1, 1);
    if (with.empty() || with.generic || !people_only(with)) return;
    // (the list runs on into the next side: "Rubio and Witkoff, Putin with Lavrov")
    std::uint32_t next = with.last;
    for (std::uint32_t k = head->last + 1; k < with.last; ++k) {
      const Mention* m = cv_.mention_at(k);
      if (m == nullptr || m->first != k || m->entity < 0) continue;
      if (side(m->entity)) {
        next = k;
        break;
      }
      add("attended", m->entity, -1, ev, "", edge_status::kReported, date, "", -1, 0.7);
    }
    pos = next;
    if (next == with.last) {
      if (pos >= L() || (key(pos) != ","sv && key(pos) != ";"sv)) return;
      ++pos;
    }
  }
}

// "met Putin, with Rubio and Witkoff beside him and Lavrov and Ushakov beside the Russian leader",
// "met behind closed doors, joined by Rubio and Witkoff on one side and Lavrov and Ushakov on the
// other": the people at each side's side attended the meeting (and met no one by it).
void Frames::companions_at_the_sides(const Group& s, const Group& o, int ev, const Date& date) {
  const auto side = [&](int x) {
    return std::find(s.entities.begin(), s.entities.end(), x) != s.entities.end() ||
           std::find(o.entities.begin(), o.entities.end(), x) != o.entities.end();
  };
  std::uint32_t k = std::max(s.last, o.empty() ? s.last : o.last);
  // the phrase opens within a few words (past a place or a manner: "in Anchorage,", "behind closed
  // doors,"), with no other predicate before it
  bool joined = false;
  const std::uint32_t reach = std::min<std::uint32_t>(L(), k + 12);
  while (k < reach && key(k) != "with"sv && !(key(k) == "joined"sv && k + 1 < L() && key(k + 1) == "by"sv)) {
    if (key(k) == ";"sv || key(k) == ":"sv || key(k) == "and"sv || key(k) == "."sv) return;
    ++k;
  }
  if (k >= reach) return;
  if (key(k) == "joined"sv) {
    joined = true;
    if (key(k - 1) != ","sv) return;
    ++k;
  }
  ++k;
  // the side phrase after a group: "beside him", "alongside Putin", "next to the Russian leader",
  // "at his side", "on one side", "on the other"; where it ends, else 0
  const auto side_phrase = [&](std::uint32_t i) -> std::uint32_t {
    if (i + 1 >= L()) return 0;
    if (key(i) == "beside"sv || key(i) == "alongside"sv || key(i) == "flanking"sv ||
        (key(i) == "next"sv && key(i + 1) == "to"sv)) {
      const std::uint32_t a = key(i) == "next"sv ? i + 2 : i + 1;
      const Mention* m = a < L() ? cv_.mention_at(a) : nullptr;
      if (m == nullptr || m->first != a || m->entity < 0 || !side(m->entity)) return 0;
      return m->last;
    }
    if ((key(i) == "at"sv || key(i) == "by"sv) && i + 2 < L() && key(i + 2) == "side"sv &&
        (key(i + 1) == "his"sv || key(i + 1) == "her"sv)) {
      return i + 3;
    }
    if (joined && key(i) == "on"sv && i + 2 < L() && (key(i + 1) == "one"sv || key(i + 1) == "each"sv) && key(i + 2) == "side"sv) {
      return i + 3;
    }
    if (joined && key(i) == "on"sv && i + 2 < L() && key(i + 1) == "the"sv && key(i + 2) == "other"sv) {
      return i + 3 < L() && key(i + 3) == "side"sv ? i + 4 : i + 3;
    }
    return 0;
  };
  std::vector<int> companions;
  bool sides = false;
  for (int rounds = 0; rounds < 4 && k < L(); ++rounds) {
    const Group g = cv_.object(k, 0);
    if (g.empty() || g.generic || !people_only(g) || g.first != k) return;
    for (const int x : g.entities) {
      if (!side(x)) companions.push_back(x);
    }
    k = g.last;
    if (const std::uint32_t after = side_phrase(k); after != 0) {
      sides = true;
      k = after;
    }
    if (k >= L() || key(k) != "and"sv) break;
    ++k;
  }
  if (!sides && !joined) return;
  for (const int x : companions) add("attended", x, -1, ev, "", edge_status::kReported, date, "", -1, 0.7);
}

// "Mette Frederiksen, the Danish prime minister and today's host, is welcoming", "Lee, the host
// of the summit, said": the host named in an apposition chaired the gathering named after "of",
// else the gathering of many the text is about. Returns whether the trigger was one.
bool Frames::host_apposition(const Trigger& t) {
  if (key(t.first) != "host"sv || t.first < F() + 3 || t.last >= L()) return false;
  const TokenKey after = key(t.last);
  // (", host of the meeting" is a noun in apposition whatever noun_use reads)
  if (!noun_use(t) && !(after == "of"sv && key(t.first - 1) == ","sv)) return false;
  if (after != ","sv && after != "of"sv) return false;
  // the comma that opens the apposition, and the person right before it
  std::uint32_t c = t.first;
  while (c > F() && c + 10 > t.first && key(c - 1) != ","sv) {
    if (key(c - 1) == "."sv || key(c - 1) == ";"sv || cv_.boundary(c - 1)) return false;
    --c;
  }
  if (c <= F() + 1 || key(c - 1) != ","sv) return false;
  const Mention* who = cv_.mention_at(c - 2);
  // ("opposite Lula, with the host, Japanese Prime Minister Fumio Kishida, at the centre": the
  // person the apposition after it names, not the one before "with")
  // (it says no more than that: the host of which gathering the sentence does not say)
  if (key(c) == "with"sv) return true;
  if (who == nullptr || who->last != c - 1 || who->kind != MKind::kPerson || who->possessive || who->entity < 0) {
    return false;
  }
  int ev = -1;
  if (after == "of"sv) {
    if (Mention* evm = cv_.event_after(t.last + 1, 3)) ev = event_in_clause(*evm);
  } else {
    // ("Biden, the host, held talks with the Indian leader": the host of the talks the sentence
    // tells, not of the gathering of many spoken of before)
    for (const auto& o : si_.triggers) {
      if (o.first > t.last && ctx_.lex->triggers()[o.info].frame == "meet"sv) return false;
    }
    ev = gathering_of_many_spoken_of();
  }
  // (the host of a gathering this text has not placed or dated: still no predicate of the clause's
  // subject, "Maduro was received by Lula, host of the meeting")
  if (ev < 0) return after == "of"sv;
  const std::string status = cv_.status(who->last, t.first, false);
  const Date date = ctx_.events[static_cast<std::size_t>(ev)].date;
  add("chaired", who->entity, -1, ev, "", status, date, "", -1, 0.7);
  add("attended", who->entity, -1, ev, "", status, date, "", -1, 0.7);
  return true;
}

void Frames::host(const Trigger& t) {
  Group s = subject_of(t);
  if (s.empty()) return;
  const std::uint32_t end = cv_.clause_end(t.last);
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  if (hosted_for_a_meal(t, s, status, date)) return;
  if (hosted_crowd_for_event(t, s)) return;
  // "The second Russia-Africa summit ... Putin hosted it in his home city", "hosted it with Egypt's
  // president": the gathering spoken of
  if (t.last < L() && key(t.last) == "it"sv && ctx_.salient_event >= 0 && !si_.in_quote[t.last - F()] &&
      (ctx_.events[static_cast<std::size_t>(ctx_.salient_event)].kind == "summit"sv ||
       ctx_.events[static_cast<std::size_t>(ctx_.salient_event)].kind == "conference"sv)) {
    const int ev = ctx_.salient_event;
    const Date day = date.full() ? date : ctx_.events[static_cast<std::size_t>(ev)].date;
    // ("hosting it jointly with Senegal's president, Faye": the co-host chaired it too; the subject,
    // told last, is "the host" a later sentence speaks of)
    for (std::uint32_t w = t.last + 1; w + 1 < L() && w < t.last + 4; ++w) {
      if (key(w) != "with"sv) continue;
      Group co = cv_.object(w + 1, 2);
      bool people = !co.empty() && !co.generic;
      for (const int x : co.entities) people = people && ctx_.entities[static_cast<std::size_t>(x)].type == "person"sv;
      if (!people) break;
      for (const int b : co.entities) {
        add("chaired", b, -1, ev, "", status, day, "", -1, 0.7);
        add("attended", b, -1, ev, "", status, day, "", -1, 0.7);
      }
      meeting_between(s, co, status, day, "", ev);
      break;
    }
    chaired_and_attended(s, t, ev, status, day, 0.75);
    return;
  }
  Group o = cv_.object(t.last, 3);
  const std::uint32_t object_last = o.last;  // the place follows the object, not the list of members
  if (!o.empty()) o = with_included(o);
  // "Meloni hosted the Group of Seven in Apulia": hosting a body is hosting its meeting
  if (o.entities.size() == 1 && !o.generic &&
      ctx_.entities[static_cast<std::size_t>(o.entities.front())].type == "organization"sv) {
    const Mention* om = cv_.mention_at(key(t.last) == "the"sv ? t.last + 1 : t.last);
    if (om != nullptr && om->kind == MKind::kOrg && om->entity == o.entities.front() && !om->possessive) {
      std::string place, pkey;
      if (const Mention* pl = cv_.place_between(om->last, end)) place_of(*pl, &place, &pkey);
      const int ev = register_event(ctx_, "summit", place, pkey,
                                    ctx_.entities[static_cast<std::size_t>(om->entity)].label, date);
      chaired_and_attended(s, t, ev, status, date, 0.8);
      return;
    }
  }
  if (!o.empty()) {
    // ("hosted von der Leyen, who heads the Commission, in Cairo": the place after a clause about
    // the guest)
    std::uint32_t place_from = object_last;
    std::uint32_t place_end = end;
    if (place_from + 1 < L() && key(place_from) == ","sv &&
        (key(place_from + 1) == "who"sv || key(place_from + 1) == "whose"sv)) {
      std::uint32_t close = place_from + 1;
      while (close < L() && close < place_from + 20 && key(close) != ","sv && key(close) != "."sv) ++close;
      if (close + 1 < L() && key(close) == ","sv) {
        place_from = close;
        place_end = cv_.clause_end(close + 1);
      }
    }
    // ("hosted X in Cairo together with A and B": the other guests; after a group phrase, those
    // listed after its colon: "together with five heads of government: Italy's Giorgia Meloni, ...")
    for (std::uint32_t w = place_from; w + 2 < place_end; ++w) {
      if ((key(w) != "together"sv && key(w) != "along"sv) || key(w + 1) != "with"sv) continue;
      std::uint32_t from = w + 2;
      for (std::uint32_t k = from; k < L() && k < w + 10; ++k) {
        if (key(k) == ":"sv) {
          from = k + 1;
          break;
        }
        if (const Mention* m = cv_.mention_at(k); m != nullptr && cv_.is_actor(*m) && !m->generic) break;
      }
      for (const int x : people_listed(from, cv_.clause_end(from))) {
        if (std::find(o.entities.begin(), o.entities.end(), x) == o.entities.end()) o.entities.push_back(x);
      }
      break;
    }
    std::string place;
    const int ev = meeting_event("meeting", place_from, place_end, date, &place);
    for (const int a : s.entities) {
      for (const int b : o.entities) add("met", a, b, -1, "", status, date, place, ev, 0.8);
      if (ev >= 0) add("chaired", a, -1, ev, "", status, date, "", -1, 0.7);
    }
    if (ev >= 0) {
      for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.7);
      for (const int b : o.entities) add("attended", b, -1, ev, "", status, date, "", -1, 0.7);
    }
  } else if (Mention* evm = cv_.event_after(t.last, 4) ? cv_.event_after(t.last, 4) : relative_event_before(s)) {
    // "has hosted earlier rounds of peace talks": several gatherings, none of them one spoken of
    if (evm->first >= t.last) {
      for (std::uint32_t k = t.last; k < evm->last; ++k) {
        if (key(k) == "rounds"sv || key(k) == "several"sv || key(k) == "numerous"sv) return;
      }
    }
    const int ev = event_in_clause(*evm);
    if (ev < 0) return;
    for (const int a : s.entities) {
      add("chaired", a, -1, ev, "", status, date, "", -1, 0.8);
      add("attended", a, -1, ev, "", status, date, "", -1, 0.8);
    }
    if (evm->first >= t.last) guests_of_event(s, t, evm->last, ev, date);
  }
  last_subject_ = s;
  remember(s, t);
}

// "hosted the alliance leaders for dinner at Huis ten Bosch", "hosted the leaders for a state
// lunch": the hosts of a meal for guests they do not name chaired it, a gathering of its own on the
// clause's day. Returns whether the trigger was one.
bool Frames::hosted_for_a_meal(const Trigger& t, const Group& s, const std::string& status, const Date& date) {
  const std::uint32_t end = cv_.clause_end(t.last);
  std::uint32_t k = t.last;
  while (k < end && k < t.last + 8 && key(k) != "for"sv) ++k;
  if (k + 1 >= end || key(k) != "for"sv) return false;
  std::uint32_t n = k + 1;
  if (determiner(key(n))) ++n;
  if (n < end && (key(n) == "state"sv || key(n) == "private"sv || key(n) == "working"sv || key(n) == "official"sv)) ++n;
  if (n >= end || !meal_noun(key(n).view()) || !date.full() || !people_only(s)) return false;
  // (guests named are met at the meal, a meeting known by their names: "hosted Abiy for dinner")
  const Group guests = cv_.object(t.last, 3);
  if (!guests.empty() && !guests.generic) return false;
  std::string place, pkey;
  if (const Mention* pl = cv_.place_between(n + 1, end)) place_of(*pl, &place, &pkey);
  const int ev = meal_gathering(noun_at(n, k + 1), place, pkey, date);
  if (ev < 0) return false;
  chaired_and_attended(s, t, ev, status, date, 0.75);
  return true;
}

// The hosts `s` of trigger t chaired and attended event ev; they are the next predicate's subject.
void Frames::chaired_and_attended(const Group& s, const Trigger& t, int ev, const std::string& status, const Date& date,
                                  double conf) {
  for (const int a : s.entities) {
    add("chaired", a, -1, ev, "", status, date, "", -1, conf);
    add("attended", a, -1, ev, "", status, date, "", -1, conf);
  }
  last_subject_ = s;
  remember(s, t);
}

// "Orban hosted more than 40 European leaders at the Puskas Arena in Budapest for the fifth meeting
// of the European Political Community", "welcomed about 80 heads of state ... for the summit": a
// host of a crowd for a named gathering chaired and attended it. Returns whether it was one.
bool Frames::hosted_crowd_for_event(const Trigger& t, const Group& s) {
  const std::uint32_t end = cv_.clause_end(t.last);
  // the object is a group phrase (no one named): "more than 40 European leaders", "80 heads of state"
  std::uint32_t i = t.last;
  bool crowd = false;
  for (; i < end && i < t.last + 8; ++i) {
    const Mention* m = cv_.mention_at(i);
    // (over a possessive: "his counterparts")
    if (m != nullptr && m->first == i && (cv_.is_actor(*m) && !m->generic && !m->possessive)) return false;
    if (m != nullptr && (m->kind == MKind::kGeneric || m->generic)) {
      // people in the plural ("40 European leaders", "80 heads of state"), not a word used as an
      // adjective ("no official information")
      bool people = false;
      for (std::uint32_t k = m->first; k < m->last; ++k) {
        people = people || (key(k).view().size() > 3 && key(k).view().back() == 's' && key(k) != "'s"sv);
      }
      const bool adjective = m->last < end && ctx_.tokens[m->last].is(kWord) && !ctx_.tokens[m->last].is(kCapital) &&
                             key(m->last) != "of"sv && key(m->last) != "and"sv && key(m->last) != "at"sv &&
                             key(m->last) != "in"sv && key(m->last) != "to"sv && key(m->last) != "for"sv &&
                             key(m->last) != "from"sv && key(m->last) != "on"sv;
      crowd = people && !adjective;
      break;
    }
    // "hosted his colleagues", "ten of his peers": plurals of people that are no people noun of the
    // lexicon ("his counterparts", "his guests" are such mentions, read above)
    static const WordSet kPeers = {"colleagues", "peers"};
    if (m == nullptr && kPeers.count(key(i).view()) != 0) {
      crowd = true;
      break;
    }
  }
  if (!crowd) return false;
  Mention* evm = nullptr;
  for (std::uint32_t k = i; k + 1 < end && evm == nullptr; ++k) {
    if (key(k) != "for"sv) continue;
    // "for the fifth meeting of", "for a two-day summit"
    for (std::uint32_t j = k + 1; j < end && j < k + 5 && evm == nullptr; ++j) {
      Mention* m = cv_.mention_starting(j);
      if (m != nullptr && m->kind == MKind::kEvent) evm = m;
      if (m != nullptr && m->kind != MKind::kEvent) break;
    }
  }
  if (evm == nullptr) {
    // "Fidan hosted counterparts and senior envoys from six countries at a hotel in Istanbul on
    // Monday": a gathering of its own, where and when the clause says
    const Mention* where = cv_.place_between(i, end);
    const Date date = date_for(std::min(s.first, t.first), end, t.first);
    // (undated only when told in the simple past: not "has hosted leaders at the palace before")
    if (where == nullptr || (!date.full() && (perfect_before(t.first) || tense_at(ctx_, si_, t.first) != Tense::kPast))) {
      return false;
    }
    // (not a group the clause goes on to name: "welcomed the two Americans, Witkoff and Kushner",
    // "hosted European leaders at Lancaster House on Sunday, including Macron and Meloni")
    for (std::uint32_t k = t.last; k < L() && !cv_.boundary(k); ++k) {
      const Mention* m = cv_.mention_at(k);
      if (m != nullptr && m->kind == MKind::kPerson) return false;
    }
    std::string place, pkey;
    place_of(*where, &place, &pkey);
    chaired_event(s, t, register_event(ctx_, "meeting", place, pkey, "", date), end, 0.7);
    return true;
  }
  const Mention* pl = evm->place_key.empty() ? cv_.place_between(t.last, evm->first) : nullptr;
  if (pl != nullptr && evm->event < 0) place_of(*pl, &evm->place, &evm->place_key);
  const int ev = event_in_clause(*evm);
  if (ev < 0) return false;
  // a named gathering already known by its name learns where it is held
  if (auto& e = ctx_.events[static_cast<std::size_t>(ev)]; pl != nullptr && e.place_key.empty()) {
    place_of(*pl, &e.place, &e.place_key);
  }
  chaired_event(s, t, ev, end, 0.75);
  return true;
}

// "Widodo handed the gavel to Modi", "Lula handed over the presidency of the group to Ramaphosa at
// the closing session": a chair handed over in person; both met, at the gathering of the clause
// or the one spoken of. Other things handed over ("handed a letter to") are no meeting.
void Frames::hand_over(const Trigger& t) {
  static const WordSet kChairs = {"gavel", "presidency", "chairmanship", "baton",
                                                               "chair", "rotating"};
  std::uint32_t o = t.last;
  while (o < L() && o < t.last + 3 && determiner(key(o))) ++o;
  if (o >= L() || kChairs.count(key(o).view()) == 0) return;
  std::uint32_t to = o + 1;
  while (to < L() && to < o + 8 && key(to) != "to"sv && !cv_.boundary(to) && key(to) != ","sv) ++to;
  if (to + 1 >= L() || key(to) != "to"sv) return;
  const Group s = subject_of(t);
  const Group r = cv_.object(to + 1, 1);
  if (s.empty() || s.generic || r.empty() || r.generic) return;
  for (const int x : s.entities) {
    if (ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv) return;
  }
  const std::uint32_t end = cv_.clause_end(t.last);
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  int ev = -1;
  if (Mention* evm = cv_.event_after(r.last, 4)) ev = event_in_clause(*evm);
  if (ev < 0) ev = gathering_of_many_spoken_of();
  for (const int a : s.entities) {
    for (const int b : r.entities) add("met", a, b, -1, "", status, date, "", ev, 0.7);
  }
  if (ev >= 0 && status == edge_status::kReported) {
    for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.7);
    for (const int b : r.entities) add("attended", b, -1, ev, "", status, date, "", -1, 0.7);
  }
  last_subject_ = s;
  remember(s, t);
}

// The actors opening the clause after the first comma from `from` (before `limit`): the subject of
// a sentence that opens with a participle ("Meeting with X ..., A and B signed"). Empty when none;
// *comma is where that comma is.
Group Frames::group_after_comma(std::uint32_t from, std::uint32_t limit, std::uint32_t* comma) const {
  std::uint32_t c = from;
  while (c < L() && c < limit && key(c) != ","sv && !cv_.boundary(c)) ++c;
  if (c + 1 >= L() || key(c) != ","sv) return {};
  const Mention* sm = cv_.mention_at(c + 1);
  if (sm == nullptr || sm->first != c + 1 || !cv_.is_actor(*sm) || sm->possessive) return {};
  Group s = cv_.group_from(static_cast<std::size_t>(sm - si_.mentions.data()));
  if (s.generic) return {};
  *comma = c;
  return s;
}

// "Received by Joe Biden on the margins of the summit, Zelensky thanked the allies", "Welcomed by
// Nauseda at the airport, Biden ...": a participle opening the sentence, whose agent met the subject
// after its comma. Returns whether it read the trigger so.
bool Frames::opening_participle_passive(const Trigger& t) {
  std::uint32_t w = F();
  while (w < t.first && !ctx_.tokens[w].is(kWord)) ++w;
  if (w != t.first || t.last >= L() || !key(t.first).ends_with("ed")) return false;
  // ("Greeted at the Europa building by Costa and von der Leyen, he": over a short place phrase)
  std::uint32_t by = t.last;
  if (key(by) == "at"sv || key(by) == "in"sv || key(by) == "on"sv) {
    std::uint32_t b = by + 1;
    while (b < L() && b < by + 6 && key(b) != "by"sv && key(b) != ","sv && !cv_.boundary(b)) ++b;
    if (b < L() && key(b) == "by"sv) by = b;
  }
  if (key(by) != "by"sv) return false;
  Group agent = cv_.object(by + 1, 1);
  if (agent.empty() || agent.generic) return false;
  // ("Greeted by Antonio Costa, Zelensky met ...", "by A and B, he ...": the agent's list ends at
  // the first comma after its last "and", and the subject follows that comma)
  if (agent.entities.size() >= 2) {
    std::uint32_t comma = 0;
    for (std::uint32_t k = by + 1; k < agent.last; ++k) {
      if (key(k) == "and"sv || key(k) == "or"sv) comma = 0;
      if (key(k) == ","sv && comma == 0) comma = k;
    }
    if (comma != 0) {
      Group first;
      for (const Mention& m : si_.mentions) {
        if (m.first <= by || m.first >= comma || !cv_.is_actor(m) || m.entity < 0) continue;
        if (std::find(first.entities.begin(), first.entities.end(), m.entity) == first.entities.end()) {
          first.entities.push_back(m.entity);
        }
      }
      if (first.entities.empty()) return false;
      first.first = by + 1;
      first.last = comma;
      agent = first;
    }
  }
  std::uint32_t comma = 0;
  const Group s = group_after_comma(agent.last, agent.last + 14, &comma);
  if (s.empty()) return false;
  const std::uint32_t end = cv_.clause_end(s.last);
  const std::string status = cv_.status(s.last, s.last, false);
  const Date date = date_for(F(), end, t.first);
  std::string place;
  const int ev = meeting_event("meeting", agent.last, comma, date, &place);
  meeting_between(agent, s, status, date, place, ev);
  return true;
}

// "Raul Castro welcomes his guest", "received the visitor": the one visiting is the person the
// text speaks of most, other than the host (named at least twice). Returns whether it was one.
// "every delegation", "the foreign guests ... one by one", "each head of delegation", "the head of
// every delegation": all the guests of a gathering, one at a time, named from token `i`. Sets
// *after to the token after the noun phrase.
bool Frames::every_guest_at(std::uint32_t i, std::uint32_t* after) const {
  bool each = false;
  bool all = false;
  if (i + 2 < L() && key(i) == "each"sv && key(i + 1) == "of"sv) {
    // "each of his guests", "each of the leaders": the plural after it
    all = true;
    i += 2;
    if (key(i) == "the"sv || key(i) == "his"sv || key(i) == "her"sv || key(i) == "their"sv) ++i;
  } else if (i < L() && (key(i) == "each"sv || key(i) == "every"sv)) {
    each = true;
    ++i;
  } else {
    if (i < L() && key(i) == "all"sv) {
      all = true;
      ++i;
    }
    if (i < L() && (key(i) == "the"sv || key(i) == "his"sv || key(i) == "her"sv || key(i) == "their"sv)) ++i;
  }
  for (int a = 0; a < 2 && i < L(); ++a) {
    const TokenKey k = key(i);
    if (k == "foreign"sv || k == "arriving"sv || k == "visiting"sv || k == "other"sv || k == "fellow"sv ||
        k == "incoming"sv || k == "assembled"sv) {
      ++i;
    }
  }
  if (i >= L()) return false;
  const TokenKey noun = key(i);
  // "head of delegation", "the head of every delegation", "every head of state": one guest each
  bool head_of = false;
  if ((noun == "head"sv || noun == "heads"sv) && i + 2 < L() && key(i + 1) == "of"sv) {
    std::uint32_t n = i + 2;
    if (key(n) == "each"sv || key(n) == "every"sv) {
      each = true;
      ++n;
    }
    if (n >= L() || (key(n) != "delegation"sv && key(n) != "state"sv && key(n) != "government"sv)) return false;
    head_of = true;
    i = n;
  }
  const bool plural = noun == "guests"sv || noun == "leaders"sv || noun == "delegations"sv || noun == "visitors"sv ||
                      noun == "dignitaries"sv || noun == "participants"sv || noun == "delegates"sv;
  const bool singular = noun == "guest"sv || noun == "leader"sv || noun == "delegation"sv || noun == "visitor"sv ||
                        noun == "participant"sv || noun == "delegate"sv;
  if (!head_of && !(each ? singular : plural)) return false;
  // (one at a time: not "welcomed the leaders' decision")
  bool one_by_one = each || all;
  const std::uint32_t end = cv_.clause_end(i + 1);
  for (std::uint32_t k = i + 1; k + 1 < end && k < i + 10 && !one_by_one; ++k) {
    const TokenKey a = key(k);
    const TokenKey b = key(k + 1);
    one_by_one = (a == "one"sv && (b == "by"sv || b == "at"sv)) || (a == "in"sv && b == "turn"sv) ||
                 a == "individually"sv || (a == "on"sv && b == "arrival"sv) || (a == "as"sv && b == "they"sv) ||
                 ((a == "at"sv || a == "on"sv) && k + 2 < end &&
                  (key(k + 2) == "door"sv || key(k + 2) == "entrance"sv || key(k + 2) == "steps"sv ||
                   key(k + 2) == "carpet"sv || key(k + 2) == "red"sv));
  }
  if (!one_by_one || (i + 1 < L() && key(i + 1) == "'"sv)) return false;
  *after = i + 1;
  return true;
}

// "greeted every delegation at the door", "are receiving the foreign guests one by one", "shook
// hands with each head of delegation as they came in: A, B and C": a host greeting all the guests
// of a gathering, one at a time, met each of them; the guests are known once the document is read
// (greeters_met_guests). Those listed after a colon were there. Returns whether the object was
// read so.
bool Frames::greeted_every_guest(const Trigger& t, const Group& s, std::uint32_t object) {
  std::uint32_t after = 0;
  if (!every_guest_at(object, &after)) return false;
  const std::uint32_t end = cv_.clause_end(after);
  const std::string status = cv_.status(s.last, t.first, false);
  if (status != edge_status::kReported) return true;
  std::vector<int> hosts;
  for (const int x : s.entities) {
    if (ctx_.entities[static_cast<std::size_t>(x)].type == "person"sv) hosts.push_back(x);
  }
  if (hosts.empty()) return true;
  // ("is welcoming her guests at the entrance with Antonio Costa": a co-host)
  for (std::uint32_t k = after; k + 1 < end && k < after + 8; ++k) {
    if (key(k) != "with"sv) continue;
    const Mention* co = cv_.mention_at(k + 1);
    if (co != nullptr && co->first == k + 1 && co->kind == MKind::kPerson && co->entity >= 0 && !co->possessive &&
        std::find(hosts.begin(), hosts.end(), co->entity) == hosts.end()) {
      hosts.push_back(co->entity);
    }
    break;
  }
  int ev = -1;
  if (Mention* evm = cv_.event_after(after, 8); evm != nullptr) ev = event_in_clause(*evm);
  DocContext::Greeting g;
  g.hosts = hosts;
  g.event = ev;
  g.date = date_for(std::min(s.first, t.first), end, t.first);
  g.begin = si_.span.begin;
  g.end = si_.span.end;
  // ("... as they come in: Emmanuel Macron, Keir Starmer, ..."): they were there (at the gathering
  // the whole article places the most people at, when none is named yet)
  std::uint32_t colon = after;
  while (colon < L() && colon < after + 12 && key(colon) != ":"sv && key(colon) != "."sv && key(colon) != ";"sv) ++colon;
  if (colon + 1 < L() && key(colon) == ":"sv) {
    for (const int b : people_listed(colon + 1)) {
      if (std::find(hosts.begin(), hosts.end(), b) == hosts.end()) g.listed.push_back(b);
    }
  }
  ctx_.greetings.push_back(std::move(g));
  last_subject_ = s;
  return true;
}

// "Ahmed al-Sharaa was Donald Trump's guest at the White House on Monday": the guest met the host
// there, at a meeting the host held.
void Frames::guest_of(const Trigger& t) {
  if (key(t.last - 1) == "of"sv) {
    guests_of_host(t);
    return;
  }
  if (t.first <= F() + 2 || key(t.first - 1) != "'s"sv) return;
  const Mention* host = cv_.mention_at(t.first - 2);
  if (host == nullptr || host->kind != MKind::kPerson || host->entity < 0 || host->first < F() + 2) return;
  const TokenKey be = key(host->first - 1);
  if (be != "was"sv && be != "were"sv && be != "is"sv && be != "are"sv) return;
  const Group guests = subject_of(Trigger{host->first - 1, host->first, t.info});
  if (guests.empty() || guests.generic) return;
  for (const int g : guests.entities) {
    if (ctx_.entities[static_cast<std::size_t>(g)].type != "person"sv || g == host->entity) return;
  }
  // (the trigger ends with "at": a guest at a place, not "his guest of honour")
  const std::uint32_t end = cv_.clause_end(t.last);
  const std::string status = cv_.status(guests.last, host->first, false);
  const Date date = date_for(guests.first, end, t.first);
  std::string place;
  const int ev = meeting_event("meeting", t.last - 1, end, date, &place);
  if (ev < 0) return;
  Group h;
  h.entities = {host->entity};
  meeting_between(h, guests, status, date, place, ev);
  add("chaired", host->entity, -1, ev, "", status, date, "", -1, 0.65);
  last_subject_ = guests;
}

// "Aliyev and Pashinyan were the guests of Donald Trump, who hosted the ceremony at the White House
// on Friday": the guests met the host, at the gathering the clause about the host names.
void Frames::guests_of_host(const Trigger& t) {
  if (t.first < F() + 3 || t.last >= L() || key(t.first - 1) != "the"sv) return;
  const TokenKey be = key(t.first - 2);
  if (be != "was"sv && be != "were"sv) return;
  const Mention* host = cv_.mention_at(t.last);
  if (host == nullptr || host->first != t.last || host->kind != MKind::kPerson || host->entity < 0) return;
  const Group guests = subject_of(Trigger{t.first - 2, t.first - 1, t.info});
  if (guests.empty() || guests.generic) return;
  for (const int g : guests.entities) {
    if (ctx_.entities[static_cast<std::size_t>(g)].type != "person"sv || g == host->entity) return;
  }
  std::uint32_t end = cv_.clause_end(host->last);
  // (over the clause about the host: ", who hosted the ceremony at the White House")
  if (host->last + 1 < L() && key(host->last) == ","sv && key(host->last + 1) == "who"sv) end = cv_.clause_end(host->last + 2);
  const std::string status = cv_.status(guests.last, t.first, false);
  const Date date = date_for(guests.first, end, t.first);
  std::string place;
  const int ev = meeting_event("meeting", host->last, end, date, &place);
  // (only a gathering the sentence places: "was the guest of the president" alone may be a stay)
  if (ev < 0) return;
  Group h;
  h.entities = {host->entity};
  meeting_between(h, guests, status, date, place, ev);
  for (const int g : guests.entities) add("attended", g, -1, ev, "", status, date, "", -1, 0.7);
  last_subject_ = guests;
}

bool Frames::welcomed_the_guest(const Trigger& t, const Group& s) {
  if (t.last + 1 >= L()) return false;
  const TokenKey d = key(t.last);
  const TokenKey n = key(t.last + 1);
  if (d != "his"sv && d != "her"sv && d != "the"sv && d != "their"sv) return false;
  // the host met the guests named by the phrase up to `phrase_end`, where [from, end) places it
  // (else, with `gathering`, at the gathering the text is about)
  const auto meet_guests = [&](Group g, std::uint32_t phrase_end, std::uint32_t from, std::uint32_t end,
                               bool gathering) {
    g.first = t.last;
    g.last = phrase_end;
    const std::string status = cv_.status(s.last, t.first, false);
    const Date date = date_for(std::min(s.first, t.first), end, t.first);
    std::string place;
    int ev = meeting_event("meeting", from, end, date, &place);
    if (ev < 0 && gathering) ev = gathering_of_many_spoken_of();
    meeting_between(s, g, status, date, place, ev);
    last_subject_ = s;
    remember(s, t);
    return true;
  };
  // "She received her guests at the hotel on Wednesday afternoon: A, B and C", "welcomed the leaders
  // of the candidate countries to the hall, among them A, B and C": those listed after the colon, or
  // after "among them", that ends the clause
  if (const Mention* om = cv_.mention_at(t.last); om == nullptr || !cv_.is_actor(*om) || om->generic || om->possessive) {
    if (const std::uint32_t colon = list_opening(t.last + 1, 16, true); colon != ClauseView::kNoToken) {
      Group g;
      for (const int x : people_listed(colon + 1)) {
        if (std::find(s.entities.begin(), s.entities.end(), x) == s.entities.end()) g.entities.push_back(x);
      }
      if (!g.empty()) return meet_guests(g, colon, t.last, colon, true);
    }
  }
  // "Zelensky has welcomed his four guests": the four spoken of together
  if (t.last + 2 < L() && (key(t.last + 2) == "guests"sv || key(t.last + 2) == "visitors"sv)) {
    const Group g = group_of_count(n);
    if (g.empty()) return false;
    for (const int x : s.entities) {
      if (std::find(g.entities.begin(), g.entities.end(), x) != g.entities.end()) return true;
    }
    return meet_guests(g, t.last + 3, t.last + 3, cv_.clause_end(t.last), false);
  }
  if (n != "guest"sv && n != "visitor"sv) return false;
  int guest = -1;
  for (std::size_t i = 0; i < ctx_.entities.size(); ++i) {
    const auto& e = ctx_.entities[i];
    if (e.type != "person"sv || e.mentions < 2) continue;
    if (std::find(s.entities.begin(), s.entities.end(), static_cast<int>(i)) != s.entities.end()) continue;
    if (guest < 0 || e.mentions > ctx_.entities[static_cast<std::size_t>(guest)].mentions) guest = static_cast<int>(i);
  }
  if (guest < 0) return true;
  Group g;
  g.entities = {guest};
  return meet_guests(g, t.last + 2, t.last + 2, cv_.clause_end(t.last), false);
}

void Frames::receive(const Trigger& t) {
  if (opening_participle_passive(t)) return;
  Group s = subject_of(t);
  if (s.empty() || t.last >= L()) return;
  if (hosted_crowd_for_event(t, s)) return;
  // "Milei, who greeted his host with a curt handshake": the one chairing the gathering spoken of
  if (t.last + 1 < L() && (key(t.last) == "his"sv || key(t.last) == "her"sv || key(t.last) == "their"sv) &&
      key(t.last + 1) == "host"sv && ctx_.salient_event >= 0) {
    const int ev = main_event();
    int host = -1;
    std::size_t seen = 0;
    for (auto it = ctx_.pending.rbegin(); it != ctx_.pending.rend() && seen < kRecentAssertions && host < 0; ++it, ++seen) {
      if (it->relation == "chaired"sv && it->target_event == ev && it->status == edge_status::kReported &&
          ctx_.entities[static_cast<std::size_t>(it->subject)].type == "person"sv) {
        host = it->subject;
      }
    }
    if (host < 0 || std::find(s.entities.begin(), s.entities.end(), host) != s.entities.end()) return;
    const std::string status = cv_.status(s.last, t.first, false);
    const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
    for (const int a : s.entities) {
      add("met", a, host, -1, "", status, date, "", ev, 0.65);
      if (status == edge_status::kReported) add("attended", a, -1, ev, "", status, date, "", -1, 0.65);
    }
    return;
  }
  if (welcomed_the_guest(t, s) || greeted_every_guest(t, s, t.last)) return;
  // "Among them were Zelenskyy, whom the Prime Minister greeted with an embrace, Macron and
  // Scholz": the one received is the person "whom" stands for, and no one listed after it
  if (s.first >= F() + 3 && key(s.first - 1) == "whom"sv && key(s.first - 2) == ","sv) {
    const Mention* ante = cv_.mention_at(s.first - 3);
    if (ante == nullptr || ante->last != s.first - 2 || ante->kind != MKind::kPerson || ante->entity < 0) return;
    const std::string status = cv_.status(s.last, t.first, false);
    const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
    for (const int a : s.entities) {
      if (a != ante->entity) add("met", a, ante->entity, -1, "", status, date, "", -1, 0.7);
    }
    return;
  }
  // "Putin and Mohammed bin Salman greeted each other with a high-five", "embraced one another";
  // "where they hugged", "the two men embraced": a hug or an embrace of a group is mutual
  const TokenKey v = key(t.first);
  const bool mutual_verb = v.starts_with("hug") || v.starts_with("embrac");
  const bool no_object = t.last >= L() || !ctx_.tokens[t.last].is(kWord) || key(t.last) == "and"sv ||
                         key(t.last) == "warmly"sv || key(t.last) == "briefly"sv || key(t.last) == "before"sv ||
                         key(t.last) == "as"sv || key(t.last) == "at"sv || key(t.last) == "in"sv ||
                         key(t.last) == "on"sv || key(t.last) == "for"sv || key(t.last) == "outside"sv;
  if (s.entities.size() >= 2 &&
      ((mutual_verb && no_object && cv_.mention_at(t.last) == nullptr) ||
       (t.last + 1 < L() && ((key(t.last) == "each"sv && key(t.last + 1) == "other"sv) ||
                             (key(t.last) == "one"sv && key(t.last + 1) == "another"sv))))) {
    const std::uint32_t end = cv_.clause_end(t.last);
    const std::string status = cv_.status(s.last, t.first, false);
    const Date date = date_for(std::min(s.first, t.first), end, t.first);
    std::vector<int> people;
    for (const int x : s.entities) {
      if (ctx_.entities[static_cast<std::size_t>(x)].type == "person"sv) people.push_back(x);
    }
    meeting_among(people, status, date, "", -1, 0.7);
    last_subject_ = s;
    remember(s, t);
    return;
  }
  const Mention* m = cv_.mention_at(t.last);
  // ("received his guest": the person the possessive qualifies; so "received India's Modi")
  if (m != nullptr && (m->kind == MKind::kPronoun || m->kind == MKind::kCountry) && m->possessive && m->modifier &&
      m->last < L()) {
    const std::uint32_t next = m->last + (key(m->last) == "'s"sv && m->last + 1 < L() ? 1 : 0);
    if (const Mention* n = cv_.mention_at(next); n != nullptr && n->first == next && n->kind == MKind::kPerson) m = n;
  }
  // ("who embraced him": one embraces a person, named or not)
  const bool embrace = key(t.first).starts_with("embrac") || key(t.first).starts_with("hug");
  // (only people hug: "the Arab League embraces Assad" takes him back, a body's figure of speech)
  if (embrace && std::none_of(s.entities.begin(), s.entities.end(), [&](int x) {
        return ctx_.entities[static_cast<std::size_t>(x)].type == "person"sv;
      })) {
    return;
  }
  // ("King Charles received him at Sandringham": one receives a person, named or not)
  const bool receives = key(t.first).starts_with("receiv") || key(t.first).starts_with("welcom") ||
                        key(t.first).starts_with("greet");
  // ("Trump and his wife Melania landed at Windsor, where Prince William and Catherine greeted
  // them": the people the sentence opened with, else the group the sentences before spoke of)
  if (receives && m != nullptr && m->kind == MKind::kPronoun && m->entity < 0 && key(t.last) == "them"sv &&
      people_only(s)) {
    std::vector<int> them;
    for (std::size_t k = 0; k < si_.mentions.size(); ++k) {
      const Mention& mm = si_.mentions[k];
      if (mm.first >= s.first) break;
      if (!cv_.is_actor(mm) || mm.possessive || mm.modifier) continue;
      // (the first actor, before any predicate)
      const bool predicate_before = std::any_of(si_.triggers.begin(), si_.triggers.end(),
                                                [&](const Trigger& o) { return o.first < mm.first; });
      const Group g = cv_.group_from(k);
      if (!predicate_before && !g.entities.empty() && people_only(g)) them = g.entities;
      break;
    }
    // (not when the sentence names a group of no one: "the leaders posed ..., where La Russa
    // welcomed them")
    const bool group_here = std::any_of(si_.mentions.begin(), si_.mentions.end(), [&](const Mention& g) {
      return g.first < t.first && g.kind == MKind::kGeneric;
    });
    if (them.empty() && !group_here && ctx_.last_group.size() >= 2) them = ctx_.last_group;
    them.erase(std::remove_if(them.begin(), them.end(),
                              [&](int x) {
                                return std::find(s.entities.begin(), s.entities.end(), x) != s.entities.end() ||
                                       ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv;
                              }),
               them.end());
    if (!them.empty()) {
      Group o;
      o.entities = them;
      o.first = m->first;
      o.last = m->last;
      const std::uint32_t end = cv_.clause_end(t.last);
      const std::string status = cv_.status(s.last, t.first, false);
      const Date date = date_for(std::min(s.first, t.first), end, t.first);
      meeting_between(s, o, status, date, "", -1);
      last_subject_ = s;
      remember(s, t);
      return;
    }
  }
  const bool person_pronoun = (embrace || receives) && m != nullptr && m->kind == MKind::kPronoun && m->entity >= 0 &&
                              !m->possessive && ctx_.entities[static_cast<std::size_t>(m->entity)].type == "person"sv &&
                              std::find(s.entities.begin(), s.entities.end(), m->entity) == s.entities.end() &&
                              (embrace || !si_.in_quote[m->first - F()]);  // (whom "him" means in a quote is the speaker's)
  // ("received both men", "welcomed the two leaders": the pair spoken of)
  Group o = m == nullptr && !embrace ? cv_.object(t.last, 0) : Group{};
  // ("greeted the two co-chairmen, George Bush and Mikhail Gorbachev": the people the noun names)
  bool co_chairs = false;
  if (m == nullptr && !embrace) {
    std::uint32_t c = t.last;
    while (c < L() && c < t.last + 5 && ctx_.tokens[c].is(kWord) && !ctx_.tokens[c].is(kCapital) &&
           cv_.mention_at(c) == nullptr) {
      co_chairs = co_chairs || key(c).view().find("chair") != std::string_view::npos;
      ++c;
    }
    const Mention* pm = c > t.last + 1 && c + 1 < L() && key(c) == ","sv ? cv_.mention_at(c + 1) : nullptr;
    if (pm != nullptr && pm->first == c + 1 && pm->kind == MKind::kPerson && pm->entity >= 0 && !pm->possessive) {
      if (o.empty()) o = cv_.group_from(static_cast<std::size_t>(pm - si_.mentions.data()));
    } else {
      co_chairs = false;
    }
  }
  // ("Foreign Minister Rodriguez greeted the family at the foot of the steps")
  if (o.empty() && m == nullptr && receives && t.last < L()) o = family_spoken_of(t.last, s);
  for (const int x : o.entities) {
    if (std::find(s.entities.begin(), s.entities.end(), x) != s.entities.end()) return;
  }
  // (not "welcomed Biden's decision", "greeted the president's election"; not "embraced the idea")
  if (o.empty() && (m == nullptr || !cv_.is_actor(*m) || m->generic || cv_.adjectival(*m) ||
                    (m->kind == MKind::kPronoun && !person_pronoun) || m->possessive ||
                    (embrace && ctx_.entities[static_cast<std::size_t>(m->entity)].type != "person"sv))) {
    return;
  }
  if (o.empty()) o = cv_.group_from(static_cast<std::size_t>(m - si_.mentions.data()));
  const std::uint32_t end = cv_.clause_end(t.last);
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  std::string place;
  int ev = meeting_event("meeting", o.last, end, date, &place);
  // "welcomed Trump to the Akasaka Palace": the place one is welcomed to is where both were; so is
  // the gathering ("welcomes Zelensky to the Ukraine Recovery Conference")
  bool welcomed_to = false;
  if (ev >= 0 && o.last + 1 < end && key(o.last) == "to"sv && cv_.event_after(o.last + 1, 2) != nullptr) {
    const auto& e = ctx_.events[static_cast<std::size_t>(ev)];
    welcomed_to = !e.place_key.empty() || !e.group.empty();
  }
  if (ev < 0) {
    place = welcomed_to_place(o.last, end);
    if (!place.empty()) {
      ev = register_event(ctx_, "meeting", place, name_key(place), "", date);
      welcomed_to = true;
    }
  }
  // ("Back in Riyadh, the crown prince received Blinken": the place the sentence opens with; "is in
  // Doha, where the Emir receives him": the place the clause is about)
  if (ev < 0 && status == edge_status::kReported) ev = opening_place_event(s.first, "meeting", date, &place);
  // (a gathering told in passing, not the one spoken of next, and on a day the text gives: "after
  // his trip to Moscow, where he embraced Putin" places no gathering a later meeting could be)
  if (ev < 0 && status == edge_status::kReported && date.full() && !perfect_before(t.first)) {
    const int salient = ctx_.salient_event;
    ev = where_clause_event(s.first, date, &place);
    ctx_.salient_event = salient;
  }
  // "he has welcomed A, B and C, as well as D, who ..., E and F": the whole list
  for (const int x : list_past_relatives(o.first)) {
    if (std::find(o.entities.begin(), o.entities.end(), x) == o.entities.end()) o.entities.push_back(x);
  }
  // the chair of the gathering the text is about welcoming people without another place: to it
  if (ev < 0 && status == edge_status::kReported && ctx_.salient_event >= 0) {
    const int main = main_event();
    // (among the latest assertions: a bound on the work in a document of endless welcomes)
    const auto recent =
        ctx_.pending.size() > kRecentAssertions ? ctx_.pending.end() - static_cast<std::ptrdiff_t>(kRecentAssertions)
                                                : ctx_.pending.begin();
    const bool chairs = std::any_of(recent, ctx_.pending.end(), [&](const PendingAssertion& p) {
      return p.relation == "chaired"sv && p.status == edge_status::kReported && p.target_event == main &&
             std::find(s.entities.begin(), s.entities.end(), p.subject) != s.entities.end();
    });
    // (not on a day before or after it: "On Tuesday Putin received Modi", the day before the summit)
    const DocEvent* me = main >= 0 ? &ctx_.events[static_cast<std::size_t>(main)] : nullptr;
    const auto day_no = [](const Date& d) { return days_from_civil(d.year, d.month, d.day); };
    const bool other_day = me != nullptr && date.full() && me->date.full() &&
                           (day_no(date) < day_no(me->date) ||
                            day_no(date) > (me->end_date.full() ? day_no(me->end_date)
                                                                : day_no(me->date) + std::max(me->days, 1) - 1));
    if (chairs && !other_day) {
      ev = main;
      welcomed_to = true;
    }
  }
  for (const int a : s.entities) {
    for (const int b : o.entities) add("met", a, b, -1, "", status, date, place, ev, 0.7);
  }
  // ("received Assoumani and Faki together": those received together met each other too)
  if (o.entities.size() >= 2 && o.last < L() && key(o.last) == "together"sv) {
    meeting_among(o.entities, status, date, place, ev, 0.65);
  }
  // ("he received Albanese, and later saw Macron": the next predicate shares the subject)
  last_subject_ = s;
  remember(s, t);
  // "the two co-chairmen, A and B": they chaired the gathering, and were at it
  if (co_chairs && status == edge_status::kReported) {
    const int chaired = ev >= 0 ? ev : gathering_of_many_spoken_of();
    if (chaired >= 0) {
      for (const int b : o.entities) {
        add("chaired", b, -1, chaired, "", status, date, "", -1, 0.7);
        add("attended", b, -1, chaired, "", status, date, "", -1, 0.7);
      }
    }
  }
  // "received Zelensky at the White House on Friday": a meeting at a place on a day the text gives
  // is an event both attended (not an undated reception, which may be another day's)
  bool placed_on_its_day = false;
  if (ev >= 0) {
    const DocEvent& e = ctx_.events[static_cast<std::size_t>(ev)];
    // (or named by what it is about: "laid out a plan to end the war in Gaza")
    placed_on_its_day = (!e.place_key.empty() || !e.group.empty()) && date.full() && e.date == date;
  }
  if ((!welcomed_to && !placed_on_its_day) || status != edge_status::kReported) return;
  for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.7);
  for (const int b : o.entities) add("attended", b, -1, ev, "", status, date, "", -1, 0.7);
}

// The gathering on `date` of a body that meets, named in [from, end) after "at" or "on the margins
// (sidelines) of": a forum ("the G20"), the General Assembly, the Security Council; -1 when none.
int Frames::body_gathering(std::uint32_t from, std::uint32_t end, const Date& date) {
  for (std::uint32_t i = from; i + 1 < end; ++i) {
    const bool at = key(i) == "at"sv;
    const bool margins = key(i) == "of"sv && i > F() && (key(i - 1) == "margins"sv || key(i - 1) == "sidelines"sv);
    if (!at && !margins) continue;
    if (const int ev = body_named_at(key(i + 1) == "the"sv ? i + 2 : i + 1, end, date); ev >= 0) return ev;
  }
  return -1;
}

// The gathering on `date` of the body that meets named at token j (before `end`): a forum, the
// General Assembly, the Security Council; -1 when no such body is named there.
int Frames::body_named_at(std::uint32_t j, std::uint32_t end, const Date& date) {
  const OrgInfo* org = meeting_body_at(j, end);
  return org == nullptr ? -1 : gathering_of_body(*org, date);
}

// The gathering on `date` of a body that meets: a forum's summit, else its meeting.
int Frames::gathering_of_body(const OrgInfo& org, const Date& date) {
  return register_event(ctx_, org.kind == "forum"sv ? "summit" : "meeting", "", "", org.label, date);
}

// The body that meets named at token j (before `end`), nullptr when there is none.
const OrgInfo* Frames::meeting_body_at(std::uint32_t j, std::uint32_t end) const {
  const Mention* m = j < end ? cv_.mention_at(j) : nullptr;
  if (m == nullptr || m->first != j || m->kind != MKind::kOrg || m->entity < 0 || m->possessive || m->modifier) return nullptr;
  const DocEntity& e = ctx_.entities[static_cast<std::size_t>(m->entity)];
  if (e.lex < 0) return nullptr;
  const OrgInfo& org = ctx_.lex->orgs()[static_cast<std::size_t>(e.lex)];
  if (org.kind != "forum"sv && org.key != "unga"sv && org.key != "unsc"sv) return nullptr;
  return &org;
}

// "In Jerusalem he met Netanyahu", "Back in Riyadh, the crown prince received him": the event on
// `date` at the place the sentence opens with, before token `before`; -1 when it opens with none.
int Frames::opening_place_event(std::uint32_t before, const std::string& kind, const Date& date, std::string* place_out) {
  std::uint32_t in = key(F()) == "back"sv ? F() + 1 : F();
  // ("On Friday, at Joint Base Elmendorf-Richardson, Trump met Putin": past the day it opens with)
  for (const auto& d : si_.dates) {
    if (d.first == in || (d.first == in + 1 && key(in) == "on"sv)) {
      in = d.last;
      if (in < before && key(in) == ","sv) ++in;
      break;
    }
  }
  if (before <= in + 1 || (key(in) != "in"sv && key(in) != "at"sv)) return -1;
  const std::uint32_t p = key(in + 1) == "the"sv ? in + 2 : in + 1;
  const Mention* pl = cv_.mention_at(p);
  if (pl == nullptr || pl->first != p || pl->possessive || pl->last >= before || !names_a_place(*pl)) return -1;
  return event_at(*pl, kind, date, place_out);
}

// "stopped in Abu Dhabi, where he was received by MBZ": a meeting told in a clause of "where" about
// a place is held there; the event of that place and day, -1 when the clause of `subject_first`
// is none.
int Frames::where_clause_event(std::uint32_t subject_first, const Date& date, std::string* place_out) {
  std::uint32_t w = subject_first;
  while (w > F() && w + 3 > subject_first && key(w - 1) != "where"sv) --w;
  if (w <= F() + 2 || key(w - 1) != "where"sv || key(w - 2) != ","sv) return -1;
  const Mention* pl = cv_.mention_at(w - 3);
  if (pl == nullptr || pl->last != w - 2 || pl->possessive || pl->first <= F() || !names_a_place(*pl)) return -1;
  // (the place gone to, stayed in or come from: not "Castel Gandolfo, south of Rome, where")
  const TokenKey prep = key(pl->first - 1) == "the"sv && pl->first > F() + 1 ? key(pl->first - 2) : key(pl->first - 1);
  if (prep != "in"sv && prep != "at"sv && prep != "to"sv && prep != "from"sv) return -1;
  return event_at(*pl, "meeting", date, place_out);
}

// The last place this sentence names before token `at` after "in", "at" or "to" ("landed in Tel
// Aviv"), nullptr when there is none.
const Mention* Frames::place_before(std::uint32_t at) const {
  const Mention* found = nullptr;
  for (std::uint32_t i = F() + 1; i < at; ++i) {
    const Mention* m = cv_.mention_at(i);
    if (m == nullptr || m->first != i || m->possessive) continue;
    if (!names_a_place(*m)) continue;
    const TokenKey p = key(i - 1) == "the"sv && i > F() + 1 ? key(i - 2) : key(i - 1);
    if (p == "in"sv || p == "at"sv || p == "to"sv) found = m;
  }
  return found;
}

// The place of "to Kyiv", "to the Akasaka Palace" at `to` (a known place, or capitalised words
// ending in a building's name), "" when there is none.
std::string Frames::welcomed_to_place(std::uint32_t to, std::uint32_t end) const {
  if (to + 1 >= end || key(to) != "to"sv) return {};
  const std::uint32_t at = key(to + 1) == "the"sv ? to + 2 : to + 1;
  if (at >= end) return {};
  static constexpr std::array<std::string_view, 9> kBuildings = {
      "palace", "castle", "hall", "villa", "residence", "house", "centre", "center", "building"};
  std::uint32_t e = at;
  while (e < end && e < at + 4 && ctx_.tokens[e].is(kWord) && ctx_.tokens[e].is(kCapital)) ++e;
  const Mention* pl = cv_.mention_at(at);
  const bool place = pl != nullptr && pl->first == at && !pl->possessive &&
                     (pl->kind == MKind::kPlace || (pl->kind == MKind::kCountry && !pl->place.empty()));
  if (place && pl->last == e) {  // a known place ("to Kyiv", "to the Elysee")
    return pl->place.empty() ? ctx_.entities[static_cast<std::size_t>(pl->entity)].label : pl->place;
  }
  if (e < at + 2 || std::find(kBuildings.begin(), kBuildings.end(), key(e - 1).view()) == kBuildings.end()) return {};
  return std::string(ctx_.text_of(at, e));
}

void Frames::gather(const Trigger& t) {
  Group s = subject_of(t);
  if (s.empty()) return;
  Group o = cv_.object(t.last, 3);
  if (o.empty()) {
    // "Macron gathered some twenty heads of state at the Elysee for a conference": the host of a
    // crowd for a gathering
    if (!s.generic && hosted_crowd_for_event(t, s)) return;
    gathered_for(t, s);
    return;
  }
  const std::uint32_t end = cv_.clause_end(o.last);
  Mention* evm = cv_.event_after(o.last, 4);
  const Mention* pl = cv_.place_between(o.last, end);
  if (evm == nullptr && pl == nullptr) return;
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  std::string place;
  int ev = -1;
  if (evm != nullptr && evm->place_key.empty() && pl != nullptr) {
    evm->place = pl->place;
    evm->place_key = pl->place_key;
  }
  if (evm != nullptr) {
    if (date.full() && !evm->ev_date.full()) evm->ev_date = date;
    ev = event_of_mention(ctx_, *evm);
  } else {
    ev = meeting_event("meeting", o.last, end, date, &place);
  }
  if (ev >= 0) place = ctx_.events[static_cast<std::size_t>(ev)].place;
  for (const int a : s.entities) {
    for (const int b : o.entities) add("met", a, b, -1, "", status, date, place, ev, 0.8);
    if (ev >= 0) add("attended", a, -1, ev, "", status, date, "", -1, 0.75);
  }
  if (ev >= 0) {
    for (const int b : o.entities) add("attended", b, -1, ev, "", status, date, "", -1, 0.75);
  }
  // the guests gathered for talks met each other as well
  meeting_among(o.entities, status, date, place, ev, 0.7);
  last_subject_ = s;
  remember(s, t);
}

void Frames::visit_person(const Trigger& t, const TriggerInfo& info) {
  const Mention* m = t.last < L() ? cv_.mention_at(t.last) : nullptr;
  // ("paid a courtesy visit to the Governor-General, Sir Bob Dadae": the title's apposition names
  // the person visited)
  if (m != nullptr && m->first == t.last && m->kind == MKind::kTitle && m->last + 1 < L() && key(m->last) == ","sv) {
    const Mention* named = cv_.mention_at(m->last + 1);
    if (named != nullptr && named->first == m->last + 1 && named->kind == MKind::kPerson && named->entity >= 0 &&
        !named->possessive) {
      meet(Trigger{t.first, m->last + 1, t.info}, info);
      return;
    }
  }
  if (m == nullptr || m->first != t.last || m->kind != MKind::kPerson || m->entity < 0 || m->possessive) return;
  meet(t, info);
}

void Frames::gathered_for(const Trigger& t, const Group& s) {
  if (s.generic || s.entities.size() < 2) return;
  const std::uint32_t end = cv_.clause_end(t.last);
  int ev = -1;
  // the gathering named after it ("for the summit"), else the one held where they gathered
  if (Mention* evm = cv_.event_after(t.last, 8); evm != nullptr && evm->first < end) {
    ev = event_of_mention(ctx_, *evm);
  } else if (const Mention* pl = cv_.place_between(t.last, end); pl != nullptr && !pl->place_key.empty()) {
    const int main = main_event();
    if (main >= 0 && ctx_.events[static_cast<std::size_t>(main)].place_key == pl->place_key) ev = main;
  }
  if (ev < 0 || ctx_.events[static_cast<std::size_t>(ev)].to_come) return;
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.75);
}

// "The session brought Zarif face to face with Kerry, Lavrov and Wang Yi", "it brought them face
// to face with", "Trump came face to face with Kim": the one brought (or who came) met each of
// those listed; at the event that brought them, when the subject is one (or "it", the event in
// focus), all of them attended it.
void Frames::face_to_face(const Trigger& t) {
  // back over the one brought to the verb
  std::uint32_t v = t.first;
  if (v > F() + 1 && key(v - 1) == ","sv) --v;  // "brought Iran's foreign minister, Zarif, face to face"
  Group a;
  if (const Mention* m = v > F() ? cv_.mention_at(v - 1) : nullptr; m != nullptr && cv_.is_actor(*m)) {
    a = cv_.group_ending(static_cast<std::size_t>(m - si_.mentions.data()));
    v = a.first;
  }
  // (over the apposition of a title: "Iran's foreign minister, Mohammad Javad Zarif,")
  while (v > F() && (cv_.mention_at(v - 1) != nullptr || key(v - 1) == ","sv || key(v - 1) == "'s"sv) &&
         v + 12 > a.first) {
    --v;
  }
  if (v <= F()) return;
  const TokenKey verb = key(v - 1);
  const bool brought = verb == "brought"sv || verb == "brings"sv || verb == "bring"sv;
  const bool came = verb == "came"sv || verb == "comes"sv || verb == "come"sv;
  if (!brought && !came) return;
  Trigger vt{v - 1, v, t.info};
  int ev = -1;
  Group s;
  if (came) {
    s = subject_of(vt);
  } else {
    s = a;
    // the subject: an event named before the verb, or "it" (the event in focus)
    const std::uint32_t start = cv_.clause_start(v - 1);
    for (std::uint32_t i = v - 1; i > start && ev < 0; --i) {
      Mention* m = cv_.mention_starting(i - 1);
      if (m != nullptr && m->kind == MKind::kEvent) ev = event_of_mention(ctx_, *m);
    }
    if (ev < 0 && v >= F() + 2 && key(v - 2) == "it"sv && ctx_.salient_event >= 0) ev = ctx_.salient_event;
  }
  if (s.empty()) return;
  Group o;
  o.entities = people_listed(t.last);
  if (o.entities.empty()) return;
  o.first = t.last;
  const std::uint32_t end = cv_.clause_end(t.last);
  const std::string status = cv_.status(s.last, v - 1, false);
  Date date = date_for(std::min(s.first, v - 1), end, v - 1);
  if (date.empty() && ev >= 0) date = ctx_.events[static_cast<std::size_t>(ev)].date;
  const std::string place = ev >= 0 ? ctx_.events[static_cast<std::size_t>(ev)].place : std::string();
  meeting_between(s, o, status, date, place, ev);
  last_subject_ = s;
  remember(s, vt);
}

// The people a side at a table is made of between `from` and `to`, after "flanked by", "who
// brought", "accompanied by" or "with" ("Trump, flanked by Mnuchin and Lighthizer,", "Xi, who
// brought Liu He and Wang Yi").
std::vector<int> Frames::side_of(std::uint32_t from, std::uint32_t to) const {
  for (std::uint32_t k = from; k + 1 < to; ++k) {
    const TokenKey w = key(k);
    const bool opens = ((w == "flanked"sv || w == "accompanied"sv) && key(k + 1) == "by"sv) ||
                       (w == "brought"sv && k > from && key(k - 1) == "who"sv) || w == "with"sv;
    if (opens) return people_listed(w == "brought"sv || w == "with"sv ? k + 1 : k + 2, to);
  }
  return {};
}

// "Trump, flanked by Mnuchin and Lighthizer, sat across from Xi, who brought Liu He and Wang Yi":
// each of one side of the table met each of the other.
void Frames::sat_across(const Trigger& t) {
  Group s = subject_of(t);
  const Mention* m = cv_.mention_at(t.last);
  if (s.empty() || s.generic || m == nullptr || m->first != t.last || m->kind != MKind::kPerson || m->entity < 0) return;
  const Group o = cv_.group_from(static_cast<std::size_t>(m - si_.mentions.data()));
  Group a = s;
  for (const int x : side_of(s.last, t.first)) {
    if (std::find(a.entities.begin(), a.entities.end(), x) == a.entities.end()) a.entities.push_back(x);
  }
  Group b = o;
  const std::uint32_t end = cv_.clause_end(o.last);
  std::uint32_t stop = o.last;
  while (stop < L() && key(stop) != "."sv && key(stop) != ";"sv) ++stop;
  for (const int x : side_of(o.last, stop)) {
    if (std::find(b.entities.begin(), b.entities.end(), x) == b.entities.end() &&
        std::find(a.entities.begin(), a.entities.end(), x) == a.entities.end()) {
      b.entities.push_back(x);
    }
  }
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  meeting_between(a, b, status, date, "", -1);
  last_subject_ = s;
  remember(s, t);
}

// "Macron and Michel took Pashinyan and Aliyev aside for a four-way meeting", "pulled Lula aside":
// those taken aside met those who took them (all of them each other when the talk was of them
// all: "for a four-way meeting")
void Frames::took_aside(const Trigger& t) {
  static const WordSet kTake = {"took", "take", "takes", "taking", "taken", "pulled", "pull", "pulls", "pulling", "drew"};
  std::uint32_t v = t.first;
  while (v > F() && v + 10 > t.first && kTake.count(key(v - 1).view()) == 0) {
    if (key(v - 1) == ","sv || key(v - 1) == ";"sv) return;
    --v;
  }
  if (v == F() || kTake.count(key(v - 1).view()) == 0) return;
  const Trigger verb{v - 1, v, t.info};
  const Group s = subject_of(verb);
  const Group o = cv_.object(v, 2);
  if (s.empty() || s.generic || o.empty() || o.last != t.first || !people_only(s) || !people_only(o)) return;
  const std::uint32_t end = cv_.clause_end(t.last);
  const std::string status = cv_.status(s.last, verb.first, false);
  const Date date = date_for(std::min(s.first, verb.first), end, verb.first);
  meeting_between(s, o, status, date, "", -1);
  // ("for a four-way meeting", "for talks among the four")
  const std::size_t n = s.entities.size() + o.entities.size();
  for (std::uint32_t k = t.last; k + 1 < end && k < t.last + 4; ++k) {
    const std::string_view w = key(k).view();
    const bool of_all = (n == 3 && w.starts_with("three-")) || (n == 4 && w.starts_with("four-")) ||
                        (n == 5 && w.starts_with("five-"));
    if (!of_all) continue;
    meeting_among(s.entities, status, date, "", -1, 0.75);
    meeting_among(o.entities, status, date, "", -1, 0.75);
    break;
  }
  last_subject_ = s;
  remember(s, verb);
}

// "Clinton stands between Rabin and Arafat on the South Lawn of the White House", "Kallas stands
// between al-Shaibani and Safadi for the family photo": the three are together, and each pair met
// (where the clause places them, a gathering they attended).
void Frames::stand_between(const Trigger& t) {
  const Group s = subject_of(t);
  const Mention* m = cv_.mention_at(t.last);
  if (s.empty() || s.generic || m == nullptr || m->first != t.last || m->kind != MKind::kPerson || m->entity < 0) return;
  const Group o = cv_.group_from(static_cast<std::size_t>(m - si_.mentions.data()));
  if (o.entities.size() != 2) return;
  std::vector<int> who = s.entities;
  for (const int x : o.entities) {
    if (std::find(who.begin(), who.end(), x) == who.end()) who.push_back(x);
  }
  for (const int x : who) {
    if (ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv) return;
  }
  const std::uint32_t end = cv_.clause_end(o.last);
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  std::string place;
  const int ev = status == edge_status::kReported ? meeting_event("meeting", o.last, end, date, &place) : -1;
  meeting_among(who, status, date, place, ev, 0.7);
  if (ev >= 0) {
    for (const int x : who) add("attended", x, -1, ev, "", status, date, "", -1, 0.7);
  }
  last_subject_ = s;
  remember(s, t);
}

// "Xi, Samia and Hichilema watched together as officials signed", "The two presidents looked on as
// ministers signed agreements": people watching one thing side by side are together, and each pair
// met (two or more people named; what they watched is the next clause's).
void Frames::looked_on_together(const Trigger& t) {
  const Group s = subject_of(t);
  if (s.empty() || s.generic || s.entities.size() < 2) return;
  for (const int x : s.entities) {
    if (ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv) return;
  }
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
  meeting_among(s.entities, status, date, "", -1, 0.65);
  last_subject_ = s;
  remember(s, t);
}

// "In the afternoon Blinken is in Cairo with President Abdel Fattah al-Sisi": someone said to be
// at a place with someone the text names met them there (not "was in Cairo with his wife", nor "is
// in talks with", which is no place).
void Frames::in_place_with(const Trigger& t) {
  const Mention* pl = cv_.mention_at(t.last);  // (t spans "is in")
  if (pl == nullptr || pl->first != t.last || !names_a_place(*pl) || pl->possessive) return;
  std::uint32_t w = pl->last;
  while (w < L() && w < pl->last + 3 && ctx_.tokens[w].is(kWord) && ctx_.tokens[w].is(kCapital)) ++w;  // "Palace"
  if (w + 1 >= L() || key(w) != "with"sv) return;
  const Group s = subject_of(t);
  if (s.empty() || s.generic) return;
  const Group o = cv_.object(w + 1, 6);
  if (o.empty() || o.generic || !people_only(s) || !people_only(o)) return;
  const std::uint32_t end = cv_.clause_end(t.last);
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  std::string place;
  const int ev = event_at(*pl, "meeting", date, &place);
  for (const int a : s.entities) {
    for (const int b : o.entities) {
      if (a != b) add("met", a, b, -1, "", status, date, place, ev, 0.75);
    }
  }
  if (ev >= 0 && status == edge_status::kReported) {
    for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.7);
    for (const int b : o.entities) add("attended", b, -1, ev, "", status, date, "", -1, 0.7);
  }
  last_subject_ = s;
  remember(s, t);
}

std::uint32_t Frames::frame_info(std::string_view frame) const {
  const auto& all = ctx_.lex->triggers();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i].frame == frame) return static_cast<std::uint32_t>(i);
  }
  return 0;
}

bool Frames::has_frame(std::string_view frame) const {
  const auto& all = ctx_.lex->triggers();
  return std::any_of(all.begin(), all.end(), [&](const TriggerInfo& i) { return i.frame == frame; });
}

bool Frames::people_only(const Group& g) const {
  return std::all_of(g.entities.begin(), g.entities.end(),
                     [&](int x) { return ctx_.entities[static_cast<std::size_t>(x)].type == "person"sv; });
}

// "Kamala Harris and Antony Blinken gave a state luncheon for him at the State Department", "the
// king held an official welcome for Xi at the Istana Negara": the hosts met the one it was for.
void Frames::meal_for(std::uint32_t for_at) {
  std::uint32_t v = for_at;
  while (v > F() && !hosting_verb(key(v - 1))) --v;
  if (v == F()) return;
  const Trigger t{v - 1, v, frame_info("meet")};
  const Group s = subject_of(t);
  if (s.empty() || s.generic) return;
  const Group who = cv_.object(for_at + 1, 1);
  if (who.empty() || who.generic || !people_only(s) || !people_only(who)) return;
  const std::uint32_t end = cv_.clause_end(for_at);
  const std::string status = cv_.status(s.last, t.first, false);
  // (dated from after "for": the meal or welcome noun may be a trigger of its own before the date)
  const Date date = date_for(std::min(s.first, t.first), end, for_at);
  // (a meal is a meeting where it was held, not a gathering of its own: see Frames::meet)
  std::string place, pkey;
  if (const Mention* pl = cv_.place_between(who.last, end)) place_of(*pl, &place, &pkey);
  meeting_between(s, who, status, date, place, -1);
  // ("Varadkar hosted a banquet for Biden at Dublin Castle": a banquet or a state dinner is a
  // gathering of its own, which its hosts chaired and the one it was for attended)
  for (std::uint32_t i = for_at; i > v && i + 5 > for_at; --i) {
    Mention* evm = cv_.mention_starting(i - 1);
    if (evm == nullptr || evm->kind != MKind::kEvent || evm->last != for_at) continue;
    int ev = event_in_clause(*evm);
    // ("That evening Castro hosted a state dinner for Obama in the same palace": a meal newly
    // spoken of on a day the clause tells is a gathering of its own, where the place last named
    // stands when "the same" one is said)
    if (ev < 0 && evm->ev_kind == "ceremony"sv && evm->ev_indefinite && date.full()) {
      std::string at = place, at_key = pkey;
      if (at.empty()) same_place(for_at, end, &at, &at_key);
      ev = meal_gathering(*evm, at, at_key, date);
    }
    if (ev >= 0) {
      chaired_and_attended(s, t, ev, status, date, 0.7);
      for (const int x : who.entities) add("attended", x, -1, ev, "", status, date, "", -1, 0.7);
    }
  }
  last_subject_ = s;
}

// "in the same palace", "at the same venue" between from and end: the place of the latest gathering
// that has one.
void Frames::same_place(std::uint32_t from, std::uint32_t end, std::string* place, std::string* place_key) const {
  for (std::uint32_t i = from; i + 2 < end; ++i) {
    if (key(i) != "the"sv || key(i + 1) != "same"sv) continue;
    static const WordSet kPlaces = {"palace", "venue", "hall", "building", "hotel", "room", "place", "castle", "residence"};
    if (kPlaces.count(key(i + 2).view()) == 0) return;
    for (auto e = ctx_.events.rbegin(); e != ctx_.events.rend(); ++e) {
      if (e->place.empty()) continue;
      *place = e->place;
      *place_key = e->place_key;
      return;
    }
    return;
  }
}

// "His main meeting was with the Speaker of Parliament, Nabih Berri": the owner of the meeting
// (the person "his" stands for) met the one it was with.
void Frames::meeting_was_with(std::uint32_t with_at) {
  std::uint32_t o = with_at - 2;  // the noun "meeting" or "talks"
  while (o > F() && key(o - 1) != "his"sv && key(o - 1) != "her"sv && key(o - 1) != "'s"sv) --o;
  if (o == F()) return;
  const Mention* owner = cv_.mention_at(key(o - 1) == "'s"sv ? o - 2 : o - 1);
  if (owner == nullptr || owner->entity < 0 ||
      ctx_.entities[static_cast<std::size_t>(owner->entity)].type != "person"sv) {
    return;
  }
  const Group who = cv_.object(with_at + 1, 6);
  if (who.empty() || who.generic || !people_only(who)) return;
  Group s;
  s.entities.push_back(owner->entity);
  s.first = owner->first;
  s.last = owner->last;
  const std::uint32_t end = cv_.clause_end(with_at);
  const std::string status = cv_.status(0, with_at - 1, false);
  const Date date = date_for(F(), end, with_at);
  std::string place, pkey;
  if (const Mention* pl = cv_.place_between(who.last, end)) place_of(*pl, &place, &pkey);
  meeting_between(s, who, status, date, place, -1);
}

// "Prime Minister Pham Minh Chinh accompanied him to Noi Bai airport", "the king saw him off":
// one who went with someone named somewhere, or saw them off, met them (not "was accompanied by",
// the frame of those at a leader's side).
void Frames::escorted(const Trigger& t) {
  if (t.last < L() && key(t.last) == "by"sv) return;
  if (t.first > F()) {
    const TokenKey p = key(t.first - 1);
    if (p == "was"sv || p == "were"sv || p == "is"sv || p == "are"sv || p == "been"sv || p == "be"sv) return;
  }
  const Group s = subject_of(t);
  if (s.empty() || s.generic) return;
  const Group o = cv_.object(t.last, 1);
  if (o.empty() || o.generic || !people_only(s) || !people_only(o)) return;
  // (a compatriot who went with a leader is of the leader's party, no one they met: "the French
  // interior minister, who accompanied the President")
  if (s.entities.size() == 1 && o.entities.size() == 1) {
    const std::string a = country_code_of(ctx_, s.entities.front());
    if (!a.empty() && a == country_code_of(ctx_, o.entities.front())) return;
  }
  // (to a place, on a way, or the end of the clause: not "accompanied him in his bid for office")
  const TokenKey next = o.last < L() ? key(o.last) : TokenKey();
  if (!(o.last >= L() || next == "to"sv || next == "on"sv || next == "at"sv || next == ","sv || next == "."sv ||
        next == "off"sv || next == "as"sv || next == "into"sv || next == "through"sv)) {
    return;
  }
  const std::uint32_t end = cv_.clause_end(t.last);
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  std::string place, pkey;
  if (const Mention* pl = cv_.place_between(o.last, end)) place_of(*pl, &place, &pkey);
  meeting_between(s, o, status, date, place, -1);
  last_subject_ = s;
  remember(s, t);
}

// Where a clause with a subject of its own opens after "and" from token `from` on: "..., and on
// Thursday he left", ", and Xi then flew"; the sentence's end when none does.
std::uint32_t Frames::own_clause_after_and(std::uint32_t from) const {
  for (std::uint32_t i = from; i + 2 < L(); ++i) {
    if (key(i) != "and"sv || key(i - 1) != ","sv) continue;
    std::uint32_t j = i + 1;
    // over a time: "on Thursday", "later that day", "then"
    if (const auto d = std::find_if(si_.dates.begin(), si_.dates.end(), [&](const DateMention& dm) {
          return dm.first == j || (dm.first == j + 1 && (key(j) == "on"sv || key(j) == "in"sv));
        });
        d != si_.dates.end()) {
      j = d->last;
      if (j < L() && key(j) == ","sv) ++j;
    } else if (key(j) == "then"sv || key(j) == "later"sv) {
      ++j;
    }
    const Mention* m = j < L() ? cv_.mention_at(j) : nullptr;
    if (m == nullptr || m->first != j || m->possessive) continue;
    const bool subject_pronoun = m->kind == MKind::kPronoun && (m->pronoun == "he"sv || m->pronoun == "she"sv ||
                                                                m->pronoun == "they"sv);
    const bool actor_then_verb = cv_.is_actor(*m) && m->kind != MKind::kPronoun && m->last < L() &&
                                 ctx_.tokens[m->last].is(kWord) && !ctx_.tokens[m->last].is(kCapital) &&
                                 key(m->last) != "and"sv && key(m->last) != "of"sv && key(m->last) != "or"sv;
    if (subject_pronoun || actor_then_verb) return i - 1;
  }
  return L();
}

// "flew to Moscow on Monday to meet Putin", "came back to the Elysee to join Macron": the verb of the
// journey an infinitive at `first` is the purpose of, whose time and status are the infinitive's;
// `first` itself when there is none.
std::uint32_t Frames::journey_for(std::uint32_t first) const {
  if (first <= F() + 2 || key(first - 1) != "to"sv) return first;
  for (std::uint32_t j = first - 1; j > cv_.clause_start(first) && j + 12 > first; --j) {
    if (key(j - 1) == "and"sv || si_.cue_at[j - 1 - F()] >= 0) break;  // ("arrived and was due to hold talks")
    if (journey_verb(key(j - 1))) return j - 1;
  }
  return first;
}

}  // namespace evkg::detail
