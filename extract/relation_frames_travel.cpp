// Relation frames: a journey for talks or for an event ("travelled to Kyiv for talks with Y", "flew
// to Brussels for an EU summit", "was in Tirana for a summit").

#include <algorithm>
#include <string>
#include <string_view>

#include "core/fold.hpp"
#include "extract/event_mentions.hpp"
#include "extract/relation_frames_internal.hpp"
#include "extract/word_set.hpp"

namespace evkg::detail {

using namespace std::string_view_literals;  // "the"sv: comparisons check the length first

bool journey_verb(TokenKey k) {
  static const WordSet kVerbs = {"travelled", "traveled", "flew", "flown", "flies", "travels", "went", "goes", "came",
                                 "arrived", "arrives", "headed", "heads", "returned", "returns", "journeyed", "drove",
                                 "moved", "stopped", "landed", "crossed", "sailed", "rode", "hurried", "rushed", "dashed"};
  return kVerbs.count(k.view()) != 0;
}

// "X travelled to Kyiv for talks with Y", "flew to Washington on Monday for a meeting with Y": a
// journey whose purpose was the meeting, told in the past tense; the place is the destination.
// Without "with" ("flew to Brussels for an EU summit", "was in Tirana for a summit of the EPC"):
// the traveller attended the event.
bool Frames::travel_for_talks(const Trigger& t, const std::string& kind, std::uint32_t end) {
  // ("for talks and a working dinner with Macron": the partner named after a second noun)
  std::uint32_t with_at = t.last;
  if (with_at + 2 < L() && key(with_at) == "and"sv) {
    std::uint32_t k = with_at + 1;
    while (k < L() && k < with_at + 5 && ctx_.tokens[k].is(kWord) && !ctx_.tokens[k].is(kCapital) && key(k) != "with"sv &&
           cv_.mention_at(k) == nullptr) {
      ++k;
    }
    if (k < L() && key(k) == "with"sv && k > with_at + 1 && (meal_noun(key(k - 1)) || key(k - 1) == "meeting"sv)) {
      with_at = k;
    }
  }
  const bool with = with_at < L() && key(with_at) == "with"sv;
  Mention* em = cv_.mention_starting(t.first);
  if (em == nullptr || em->kind != MKind::kEvent) {
    const Mention* in = cv_.mention_at(t.first);
    em = in != nullptr && in->kind == MKind::kEvent ? &si_.mentions[static_cast<std::size_t>(in - si_.mentions.data())]
                                                    : nullptr;
  }
  std::uint32_t v = em != nullptr ? em->first : t.first;
  // "for a larger session", "for fresh talks", "for the eighth trilateral business summit": up to
  // three adjectives after "for" and its determiner
  {
    std::uint32_t a = v;
    for (int n = 0; n < 3 && a > F() + 1 && ctx_.tokens[a - 1].is(kWord) && !ctx_.tokens[a - 1].is(kCapital) &&
                    !determiner(key(a - 1)) && key(a - 1) != "for"sv;
         ++n) {
      --a;
    }
    std::uint32_t d = a;
    while (d > F() && determiner(key(d - 1))) --d;
    if (a < v && d > F() && key(d - 1) == "for"sv) v = a;
  }
  while (v > F() && determiner(key(v - 1))) --v;
  if (v == F() || key(v - 1) != "for"sv) return false;
  auto journey = [&](std::uint32_t at) {
    if (journey_verb(key(at))) return true;
    // "was taken to the Great Hall for a meeting with", "were driven to the palace for talks"
    const TokenKey k = key(at);
    if ((k == "taken"sv || k == "driven"sv || k == "escorted"sv || k == "flown"sv || k == "brought"sv ||
         k == "ushered"sv || k == "whisked"sv || k == "led"sv) &&
        at > F() && (key(at - 1) == "was"sv || key(at - 1) == "were"sv)) {
      return true;
    }
    // "was in Tirana for a summit", "were in Brussels for talks with"
    return (key(at) == "was"sv || key(at) == "were"sv) && at + 1 < v &&
           (key(at + 1) == "in"sv || key(at + 1) == "at"sv);
  };
  std::uint32_t u = v - 1;
  // (over the commas of a date: "landed in Tokyo on Friday, August 29, for the annual summit")
  for (int steps = 0; u > F() && steps < 12 && !journey(u - 1); ++steps) {
    const bool date_comma = key(u - 1) == ","sv && ((u >= F() + 2 && in_date(u - 2)) || in_date(u));
    if (cv_.boundary(u - 1) || (key(u - 1) == ","sv && !date_comma)) return false;
    --u;
  }
  if (u == F() || !journey(u - 1)) return false;
  const std::uint32_t verb_at = u - 1;
  Trigger verb{verb_at, verb_at + 1, t.info};
  Group s = subject_of(verb);
  Group o = with ? cv_.object(with_at + 1, 3) : Group{};
  if (s.empty() || (with && o.empty())) return false;
  const std::string status = cv_.status(s.last, verb_at, false);
  const Date date = date_for(std::min(s.first, verb_at), end, verb_at);
  // the destination: "to Kyiv", "to the White House", "in Paris"
  std::string place, pkey;
  for (std::uint32_t i = verb_at + 1; i < v && place.empty(); ++i) {
    const Mention* m = cv_.mention_at(i);
    if (m == nullptr || m->first != i) continue;
    const TokenKey before = key(i - 1) == "the"sv ? key(i - 2) : key(i - 1);
    if (before != "to"sv && before != "in"sv) continue;
    if (m->kind == MKind::kPlace || m->kind == MKind::kCountry) {
      place = !m->place.empty() ? m->place
              : m->entity >= 0  ? ctx_.entities[static_cast<std::size_t>(m->entity)].label
                                : "";
      pkey = !m->place_key.empty() ? m->place_key : name_key(place);
    }
  }
  int ev = -1;
  if (status == edge_status::kReported) {
    if (!with && em != nullptr) ev = event_in_clause(*em);
    if (ev >= 0 && !pkey.empty() && !ctx_.events[static_cast<std::size_t>(ev)].place_key.empty() &&
        ctx_.events[static_cast<std::size_t>(ev)].place_key != pkey) {
      // an event elsewhere than the destination is another one ("was in Tirana for a summit" in
      // an article about talks in Istanbul)
      ev = register_event(ctx_, kind, place, pkey, em != nullptr ? em->ev_group : std::string(), date);
    }
    if (ev >= 0) {
      // the event named takes the destination and the date of the journey when it has none
      auto& e = ctx_.events[static_cast<std::size_t>(ev)];
      if (e.place_key.empty() && !place.empty()) {
        e.place = place;
        e.place_key = pkey;
      }
      if (e.date.empty() && date.full()) e.date = date;
    }
    if (ev < 0 && !place.empty()) ev = register_event(ctx_, kind, place, pkey, "", date);
    // "moved with him to the East Room for a larger session with A and B": no new destination
    // place, and the travellers are already at the event being spoken of: the session is part of it
    if (ev < 0 && with && place.empty() && ctx_.salient_event >= 0 && all_at_event(s, ctx_.salient_event)) {
      ev = ctx_.salient_event;
    }
  }
  if (with) {
    meeting_between(s, o, status, date, place, ev);
  } else if (ev >= 0) {
    for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.75);
  }
  remember(s, verb);
  return true;
}

// "Zelensky flew in on Thursday", "Meloni arrived on Wednesday", "arrived in Apulia on Thursday",
// "have arrived in the square" in a text about a summit, conference or ceremony: the arrival is at
// that gathering (where it is held, when a
// place is said). An arrival for something is travel_for_talks's; one at something is attend's.
void Frames::arrive(const Trigger& t) {
  // ("went to the summit", "moved on to the CICA summit": a plain verb of going, or the next leg of
  // a journey, only to a gathering it names; not "before he went to prison", "flew on to Paris")
  const TokenKey v = key(t.first);
  // ("Macron and his wife walk in.", "walk in together": coming in, not "walked in the park")
  if (v.starts_with("walk") && t.last < L() && ctx_.tokens[t.last].is(kWord) && key(t.last) != "together"sv &&
      key(t.last) != "with"sv && key(t.last) != "side"sv) {
    return;
  }
  if (arrive_for_ceremony(t)) return;
  const bool on_to = t.first + 1 < t.last && key(t.first + 1) == "on"sv;  // ("flew on to Paris": the next leg)
  if ((v == "went"sv || v == "goes"sv || v == "headed"sv || v == "moved"sv || on_to) && cv_.event_after(t.last, 4) == nullptr) {
    return;
  }
  const int ev = ctx_.salient_event >= 0 ? main_event() : -1;
  if (ev < 0) {
    // ("Obama arrived on Sunday with his wife and daughters. The foreign minister greeted the
    // family": the one who arrived is the one the text is about, at no gathering yet)
    if (const Group s = subject_of(t); !s.empty() && !s.generic && people_only(s) &&
                                       cv_.status(s.last, t.first, false) == edge_status::kReported) {
      last_subject_ = s;  // (for the sentences after; no predicate of this one shares it)
    }
    return;
  }
  const auto& e = ctx_.events[static_cast<std::size_t>(ev)];
  if (!many_gathering(e) && e.kind != "ceremony"sv) return;
  // not in a clause about the subject ("Trump, who flew in on Tuesday, attended the session"): the
  // main clause says what they did there, and when
  if (t.first > F() && (key(t.first - 1) == "who"sv || key(t.first - 1) == "having"sv)) return;
  if (t.first > F() + 1 && key(t.first - 2) == "who"sv) return;
  // (nor in a quotation: "What he came for was ...")
  if (si_.in_quote[t.first - F()]) return;
  // "Bush and Gorbachev came to Malta", "flew to Helsinki": only to where the gathering is held, or
  // to its country when the lexicon places it in no other
  if (key(t.last - 1) == "to"sv) {
    const Mention* to = t.last < L() ? cv_.mention_at(t.last) : nullptr;
    if (to == nullptr || to->first != t.last || e.place_key.empty()) return;
    bool there = !to->place_key.empty() && to->place_key == e.place_key;
    if (!there && to->kind == MKind::kCountry && to->entity >= 0) {
      const auto& c = ctx_.entities[static_cast<std::size_t>(to->entity)];
      const auto place_country = ctx_.lex->country_of_city(e.place_key);
      there = c.lex >= 0 && (!place_country || static_cast<int>(*place_country) == c.lex);
    }
    if (!there) return;
  } else if (t.last < L()) {
    const TokenKey next = key(t.last);
    if (next == "for"sv || next == "at"sv || next == "to"sv || (next == "with"sv && people_with(t.last).empty()) ||
        next == "back"sv || next == "home"sv || next == "late"sv) {
      return;
    }
    // ("landed on Monday", "landed in Luanda", not "landed a contract" or "landed in trouble")
    if (key(t.first).starts_with("land") && next != "in"sv && next != "on"sv && next != "with"sv && !in_date(t.last) &&
        !ctx_.tokens[t.last].is(kPunct)) {
      return;
    }
    if (next == "in"sv) {  // only where the gathering is held, or at its venue ("in the square")
      static const WordSet kVenues = {
          "square", "hall", "venue", "palace", "basilica", "cathedral", "stadium", "chamber", "building",
          "auditorium", "arena", "plaza", "courtyard", "room"};
      const bool venue = t.last + 2 < L() && key(t.last + 1) == "the"sv && kVenues.count(key(t.last + 2).view()) != 0;
      const Mention* pl = cv_.mention_at(t.last + 1);
      if (!venue && (pl == nullptr || pl->first != t.last + 1 || pl->place_key.empty() || pl->place_key != e.place_key)) {
        return;
      }
    }
  }
  // "flew in on Saturday for a meeting of the NATO-Russia Council": an arrival for a gathering
  // named later in the clause is at that one (travel_for_talks)
  const std::uint32_t end = cv_.clause_end(t.last);
  for (std::uint32_t k = t.last; k + 1 < end; ++k) {
    if (key(k) == "for"sv && cv_.event_after(k + 1, 4) != nullptr) return;
  }
  Group s = subject_of(t);
  if (s.empty() || s.generic) return;
  for (const int x : s.entities) {
    if (ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv) return;
  }
  const std::string status = cv_.status(s.last, t.first, false);
  if (status != edge_status::kReported) return;
  // (an arrival the day before a gathering is no attendance on that day)
  Date date = date_for(std::min(s.first, t.first), end, t.first);
  // (nor is one days before it: "flew on to Paris" ten days before a conference there)
  if (e.date.full() && date.full() && surely_after(e.date, date) && distance_days(e.date, date) > 3) return;
  if (e.date.full() && date.full() && date < e.date) date = e.date;
  for (const int x : s.entities) add("attended", x, -1, ev, "", status, date, "", -1, 0.7);
  // "landed on Monday morning with his foreign minister, Ronald Lamola": who came with them
  for (std::uint32_t k = t.last; k < end; ++k) {
    if (key(k) != "with"sv) continue;
    for (const int x : people_with(k)) add("attended", x, -1, ev, "", status, date, "", -1, 0.7);
    break;
  }
  last_subject_ = s;
  remember(s, t);
}

// "went to St George's Hall for the state banquet", "led the way into the hall for the state
// banquet, followed by the Queen and Melania Trump": a journey for a ceremony (a noun no trigger of
// meeting reads) attends it, where the journey went; so do those who followed. Returns whether the
// trigger was read so.
bool Frames::arrive_for_ceremony(const Trigger& t) {
  const std::uint32_t end = cv_.clause_end(t.last);
  std::uint32_t for_at = t.last;
  while (for_at + 1 < end && for_at < t.last + 10 && key(for_at) != "for"sv) ++for_at;
  if (for_at + 1 >= end || key(for_at) != "for"sv) return false;
  Mention* em = cv_.event_after(for_at + 1, 4);
  if (em == nullptr || em->ev_kind != "ceremony"sv) return false;
  const Group s = subject_of(t);
  if (s.empty() || s.generic || !people_only(s)) return false;
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  const int ev = event_in_clause(*em);
  if (ev < 0) return false;
  auto& e = ctx_.events[static_cast<std::size_t>(ev)];
  if (const Mention* pl = cv_.place_between(t.last, for_at); pl != nullptr && e.place_key.empty()) {
    place_of(*pl, &e.place, &e.place_key);
  }
  if (e.date.empty() && date.full() && status == edge_status::kReported) e.date = date;
  std::vector<int> who = s.entities;
  // (", followed by the Queen and Melania Trump")
  for (std::uint32_t k = em->last; k + 2 < L() && k < em->last + 3; ++k) {
    if (key(k) != "followed"sv || key(k + 1) != "by"sv) continue;
    for (const int x : people_listed(k + 2, cv_.clause_end(k + 2))) {
      if (std::find(who.begin(), who.end(), x) == who.end()) who.push_back(x);
    }
    break;
  }
  for (const int a : who) add("attended", a, -1, ev, "", status, date, "", -1, 0.75);
  last_subject_ = s;
  remember(s, t);
  return true;
}

// The people named after "with" at `with` ("with his foreign minister, Ronald Lamola", "with
// Rubio and Witkoff"); empty when anything else comes with them ("with a message for Putin").
std::vector<int> Frames::people_with(std::uint32_t with) const {
  if (with + 1 >= L() || key(with) != "with"sv) return {};
  // (the clause reader takes "his foreign minister, Ronald Lamola" for Lamola)
  const Group g = cv_.object(with + 1, 2);
  if (g.empty() || g.generic) return {};
  for (const int x : g.entities) {
    if (ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv) return {};
  }
  return g.entities;
}

// "He flew to Israel the same afternoon and, that evening, held talks with Dermer": the destination
// of a journey the same subject made earlier in the sentence, joined to the predicate at `at` by
// "and"; nullptr when there is none.
const Mention* Frames::journey_place_before(std::uint32_t at) const {
  const Mention* found = nullptr;
  bool joined = false;
  for (std::uint32_t i = F(); i < at; ++i) {
    if (found != nullptr) {
      joined = joined || key(i) == "and"sv;
      if (key(i) == ";"sv || key(i) == "but"sv || key(i) == "where"sv || key(i) == "who"sv) return nullptr;
      if (const Mention* m = cv_.mention_at(i); m != nullptr && m->first == i) {
        // (another place, or another subject after "and": "went to Kyiv, and Macron met him")
        if (names_a_place(*m) || (joined && (cv_.is_actor(*m) || m->kind == MKind::kPronoun))) return nullptr;
      }
      continue;
    }
    if (!journey_verb(key(i))) continue;
    std::uint32_t p = i + 1;
    if (p < at && (key(p) == "on"sv || key(p) == "back"sv)) ++p;
    if (p + 1 >= at || (key(p) != "to"sv && key(p) != "in"sv)) continue;
    const std::uint32_t q = key(p + 1) == "the"sv ? p + 2 : p + 1;
    const Mention* m = q < at ? cv_.mention_at(q) : nullptr;
    if (m != nullptr && m->first == q && !m->possessive && names_a_place(*m)) {
      found = m;
      i = m->last - 1;
    }
  }
  return joined ? found : nullptr;
}

}  // namespace evkg::detail

