// Relation frames: chairing ("chaired the summit", "the meeting will be chaired by X").

#include <algorithm>
#include <string>

#include "core/fold.hpp"
#include "extract/event_mentions.hpp"
#include "extract/relation_frames_internal.hpp"
#include "extract/word_set.hpp"

namespace evkg::detail {

using namespace std::string_view_literals;  // "the"sv: comparisons check the length first

// "Macron co-chaired, with Kenyan President William Ruto, a meeting of the 4P coalition", "presided,
// together with William Ruto, over a meeting": a co-chair set between commas before the gathering;
// both chaired and attended it. Returns whether it was such a clause.
bool Frames::co_chair_aside(const Trigger& t, const Group& s) {
  if (t.last + 3 >= L() || key(t.last) != ","sv) return false;
  std::uint32_t w = t.last + 1;
  // ("presided, on behalf of the King, over the summit": the one it is done for chairs nothing)
  if (key(w) == "on"sv && w + 3 < L() && key(w + 1) == "behalf"sv && key(w + 2) == "of"sv) {
    std::uint32_t c = w + 3;
    while (c < L() && c < w + 16 && key(c) != ","sv && !cv_.boundary(c)) ++c;
    if (c + 2 >= L() || key(c) != ","sv || key(c + 1) != "over"sv) return false;
    Mention* evm = cv_.event_after(c + 2, 3);
    if (evm == nullptr) return false;
    const int ev = event_in_clause(*evm);
    if (ev < 0) return false;
    const std::string status = cv_.status(s.last, t.first, false);
    const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(evm->last), t.first);
    chaired_and_attended(s, t, ev, status, date, 0.75);
    return true;
  }
  if (key(w) == "together"sv) ++w;
  if (key(w) != "with"sv) return false;
  const Group co = cv_.object(w + 1, 2);
  if (co.empty() || co.generic) return false;
  std::uint32_t c = co.last;
  while (c < L() && c < co.last + 6 && key(c) != ","sv && !cv_.boundary(c)) ++c;  // ("William Ruto of Kenya,")
  if (c + 1 >= L() || key(c) != ","sv) return false;
  std::uint32_t o = c + 1;
  if (key(o) == "over"sv) ++o;
  Mention* evm = cv_.event_after(o, 3);
  if (evm == nullptr || evm->first > o + 3) return false;
  const int ev = event_in_clause(*evm);
  if (ev < 0) return false;
  Group both = s;
  for (const int x : co.entities) {
    if (std::find(both.entities.begin(), both.entities.end(), x) == both.entities.end()) both.entities.push_back(x);
  }
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(evm->last), t.first);
  chaired_and_attended(both, t, ev, status, date, 0.75);
  return true;
}

void Frames::chair(const Trigger& t) {
  // ("this year's ASEAN chair", "the chair of the bloc", "as chair": the noun of an office, no
  // predicate)
  if (t.first > F() && (key(t.first) == "chair"sv || key(t.first) == "chairs"sv)) {
    const TokenKey b = key(t.first - 1);
    const Mention* mod = cv_.mention_at(t.first - 1);
    if (determiner(b) || b == "'s"sv || b == "as"sv || b == "his"sv || b == "her"sv || b == "its"sv ||
        b == "their"sv || b == "this"sv || b == "rotating"sv || b == "current"sv ||
        (mod != nullptr && mod->last == t.first && mod->kind != MKind::kPerson && mod->kind != MKind::kPronoun)) {
      return;
    }
  }
  // "the meeting convened to relaunch the union", "the summit convened in Brasilia": a participle
  // after the gathering's noun qualifies it; it says nothing of the clause's subject ("convened by
  // X" is the frame of who convened it)
  if (t.first > F() && key(t.first).ends_with("ed")) {
    const Mention* before = cv_.mention_at(t.first - 1);
    if (before != nullptr && before->kind == MKind::kEvent && before->last == t.first) return;
  }
  Group s = subject_of(t);
  if (s.empty()) return;
  if (co_chair_aside(t, s)) return;
  Mention* evm = cv_.event_after(t.last, 4);
  // "chaired the second and final day of the AI Safety Summit", "who chaired the opening day": a
  // day of the gathering (of the one named after "of", else of the one spoken of)
  const std::uint32_t day_end = day_of_gathering_end(t.last);
  if (evm == nullptr && day_end != 0) {
    if (day_end + 1 < L() && key(day_end) == "of"sv) evm = cv_.event_after(day_end + 1, 1);
    if (evm == nullptr && ctx_.salient_event >= 0 && !si_.in_quote[t.first - F()]) {
      const DocEvent& sal = ctx_.events[static_cast<std::size_t>(ctx_.salient_event)];
      if (sal.kind == "summit"sv || sal.kind == "conference"sv) {
        const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
        chaired_and_attended(s, t, ctx_.salient_event, cv_.status(s.last, t.first, false),
                             date.full() ? date : sal.date, 0.75);
        return;
      }
    }
  }
  if (evm == nullptr) evm = relative_event_before(s);
  // "A summit was held in Riyadh on Monday. The crown prince chaired it": the gathering in focus
  // ("- The chair: the crown prince presided; Saudi Arabia took over ...": chaired, with no object,
  // the gathering in focus)
  // ("Speaker Amir Ohana, who presided, compared ...": a relative clause of the verb alone)
  const bool presided = evm == nullptr && (key(t.first) == "presided"sv || key(t.first) == "chaired"sv);
  const bool who_presided = presided && t.last < L() && key(t.last) == ","sv && t.first > F() + 1 &&
                            key(t.first - 1) == "who"sv && key(t.first - 2) == ","sv;
  const bool no_object = presided && (t.last >= L() || key(t.last) == "."sv || key(t.last) == ";"sv || who_presided);
  if (evm == nullptr && (no_object || (t.last < L() && key(t.last) == "it"sv)) && !key(t.first).starts_with("open") &&
      ctx_.salient_event >= 0 && !si_.in_quote[std::min(t.last, L() - 1) - F()]) {
    const std::string& kind = ctx_.events[static_cast<std::size_t>(ctx_.salient_event)].kind;
    // (or a legislature's sitting for an address: "Trump addressed the Knesset ... Ohana presided")
    const bool sitting = kind == "ceremony"sv && ctx_.events[static_cast<std::size_t>(ctx_.salient_event)].noun == "address"sv;
    if (((kind == "summit"sv || kind == "conference"sv || kind == "meeting"sv) && !who_presided) || (no_object && sitting)) {
      const std::uint32_t end = cv_.clause_end(t.last);
      const Date date = date_for(std::min(s.first, t.first), end, t.first);
      chaired_and_attended(s, t, ctx_.salient_event, cv_.status(s.last, t.first, false),
                           date.full() ? date : ctx_.events[static_cast<std::size_t>(ctx_.salient_event)].date, 0.75);
      return;
    }
  }
  // "Hollande opens the session", "opened the summit": the host opening a gathering of many
  // chaired it (not "opened talks with Russia", nor "the summit opened")
  if (key(t.first).starts_with("open")) {
    if (recorded_message(t.last)) return;
    if (evm == nullptr || evm->first != t.last || !(key(evm->first) == "the"sv || key(evm->first) == "this"sv) ||
        evm->ev_kind == "talks"sv) {
      return;
    }
  }
  // ("Trump had opened the meeting by raising the concerns of Americans": spoke first in a
  // meeting; "Starmer opened the session by calling it a moment for pressure" chaired it)
  const bool opened_by_saying = key(t.first).starts_with("open") && evm != nullptr && evm->last + 1 < L() &&
                                key(evm->last) == "by"sv && key(evm->last + 1).ends_with("ing") &&
                                (key(evm->last - 1) == "meeting"sv || key(evm->last - 1) == "talks"sv);
  // "who chaired its meetings until January", "chaired the group's meetings for three years": a
  // role held over many gatherings, none of them the one spoken of
  if (evm != nullptr && evm->first >= t.last && evm->last > evm->first) {
    const TokenKey noun = key(evm->last - 1);
    const bool plural = noun == "meetings"sv || noun == "summits"sv || noun == "sessions"sv || noun == "talks"sv ||
                        noun == "conferences"sv || noun == "gatherings"sv;
    bool over_time = false;
    for (std::uint32_t i = evm->last; i < cv_.clause_end(t.last); ++i) {
      over_time = over_time || key(i) == "until"sv || key(i) == "till"sv || key(i) == "since"sv ||
                  key(i) == "years"sv || key(i) == "months"sv;
    }
    if (plural && noun != "talks"sv && over_time) return;
  }
  // "co-chaired a round table on migration", "chaired the summit's round table": a part of the
  // gathering, whose chair did not chair the gathering (those chairing it were there)
  bool part = false;
  if (evm != nullptr) {
    const auto part_noun = [&](std::uint32_t i) {
      const TokenKey k = key(i);
      return k == "roundtable"sv || k == "round-table"sv || k == "panel"sv || k == "workshop"sv ||
             k == "breakout"sv || (k == "table"sv && i > F() && key(i - 1) == "round"sv) ||
             (k == "tables"sv && i > F() && key(i - 1) == "round"sv);
    };
    std::uint32_t head = evm->last;
    if (head + 1 < L() && key(head) == "'s"sv) {
      head += 1;
      while (head < L() && head < evm->last + 4 && !part_noun(head) && ctx_.tokens[head].is(kWord) &&
             !ctx_.tokens[head].is(kCapital)) {
        ++head;
      }
      part = head < L() && part_noun(head);
    }
    part = part || part_noun(evm->last - 1);
  }
  int ev = evm ? event_in_clause(*evm) : -1;
  if (ev < 0 || opened_by_saying) return;
  if (part) {
    const std::string status = cv_.status(s.last, t.first, false);
    const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
    for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.7);
    return;
  }
  // "the summit, ..., which they co-chaired at the Northwood headquarters": where it was chaired
  if (auto& e = ctx_.events[static_cast<std::size_t>(ev)]; e.place_key.empty() && evm->last < t.first) {
    if (const Mention* pl = cv_.place_between(t.last, cv_.clause_end(t.last))) place_of(*pl, &e.place, &e.place_key);
  }
  // "co-chaired the summit itself with Premier Li Qiang": the one it was chaired with chaired it too
  if (evm->last < t.first) {
    chaired_event(s, t, ev, cv_.clause_end(t.last), 0.85);
    return;
  }
  std::uint32_t w = evm->last;
  if (w < L() && key(w) == "itself"sv) ++w;
  // ("co-chaired the Conference together with H.E. Mr. João Lourenço")
  if (w + 1 < L() && key(w) == "together"sv && key(w + 1) == "with"sv) ++w;
  Group co = s;
  Group with;
  // (a co-chair's "with", not "convened a meeting with A and B", whose A and B were its guests)
  const std::string_view verb = key(t.first).view();
  const bool co_verb = verb.starts_with("co-") || verb.starts_with("cochair") || verb.starts_with("cohost") ||
                       verb.starts_with("copresid") || verb.starts_with("coorganis") || verb.starts_with("coorganiz");
  if (w + 1 < L() && key(w) == "with"sv && co_verb) {
    with = cv_.object(w + 1, 1);
    for (const int x : with.entities) {
      if (std::find(co.entities.begin(), co.entities.end(), x) == co.entities.end()) co.entities.push_back(x);
    }
  }
  chaired_event(co, t, ev, cv_.clause_end(t.last), 0.85);
  if (with.empty()) guests_of_event(s, t, w, ev, date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first));
  // co-chairs of a gathering met there ("co-chaired the summit with Premier Li Qiang")
  if (!with.empty()) {
    const std::string status = cv_.status(s.last, t.first, false);
    const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
    for (const int a : s.entities) {
      for (const int b : with.entities) add("met", a, b, -1, "", status, date, "", ev, 0.7);
    }
  }
}

// "the opening day", "the second and final day", "the first two days" right at `from`: the token
// after "day(s)", else 0.
std::uint32_t Frames::day_of_gathering_end(std::uint32_t from) const {
  if (from >= L() || key(from) != "the"sv) return 0;
  std::uint32_t w = from + 1;
  bool said = false;
  while (w < L() && w < from + 6) {
    const TokenKey k = key(w);
    if (k == "day"sv || k == "days"sv) return said ? w + 1 : 0;
    said = said || k == "opening"sv || k == "closing"sv || k == "final"sv || k == "last"sv || k == "first"sv ||
           k == "second"sv || k == "third"sv || k == "two"sv;
    if (!(k == "opening"sv || k == "closing"sv || k == "final"sv || k == "last"sv || k == "first"sv ||
          k == "second"sv || k == "third"sv || k == "two"sv || k == "and"sv)) {
      return 0;
    }
    ++w;
  }
  return 0;
}

// "convened an emergency meeting in Bali: A, B and C", "hosted a breakfast meeting with A and B":
// the guests a gathering was held for were there (read from `w`, the end of the event phrase, over
// where and when it was held); the host met those it was held with, on `date`.
void Frames::guests_of_event(const Group& host, const Trigger& t, std::uint32_t w, int ev, const Date& date) {
  std::uint32_t g = w;
  while (g < L() && g < w + 8) {
    const Mention* m = cv_.mention_at(g);
    if (m != nullptr && m->first == g && m->kind == MKind::kPlace) {
      g = m->last;
    } else if (in_date(g) || key(g) == "in"sv || key(g) == "at"sv || key(g) == "on"sv) {
      ++g;
    } else {
      break;
    }
  }
  if (g + 1 >= L() || (key(g) != ":"sv && key(g) != "with"sv)) return;
  // (people right after it: not "opened the forum with an attack on Labour ... and Michael Howard")
  const auto person_at = [&](std::uint32_t i) {
    const Mention* m = cv_.mention_at(i);
    return m != nullptr && m->first == i && (m->kind == MKind::kPerson || m->kind == MKind::kTitle);
  };
  if (!person_at(g + 1) && !(determiner(key(g + 1)) && person_at(g + 2))) return;
  const std::string status = cv_.status(host.last, t.first, false);
  for (const int b : people_listed(g + 1, cv_.clause_end(g + 1))) {
    if (std::find(host.entities.begin(), host.entities.end(), b) != host.entities.end()) continue;
    add("attended", b, -1, ev, "", status, {}, "", -1, 0.7);
    if (key(g) != "with"sv) continue;
    for (const int a : host.entities) add("met", a, b, -1, "", status, date, "", ev, 0.7);
  }
}

// "Sultan Al Jaber, the president of the conference, brought down his gavel": a person in
// apposition with the chair of an event chaired it. Returns whether the event noun was read so.
bool Frames::chair_apposition(const Trigger& t) {
  const Mention* in = cv_.mention_at(t.first);
  if (in == nullptr || in->kind != MKind::kEvent) return false;
  Mention& evm = si_.mentions[static_cast<std::size_t>(in - si_.mentions.data())];
  std::uint32_t p = evm.first;
  if (p < F() + 5 || key(p - 1) != "of"sv) return false;
  const TokenKey role = key(p - 2);
  if (role != "president"sv && role != "chair"sv && role != "chairman"sv && role != "chairwoman"sv &&
      role != "host"sv && role != "chairperson"sv) {
    return false;
  }
  if (key(p - 3) != "the"sv || key(p - 4) != ","sv) return false;
  const Mention* person = cv_.mention_at(p - 5);
  if (person == nullptr || person->kind != MKind::kPerson || person->entity < 0 || person->last != p - 4) return false;
  const int ev = event_in_clause(evm);
  if (ev < 0) return false;
  const std::string status = cv_.status(0, person->first, false);
  add("chaired", person->entity, -1, ev, "", status, {}, "", -1, 0.8);
  add("attended", person->entity, -1, ev, "", status, {}, "", -1, 0.75);
  return true;
}

Mention* Frames::relative_event_before(const Group& s) {
  std::uint32_t r = s.first;
  // "which France's Emmanuel Macron ... co-chaired": from the possessor that qualifies the subject
  while (r > F()) {
    const Mention* pm = cv_.mention_at(r - 1);
    if (pm == nullptr || !pm->possessive || !pm->modifier) break;
    r = pm->first;
  }
  if (r > F() + 1 && key(r - 1) == "'s"sv) {
    if (const Mention* pm = cv_.mention_at(r - 2); pm != nullptr && pm->possessive) r = pm->first;
  }
  if (r <= F() || (key(r - 1) != "which"sv && key(r - 1) != "that"sv)) return nullptr;
  --r;
  if (r > F() && (key(r - 1) == "over"sv || key(r - 1) == "at"sv)) --r;  // "over which", "at which"
  if (r > F() && key(r - 1) == ","sv) --r;
  if (r <= F()) return nullptr;
  for (auto& m : si_.mentions) {  // the event phrase ending there (not a place inside it)
    if (m.kind == MKind::kEvent && m.last == r) return &m;
  }
  // past what it is about: "a conference on the two-state solution that he chaired"
  for (std::uint32_t k = r; k > F() + 1 && k + 8 > r; --k) {
    const TokenKey p = key(k - 1);
    if (p == ","sv || p == ";"sv) break;
    if (p != "on"sv && p != "about"sv && p != "over"sv && p != "for"sv) continue;
    for (auto& m : si_.mentions) {
      if (m.kind == MKind::kEvent && m.last == k - 1) return &m;
    }
  }
  // past an apposition: "the 37th UK-France summit, the first since 2023, which they co-chaired"
  if (key(r) == ","sv) {
    for (std::uint32_t c = r; c > F() + 1 && c + 10 > r; --c) {
      if (key(c - 1) != ","sv) continue;
      if (key(c) != "the"sv && key(c) != "its"sv && key(c) != "their"sv && key(c) != "a"sv) break;
      for (auto& m : si_.mentions) {
        if (m.kind == MKind::kEvent && m.last == c - 1) return &m;
      }
      break;
    }
  }
  return nullptr;
}

void Frames::led_by(const Trigger& t) {
  // the event it is said of: the nearest event mention to the left ("The meeting will be
  // chaired by", "the meeting, which was jointly led by")
  Mention* evm = nullptr;
  std::uint32_t from = t.first;
  // "The two-day conference, which Italy is co-hosting with Ukraine ..., was opened by": over the
  // relative clause to the event it qualifies
  if (from > F() + 2 && (key(from - 1) == "was"sv || key(from - 1) == "were"sv) && key(from - 2) == ","sv) {
    if (const std::uint32_t open = cv_.qualifying_clause_start(from - 2); open != ClauseView::kNoToken) from = open + 1;
  }
  // (over a place and a full date: "The summit was held in Apia on Friday, October 25, 2024, under")
  const std::uint32_t lo = from > F() + 20 ? from - 20 : F();
  for (std::uint32_t i = from; i > lo; --i) {
    const Mention* m = cv_.mention_at(i - 1);
    if (m && m->kind == MKind::kEvent) {
      evm = &si_.mentions[static_cast<std::size_t>(m - si_.mentions.data())];
      break;
    }
    if (m && cv_.boundary(i - 1)) break;
  }
  // "a US delegation led by Rubio" after the event: the delegation is led, not the event
  bool delegation = false;
  for (std::uint32_t i = evm == nullptr ? cv_.clause_start(t.first) : evm->last; i < t.first; ++i) {
    delegation = delegation || key(i) == "delegation"sv || key(i) == "team"sv || key(i) == "delegations"sv;
  }
  // ("a group of eight countries led by France, Spain and Kenya launched a coalition": a group the
  // clause names after the event is what is led, not the event)
  static const WordSet kLedGroups = {"group", "groups", "coalition", "alliance", "bloc", "camp", "consortium", "countries",
                                     "states", "nations", "governments", "forces", "force", "mission", "campaign"};
  for (std::uint32_t i = evm == nullptr ? t.first : evm->last; i < t.first; ++i) {
    if (kLedGroups.count(key(i).view()) != 0 && !ctx_.tokens[i].is(kCapital) && cv_.mention_at(i) == nullptr) return;
  }
  // ("a state banquet given by Macron"; not "a figure given by the Chair", "the summit, given by
  // most as a success")
  if (key(t.first) == "given"sv && (evm == nullptr || evm->ev_kind != "ceremony"sv || evm->last + 8 < t.first)) return;
  if (evm == nullptr && !delegation && opening_chaired_by(t)) return;
  // "It was co-chaired by A and by B" right after the sentence about the event: the event in focus
  const bool it = evm == nullptr && !delegation && t.first >= F() + 2 && key(t.first - 2) == "it"sv &&
                  (key(t.first - 1) == "was"sv || key(t.first - 1) == "is"sv) && ctx_.salient_event >= 0 &&
                  (t.first == F() + 2 || !ctx_.tokens[t.first - 3].is(kWord));
  // "The leaders of the coalition met in Paris on Thursday, chaired by A and B": the gathering the
  // meeting told before the comma was
  const bool met_before = evm == nullptr && !it && !delegation && t.first > F() + 1 && key(t.first - 1) == ","sv &&
                          ctx_.salient_event >= 0 && gathering_met_ != 0 && gathering_met_ <= t.first;
  if ((evm == nullptr && !it && !met_before) || delegation) {
    delegation_led_by(t, evm);
    return;
  }
  int ev = it || met_before ? ctx_.salient_event : event_in_clause(*evm);
  // ("the state banquet given by the King" after an address that day: a meal of its own)
  const bool meal_given = !it && !met_before && evm != nullptr && key(t.first) == "given"sv && evm->ev_kind == "ceremony"sv &&
                          meal_noun(key(event_phrase_end(ctx_, *evm) - 1).view());
  if (ev < 0 && meal_given) {
    const std::uint32_t end = cv_.clause_end(t.last);
    if (const Date day = date_for(t.first, end, t.first); day.full()) {
      std::string place, pkey;
      if (const Mention* pl = cv_.place_between(evm->last, end)) place_of(*pl, &place, &pkey);
      ev = meal_gathering(*evm, place, pkey, day);
    }
  }
  if (ev < 0) return;
  Group o = cv_.object(t.last, 2);
  if (o.empty()) return;
  more_agents(o);
  std::string status = cv_.status(it || met_before ? t.first - 1 : evm->last, t.first, false);
  // ("due in London for the next gathering, hosted by the British prime minister": a gathering to
  // come is hosted by no one yet)
  if (status == edge_status::kReported && ctx_.events[static_cast<std::size_t>(ev)].to_come) status = edge_status::kPlanned;
  // ("is to attend the summit chaired by Yoon": a gathering the clause has still ahead is chaired
  // by no one yet)
  if (status == edge_status::kReported && evm != nullptr && !it && !met_before &&
      cv_.status(cv_.clause_start(evm->first), evm->first, false) == edge_status::kPlanned) {
    status = edge_status::kPlanned;
  }
  // ("a state banquet given by Macron at Versailles on Wednesday": the day the clause tells, for a
  // ceremony that has none yet; a summit's chair is often told with the dates of the office)
  Date date;
  if (!ctx_.events[static_cast<std::size_t>(ev)].date.full() && evm != nullptr && !it && !met_before &&
      evm->ev_kind == "ceremony"sv && key(t.first) == "given"sv) {
    date = date_for(t.first, cv_.clause_end(o.last), t.first);
  }
  for (const int a : o.entities) {
    add("chaired", a, -1, ev, "", status, date, "", -1, 0.85);
    add("attended", a, -1, ev, "", status, date, "", -1, 0.75);
  }
  // "given by the King and the Queen for the president and Mme Macron: the Prince of Wales, ...":
  // the guests it was given for, and those listed after a colon, were at the meal
  if (meal_given && o.last + 1 < L() && key(o.last) == "for"sv) {
    const Group guests = cv_.object(o.last + 1, 1);
    if (!guests.empty() && !guests.generic && people_only(guests)) {
      for (const int b : guests.entities) add("attended", b, -1, ev, "", status, date, "", -1, 0.75);
      if (const std::uint32_t c = list_opening(guests.last, 8, false); c != ClauseView::kNoToken) {
        for (const int b : people_listed(c + 1)) add("attended", b, -1, ev, "", status, date, "", -1, 0.7);
      }
    }
  }
}

// "Chaired by the EU's foreign policy chief, Federica Mogherini, it brought ...", "Chaired by Macri,
// the session ...": a participle opening the sentence says who chaired the event its subject is
// ("it": the event in focus). Returns whether it was one.
bool Frames::opening_chaired_by(const Trigger& t) {
  std::uint32_t w = F();
  while (w < t.first && !ctx_.tokens[w].is(kWord)) ++w;
  if (w != t.first || !ctx_.tokens[t.first].is(kCapital)) return false;
  const Group o = cv_.object(t.last, 2);
  if (o.empty() || o.last + 1 >= L() || key(o.last) != ","sv) return false;
  int ev = -1;
  if (key(o.last + 1) == "it"sv) {
    ev = ctx_.salient_event;
  } else if (Mention* em = cv_.event_after(o.last + 1, 3)) {
    ev = event_in_clause(*em);
  }
  if (ev < 0) return false;
  // the main clause says when ("Hosted by Stephen Fry, the ceremony will be broadcast": to come)
  std::string status = cv_.status(0, t.first, false);
  for (std::uint32_t k = o.last + 1; k < cv_.clause_end(o.last + 1); ++k) {
    if (key(k) == "will"sv || key(k) == "would"sv || key(k) == "'ll"sv || key(k) == "shall"sv ||
        (key(k) == "to"sv && k + 1 < L() && key(k + 1) == "be"sv)) {
      status = edge_status::kPlanned;
    }
  }
  for (const int a : o.entities) {
    add("chaired", a, -1, ev, "", status, {}, "", -1, 0.8);
    add("attended", a, -1, ev, "", status, {}, "", -1, 0.75);
  }
  return true;
}

// "Brazil's delegation in Kazan was led by Foreign Minister Mauro Vieira": the head of a
// delegation to the gathering the document is about attended it.
// The head of a delegation (and those ", with" him) attended the event of the clause, else the
// gathering the document is about.
void Frames::delegation_led_by(const Trigger& t, Mention* evm) {
  bool delegation = false;
  for (std::uint32_t i = cv_.clause_start(t.first); i < t.first; ++i) {
    delegation = delegation || key(i) == "delegation"sv || key(i) == "team"sv || key(i) == "delegations"sv;
  }
  if (!delegation) return;
  Group o = cv_.object(t.last, 2);
  if (o.empty() || o.generic) return;
  // "led by Rubio, with special envoy Steve Witkoff and Army Secretary Dan Driscoll"
  if (o.last + 2 < L() && key(o.last) == ","sv && key(o.last + 1) == "with"sv) {
    const Group more = cv_.object(o.last + 2, 1);
    for (const int x : more.entities) {
      if (std::find(o.entities.begin(), o.entities.end(), x) == o.entities.end()) o.entities.push_back(x);
    }
  }
  int ev = evm != nullptr ? event_in_clause(*evm) : -1;
  if (ev < 0 && ctx_.salient_event >= 0) {
    ev = main_event();
    // ("A Ukrainian delegation led by Umerov spent Sunday with an American team in Riyadh": not at
    // the gathering spoken of when the clause is somewhere else or on another day)
    if (ev >= 0) {
      const DocEvent& e = ctx_.events[static_cast<std::size_t>(ev)];
      const std::uint32_t end = cv_.clause_end(o.last);
      const Mention* pl = cv_.place_between(o.last, end);
      const Date when = date_for(o.last, end, o.last);
      if ((pl != nullptr && !pl->place_key.empty() && pl->place_key != e.place_key) ||
          (when.full() && e.date.full() && !compatible(when, e.date))) {
        return;
      }
    }
  }
  if (ev < 0) return;
  const std::string status = cv_.status(0, t.first, false);
  for (const int a : o.entities) {
    if (ctx_.entities[static_cast<std::size_t>(a)].type != "person"sv) continue;
    add("attended", a, -1, ev, "", status, {}, "", -1, 0.7);
  }
}

// "Angolan President João Lourenço assumed the rotating chairmanship of the African Union on
// Saturday, receiving the gavel from Mauritanian President Mohamed Ould Cheikh El Ghazouani at the
// opening of the 38th Ordinary Session": who takes over a body's chair at its gathering chairs it,
// and the one handing it over was there. The gathering is one this sentence names, else the one of
// many the text is about when this sentence's day is its day.
void Frames::took_chair(const Trigger& t) {
  const Group s = subject_of(t);
  if (s.empty() || s.generic || !people_only(s)) return;
  const Date date = date_for(std::min(s.first, t.first), L(), t.first);
  int ev = -1;
  for (Mention& m : si_.mentions) {  // (past the commas of "..., receiving the gavel ... at the opening of")
    if (m.kind == MKind::kEvent && m.first >= t.last) {
      ev = event_in_clause(m);
      break;
    }
  }
  if (ev < 0) {
    ev = gathering_of_many_spoken_of();
    if (ev >= 0 && !(date.full() && ctx_.events[static_cast<std::size_t>(ev)].date == date)) ev = -1;
  }
  if (ev < 0) return;
  const std::string status = cv_.status(s.last, t.first, false);
  for (const int a : s.entities) {
    add("chaired", a, -1, ev, "", status, date, "", -1, 0.8);
    add("attended", a, -1, ev, "", status, date, "", -1, 0.8);
  }
  // ("... from Mauritanian President Mohamed Ould Cheikh El Ghazouani", "receiving the gavel from X")
  for (std::uint32_t i = t.last; i + 1 < L() && i < t.last + 16; ++i) {
    if (key(i) != "from"sv) continue;
    const Group prev = cv_.object(i + 1, 1);
    for (const int b : prev.entities) {
      if (ctx_.entities[static_cast<std::size_t>(b)].type == "person"sv) {
        add("attended", b, -1, ev, "", status, date, "", -1, 0.7);
      }
    }
    break;
  }
  last_subject_ = s;
  remember(s, t);
}

}  // namespace evkg::detail
