// Relation frames: meeting nouns ("a meeting between X and Y", "X and Y held talks", "X's meetings
// with Y in P on D and with Z"); a journey for talks is relation_frames_travel.cpp's.

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include "extract/relation_frames_internal.hpp"
#include "extract/word_set.hpp"

namespace evkg::detail {

using namespace std::string_view_literals;  // "the"sv: comparisons check the length first

// "Meeting in a hotel suite with Stoltenberg for four hours, Erdogan, Niinisto and Andersson signed
// a memorandum": a participle opening the sentence; the subject after its comma met those "with".
bool Frames::opening_participle_meeting(const Trigger& t) {
  std::uint32_t w = F();
  while (w < t.first && !ctx_.tokens[w].is(kWord)) ++w;
  if (w != t.first || key(t.first) != "meeting"sv) return false;
  std::uint32_t with = t.last;
  while (with < L() && with < t.last + 10 && key(with) != "with"sv && key(with) != ","sv) ++with;
  if (with >= L() || key(with) != "with"sv) return false;
  const Group o = cv_.object(with + 1, 1);
  std::uint32_t comma = 0;
  const Group s = group_after_comma(o.empty() ? with : o.last, with + 16, &comma);
  if (s.empty()) return false;
  const std::uint32_t end = cv_.clause_end(s.last);
  const std::string status = cv_.status(s.last, s.last, false);
  const Date date = date_for(F(), end, s.last);
  for (std::size_t a = 0; a < s.entities.size(); ++a) {
    for (const int b : o.entities) add("met", s.entities[a], b, -1, "", status, date, "", -1, 0.75);
    for (std::size_t b = a + 1; b < s.entities.size(); ++b) {
      add("met", s.entities[a], s.entities[b], -1, "", status, date, "", -1, 0.7);
    }
  }
  last_subject_ = s;
  return true;
}

// "a meeting in a Vilnius hotel with Stoltenberg", "talks at the Elysee between A and B": past the
// place said before the partners, to "with" or "between"; else `at` itself.
std::uint32_t Frames::place_before_partner(std::uint32_t at, std::uint32_t end) const {
  if (at + 2 >= end || (key(at) != "in"sv && key(at) != "at"sv)) return at;
  std::uint32_t w = at + 1;
  if (key(w) == "the"sv || key(w) == "a"sv) ++w;
  const Mention* pm = cv_.mention_at(w);
  if (pm == nullptr || pm->first != w || !names_a_place(*pm)) return at;
  w = pm->last;
  static const WordSet kRooms = {"hotel", "palace", "residence", "embassy", "villa", "suite", "office", "castle",
                                 "building", "hall", "centre", "center"};
  while (w < end && w < pm->last + 2 && ctx_.tokens[w].is(kWord) &&
         (ctx_.tokens[w].is(kCapital) || kRooms.count(key(w).view()) != 0)) {
    ++w;
  }
  return w < end && (key(w) == "with"sv || key(w) == "between"sv) ? w : at;
}

// "were held in Kazan between", "took place on Tuesday between", "was held yesterday at the Kremlin
// between": from the predicate after a meeting noun at `at`, past its place and day, to "between";
// else `at` itself.
std::uint32_t Frames::between_after_held(std::uint32_t at, std::uint32_t end) const {
  std::uint32_t w = at;
  if (w + 2 < end && (key(w) == "was"sv || key(w) == "were"sv) &&
      (key(w + 1) == "held"sv || key(w + 1) == "conducted"sv || key(w + 1) == "organised"sv ||
       key(w + 1) == "organized"sv)) {
    w += 2;
  } else if (w + 2 < end && key(w) == "took"sv && key(w + 1) == "place"sv) {
    w += 2;
  } else {
    return at;
  }
  for (int hops = 0; hops < 3 && w < end && key(w) != "between"sv; ++hops) {
    if (key(w) == "yesterday"sv || key(w) == "today"sv) {
      ++w;
      continue;
    }
    if (const auto d = std::find_if(si_.dates.begin(), si_.dates.end(),
                                    [&](const DateMention& dm) { return dm.first == w || dm.first == w + 1; });
        d != si_.dates.end() && (d->first == w || key(w) == "on"sv)) {
      w = d->last;
      continue;
    }
    // (a place: "in Kazan", "at the Governor's Palace", "in the city of Kazan")
    if (w + 1 < end && (key(w) == "in"sv || key(w) == "at"sv)) {
      std::uint32_t p = w + 1;
      if (key(p) == "the"sv || key(p) == "a"sv) ++p;
      if (p + 2 < end && key(p) == "city"sv && key(p + 1) == "of"sv) p += 2;
      const Mention* pm = cv_.mention_at(p);
      if (pm != nullptr && pm->first == p && names_a_place(*pm)) {
        w = pm->last;
        continue;
      }
    }
    break;
  }
  return w < end && key(w) == "between"sv ? w : at;
}

void Frames::meeting_noun(const Trigger& t) {
  if (opening_participle_meeting(t)) return;
  if (verb_use(t) && key(t.first) == "meeting"sv) return;  // handled as the verb
  const std::uint32_t end = cv_.clause_end(t.last);
  std::uint32_t after = place_before_partner(t.last, end);
  // "Talks were held in Kazan between A and B", "a meeting took place on Tuesday between A and B":
  // a readout's passive, past its place and day
  if (after == t.last) after = between_after_held(t.last, end);
  const std::string status = cv_.noun_status(t.first);
  const std::string kind = key(t.first).starts_with("summit") ? "summit"
                           : key(t.first) == "talks"sv || key(t.first) == "negotiations"sv ? "talks"
                                                              : "meeting";
  // "a meeting between X and Y"
  Group between;
  if (after < L() && key(after) == "between"sv) {
    between = cv_.object(after + 1, 2);
    // "talks between the five men": the group the text just named, of that size
    if (between.entities.size() < 2) between = counted_group_at(after + 1);
  }
  // (else, "the annual summit between the two countries" with no pair named: what the clause says
  // of it, "landed in Tokyo for ...")
  if (between.entities.size() >= 2) {
    const Group& g = between;
    const std::string status_b = phrase_predicate_status(g.last, end, status);
    const Date date = date_for(t.first, end, t.first);
    std::string place;
    // (placed by the phrase's own clause: not by "since they first met in Slovenia" after a comma)
    std::uint32_t place_end = g.last;
    while (place_end < end && key(place_end) != ","sv && key(place_end) != "since"sv && key(place_end) != "after"sv &&
           key(place_end) != "before"sv && key(place_end) != "when"sv && key(place_end) != "while"sv) {
      ++place_end;
    }
    int ev = status_b == edge_status::kReported ? meeting_event(kind, g.last, place_end, date, &place) : -1;
    // "landed in Tokyo for the annual summit between the two countries": the phrase's own event,
    // placed by the journey, which both attended
    bool both_attended = false;
    if (ev < 0 && status_b == edge_status::kReported) {
      Mention* em = cv_.mention_starting(t.first);
      if (em == nullptr || em->kind != MKind::kEvent) {
        const Mention* in = cv_.mention_at(t.first);
        em = in != nullptr && in->kind == MKind::kEvent ? &si_.mentions[static_cast<std::size_t>(in - si_.mentions.data())]
                                                        : nullptr;
      }
      if (em != nullptr && !em->place_key.empty()) {
        ev = event_in_clause(*em);
        both_attended = ev >= 0;
        if (both_attended) place = ctx_.events[static_cast<std::size_t>(ev)].place;
      }
    }
    for (std::size_t a = 0; a < g.entities.size(); ++a) {
      for (std::size_t b = a + 1; b < g.entities.size(); ++b) {
        add("met", g.entities[a], g.entities[b], -1, "", status_b, date, place, ev, 0.7);
      }
      if (both_attended) add("attended", g.entities[a], -1, ev, "", status_b, date, "", -1, 0.7);
    }
    // (the pair is the group spoken of next: "Talks took place between A and B. The two presidents
    // last met in 2023")
    if (status_b == edge_status::kReported) last_subject_ = g;
    return;
  }
  // "King Charles III talks with Fiame at the opening ceremony": "talks" as the verb of a caption
  if (key(t.first) == "talks"sv && t.first > F() && t.last < L() && key(t.last) == "with"sv) {
    const Mention* before = cv_.mention_at(t.first - 1);
    if (before != nullptr && before->kind == MKind::kPerson && !before->possessive) {
      speak_with(Trigger{t.first, t.last + 1, t.info});
      return;
    }
  }
  // "Zelenskyy opened the day with a string of bilateral meetings: with Trudeau, ...; with Scholz;
  // and with Rutte": the clause's subject met each one the parts after the colon open with
  if (t.last + 1 < L() && key(t.last) == ":"sv && key(t.last + 1) == "with"sv) {
    const Group o = partners_after_colon(t.last);
    const Group s = o.empty() ? Group{} : subject_of(t);
    if (!s.empty() && !s.generic && people_only(s)) {
      const std::string st = cv_.status(s.last, t.first, false);
      meeting_between(s, o, st, date_for(s.first, t.last, t.first), "", -1);
      return;
    }
  }
  if (travel_for_talks(t, kind, end)) return;
  if (attended_at(t)) return;
  if (chair_apposition(t)) return;
  if (meeting_sequel(t, kind)) return;
  // "X and Y held a one-on-one meeting", "X held his first summit with Y": hold/have + noun
  {
    std::uint32_t v = t.first;
    int skipped = 0;
    // (over a body or place naming the meeting: "held a Quad meeting", "held a Paris summit")
    while (v > F() && skipped < 4 && cv_.mention_at(v - 1) != nullptr && cv_.mention_at(v - 1)->modifier &&
           cv_.mention_at(v - 1)->kind != MKind::kPerson) {
      v = cv_.mention_at(v - 1)->first;
      ++skipped;
    }
    // (over those whose meeting it is: "held a Foreign Ministers' meeting with")
    if (v > F() + 1 && key(v - 1) == "'"sv && cv_.mention_at(v - 2) != nullptr &&
        (cv_.mention_at(v - 2)->kind == MKind::kGeneric || cv_.mention_at(v - 2)->generic)) {
      v = cv_.mention_at(v - 2)->first;
      ++skipped;
    }
    const auto skip_modifiers = [&]() {
      while (v > F() && skipped < 6 &&
             (!cv_.mention_at(v - 1) || cv_.mention_at(v - 1)->kind == MKind::kPronoun ||
              cv_.mention_at(v - 1)->kind == MKind::kEvent) &&
             (determiner(key(v - 1)) || key(v - 1) == "first"sv || key(v - 1) == "brief"sv ||
              key(v - 1) == "one-on-one"sv || key(v - 1) == "bilateral"sv || key(v - 1) == "private"sv ||
              key(v - 1) == "long"sv || key(v - 1) == "second"sv || key(v - 1) == "face-to-face"sv ||
              key(v - 1) == "closed-door"sv || key(v - 1) == "rare"sv || key(v - 1) == "direct"sv ||
              key(v - 1) == "historic"sv || key(v - 1) == "lengthy"sv || key(v - 1) == "our"sv || key(v - 1) == "his"sv ||
              key(v - 1) == "her"sv || key(v - 1) == "their"sv || key(v - 1) == "landmark"sv ||
              key(v - 1) == "formal"sv || key(v - 1) == "informal"sv || key(v - 1) == "short"sv ||
              key(v - 1) == "separate"sv || key(v - 1) == "further"sv || key(v - 1) == "fresh"sv ||
              key(v - 1) == "trilateral"sv || key(v - 1) == "extensive"sv || key(v - 1) == "high-level"sv ||
              key(v - 1) == "emergency"sv || key(v - 1) == "strategic"sv || key(v - 1) == "annual"sv ||
              key(v - 1) == "regular"sv || key(v - 1) == "frank"sv || key(v - 1) == "cordial"sv ||
              key(v - 1) == "constructive"sv || key(v - 1) == "productive"sv || key(v - 1) == "in-person"sv ||
              key(v - 1) == "informal"sv || key(v - 1) == "two-day"sv || key(v - 1) == "side"sv ||
              key(v - 1) == "working"sv || key(v - 1) == "secret"sv || key(v - 1) == "surprise"sv ||
              key(v - 1) == "unscheduled"sv ||
              // ("broke off two days of talks", "after three rounds of talks")
              (key(v - 1) == "of"sv && v - 1 > F() &&
               (key(v - 2) == "days"sv || key(v - 2) == "hours"sv || key(v - 2) == "weeks"sv || key(v - 2) == "hour"sv ||
                key(v - 2) == "rounds"sv || key(v - 2) == "round"sv)) ||
              ((key(v - 1) == "days"sv || key(v - 1) == "hours"sv || key(v - 1) == "weeks"sv || key(v - 1) == "rounds"sv ||
                key(v - 1) == "round"sv || (key(v - 1) == "hour"sv && key(v - 2) == "an"sv)) && v - 1 > F() &&
               (ctx_.tokens[v - 2].is(kDigit) || key(v - 2) == "two"sv || key(v - 2) == "an"sv || key(v - 2) == "three"sv ||
                key(v - 2) == "four"sv || key(v - 2) == "several"sv ||
                // ("the first round of talks", "a new round of negotiations")
                ((key(v - 1) == "round"sv || key(v - 1) == "rounds"sv) &&
                 (key(v - 2) == "first"sv || key(v - 2) == "second"sv || key(v - 2) == "third"sv ||
                  key(v - 2) == "fourth"sv || key(v - 2) == "fifth"sv || key(v - 2) == "new"sv ||
                  key(v - 2) == "latest"sv || key(v - 2) == "final"sv || key(v - 2) == "another"sv)))) ||
              ((key(v - 1) == "two"sv || key(v - 1) == "three"sv || key(v - 1) == "four"sv || key(v - 1) == "several"sv ||
                ctx_.tokens[v - 1].is(kDigit)) && v < t.first && (key(v) == "days"sv || key(v) == "hours"sv ||
                                                                   key(v) == "weeks"sv || key(v) == "rounds"sv)) ||
              // ("more than two hours of talks", "nearly three hours of talks")
              (v < t.first && (ctx_.tokens[v].is(kDigit) || key(v) == "two"sv || key(v) == "three"sv ||
                               key(v) == "four"sv || key(v) == "an"sv) &&
               (key(v - 1) == "than"sv || key(v - 1) == "about"sv || key(v - 1) == "nearly"sv ||
                key(v - 1) == "almost"sv || key(v - 1) == "some"sv || key(v - 1) == "over"sv ||
                key(v - 1) == "around"sv || key(v - 1) == "roughly"sv)) ||
              (v < t.first && key(v) == "than"sv && (key(v - 1) == "more"sv || key(v - 1) == "less"sv)) ||
              (!ctx_.tokens[v - 1].is(kCapital) && key(v - 1).view().find('-') != std::string_view::npos &&
               ctx_.tokens[v - 1].is(kWord)) ||
              // ("the 24th Japan-EU summit": an ordinal, the parties of a format)
              (ctx_.tokens[v - 1].is(kDigit) &&
               (key(v - 1).ends_with("th") || key(v - 1).ends_with("st") || key(v - 1).ends_with("nd") ||
                key(v - 1).ends_with("rd"))) ||
              (ctx_.tokens[v - 1].is(kCapital) && ctx_.tokens[v - 1].is(kWord) &&
               key(v - 1).view().find('-') != std::string_view::npos && v < t.first + 1))) {
        --v;
        ++skipped;
      }
    };
    skip_modifiers();
    // ("held the first round of nuclear negotiations": a word of what they are about right before
    // the noun, for talks held only)
    if (v == t.first && v > F() + 1 && key(v - 1) != "held"sv && key(v - 1) != "hold"sv &&
        (cv_.mention_at(v - 1) == nullptr || cv_.mention_at(v - 1)->kind == MKind::kEvent) &&
        ctx_.tokens[v - 1].is(kWord) && !ctx_.tokens[v - 1].is(kCapital) && key(v - 1).size() >= 5 &&
        !key(v - 1).ends_with("ed") && !key(v - 1).ends_with("ing") && !key(v - 1).ends_with("ly") &&
        key(v - 1) != "virtual"sv && key(v - 1) != "online"sv && key(v - 1) != "remote"sv && key(v - 1) != "video"sv &&
        key(v - 1) != "telephone"sv && key(v - 1) != "phone"sv && key(v - 1) != "digital"sv) {
      const std::uint32_t v0 = v;
      const int skipped0 = skipped;
      --v;
      ++skipped;
      skip_modifiers();
      const TokenKey k2 = v > F() ? key(v - 1) : TokenKey();
      if (k2 != "held"sv && k2 != "hold"sv && k2 != "holds"sv && k2 != "holding"sv) {
        v = v0;
        skipped = skipped0;
      }
    }
    // ("broke off talks", "ended their talks", "concluded talks": talks that were held)
    bool ended = false;
    if (v > F() + 1 && key(v - 1) == "off"sv &&
        (key(v - 2) == "broke"sv || key(v - 2) == "break"sv || key(v - 2) == "breaks"sv)) {
      --v;
      ended = true;
    } else if (v > F() + 1 && key(v - 1) == "up"sv && (key(v - 2) == "wrapped"sv || key(v - 2) == "wound"sv)) {
      --v;
      ended = true;
    } else if (v > F() && (key(v - 1) == "ended"sv || key(v - 1) == "concluded"sv)) {
      // ("ended their talks", "concluded their meeting at Mar-a-Lago on Sunday": one that was held)
      ended = kind == "talks"sv || key(v) == "their"sv;
    }
    // ("fitted in talks", "squeezed in a meeting", "conducted talks")
    if (v > F() + 1 && key(v - 1) == "in"sv && (key(v - 2) == "fitted"sv || key(v - 2) == "squeezed"sv)) --v;
    const TokenKey vk = v > F() ? key(v - 1) : TokenKey();
    if (vk == "held"sv || vk == "hold"sv || vk == "holds"sv || vk == "holding"sv || vk == "had"sv || vk == "has"sv ||
        vk == "have"sv || vk == "having"sv || vk == "fitted"sv || vk == "squeezed"sv || vk == "conducted"sv || ended) {
      Trigger verb{v - 1, t.last, t.info};
      // ("as leaders ended their summit": people the text does not name, not the ones named before)
      // (but "the three leaders", "both men": as many as the text just named)
      if (const Mention* sm = v >= F() + 2 ? cv_.mention_at(v - 2) : nullptr;
          sm != nullptr && sm->kind == MKind::kGeneric && sm->entity < 0 && sm->last == v - 1 &&
          !(sm->first > F() && (key(sm->first - 1) == "two"sv || key(sm->first - 1) == "three"sv ||
                                key(sm->first - 1) == "four"sv || key(sm->first - 1) == "both"sv))) {
        return;
      }
      Group s = subject_of(verb);
      if (s.empty()) return;
      // ("talks of his own with Meloni, Macron and Sunak")
      std::uint32_t with = t.last;
      if (with + 3 < L() && key(with) == "of"sv && key(with + 2) == "own"sv) with += 3;
      // ("held the 24th Japan-EU summit in Brussels with Tusk": over the place the event's phrase
      // names)
      if (const Mention* em = cv_.mention_at(t.first);
          em != nullptr && em->kind == MKind::kEvent && em->last > with && em->last < L() && key(em->last) == "with"sv) {
        with = em->last;
      }
      // ("had separate meetings on 3 September with A": over the day they were held)
      for (const DateMention& d : si_.dates) {
        const std::uint32_t at = with < L() && key(with) == "on"sv ? with + 1 : with;
        if (d.first == at && d.last < L() && key(d.last) == "with"sv) with = d.last;
      }
      std::uint32_t from = with;
      if (from < L() && key(from) == "with"sv) ++from;
      Group o = (with < L() && key(with) == "with"sv) ? with_second_partner(cv_.object(from, 3))
                : with + 1 < L() && key(with) == ":"sv && key(with + 1) == "with"sv ? partners_after_colon(with)
                                                                                     : Group{};
      const std::uint32_t cend = cv_.clause_end(t.last);
      const std::string st = cv_.status(s.last, v - 1, false);
      const Date date = date_for(std::min(s.first, v - 1), cend, v - 1);
      std::string place;
      int ev = meeting_event(kind, o.empty() ? t.last : o.last, cend, date, &place);
      // ("flew to Israel the same afternoon and, that evening, held talks with Dermer")
      if (ev < 0 && st == edge_status::kReported) {
        if (const Mention* pl = journey_place_before(v - 1)) ev = event_at(*pl, kind, date, &place);
      }
      // ("held the Japan-EU summit in Brussels with Tusk": the place the event's phrase names)
      if (const Mention* em = with > t.last ? cv_.mention_at(t.first) : nullptr;
          ev < 0 && em != nullptr && em->kind == MKind::kEvent && !em->place_key.empty() && st == edge_status::kReported) {
        ev = event_in_clause(si_.mentions[static_cast<std::size_t>(em - si_.mentions.data())]);
        if (ev >= 0) {
          DocEvent& e = ctx_.events[static_cast<std::size_t>(ev)];
          place = e.place;
          if (e.date.empty() && date.full()) e.date = date;  // held on the day the clause gives
        }
      }
      if (o.empty()) {
        for (std::size_t a = 0; a < s.entities.size(); ++a) {
          for (std::size_t b = a + 1; b < s.entities.size(); ++b) {
            add("met", s.entities[a], s.entities[b], -1, "", st, date, place, ev, 0.8);
          }
        }
      }
      meeting_between(s, o, st, date, place, ev);
      second_meeting(s, o, t, kind, st, date);
      remember(s, verb);
      return;
    }
  }
  // "- Evening: one-to-one talks with President Macron, followed by dinner": a line of the diary of
  // the page's issuer, who met them
  if (after < L() && key(after) == "with"sv) {
    if (const Group s = diary_entry_subject(t); !s.empty()) {
      const Group o = with_second_partner(cv_.object(after + 1, 3));
      if (o.empty()) return;
      const Date date = date_for(t.first, end, t.first);
      std::string place;
      const int ev = status == edge_status::kReported ? meeting_event(kind, o.last, end, date, &place) : -1;
      meeting_between(s, o, status, date, place, ev);
      return;
    }
  }
  // "X's meetings with Y in P on D and with Z on D2"
  std::uint32_t p = t.first;
  // (over the words of the noun's own phrase: "Lavrov's first meeting")
  const auto in_phrase = [&](std::uint32_t i) {
    const Mention* m = cv_.mention_at(i);
    return m == nullptr || (m->kind == MKind::kEvent && m->last >= t.last);
  };
  while (p > F() && in_phrase(p - 1) && p + 3 > t.first &&
         (ctx_.tokens[p - 1].is(kWord) && !ctx_.tokens[p - 1].is(kCapital) && key(p - 1) != "'s"sv)) {
    --p;
  }
  if (p > F() && key(p - 1) == "'s"sv) --p;
  const Mention* owner = p > F() ? cv_.mention_at(p - 1) : nullptr;
  if ((owner == nullptr || !owner->possessive) && after < L() && key(after) == "with"sv) {
    owner = adverbial_meeting_owner(p, t.first);
    if (owner == nullptr) return;
  } else if (owner == nullptr || !owner->possessive || owner->entity < 0) {
    return;
  }
  // "his meeting with Putin" at the start of a sentence: whose meeting it was is a guess from the
  // sentences before, too weak to state a meeting on
  if (owner->kind == MKind::kPronoun && owner->possessive && !owner->antecedent_here) return;
  // ("Lavrov's first meeting was with Mohamad Hasan": the partner after the copula)
  std::uint32_t with_end = end;
  if (after + 1 < L() && (key(after) == "was"sv || key(after) == "were"sv) && key(after + 1) == "with"sv) {
    ++after;
    with_end = cv_.clause_end(after + 1);
  }
  if (after >= L() || key(after) != "with"sv) return;
  // a date of the phrase's own ("three days after his summit with Putin") is the meeting's
  const Mention* own = cv_.mention_at(t.first);
  const Date own_date = own != nullptr && own->kind == MKind::kEvent ? own->ev_date : Date{};
  std::uint32_t from = after + 1;
  while (from < with_end) {
    Group o = cv_.object(from, 2);
    if (o.empty()) break;
    // the date and place of this part run to the next "with"
    std::uint32_t part_end = o.last;
    while (part_end < with_end && !(key(part_end) == "with"sv && part_end > o.last)) ++part_end;
    const Date date = own_date.full() ? own_date : date_for(o.last, part_end, o.last);
    // ("Erdogan's meeting with Stoltenberg was cancelled": the phrase's own predicate, up to the
    // comma that closes an adverbial)
    std::uint32_t pend = o.last;
    while (pend < part_end && !(key(pend) == ","sv && !(pend + 1 < L() && (key(pend + 1) == "which"sv || key(pend + 1) == "who"sv)))) {
      ++pend;
    }
    const std::string st = phrase_predicate_status(o.last, pend, status);
    std::string place;
    const int ev = st == edge_status::kReported ? meeting_event(kind, o.last, part_end, date, &place) : -1;
    for (const int b : o.entities) add("met", owner->entity, b, -1, "", st, date, place, ev, 0.75);
    if (ev >= 0) {
      add("attended", owner->entity, -1, ev, "", st, date, "", -1, 0.7);
      for (const int b : o.entities) add("attended", b, -1, ev, "", st, date, "", -1, 0.7);
    }
    if (part_end >= with_end) break;
    from = part_end + 1;
  }
}

// "held a string of bilateral meetings: with Trudeau, with whom he agreed on vehicles; with Scholz;
// and with Rutte": the first person of each part after the colon that opens with "with".
Group Frames::partners_after_colon(std::uint32_t colon) const {
  Group out;
  std::uint32_t pos = colon + 1;
  while (pos + 1 < L()) {
    if (key(pos) == "and"sv) ++pos;
    if (pos + 1 >= L() || key(pos) != "with"sv) break;
    const Group o = cv_.object(pos + 1, 1);
    if (o.empty() || o.first > pos + 4) break;
    if (out.empty()) out.first = o.first;
    out.last = o.last;
    for (const int x : o.entities) {
      if (std::find(out.entities.begin(), out.entities.end(), x) == out.entities.end()) out.entities.push_back(x);
    }
    pos = o.last;
    while (pos < L() && key(pos) != ";"sv) ++pos;
    ++pos;
  }
  // (a list of one is no list: "meetings: with Trudeau, who ...")
  if (out.entities.size() < 2) return Group{};
  return out;
}

// "Erdogan, after an hour-long meeting with Stoltenberg, agreed", "After a meeting with Stoltenberg,
// Erdogan agreed": the one whose meeting an adverbial of time tells ("after", "following" or
// "during" a few words before the noun at `noun`, `p` where its own words start) is the person it
// stands next to; nullptr when it stands next to none.
const Mention* Frames::adverbial_meeting_owner(std::uint32_t p, std::uint32_t noun) const {
  // (over the noun's own words: "after an hour-long meeting")
  std::uint32_t adv = std::max(p, noun > F() ? noun - 1 : noun);  // (p may be before the adverbial: "the rise after talks")
  while (adv > F() && adv + 4 > noun && key(adv) != "after"sv && key(adv) != "following"sv && key(adv) != "during"sv) {
    --adv;
  }
  if (key(adv) != "after"sv && key(adv) != "following"sv && key(adv) != "during"sv) return nullptr;
  for (std::uint32_t k = adv + 1; k < noun; ++k) {
    if (!ctx_.tokens[k].is(kWord) || ctx_.tokens[k].is(kCapital)) return nullptr;
  }
  const auto person = [&](const Mention* m) {
    return m != nullptr && m->kind == MKind::kPerson && m->entity >= 0 && !m->possessive && !m->modifier;
  };
  // "Erdogan, after ...": the person right before the comma
  if (adv >= F() + 2 && key(adv - 1) == ","sv) {
    const Mention* m = cv_.mention_at(adv - 2);
    return person(m) && m->last == adv - 1 ? m : nullptr;
  }
  // "After ..., Erdogan agreed": the person right after the comma that closes the adverbial, the
  // subject of the verb after him (not one listed in it: "with three of his predecessors, Taro
  // Aso, Yoshihide Suga and Fumio Kishida, Ishiba dismissed")
  if (adv == F()) {
    for (std::uint32_t c = noun; c + 2 < L() && c < noun + 30 && !cv_.boundary(c); ++c) {
      if (key(c) != ","sv) continue;
      const Mention* m = cv_.mention_at(c + 1);
      if (!person(m) || m->first != c + 1 || m->last >= L()) continue;
      const TokenKey next = key(m->last);
      if (ctx_.tokens[m->last].is(kWord) && next != "and"sv && next != "or"sv) return m;
    }
  }
  // "Sunak announced the rise on Tuesday after talks with Tusk", "He spoke after talks with
  // Tusk": the subject opening the clause whose predicate the adverbial ends, a person or a
  // pronoun standing for one, right before its verb
  if (adv > F() + 1 && key(adv) != "during"sv && !si_.in_quote[adv - F()]) {
    std::uint32_t cs = adv;
    // (back to the sentence's start or a clause's: not past a reported "that" or a relative pronoun)
    while (cs > F() && key(cs - 1) != ";"sv && key(cs - 1) != ":"sv && key(cs - 1) != "that"sv &&
           key(cs - 1) != "which"sv && key(cs - 1) != "who"sv && key(cs - 1) != "and"sv && key(cs - 1) != "but"sv) {
      --cs;
    }
    // (past an opening adverbial of time: "On Tuesday, Sunak announced ...")
    const Mention* m = nullptr;
    for (std::uint32_t i = cs; i < adv && m == nullptr; ++i) {
      const Mention* x = cv_.mention_at(i);
      if (x != nullptr && x->first == i) {
        m = x;
      } else if (x == nullptr && ctx_.tokens[i].is(kCapital) && i > cs && key(i - 1) != "on"sv) {
        break;
      }
    }
    const bool subject = m != nullptr && m->entity >= 0 && !m->possessive && !m->modifier &&
                         (m->kind == MKind::kPerson || m->kind == MKind::kPronoun) && m->last + 1 < adv &&
                         ctx_.tokens[m->last].is(kWord) && !ctx_.tokens[m->last].is(kCapital) &&
                         key(m->last) != "and"sv && key(m->last) != "or"sv && key(m->last) != "who"sv;
    if (subject && ctx_.entities[static_cast<std::size_t>(m->entity)].type == "person"sv) return m;
  }
  return nullptr;
}

// The status of a meeting phrase ending at `from` told by its own predicate, up to `end`, past a
// clause about it: "A meeting between X and Y, which Trump said he was arranging, has not taken
// place", "Erdogan's meeting with Stoltenberg was cancelled"; `status` when the predicate says
// nothing else.
std::string Frames::phrase_predicate_status(std::uint32_t from, std::uint32_t end, const std::string& status) const {
  std::string st = status;
  std::uint32_t cue_end = end;
  if (from + 1 < L() && key(from) == ","sv && (key(from + 1) == "which"sv || key(from + 1) == "who"sv)) {
    std::uint32_t close = from + 2;
    while (close < L() && close < from + 25 && key(close) != ","sv && key(close) != ";"sv && key(close) != "."sv) {
      ++close;
    }
    if (close < L() && key(close) == ","sv) cue_end = cv_.clause_end(close + 1);
  }
  // ("several meetings, including his talks with Zelensky, will now not happen": a phrase in a
  // parenthesis of examples has the predicate of what it is an example of)
  if (from + 1 < L() && key(from) == ","sv) {
    std::uint32_t open = from;
    while (open > F() && open + 20 > from && key(open - 1) != ","sv && key(open - 1) != ";"sv) --open;
    if (open > F() && key(open - 1) == ","sv && (key(open) == "including"sv || key(open) == "notably"sv)) {
      cue_end = std::max(cue_end, cv_.clause_end(from + 1));
    }
  }
  for (std::uint32_t i = from; i < cue_end && st == edge_status::kReported; ++i) {
    if (cv_.cue_is(i, "planned")) st = edge_status::kPlanned;
    if (cv_.cue_is(i, "hypothetical") || cv_.cue_is(i, "proposal")) st = edge_status::kHypothetical;
    if (cv_.cue_is(i, "negation")) st = edge_status::kDenied;
  }
  return st;
}

// "held a meeting with Guterres, and a meeting with Mahmoud Ali Youssouf": a second meeting the
// subjects held, with the one named after ", and a meeting with" (or "and with") right after the
// first one met.
void Frames::second_meeting(const Group& s, const Group& o, const Trigger& t, const std::string& kind,
                            const std::string& status, const Date& date) {
  if (o.empty()) return;
  std::uint32_t n = o.last;
  if (n < L() && key(n) == ","sv) ++n;
  if (n >= L() || key(n) != "and"sv) return;
  ++n;
  if (n < L() && (key(n) == "a"sv || key(n) == "an"sv || key(n) == "another"sv)) ++n;
  if (n < L() && key(n) == "separate"sv) ++n;
  if (n < L() && (key(n) == key(t.last - 1) || key(n) == "meeting"sv || key(n) == "talks"sv)) ++n;
  if (n + 1 >= L() || key(n) != "with"sv) return;
  const Group o2 = cv_.object(n + 1, 3);
  if (o2.empty()) return;
  std::string place;
  const int ev = meeting_event(kind, o2.last, cv_.clause_end(o2.last), date, &place);
  meeting_between(s, o2, status, date, place, ev);
}

// "Trump and Xi sat down together on Thursday. The talks at Gimhae air base lasted an hour": a
// definite meeting noun that opens a sentence and has a place of its own is the meeting the sentence
// before reported between two people, who attended it there (on that meeting's date). Without such a
// meeting just before, the phrase names nobody.
bool Frames::meeting_sequel(const Trigger& t, const std::string& kind) {
  if (t.first != F() + 1 || key(F()) != "the"sv || t.last >= L()) return false;
  if (key(t.last) != "at"sv && key(t.last) != "in"sv) return false;
  std::uint32_t prev_begin = si_.span.begin;
  for (const Sentence& s : ctx_.sentences) {
    if (s.last > F()) break;
    if (s.last > s.first) prev_begin = s.begin;
  }
  int a = -1;
  int b = -1;
  Date date;
  for (auto it = ctx_.pending.rbegin(); it != ctx_.pending.rend() && it->begin >= prev_begin; ++it) {
    if (it->relation != "met" || it->status != edge_status::kReported || it->event >= 0 || it->target < 0) continue;
    a = it->subject;
    b = it->target;
    date = it->date;
    break;
  }
  if (a < 0 || b < 0) return false;
  if (ctx_.entities[static_cast<std::size_t>(a)].type != "person" ||
      ctx_.entities[static_cast<std::size_t>(b)].type != "person") {
    return false;
  }
  const std::uint32_t end = cv_.clause_end(t.last);
  if (cv_.noun_status(t.first) != edge_status::kReported) return false;
  // what the sentence says of the talks: "will resume", "were called off" are no attendance
  if (cv_.cue_between(t.last, end, {"planned", "hypothetical", "proposal", "negation"})) return false;
  std::string place;
  const int ev = meeting_event(kind, t.last, end, date, &place);
  if (ev < 0) return false;
  add("attended", a, -1, ev, "", edge_status::kReported, date, "", -1, 0.7);
  add("attended", b, -1, ev, "", edge_status::kReported, date, "", -1, 0.7);
  return true;
}

}  // namespace evkg::detail
