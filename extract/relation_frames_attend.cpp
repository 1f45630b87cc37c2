// Relation frames: attendance. attend ("Attending were A and B" too), present, join and
// bring_together.

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/fold.hpp"
#include "extract/event_mentions.hpp"
#include "extract/relation_frames_internal.hpp"
#include "extract/word_classes.hpp"
#include "extract/word_set.hpp"

namespace evkg::detail {

using namespace std::string_view_literals;  // "the"sv: comparisons check the length first

// "Taking part (in the summit) were A, B and C", "Attending were A and B": the participants come
// after the verb "were"; the event is the one named before it, else the one spoken of.
bool Frames::inverted_attendance(const Trigger& t) {
  if (!key(t.first).ends_with("ing")) return false;
  std::uint32_t w = cv_.clause_start(t.first);
  while (w < t.first && !ctx_.tokens[w].is(kWord)) ++w;
  if (w != t.first && !(w + 1 == t.first && key(w) == "also"sv)) return false;
  std::uint32_t be = t.last;
  while (be < L() && be < t.last + 6 && key(be) != "were"sv && key(be) != "was"sv && !cv_.boundary(be)) ++be;
  if (be >= L() || (key(be) != "were"sv && key(be) != "was"sv)) return false;
  Group who = cv_.object(be + 1, 1);
  // "were the leaders of Japan and New Zealand - Fumio Kishida and Christopher Luxon - as well as
  // Richard Marles": the people named, over the phrase that introduces them
  if (const std::vector<int> people = people_listed(be + 1); !people.empty() && (who.empty() || who.generic ||
      std::none_of(who.entities.begin(), who.entities.end(), [&](int x) {
        return ctx_.entities[static_cast<std::size_t>(x)].type == "person"sv;
      }))) {
    who.entities = people;
    who.generic = false;
    who.last = be + 1;
  }
  if (who.empty() || who.generic) return false;
  int ev = -1;
  if (Mention* evm = cv_.event_after(t.last, be - t.last)) ev = event_in_clause(*evm);
  if (ev < 0) ev = gathering_spoken_of();
  if (ev < 0) return true;
  const std::string status = cv_.status(0, t.first, false);
  const Date date = date_for(t.first, cv_.clause_end(who.last), t.first);
  for (const int a : who.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.8);
  return true;
}

// A group took part in the gathering named right after the verb, and a colon lists its members:
// those attended it. Returns whether the clause reads so.
bool Frames::colon_list_attended(const Trigger& t) {
  Mention* lm = cv_.event_after(t.last, 4);
  if (lm == nullptr) return false;
  const std::uint32_t c = list_opening(lm->last, 8, false);
  if (c == ClauseView::kNoToken) return false;
  const int ev = event_in_clause(*lm);
  if (ev < 0) return true;
  const std::string status = cv_.status(0, t.first, false);
  const Date date = date_for(t.first, c, t.first);
  for (const int b : people_listed(c + 1)) add("attended", b, -1, ev, "", status, date, "", -1, 0.75);
  return true;
}

// "taking part from their own capitals", "took part from Kyiv": from where one was, afar (not
// "from the start").
bool Frames::from_afar(std::uint32_t i) const {
  if (i + 1 >= L() || key(i) != "from"sv) return false;
  if (const Mention* m = cv_.mention_at(i + 1); m != nullptr && m->first == i + 1 && m->kind == MKind::kPlace) return true;
  static const WordSet kWhere = {"capital", "capitals", "home", "homes", "office", "offices", "residence"};
  for (std::uint32_t k = i + 1; k < L() && k < i + 4; ++k) {
    if (kWhere.count(key(k).view()) != 0) return true;
  }
  return false;
}

// "addressed the summit in a video message", "opened it with a recorded address", "opened the
// proceedings by video. His message, recorded at the palace, ...": a message recorded beforehand
// is no taking part (a live video link is: the clause's remote cue alone does not say recorded)
bool Frames::recorded_message(std::uint32_t from) const {
  const auto recorded = [&](std::uint32_t k) {
    const TokenKey w = key(k);
    if (w == "recorded"sv || w == "pre-recorded"sv || w == "prerecorded"sv || w == "pre-taped"sv) return true;
    return k + 1 < ctx_.tokens.size() && w == "video"sv &&
           (ctx_.tokens[k + 1].key == "message"sv || ctx_.tokens[k + 1].key == "address"sv ||
            ctx_.tokens[k + 1].key == "statement"sv || ctx_.tokens[k + 1].key == "greeting"sv);
  };
  const std::uint32_t end = cv_.clause_end(from);
  bool remote = false;
  for (std::uint32_t k = from; k < end; ++k) {
    if (recorded(k)) return true;
    remote = remote || cv_.cue_is(k, "remote");
  }
  if (!remote) return false;
  for (std::uint32_t k = end; k < L(); ++k) {
    if (ctx_.tokens[k].is(kWord)) return false;  // (the message's clause ends the sentence)
  }
  // (the sentence after, on the message: "His message, recorded at ...")
  const auto n = static_cast<std::uint32_t>(ctx_.tokens.size());
  for (std::uint32_t k = L(); k < n && k < L() + 6 && ctx_.tokens[k].key != "."sv; ++k) {
    if (recorded(k)) return true;
  }
  return false;
}

// "attended a welcome dinner at the Hyatt Regency on Wednesday", "attended a working lunch": a
// meal on a day the clause gives is a gathering of its own, known by its noun; -1 when the object is
// no such meal.
int Frames::meal_attended(const Trigger& t) {
  const std::uint32_t end = cv_.clause_end(t.last);
  std::uint32_t n = t.last;
  if (n < end && determiner(key(n))) ++n;
  static const WordSet kKinds = {"welcome", "working", "state", "official", "private", "gala", "farewell", "business",
                                 "formal", "informal"};
  if (n < end && kKinds.count(key(n).view()) != 0) ++n;
  if (n >= end || !meal_noun(key(n).view())) return -1;
  const Date date = date_for(t.first, end, t.first);
  if (!date.full()) return -1;
  std::string place, pkey;
  if (const Mention* pl = cv_.place_between(n + 1, end)) place_of(*pl, &place, &pkey);
  return meal_gathering(noun_at(n, t.last), place, pkey, date);
}

void Frames::attend(const Trigger& t) {
  // "a rally in Berlin, attended by thousands": a passive participle, whose agent passive() read
  if (t.first > F() && key(t.first - 1) == ","sv && t.last < L() && key(t.last) == "by"sv &&
      key(t.first).ends_with("ed")) {
    return;
  }
  if (inverted_attendance(t)) return;
  Group s = subject_of(t);
  // "the leaders of four partners took part in a NATO summit: A of Australia, B of Japan and C":
  // those the colon lists
  if ((s.empty() || s.generic) && colon_list_attended(t)) return;
  if (s.empty()) return;
  Mention* evm = cv_.event_after(t.last, 4);
  int ev = -1;
  if (evm != nullptr) {
    ev = event_in_clause(*evm);
  } else if (const Mention* om = cv_.mention_at(t.last < L() && key(t.last) == "the"sv ? t.last + 1 : t.last);
             om != nullptr && om->kind == MKind::kOrg && om->entity >= 0 && !om->generic) {
    // "attended the U.N. General Assembly in New York": the body's session
    std::string place, pkey;
    if (const Mention* pl = cv_.place_between(om->last, cv_.clause_end(om->last))) {
      place = pl->place;
      pkey = pl->place_key;
    }
    ev = register_event(ctx_, "meeting", place, pkey, ctx_.entities[static_cast<std::size_t>(om->entity)].label,
                        date_for(t.first, cv_.clause_end(t.last), t.first));
  } else if (const int meal = meal_attended(t); meal >= 0) {
    ev = meal;
  } else if (ctx_.salient_event >= 0 &&
             (t.last >= L() || !ctx_.tokens[t.last].is(kWord) || key(t.last) == "in"sv || key(t.last) == "as"sv ||
              key(t.last) == "by"sv || key(t.last) == "via"sv || key(t.last) == "too"sv || key(t.last) == "instead"sv ||
              key(t.last) == "alongside"sv || cv_.cue_is(t.last, "remote") || from_afar(t.last))) {
    // "Lavrov attended in his place", "took part by video link": the event being spoken of (the
    // summit the text is about rather than a meeting of two on its margins: "Orban also took part")
    ev = gathering_spoken_of();
    // (not, in the present tense, one held days before the article: "Kishida, who attends as a
    // partner" after Saturday's talks in Istanbul)
    if (const Date d = ev >= 0 ? ctx_.events[static_cast<std::size_t>(ev)].date : Date{};
        d.full() && ctx_.doc_date.full() && d < ctx_.doc_date && tense_at(ctx_, si_, t.first) == Tense::kPresent) {
      return;
    }
  }
  if (ev < 0) return;
  std::string status = cv_.status(s.last, t.first, false);
  // "no European leader took part", "neither Xi nor Putin attended"
  if (s.first > F() && (key(s.first - 1) == "no"sv || key(s.first - 1) == "neither"sv || key(s.first - 1) == "nor"sv)) {
    status = edge_status::kDenied;
  }
  const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
  // "then attended a summit of the Gulf Cooperation Council": a gathering newly named in this
  // clause is held on the day it was attended
  if (auto& e = ctx_.events[static_cast<std::size_t>(ev)];
      evm != nullptr && !evm->ev_definite && date.full() && e.date.empty() && status == edge_status::kReported) {
    e.date = date;
  }
  for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.85);
  // "attended the Washington summit with Trump", "... alongside Merz and Macron", "took part
  // alongside Xi": they were there too
  if (evm != nullptr && evm->last < L() && (key(evm->last) == "with"sv || key(evm->last) == "alongside"sv)) {
    Group w = cv_.object(evm->last + 1, 1);
    for (const int b : w.entities) add("attended", b, -1, ev, "", status, date, "", -1, 0.7);
  } else if (evm == nullptr && t.last + 1 < L() && key(t.last) == "alongside"sv) {
    Group w = cv_.object(t.last + 1, 1);
    for (const int b : w.entities) add("attended", b, -1, ev, "", status, date, "", -1, 0.7);
  }
  // "..., along with Guterres", "together with X": they attended too
  for (const int b : along_with(t.last)) add("attended", b, -1, ev, "", status, date, "", -1, 0.7);
  // "Rice sat in on the talks": she met those the text has meeting there
  if (key(t.first).starts_with("s") && t.first + 1 < t.last && key(t.first + 1) == "in"sv &&
      status == edge_status::kReported) {
    std::vector<int> met_there;
    const std::size_t from = ctx_.pending.size() > kRecentAssertions ? ctx_.pending.size() - kRecentAssertions : 0;
    for (std::size_t i = from; i < ctx_.pending.size(); ++i) {
      const PendingAssertion& p = ctx_.pending[i];
      if (p.relation != "met"sv || p.status != edge_status::kReported || p.event != ev || p.target < 0) continue;
      for (const int x : {p.subject, p.target}) {
        if (std::find(met_there.begin(), met_there.end(), x) == met_there.end()) met_there.push_back(x);
      }
    }
    for (const int a : s.entities) {
      for (const int b : met_there) {
        if (b != a) add("met", a, b, -1, "", status, date, "", ev, 0.65);
      }
    }
  }
  as_did(t, ev, status, date);
  last_subject_ = s;
  remember(s, t);
}

// "In the stands Macron sat beside FIFA president Gianni Infantino", "Shmyhal sat beside him on the
// stage": people of two sides seated together met (colleagues of one side only sat together:
// "Kouchner sat beside his president").
void Frames::seated_beside_met(const Group& s, const Trigger& t) {
  const bool beside = key(t.last - 1) == "beside"sv ||
                      (key(t.last - 1) == "to"sv && t.last >= t.first + 2 &&
                       (key(t.last - 2) == "next"sv || key(t.last - 2) == "close"sv));
  if (!beside) return;
  const Group o = cv_.object(t.last, 1);
  if (o.empty() || o.first > t.last + 1) return;
  // (a side known for both: a country, or a body for one who speaks for no country, "FIFA president")
  const auto entity = [&](int e) -> const DocEntity& { return ctx_.entities[static_cast<std::size_t>(e)]; };
  const auto known_side = [&](int e) {
    return entity(e).type == "person"sv && (!entity(e).country.empty() || !entity(e).org.empty());
  };
  const auto colleagues = [&](int a, int b) {
    return same_country(a, b) || (entity(a).country.empty() && !entity(a).org.empty() && entity(a).org == entity(b).org);
  };
  const std::uint32_t end = cv_.clause_end(t.last);
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  for (const int a : s.entities) {
    for (const int b : o.entities) {
      if (known_side(a) && known_side(b) && !colleagues(a, b)) add("met", a, b, -1, "", status, date, "", -1, 0.7);
    }
  }
}

void Frames::present(const Trigger& t) {
  // "Vance and Rubio sat on the American side": only a side of the table (not "sat on the board")
  const bool side = key(t.last - 1) == "the"sv && key(t.last - 2) == "on"sv;
  if (side) {
    std::uint32_t k = t.last;
    while (k < L() && k < t.last + 3 && key(k) != "side"sv) ++k;
    if (k >= L() || key(k) != "side"sv) return;
  }
  // ("came too late", "also came away with a promise", "came as well placed": no coming to the
  // gathering)
  if ((key(t.last - 1) == "too"sv || key(t.last - 1) == "came"sv || key(t.last - 1) == "well"sv) && t.last < L() &&
      ctx_.tokens[t.last].is(kWord) && !ctx_.tokens[t.last].is(kCapital) && key(t.last) != "and"sv &&
      key(t.last) != "but"sv && key(t.last) != "with"sv) {
    return;
  }
  Group s = subject_of(t);
  if (!s.empty() && !s.generic) seated_beside_met(s, t);
  if (s.empty() || ctx_.salient_event < 0) return;
  // "is here" in a report from the scene: the gathering the report is from, not the last event
  // spoken of
  const bool here = key(t.last - 1) == "here"sv;
  // ("Putin was there last year": "there" at another time is not the gathering spoken of)
  if (key(t.last - 1) == "there"sv) {
    for (std::uint32_t i = t.last; i < cv_.clause_end(t.last); ++i) {
      if (in_date(i)) return;
    }
  }
  int ev = here ? main_event() : gathering_spoken_of();
  // the most spoken-of gathering (not one to come) that passes `fits`, or -1
  const auto most_spoken_of = [&](const auto& fits) {
    int best = -1;
    for (std::size_t i = 0; i < ctx_.events.size(); ++i) {
      const auto& e = ctx_.events[i];
      if (e.to_come || !fits(static_cast<int>(i))) continue;
      if (best < 0 || e.mentions > ctx_.events[static_cast<std::size_t>(best)].mentions) best = static_cast<int>(i);
    }
    return best;
  };
  // ("Prabowo is here too, after skipping the Tianjin summit": "here" is where the report is from,
  // the gathering of the article's day when the text has one)
  if (here && ctx_.doc_date.full()) {
    if (const int today = most_spoken_of([&](int i) { return ctx_.events[static_cast<std::size_t>(i)].date == ctx_.doc_date; });
        today >= 0) {
      ev = today;
    }
  }
  // (nor one the sentence first names after "here")
  if (here && ev >= 0 && ctx_.events[static_cast<std::size_t>(ev)].mentions == 1 &&
      std::any_of(si_.mentions.begin(), si_.mentions.end(),
                  [&](const Mention& m) { return m.kind == MKind::kEvent && m.event == ev && m.first >= t.last; })) {
    const int named_after = ev;
    ev = most_spoken_of([&](int i) { return i != named_after; });
  }
  // (not a gathering of years before that the text recalled: "the summit off Malta 35 years ago
  // was held in a storm too. Lavrov is in the room": the room is the gathering of the article's time)
  const auto historic = [&](int i) {
    const Date& d = ctx_.events[static_cast<std::size_t>(i)].date;
    return ctx_.doc_date.year != 0 && d.year != 0 && d.year < ctx_.doc_date.year - 1;
  };
  if (ev >= 0 && historic(ev)) ev = most_spoken_of([&](int i) { return !historic(i); });
  Date when;
  // "A, B and C were also in Geneva": at the gathering held there ("were also in the hall": at the
  // gathering spoken of)
  const std::uint32_t room_at = t.last < L() && key(t.last) == "the"sv ? t.last + 1 : t.last;
  const bool room = key(t.last - 1) == "in"sv && room_at < L() &&
                    (key(room_at) == "hall"sv || key(room_at) == "room"sv || key(room_at) == "chamber"sv ||
                     key(room_at) == "audience"sv || key(room_at) == "auditorium"sv);
  // "were among the other leaders at Blenheim", "was among the arrivals at the summit": at the
  // gathering named, or held there
  const bool at = key(t.last - 1) == "at"sv;
  if (at) {
    if (Mention* evm = cv_.event_after(t.last, 2); evm != nullptr && evm->first <= t.last + 1) {
      const int named = event_in_clause(*evm);
      if (named < 0) return;
      ev = named;
    }
  }
  if ((key(t.last - 1) == "in"sv && !room) || (at && (ev < 0 || cv_.event_after(t.last, 2) == nullptr))) {
    const Mention* pl = cv_.mention_at(t.last);
    ev = main_event();
    if (pl == nullptr || pl->first != t.last || ev < 0 || pl->place_key.empty()) return;
    // (a place the gathering's own is named after: "Blenheim" for "Blenheim Palace")
    const std::string& held = ctx_.events[static_cast<std::size_t>(ev)].place_key;
    const bool same = pl->place_key == held || (at && held.size() > pl->place_key.size() &&
                                                 held.compare(0, pl->place_key.size(), pl->place_key) == 0 &&
                                                 held[pl->place_key.size()] == ' ');
    if (!same) return;
    // ("Erdogan was in Copenhagen two years ago": at another time, not at the gathering)
    when = date_for(t.first, cv_.clause_end(t.last), t.first);
    if (!when.empty() && !compatible(when, ctx_.events[static_cast<std::size_t>(ev)].date)) return;
    // ("Britain was in Copenhagen": people only)
    for (const int x : s.entities) {
      if (ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv) return;
    }
  }
  if (ev < 0) return;
  const std::string status = cv_.status(s.last, t.first, false);
  // "Who came: A, France's B, the British prime minister, C, and D were among those at the table":
  // a plural verb after a list with appositions has every person of the list as its subject
  if (key(t.first) == "were"sv || key(t.first) == "are"sv) {
    std::uint32_t start = cv_.clause_start(t.first);
    for (std::uint32_t i = F(); i < t.first && i < F() + 6; ++i) {
      if (key(i) == ":"sv) start = std::max(start, i + 1);
    }
    for (const Mention& m : si_.mentions) {
      if (m.first < start || m.last > t.first || m.kind != MKind::kPerson || m.entity < 0 || m.possessive ||
          m.modifier) {
        continue;
      }
      if (std::find(s.entities.begin(), s.entities.end(), m.entity) == s.entities.end()) s.entities.push_back(m.entity);
    }
  }
  for (const int a : s.entities) add("attended", a, -1, ev, "", status, when, "", -1, 0.7);
  as_did(t, ev, status, when);
  // (those on one side of the table met those of other countries at it)
  if (side) met_across_sides(s.entities, ev, status);
  // "Milei is seated close to Lula", "Umerov sat next to Yermak": the neighbour was there too
  std::uint32_t n = t.last;
  if (n + 1 < L() && (key(n) == "close"sv || key(n) == "next"sv) && key(n + 1) == "to"sv) n += 2;
  if (n > t.last || key(t.last - 1) == "to"sv || key(t.last - 1) == "beside"sv) {
    for (const int b : people_listed(n, cv_.clause_end(n))) add("attended", b, -1, ev, "", status, {}, "", -1, 0.65);
  }
  // "A and B were there, as were C and D", "Luxon was also in Nuku'alofa, as were Rabuka and
  // Marape": those after "as were" too
  std::uint32_t after = t.last;
  if (key(t.last - 1) == "in"sv) {
    if (const Mention* pl = cv_.mention_at(t.last); pl != nullptr && pl->first == t.last) after = pl->last;
  }
  if (after + 2 < L() && key(after) == ","sv && key(after + 1) == "as"sv &&
      (key(after + 2) == "were"sv || key(after + 2) == "was"sv)) {
    for (const int b : people_listed(after + 3)) add("attended", b, -1, ev, "", status, {}, "", -1, 0.7);
  }
  last_subject_ = s;  // "they" of the next sentence
  // "..., along with the European Commission president, Ursula von der Leyen, and ... Costa"
  for (const int b : along_with(t.last)) add("attended", b, -1, ev, "", status, {}, "", -1, 0.7);
  // "Abbas is here too, as is Guterres"
  std::uint32_t i = t.last;
  for (;;) {
    if (i < L() && key(i) == "too"sv) {
      ++i;
    } else if (i + 1 < L() && key(i) == "as"sv && key(i + 1) == "well"sv) {
      i += 2;
    } else {
      break;
    }
  }
  if (i + 3 < L() && key(i) == ","sv && key(i + 1) == "as"sv &&
      (key(i + 2) == "is"sv || key(i + 2) == "are"sv || key(i + 2) == "was"sv || key(i + 2) == "were"sv)) {
    for (const int b : people_listed(i + 3)) add("attended", b, -1, ev, "", status, {}, "", -1, 0.7);
  }
}

// "Trump was joined at the table by Bessent and Rubio; facing them were Wang Yi and He Lifeng":
// those listed after the phrase sat at the event this sentence has placed people at.
// "Among those in the hall were A, B and C": those listed were at the gathering the document is
// about.
void Frames::seated_across(const Trigger& t) {
  // "Sitting with the members were the leaders she had invited: A; B; and C": the list after
  // "were" (and after a colon that opens it) sat at the gathering the document is about
  // ("Those who did come were received with ceremony: A of India and B of South Africa; C; ...")
  if (const TokenKey k = key(t.first); k == "sitting"sv || k == "seated"sv || k == "standing"sv || k == "those"sv) {
    // (the list opens the sentence: not "A was among those who came")
    if (k == "those"sv && cv_.story_start() != t.first) return;
    std::uint32_t be = t.last;
    while (be < L() && be < t.last + 8 && key(be) != "were"sv && key(be) != "was"sv && key(be) != "are"sv &&
           !cv_.boundary(be)) {
      ++be;
    }
    if (be >= L() || (key(be) != "were"sv && key(be) != "was"sv && key(be) != "are"sv)) return;
    std::uint32_t from = be + 1;
    for (std::uint32_t j = be + 1; j < L() && j < be + 14; ++j) {
      if (key(j) == ":"sv) {
        from = j + 1;
        break;
      }
      if (key(j) == "."sv || key(j) == ";"sv) break;
    }
    const int ev = ctx_.salient_event >= 0 ? main_event() : -1;
    if (ev < 0) return;
    const std::string status = cv_.status(0, t.first, false);
    for (const int b : people_listed(from)) add("attended", b, -1, ev, "", status, {}, "", -1, 0.7);
    return;
  }
  // "Among the others in Rio were A, B and C", "Also in Nusa Dua were A and B": in the city of the
  // gathering the text is about
  if ((key(t.first) == "among"sv || key(t.first) == "also"sv) && key(t.last - 1) == "in"sv) {
    const int ev = ctx_.salient_event >= 0 ? main_event() : -1;
    const Mention* pl = cv_.mention_at(t.last);
    if (ev < 0 || pl == nullptr || pl->first != t.last || pl->place_key.empty()) return;
    // the same place, or its short name ("Rio" for "Rio de Janeiro")
    // (where the article is filed from, for a gathering it has not placed yet)
    const std::string& placed = ctx_.events[static_cast<std::size_t>(ev)].place_key;
    const std::string held = placed.empty() ? name_key(ctx_.dateline) : placed;
    if (pl->place_key != held && !held.starts_with(pl->place_key + " ")) return;
    std::uint32_t be = pl->last;
    while (be < L() && be < pl->last + 3 && key(be) != "were"sv && key(be) != "was"sv) ++be;
    if (be >= L() || (key(be) != "were"sv && key(be) != "was"sv)) return;
    const std::string status = cv_.status(0, t.first, false);
    for (const int b : people_listed(be + 1)) add("attended", b, -1, ev, "", status, {}, "", -1, 0.7);
    return;
  }
  int ev = -1;
  // (not a gathering still to come: "on his way to a regional summit in Cambodia")
  const auto held = [&](const PendingAssertion& a) {
    return a.relation == "attended"sv && a.status == edge_status::kReported && a.target_event >= 0 &&
           !ctx_.events[static_cast<std::size_t>(a.target_event)].to_come;
  };
  for (auto it = ctx_.pending.rbegin(); it != ctx_.pending.rend() && it->begin == si_.span.begin && ev < 0; ++it) {
    if (held(*it)) ev = it->target_event;
  }
  // ("Among those present were", "Also present were": the gathering the text is about)
  const bool listing = key(t.first) == "among"sv || key(t.first) == "also"sv;
  if (ev < 0 && listing && ctx_.salient_event >= 0) ev = main_event();
  // "Putin hosted the parade ... Around them sat A, B and C": those just placed at an event
  if (ev < 0 && !listing && key(t.first) != "facing"sv) {
    for (auto it = ctx_.pending.rbegin(); it != ctx_.pending.rend() && ev < 0; ++it) {
      if (held(*it)) ev = it->target_event;
    }
  }
  // "Trump received von der Leyen at Turnberry. Facing them were A and B": the gathering those the
  // sentence before named were at
  const TokenKey k0 = key(t.first);
  const bool across_from = k0 == "facing"sv || k0 == "opposite"sv || k0 == "across"sv;
  const auto named_before = [&](int who) {
    const auto& before = ctx_.previous_sentence_people;
    return std::find(before.begin(), before.end(), who) != before.end();
  };
  if (ev < 0 && across_from) {
    for (auto it = ctx_.pending.rbegin(); it != ctx_.pending.rend() && ev < 0; ++it) {
      if (held(*it) && named_before(it->subject)) ev = it->target_event;
    }
  }
  if (ev < 0) return;
  const std::string status = cv_.status(0, t.first, false);
  const std::vector<int> listed = people_listed(t.last);
  for (const int b : listed) add("attended", b, -1, ev, "", status, {}, "", -1, 0.7);
  // "across the table sat A and B", "facing them were A and B": they met those this sentence put on
  // the other side
  if (!across_from && k0 != "on"sv) return;
  std::vector<int> side;
  // "Across the table from him sat A and B": the one the sentence before was about faces them
  for (std::uint32_t i = t.first; i < t.last; ++i) {
    const TokenKey p = key(i);
    if (p != "him"sv && p != "her"sv) continue;
    const int who = ctx_.previous_sentence_person;
    if (who < 0 || std::find(listed.begin(), listed.end(), who) != listed.end()) break;
    const char g = ctx_.entities[static_cast<std::size_t>(who)].gender;
    if (g == '?' || g == (p == "her"sv ? 'f' : 'm')) side.push_back(who);
    break;
  }
  // ("facing them": those the sentence before named at the gathering)
  bool them = false;
  for (std::uint32_t i = t.first; i < t.last; ++i) them = them || key(i) == "them"sv;
  for (auto it = ctx_.pending.rbegin(); it != ctx_.pending.rend() && it->begin == si_.span.begin; ++it) {
    if (it->relation != "attended"sv || it->status != edge_status::kReported || it->target_event != ev) continue;
    if (ctx_.entities[static_cast<std::size_t>(it->subject)].type != "person"sv) continue;
    if (std::find(listed.begin(), listed.end(), it->subject) != listed.end()) continue;
    if (std::find(side.begin(), side.end(), it->subject) == side.end()) side.push_back(it->subject);
  }
  if (them && side.empty()) {
    for (const auto& a : ctx_.pending) {
      if (!held(a) || a.target_event != ev || !named_before(a.subject)) continue;
      if (ctx_.entities[static_cast<std::size_t>(a.subject)].type != "person"sv) continue;
      if (std::find(listed.begin(), listed.end(), a.subject) != listed.end()) continue;
      if (std::find(side.begin(), side.end(), a.subject) == side.end()) side.push_back(a.subject);
    }
  }
  const Date date = ctx_.events[static_cast<std::size_t>(ev)].date;
  // (those across a table are of the other side: not of the same country)
  for (const int b : listed) {
    for (const int a : side) {
      if (!same_country(a, b)) add("met", a, b, -1, "", status, date, "", ev, 0.65);
    }
  }
}

// "Macron told reporters at the summit that ...", "The chancellor, speaking at the summit, called
// ...", "Among the other leaders at the summit were A, B and C": the person the clause is about,
// or those listed, were at the gathering named after "at" or "during". Returns whether the event
// noun was read so.
bool Frames::attended_at(const Trigger& t) {
  Mention* em = cv_.mention_starting(t.first);
  if (em == nullptr || em->kind != MKind::kEvent) {
    const Mention* in = cv_.mention_at(t.first);
    if (in == nullptr || in->kind != MKind::kEvent) return false;
    em = &si_.mentions[static_cast<std::size_t>(in - si_.mentions.data())];
  }
  if (em->first <= F() || (key(em->first - 1) != "at"sv && key(em->first - 1) != "during"sv)) return false;
  const std::uint32_t at = em->first - 1;
  // the clause, over a reporting verb ("Macron told reporters at the summit")
  std::uint32_t start = at;
  while (start > F()) {
    const TokenKey k = key(start - 1);
    if (k == ";"sv || k == ":"sv || k == "but"sv || k == "while"sv || k == "whereas"sv || k == "although"sv ||
        k == "because"sv) {
      break;
    }
    --start;
  }
  // (a caption in brackets: "[A and B at the conference table. Photo/Name]")
  while (start < at && (key(start) == "["sv || key(start) == "("sv)) ++start;
  // "Among the other leaders at the summit, and at the dinner, were A, B and C"
  if (key(start) == "among"sv) {
    std::uint32_t be = em->last;
    while (be < L() && be < em->last + 16 && key(be) != "were"sv && key(be) != "was"sv && !cv_.boundary(be)) ++be;
    if (be >= L() || (key(be) != "were"sv && key(be) != "was"sv)) return false;
    const int ev = event_in_clause(*em);
    if (ev < 0) return false;
    const std::string status = cv_.status(0, at, false);
    for (const int b : people_listed(be + 1)) add("attended", b, -1, ev, "", status, {}, "", -1, 0.7);
    return true;
  }
  if (fronted_at(*em, start, at)) return true;
  // the clause opens with the people (over a title before their names): nobody else named before "at"
  std::size_t i = 0;
  while (i < si_.mentions.size() && si_.mentions[i].first < start) ++i;
  // (over a dateline: "GYEONGJU - President Lee and President Trump agreed ...")
  if (i + 1 < si_.mentions.size() && si_.mentions[i].first == F() && si_.mentions[i].kind == MKind::kPlace &&
      si_.mentions[i].last < L() && (key(si_.mentions[i].last) == "-"sv || key(si_.mentions[i].last) == "\u2013"sv) &&
      si_.mentions[i + 1].first == si_.mentions[i].last + 1) {
    start = si_.mentions[i + 1].first;
    ++i;
  }
  if (i >= si_.mentions.size() || si_.mentions[i].first >= at) return false;
  if (si_.mentions[i].first > start && !determiner(key(si_.mentions[i].first - 1))) return false;
  i = holder_after_title(i);
  const Mention* first = &si_.mentions[i];
  const Group g = cv_.group_from(i);
  if (g.empty() || g.generic || first->possessive || first->modifier || g.last > at || !people_only(g)) return false;
  for (const Mention& m : si_.mentions) {
    if (m.first < g.last || m.first >= at) continue;
    if (m.kind == MKind::kPerson || m.kind == MKind::kPronoun || m.kind == MKind::kEvent) return false;
  }
  // not passive ("Putin was criticised at the summit"), nor a clause of its own before "at"
  for (std::uint32_t k = g.last; k + 1 < at; ++k) {
    const TokenKey w = key(k);
    if ((w == "was"sv || w == "were"sv || w == "been"sv || w == "being"sv || w == "is"sv || w == "are"sv) &&
        key(k + 1).ends_with("ed")) {
      return false;
    }
    // (a relative clause closed by the comma before "at" is the object's: "the package that
    // negotiators had argued over, at a summit at the museum")
    if (w == ";"sv || ((w == "that"sv || w == "which"sv || w == "who"sv || w == "whom"sv) && key(at - 1) != ","sv)) return false;
  }
  const int ev = event_in_clause(*em);
  if (ev < 0) return false;
  const std::string status = cv_.status(g.last, at, false);
  if (status != edge_status::kReported) return false;
  const Date date = date_for(first->first, cv_.clause_end(at), at);
  for (const int x : g.entities) add("attended", x, -1, ev, "", status, date, "", -1, 0.7);
  // A caption of people pictured together there ("A, B and C at the conference table", "A and B side
  // by side during the conference"): a line with no verb, only the people and where they are
  bool pictured = g.entities.size() >= 2 && first->first == start;
  for (std::uint32_t k = g.last; k < at && pictured; ++k) {
    pictured = key(k) == "side"sv || key(k) == "by"sv || key(k) == "together"sv;
  }
  for (std::uint32_t k = em->last; k < L() && pictured; ++k) {
    pictured = !ctx_.tokens[k].is(kWord) || cv_.mention_at(k) != nullptr || key(k) == "in"sv || key(k) == "at"sv ||
               key(k) == "on"sv || key(k) == "the"sv || key(k) == "table"sv || in_date(k);
  }
  // ("Lee and Trump agreed on the package at a summit in Gyeongju", "... at their talks": two who
  // did something at a meeting of their own met there)
  const bool theirs = em->ev_indefinite || (em->first > F() && key(em->first - 1) == "their"sv);
  const TokenKey noun = key(event_phrase_end(ctx_, *em) - 1);
  if (!pictured && g.entities.size() == 2 && theirs && (noun == "summit"sv || noun == "meeting"sv || noun == "talks"sv)) {
    pictured = true;
  }
  if (pictured) meeting_among(g.entities, status, date, "", ev, 0.7);
  return true;
}

// The mention after mention i when i is a title whose holder follows it after a comma ("the
// chancellor, Friedrich Merz"): the holder names the subject; else i.
std::size_t Frames::holder_after_title(std::size_t i) const {
  const Mention& m = si_.mentions[i];
  const bool title = m.kind == MKind::kTitle || cv_.title_before_holder(i);
  return title && i + 1 < si_.mentions.size() && key(m.last) == ","sv && si_.mentions[i + 1].first == m.last + 1 ? i + 1
                                                                                                                  : i;
}

// "At a meeting of the business council in the Theatre Marigny, Xi announced ...", "Speaking at the
// summit on Tuesday, Lula said ...": a phrase of the gathering set off before the clause's subject,
// who was there. Nothing but a word of time or "speaking" comes before "at"; the subject, the
// people right after the comma, is named, and the clause is reported.
bool Frames::fronted_at(Mention& em, std::uint32_t start, std::uint32_t at) {
  for (std::uint32_t k = start; k < at; ++k) {
    const TokenKey w = key(k);
    if (!(w == "speaking"sv || w == "later"sv || w == "earlier"sv || w == "then"sv || w == ","sv)) return false;
  }
  // the comma closing the phrase, before any clause of its own ("At the summit, which ...": the
  // comma comes first; "At the summit where he spoke, ..." is not read)
  std::uint32_t comma = em.last;
  while (comma < L() && comma < em.last + 14 && key(comma) != ","sv) {
    const TokenKey w = key(comma);
    if (w == "where"sv || w == "which"sv || w == "who"sv || w == "that"sv || cv_.boundary(comma)) return false;
    ++comma;
  }
  if (comma >= L() || key(comma) != ","sv || comma + 1 >= L()) return false;
  std::size_t i = 0;
  while (i < si_.mentions.size() && si_.mentions[i].first <= comma) ++i;
  if (i >= si_.mentions.size()) return false;
  const Mention* first = &si_.mentions[i];
  if (first->first != comma + 1 && !(first->first == comma + 2 && determiner(key(comma + 1)))) return false;
  i = holder_after_title(i);
  first = &si_.mentions[i];
  const Group g = cv_.group_from(i);
  if (g.empty() || g.generic || first->possessive || first->modifier || !people_only(g)) return false;
  // a verb of the subject's own next (not a passive: "Lula was criticised")
  if (g.last + 1 >= L() || !ctx_.tokens[g.last].is(kWord) || cv_.mention_at(g.last) != nullptr) return false;
  const TokenKey v = key(g.last);
  if ((v == "was"sv || v == "were"sv || v == "is"sv || v == "are"sv) && key(g.last + 1).ends_with("ed")) return false;
  const int ev = event_in_clause(em);
  if (ev < 0) return false;
  const std::uint32_t end = cv_.clause_end(g.last);
  const std::string status = cv_.status(g.last, std::min<std::uint32_t>(g.last + 1, end), false);
  if (status != edge_status::kReported || cv_.status(F(), at + 1, false) != edge_status::kReported) return false;
  const Date date = date_for(F(), end, at);
  for (const int x : g.entities) add("attended", x, -1, ev, "", status, date, "", -1, 0.7);
  return true;
}

// "Among the American officials at the table with the two guests are A and B": those listed were at
// the gathering spoken of.
void Frames::among_at_table(const Trigger& t) {
  std::uint32_t w = F();
  while (w < t.first && !ctx_.tokens[w].is(kWord)) ++w;
  // "Among those at the table were", "(Also) around the table were A and B"; "Among them were A and
  // B" after a sentence about the leaders or guests who came
  if (key(t.first) == "among"sv && t.first + 1 < L() && key(t.first + 1) == "them"sv) {
    bool leaders = false;
    static const WordSet kWho = {"leaders", "heads", "guests", "delegations",
                                                              "participants", "dignitaries", "presidents"};
    for (std::uint32_t i = ctx_.sentence_start_back(F(), 1); i < F() && !leaders; ++i) {
      leaders = kWho.count(key(i).view()) != 0;
    }
    if (!leaders || t.first != w) return;
  } else if (key(w) != "among"sv && !(t.first == w || (key(w) == "also"sv && t.first == w + 1))) {
    return;
  }
  std::uint32_t be = key(t.first) == "among"sv ? t.last - 1 : t.last;  // ("among them were": the verb is in it)
  // (or "sat": "Around the table sat A, B and C"; or a colon: "Among those we have spotted: A, B")
  while (be < L() && be < t.last + 10 && key(be) != "were"sv && key(be) != "are"sv && key(be) != "was"sv &&
         key(be) != "is"sv && key(be) != "sat"sv && key(be) != "sit"sv && !(be == t.last && key(be) == ":"sv) &&
         !cv_.boundary(be)) {
    ++be;
  }
  if (be >= L() || (cv_.boundary(be) && key(be) != ":"sv)) return;
  // the table of the gathering the text puts most people at
  int ev = -1;
  std::vector<int> present(ctx_.events.size(), 0);
  // (the latest assertions only: a bound on the work in a document of endless tables)
  const std::size_t from = ctx_.pending.size() > kRecentAssertions ? ctx_.pending.size() - kRecentAssertions : 0;
  for (std::size_t i = from; i < ctx_.pending.size(); ++i) {
    const auto& p = ctx_.pending[i];
    if (p.relation == "attended"sv && p.status == edge_status::kReported && p.target_event >= 0) {
      ++present[static_cast<std::size_t>(p.target_event)];
    }
  }
  for (std::size_t i = 0; i < present.size(); ++i) {
    if (present[i] > 0 && (ev < 0 || present[i] > present[static_cast<std::size_t>(ev)])) ev = static_cast<int>(i);
  }
  // "Around the table were A and B" opening the sentence: only at such a gathering
  if (ev >= 0 && key(t.first) != "among"sv && key(w) != "among"sv && !gathering_of_many(ev)) {
    ev = -1;
  }
  // (nobody placed yet: the summit or conference the text is about)
  if (ev < 0) ev = gathering_of_many_spoken_of();
  if (ev < 0) return;
  const std::string status = cv_.status(0, t.first, false);
  // (the whole list, past a relative clause about one of them: "Liz Truss, whose government had
  // hesitated, Turkey's Recep Tayyip Erdogan, ...")
  std::vector<int> listed = people_listed(be + 1);
  for (const int x : list_past_relatives(be + 1)) {
    if (std::find(listed.begin(), listed.end(), x) == listed.end()) listed.push_back(x);
  }
  for (const int b : listed) add("attended", b, -1, ev, "", status, {}, "", -1, 0.7);
}

// "For three days the German chancellor had Joe Biden, Emmanuel Macron and Fumio Kishida as his
// guests, plus the EU's two presidents, A and B": the host met each guest; at a gathering of many
// the host chaired it and all attended.
void Frames::hosted_as_guests(const Trigger& t) {
  std::uint32_t v = t.first;
  while (v > F() && v + 30 > t.first && key(v - 1) != "had"sv && key(v - 1) != "has"sv && key(v - 1) != "welcomed"sv &&
         key(v - 1) != "received"sv && !cv_.boundary(v - 1)) {
    --v;
  }
  if (v <= F() || cv_.boundary(v - 1)) return;
  const Trigger verb{v - 1, v, t.info};
  const Group host = subject_of(verb);
  if (host.empty() || host.generic || host.entities.size() != 1) return;
  std::vector<int> guests = people_listed(v, t.first);
  // ", plus the EU's two presidents, A of the Commission and B of the Council"
  if (t.last + 1 < L() && key(t.last) == ","sv && key(t.last + 1) == "plus"sv) {
    std::uint32_t p = t.last + 2;
    while (p < L() && p < t.last + 10 && key(p) != ","sv) ++p;
    for (const int x : people_listed(p < L() && key(p) == ","sv ? p + 1 : t.last + 2)) {
      if (std::find(guests.begin(), guests.end(), x) == guests.end()) guests.push_back(x);
    }
  }
  if (guests.empty()) return;
  const std::string status = cv_.status(host.last, verb.first, false);
  const Date date = date_for(std::min(host.first, verb.first), cv_.clause_end(t.last), verb.first);
  for (const int g : guests) add("met", host.entities.front(), g, -1, "", status, date, "", -1, 0.7);
  int ev = gathering_of_many_spoken_of();
  // (a host with three or more guests holds a gathering of many: "his first summit as a host" told of
  // before; placed, if at all, by what the document says of it later, "at a castle in Bavaria" being
  // no place of its own)
  if (ev < 0 && guests.size() >= 3 && status == edge_status::kReported) ev = register_event(ctx_, "summit", "", "", "", date);
  if (ev < 0) return;
  add("chaired", host.entities.front(), -1, ev, "", status, date, "", -1, 0.7);
  add("attended", host.entities.front(), -1, ev, "", status, date, "", -1, 0.7);
  for (const int g : guests) add("attended", g, -1, ev, "", status, date, "", -1, 0.7);
  last_subject_ = host;
}

// "chaired a summit of the council in Jeddah, with Biden as the guest", "with Mirziyoyev in the
// chair": a guest attended the gathering of the sentence (else the one the text is about), and the
// one in the chair chaired it.
void Frames::with_role(const Trigger& t) {
  if (key(t.last - 1) != "guests"sv && role_between_commas(t)) return;
  if (t.first < F() + 2) return;
  if (key(t.last - 1) == "guests"sv) {
    hosted_as_guests(t);
    return;
  }
  // ("with the Czech prime minister, Petr Fiala, as its host")
  const std::uint32_t before = key(t.first - 1) == ","sv ? t.first - 2 : t.first - 1;
  const Mention* m = cv_.mention_at(before);
  if (m == nullptr || m->kind != MKind::kPerson || m->entity < 0 || m->possessive || m->first <= F()) return;
  const std::uint32_t w = key(m->first - 1) == "the"sv && m->first > F() + 1 ? m->first - 2 : m->first - 1;
  if (key(w) != "with"sv) return;
  with_role_of(t, *m);
}

// "As host, Macron opened the talks", "Macron, as host, opened the talks": the person the role is
// said of, between commas or right after them. Returns whether the trigger was one.
bool Frames::role_between_commas(const Trigger& t) {
  if (t.last >= L() || key(t.last) != ","sv) return false;
  const Mention* m = nullptr;
  if (t.first == F() || (t.first == F() + 1 && !ctx_.tokens[F()].is(kWord))) {
    m = cv_.mention_at(t.last + 1);  // "As host, Macron"
    if (m != nullptr && m->first != t.last + 1) m = nullptr;
  } else if (t.first > F() + 1 && key(t.first - 1) == ","sv) {
    m = cv_.mention_at(t.first - 2);  // "Macron, as host,"
    if (m != nullptr && m->last != t.first - 1) m = nullptr;
  }
  if (m == nullptr || m->kind != MKind::kPerson || m->entity < 0 || m->possessive) return false;
  with_role_of(t, *m);
  return true;
}

void Frames::with_role_of(const Trigger& t, const Mention& who) {
  const Mention* m = &who;
  int ev = -1;
  for (Mention& em : si_.mentions) {
    if (em.kind == MKind::kEvent && em.last <= m->first) ev = event_in_clause(em);
  }
  if (ev < 0) ev = gathering_of_many_spoken_of();
  if (ev < 0) return;
  const std::string status = cv_.status(0, t.first, false);
  const bool chair = key(t.last - 1) == "chair"sv || key(t.last - 1) == "host"sv;
  if (chair) add("chaired", m->entity, -1, ev, "", status, {}, "", -1, 0.75);
  add("attended", m->entity, -1, ev, "", status, {}, "", -1, 0.7);
}

// "Among those received by him were A, B and C": the one who received them met each.
void Frames::received_among(const Trigger& t) {
  const Group host = cv_.object(t.last, 1);
  if (host.empty() || host.generic) return;
  // "by him": only the one the sentence before was about (not merely the last man named)
  if (const Mention* hm = cv_.mention_at(t.last); hm != nullptr && hm->kind == MKind::kPronoun &&
                                                  (host.entities.size() != 1 ||
                                                   host.entities.front() != ctx_.previous_sentence_person)) {
    return;
  }
  std::uint32_t be = host.last;
  while (be < L() && be < host.last + 4 && key(be) != "were"sv && key(be) != "was"sv) ++be;
  if (be >= L() || (key(be) != "were"sv && key(be) != "was"sv)) return;
  const std::string status = cv_.status(0, t.first, false);
  const Date date = date_for(t.first, cv_.clause_end(be), t.first);
  for (const int b : people_listed(be + 1)) {
    for (const int a : host.entities) add("met", a, b, -1, "", status, date, "", -1, 0.75);
  }
}

// "Vance addressed the conference", "told the summit on Friday", "spoke at the forum", "gave the
// speech everyone came to hear": a speaker attended the gathering named, else the conference or
// summit the document is about (not a meeting of two: one addresses a conference, not talks).
// "Macron and Merz posed for pictures with Lourenco, Costa and Youssouf at the end of the first
// day", "the leaders lined up for the family photo": those in the picture were at the gathering the
// text is about (else the one it has placed people at), and so were those they posed with.
void Frames::pose(const Trigger& t) {
  std::uint32_t w = t.last;
  while (w < L() && w < t.last + 3 && (determiner(key(w)) || key(w) == "family"sv || key(w) == "group"sv ||
                                       key(w) == "official"sv || key(w) == "traditional"sv)) {
    ++w;
  }
  if (w >= L()) return;
  const TokenKey what = key(w);
  if (what != "pictures"sv && what != "picture"sv && what != "photos"sv && what != "photo"sv &&
      what != "photographs"sv && what != "photograph"sv && what != "photographers"sv && what != "cameras"sv &&
      what != "photo-op"sv) {
    return;
  }
  const Group s = subject_of(t);
  if (s.empty() || s.generic) return;
  for (const int x : s.entities) {
    if (ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv) return;
  }
  int ev = gathering_of_many_spoken_of();
  if (ev < 0 && ctx_.salient_event >= 0 && someone_at(ctx_.salient_event)) ev = ctx_.salient_event;
  if (ev < 0) return;
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
  for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.7);
  if (w + 1 < L() && key(w + 1) == "with"sv) {
    const Group with = cv_.object(w + 2, 2);
    for (const int a : with.entities) {
      if (ctx_.entities[static_cast<std::size_t>(a)].type == "person"sv) add("attended", a, -1, ev, "", status, date, "", -1, 0.7);
    }
  }
  remember(s, t);
}

// The legislature named from token `from` over the words that lead to it ("members of both Houses
// of Parliament", "a joint meeting of Congress", "the Knesset"), within the clause; kNoToken when
// none.
std::uint32_t Frames::legislature_at(std::uint32_t from) const {
  static const WordSet kLeadIn = {"the",     "a",       "an",    "joint",   "meeting", "session", "sitting", "of",
                                  "both",    "houses",  "house", "members", "lawmakers", "mps",   "peers",   "and",
                                  "chambers", "special", "plenary", "two",  "national", "full"};
  static const WordSet kLegislatures = {"congress", "parliament", "knesset", "bundestag", "duma", "oireachtas",
                                        "senate",   "sejm",       "rada",    "riksdag",   "storting", "folketing",
                                        "seimas",   "saeima",     "cortes",  "majlis",    "diet"};
  const std::uint32_t end = cv_.clause_end(from);
  std::uint32_t w = from;
  while (w < end && w < from + 8 && !ctx_.tokens[w].is(kCapital) && kLeadIn.count(key(w).view()) != 0) ++w;
  // (over a capitalised lead-in word: "both Houses of Parliament", "a Joint Meeting of Congress")
  while (w < end && w < from + 10 && ctx_.tokens[w].is(kCapital) && kLegislatures.count(key(w).view()) == 0 &&
         kLeadIn.count(key(w).view()) != 0) {
    ++w;
    while (w < end && !ctx_.tokens[w].is(kCapital) && kLeadIn.count(key(w).view()) != 0) ++w;
  }
  if (w >= end || !ctx_.tokens[w].is(kCapital) || kLegislatures.count(key(w).view()) == 0) return ClauseView::kNoToken;
  return w;
}

// "addressed a joint meeting of Congress", "spoke to both Houses of Parliament": a sitting of the
// legislature named from token `from`, a gathering of its own on the clause's day; -1 when it names
// none, or the clause is not reported, or is of no day.
int Frames::legislature_sitting(const Trigger& t, const Group& s, std::uint32_t from) {
  const std::uint32_t w = legislature_at(from);
  if (w == ClauseView::kNoToken) return -1;
  const std::uint32_t end = cv_.clause_end(t.last);
  if (cv_.status(s.last, t.first, false) != edge_status::kReported) return -1;
  // (not the agent of a participle before the verb: "and, having been welcomed by both Presidents,
  // addressed members of the Senate" is the King's)
  if (s.first > F() && key(s.first - 1) == "by"sv) return -1;
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  if (!date.full()) return -1;
  std::string place, pkey;
  if (const Mention* pl = cv_.place_between(w + 1, end)) place_of(*pl, &place, &pkey);
  const std::string name = text(w, w + 1);
  // (a ceremony of its own, known by its noun: not the summit or the talks the text speaks of next)
  const int ev = register_event(ctx_, "ceremony", place, pkey, name, date, false, false, false, "address");
  if (ev >= 0) ctx_.events[static_cast<std::size_t>(ev)].named = true;
  return ev;
}

void Frames::speak_at(const Trigger& t) {
  // "The keynote that evening was delivered by Emmanuel Macron": the speaker follows
  const bool passive = key(t.last - 1) == "by"sv;
  // "Speech by President Ursula von der Leyen at the plenary session of the first EU-Central Asia
  // Summit": the title of a published speech, opening its line, names the speaker and where it was
  // given (else it says nothing of a gathering: "Statement by the Prime Minister on the floods")
  if (passive && t.last == t.first + 2 && t.first == F()) {
    const Group speaker = cv_.object(t.last, 1);
    if (speaker.empty() || speaker.generic || speaker.last + 1 >= L() ||
        (key(speaker.last) != "at"sv && key(speaker.last) != "to"sv)) {
      return;
    }
    for (const int x : speaker.entities) {
      if (ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv) return;
    }
    Mention* evm = cv_.event_after(speaker.last + 1, 6);
    const int ev = evm != nullptr ? event_in_clause(*evm) : -1;
    if (ev < 0) return;
    const std::string status = cv_.status(0, t.first, false);
    const Date date = date_for(t.first, cv_.clause_end(speaker.last), t.first);
    for (const int a : speaker.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.7);
    return;
  }
  if (passive) {
    bool speech = false;
    for (std::uint32_t i = t.first > F() + 6 ? t.first - 6 : F(); i < t.first; ++i) {
      speech = speech || key(i) == "keynote"sv || key(i) == "speech"sv || key(i) == "address"sv ||
               key(i) == "lecture"sv;
    }
    if (!speech) return;
  }
  const TokenKey v0 = key(t.first);
  const bool one_word = t.last == t.first + 1;
  // "told the G7 summit in Hiroshima": "told" is a speech only to a gathering named right after it
  // (not "told Congress": one capitalised word is a body, not a gathering)
  // ("addressed the General Assembly on Wednesday", "told the Security Council": a body that meets,
  // whose gathering of the day the speaker attended)
  const std::uint32_t body_at = t.last < L() && key(t.last) == "the"sv ? t.last + 1 : t.last;
  const OrgInfo* body = passive ? nullptr : meeting_body_at(body_at, cv_.clause_end(t.last));
  if (one_word && (v0 == "told"sv || v0 == "tells"sv) && body == nullptr) {
    const Mention* em = cv_.mention_at(t.last);
    if (em == nullptr || em->first != t.last || em->kind != MKind::kEvent) return;
    if (em->last == em->first + 1 && ctx_.tokens[em->first].is(kCapital)) return;
  }
  // ("spoke for about half an hour to members of both Houses of Parliament": "to" a legislature)
  std::uint32_t to = ClauseView::kNoToken;
  if (v0 == "spoke"sv || v0 == "speaks"sv) {
    for (std::uint32_t w = t.last; w + 1 < L() && w < t.last + 8 && !cv_.boundary(w); ++w) {
      if (key(w) == "to"sv) {
        if (legislature_at(w + 1) != ClauseView::kNoToken) to = w + 1;
        break;
      }
    }
  }
  // "Modi, Macron and Lula also spoke": a bare "spoke" ends its clause (over a time or an adverb)
  if (one_word && (v0 == "spoke"sv || v0 == "speaks"sv) && to == ClauseView::kNoToken) {
    std::uint32_t n = t.last;
    // ("spoke in Lugano on Monday and announced ...": over the place of the gathering spoken of)
    // ("spoke in the first plenary session": in a gathering, as "spoke at" it)
    if (n + 1 < L() && key(n) == "in"sv) {
      const Mention* pl = cv_.mention_at(n + 1);
      if (const Mention* evm = cv_.event_after(n + 1, 3); evm != nullptr) {
        n = evm->last;
      } else if (pl != nullptr && pl->first == n + 1 && pl->kind == MKind::kPlace && ctx_.salient_event >= 0) {
        // (the gathering's place, else the dateline's city of a report on a gathering with none)
        const std::string& held_in = ctx_.events[static_cast<std::size_t>(ctx_.salient_event)].place_key;
        const std::string there = !held_in.empty() ? held_in : name_key(ctx_.dateline);
        std::string place, pkey;
        place_of(*pl, &place, &pkey);
        if (!there.empty() && pkey == there) n = pl->last;
      }
    }
    while (n < L() && (in_date(n) || (key(n) == "on"sv && n + 1 < L() && in_date(n + 1)) || key(n) == "too"sv ||
                       key(n) == "briefly"sv || key(n) == "later"sv || key(n) == "first"sv || key(n) == "again"sv)) {
      ++n;
    }
    if (n < L() && key(n) != "."sv && key(n) != ";"sv && key(n) != ","sv && key(n) != "and"sv) return;
    if (cv_.event_after(t.last, 3) == nullptr && (ctx_.salient_event < 0 || si_.question)) return;
  }
  const Group s = passive ? cv_.object(t.last, 1) : subject_of(t);
  if (s.empty() || s.generic) return;
  for (const int x : s.entities) {
    if (ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv) return;
  }
  // "addressed a joint meeting of Congress", "addressed both Houses of Parliament", "addressed the
  // Knesset": a sitting of the legislature, a gathering of its own on the clause's day
  int ev = key(t.first).view().starts_with("address") ? legislature_sitting(t, s, t.last) : -1;
  if (ev < 0 && to != ClauseView::kNoToken) {
    ev = legislature_sitting(t, s, to);
    if (ev < 0) return;  // (a sitting of no day the text gives: no other gathering's)
  }
  if (Mention* evm = ev < 0 ? cv_.event_after(t.last, 3) : nullptr) ev = event_in_clause(*evm);
  if (ev < 0 && body != nullptr) {
    const Date day = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
    if (!day.full() || cv_.status(s.last, t.first, false) != edge_status::kReported) return;
    ev = gathering_of_body(*body, day);
  }
  if (ev < 0) {
    // "addressed the nation", "addressed a letter", "addressed the issue": only a gathering's room
    const TokenKey v = key(t.first);
    if (v.view().starts_with("address")) {
      std::uint32_t o = t.last;
      if (o < L() && (key(o) == "the"sv || key(o) == "a"sv)) ++o;
      static const WordSet kRooms = {
          "plenary", "delegates", "conference", "summit", "forum", "gathering", "assembly", "audience",
          "hall", "leaders", "session", "participants", "opening", "meeting"};
      if (o >= L() || kRooms.count(key(o).view()) == 0) return;
    }
    if (ctx_.salient_event < 0) return;
    ev = main_event();
    if (ev < 0) return;
    const auto& e = ctx_.events[static_cast<std::size_t>(ev)];
    if (e.kind != "summit"sv && e.kind != "conference"sv && !gathering_of_many(ev)) return;
    // ("Biden spoke on Tuesday" in a round-up of a week: not at a gathering held after that day, or
    // over before it: its length, else a few days)
    if (const Date day = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first); day.full() && e.date.full()) {
      const long into = days_from_civil(day.year, day.month, day.day) - days_from_civil(e.date.year, e.date.month, e.date.day);
      if (into < 0 || into >= (e.days > 0 ? e.days : 4)) return;
    } else if (!day.full() && ctx_.focus.full() && !e.date.full() && ctx_.doc_date.full()) {
      // ("The first sign of a thaw came on 20 November 2022 ... Erdogan and Sisi spoke briefly": the
      // day the text is on, long before the article, is not that of an undated gathering it reports)
      if (surely_after(ctx_.doc_date, ctx_.focus) && distance_days(ctx_.doc_date, ctx_.focus) > 30) return;
    }
    // "spoke at a rally in Berlin": somewhere else than the gathering, or a crowd of no summit
    std::uint32_t end = std::min(cv_.clause_end(t.last), t.last + 8);
    // (not a place of what the speech was used to do: "used his speech to warn the Houthi movement
    // in Yemen")
    for (std::uint32_t i = t.last; i + 1 < end; ++i) {
      const Token& next = ctx_.tokens[i + 1];
      if (key(i) == "to"sv && next.is(kWord) && !next.is(kCapital) && key(i + 1) != "the"sv && key(i + 1) != "a"sv) {
        end = i;
        break;
      }
    }
    static const WordSet kElsewhere = {
        "rally", "rallies", "university", "college", "school", "church", "mosque", "synagogue", "factory",
        "plant", "parliament", "funeral", "fundraiser", "convention", "demonstration", "protest", "march", "vigil",
        "campaign", "election", "party"};
    for (std::uint32_t i = t.last; i < end && i < t.last + 4; ++i) {
      if (kElsewhere.count(key(i).view()) != 0) return;
    }
    // (the place may also open the clause: "Back in Budapest, Orban told colleagues")
    for (const Mention* pl : {cv_.place_between(t.last, end), cv_.place_between(cv_.clause_start(t.first), t.first)}) {
      if (pl == nullptr || e.place_key.empty()) continue;
      std::string place, pkey;
      place_of(*pl, &place, &pkey);
      if (!pkey.empty() && pkey != e.place_key) return;
    }
  }
  if (recorded_message(t.last)) return;
  const std::string status = cv_.status(passive ? 0 : s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(passive ? s.last : t.last), t.first);
  for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.7);
  // "addressed both Houses, with Starmer listening from the front row": the audience named was there
  if (!passive) {
    for (std::uint32_t w = t.last; w + 2 < L() && w < t.last + 16; ++w) {
      if (key(w) == ";"sv || key(w) == "."sv) break;
      if (key(w) != ","sv || key(w + 1) != "with"sv) continue;
      static const WordSet kListening = {"listening", "watching", "looking", "seated", "sitting", "applauding"};
      std::uint32_t v = w + 2;
      while (v < L() && v < w + 12 && kListening.count(key(v).view()) == 0 && !cv_.boundary(v)) ++v;
      if (v >= L() || kListening.count(key(v).view()) == 0) break;
      const Mention* first = cv_.mention_at(w + 2);
      if (first == nullptr || first->first != w + 2 || first->kind != MKind::kPerson) break;
      for (const int b : people_listed(w + 2, v)) add("attended", b, -1, ev, "", status, date, "", -1, 0.65);
      break;
    }
  }
  last_subject_ = s;
  remember(s, t);
}

// "Kamala Harris led the American delegation", "headed his country's delegation to the summit":
// the head of a delegation attended the gathering named after it, else the one the document is
// about.
void Frames::lead_delegation(const Trigger& t) {
  std::uint32_t d = t.last;
  while (d < L() && d < t.last + 6 && key(d) != "delegation"sv && key(d) != "team"sv) {
    const Mention* m = cv_.mention_at(d);
    // (also a name that qualifies it: "a joint Jordanian-Palestinian delegation")
    const bool word = ctx_.tokens[d].is(kWord);
    if (!(m != nullptr && (m->modifier || m->possessive || m->kind == MKind::kCountry)) && !word && key(d) != "'s"sv) return;
    if (cv_.boundary(d)) return;
    ++d;
  }
  if (d >= L() || (key(d) != "delegation"sv && key(d) != "team"sv)) return;
  // (a negotiating team, a delegation: not "led the team to victory")
  if (key(d) == "team"sv && !(d > t.last && (key(d - 1) == "negotiating"sv || key(d - 1) == "country's"sv))) return;
  const Group s = subject_of(t);
  if (s.empty() || s.generic) return;
  for (const int x : s.entities) {
    if (ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv) return;
  }
  int ev = -1;
  if (Mention* evm = cv_.event_after(d + 1, 4)) ev = event_in_clause(*evm);
  if (ev < 0) ev = gathering_with_delegations();
  if (ev < 0) return;
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
  for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.7);
  // "led the delegation, with the U.S. Trade Representative, Jamieson Greer": the one with him
  if (d + 2 < L() && key(d + 1) == ","sv && key(d + 2) == "with"sv) {
    for (const int b : people_listed(d + 3, cv_.clause_end(d + 3))) {
      if (std::find(s.entities.begin(), s.entities.end(), b) == s.entities.end()) {
        add("attended", b, -1, ev, "", status, date, "", -1, 0.65);
      }
    }
  }
  last_subject_ = s;
  remember(s, t);
}

// The people named in a list from `from` to the end of its clause (over commas, semicolons,
// "and" and appositions), each once.
std::vector<int> Frames::people_listed(std::uint32_t from, std::uint32_t end) const {
  std::vector<int> who;
  // whether a person or a title of one is named at i
  // (or a country's possessive before one: "Ghana's newly inaugurated President John Mahama")
  const auto person_at = [&](std::uint32_t i) {
    const Mention* m = i < L() ? cv_.mention_at(i) : nullptr;
    if (m != nullptr && m->first == i && m->possessive && m->kind == MKind::kCountry) {
      for (std::uint32_t k = m->last; k < L() && k < m->last + 5 && !cv_.boundary(k); ++k) {
        const Mention* p = cv_.mention_at(k);
        if (p != nullptr && p != m) {
          m = p;
          i = p->first;
          break;
        }
      }
    }
    return m != nullptr && m->first == i && (m->kind == MKind::kPerson || m->kind == MKind::kTitle);
  };
  for (std::uint32_t i = from; i < L() && i < end; ++i) {
    const TokenKey k = key(i);
    // "A, the former spy chief who handles the North's dealings with Washington, and B": the list
    // goes on past a relative clause about one listed, to the next person
    if ((k == "who"sv || k == "whose"sv) && i > from) {
      std::uint32_t c = i + 1;
      while (c < L() && c < i + 30 && key(c) != ","sv && key(c) != "."sv && key(c) != ";"sv && key(c) != ":"sv) ++c;
      if (c + 2 < L() && key(c) == ","sv && (person_at(c + 1) || (key(c + 1) == "and"sv && person_at(c + 2)))) {
        i = c;
        continue;
      }
      break;
    }
    // ("A and two senior military officials, B and C": the names spell out the group before them)
    if (k == ","sv && i > from && i + 1 < L()) {
      const Mention* g = cv_.mention_at(i - 1);
      const Mention* n = cv_.mention_at(i + 1);
      if (g != nullptr && g->kind == MKind::kGeneric && g->last == i && n != nullptr && n->first == i + 1 &&
          n->kind == MKind::kPerson) {
        continue;
      }
    }
    // ("Hun Manet (Cambodia); Anwar Ibrahim (Malaysia)": a short gloss in brackets after a person
    // listed, and the list goes on)
    if (k == "("sv && i > from && !who.empty() && cv_.mention_at(i - 1) != nullptr &&
        cv_.mention_at(i - 1)->kind == MKind::kPerson) {
      std::uint32_t c = i + 1;
      while (c < L() && c < i + 8 && key(c) != ")"sv && key(c) != "("sv) ++c;
      if (c < L() && key(c) == ")"sv) {
        i = c;
        continue;
      }
    }
    if (k == "."sv || k == ":"sv || k == "("sv || (k != ";"sv && cv_.boundary(i))) break;
    const Mention* m = cv_.mention_at(i);
    if (m == nullptr || m->first != i) continue;
    i = m->last - 1;
    if (m->modifier || m->possessive || m->entity < 0 || m->kind != MKind::kPerson) continue;
    if (std::find(who.begin(), who.end(), m->entity) == who.end()) who.push_back(m->entity);
  }
  return who;
}

void Frames::seating(const Trigger& t) {
  // (the seat opens the clause: "In the front pew sat", "Behind them were"; not "the row was about")
  const std::uint32_t cs = cv_.clause_start(t.first);
  if (t.first > cs + 5) return;
  const std::uint32_t end = cv_.clause_end(t.last);
  const std::vector<int> who = people_listed(t.last, end);
  if (who.empty()) return;
  const int ev = gathering_spoken_of();
  if (ev < 0) return;
  const std::string status = cv_.status(0, t.first, false);
  const Date date = date_for(t.first, end, t.first);
  for (const int a : who) add("attended", a, -1, ev, "", status, date, "", -1, 0.75);
}

// A list of people from `from` that goes on past a relative clause about one of them ("Biden, Sunak
// and Macron, as well as Olaf Scholz, who wore an eye patch, Giorgia Meloni and Justin Trudeau"):
// only names, their titles and possessors, commas, "and" and "as well as" continue it.
std::vector<int> Frames::list_past_relatives(std::uint32_t from) const {
  std::vector<int> who;
  std::uint32_t i = from;
  while (i < L()) {
    const TokenKey k = key(i);
    if (k == ","sv && i + 1 < L() && (key(i + 1) == "who"sv || key(i + 1) == "whom"sv || key(i + 1) == "which"sv || key(i + 1) == "whose"sv)) {
      std::uint32_t c = i + 2;
      while (c < L() && c < i + 30 && key(c) != ","sv && key(c) != "."sv && key(c) != ";"sv) ++c;
      if (c >= L() || key(c) != ","sv) break;
      i = c;
      continue;
    }
    // "Theresa May, at her first summit as British prime minister, Shinzo Abe": a phrase about the
    // one just listed, between commas, naming nobody, and a person after it
    if (k == ","sv && i + 1 < L() && (key(i + 1) == "at"sv || key(i + 1) == "in"sv || key(i + 1) == "on"sv)) {
      std::uint32_t c = i + 2;
      bool person = false;
      while (c < L() && c < i + 14 && key(c) != ","sv && key(c) != "."sv && key(c) != ";"sv) {
        const Mention* pm = cv_.mention_at(c);
        person = person || (pm != nullptr && pm->kind == MKind::kPerson);
        ++c;
      }
      const Mention* next = c + 1 < L() ? cv_.mention_at(c + 1) : nullptr;
      if (person || c + 1 >= L() || key(c) != ","sv || next == nullptr ||
          (next->kind != MKind::kPerson && next->kind != MKind::kTitle && !next->possessive)) {
        break;
      }
      i = c;
      continue;
    }
    // ("as well as", never "as" alone: "embraces Assad as Zelensky makes an appeal")
    if (k == ","sv || k == "and"sv || (k == "as"sv && ((i + 1 < L() && key(i + 1) == "well"sv) || (i > 0 && key(i - 1) == "well"sv))) || k == "well"sv || k == "plus"sv ||
        ((k == "along"sv || k == "together"sv) && i + 1 < L() && key(i + 1) == "with"sv) ||
        (k == "with"sv && i > 0 && (key(i - 1) == "along"sv || key(i - 1) == "together"sv))) {
      ++i;
      continue;
    }
    const Mention* m = cv_.mention_at(i);
    if (m == nullptr || m->first != i) break;
    if (m->kind == MKind::kPerson && !m->modifier && !m->possessive && m->entity >= 0 &&
        std::find(who.begin(), who.end(), m->entity) == who.end()) {
      who.push_back(m->entity);
    }
    if (m->kind != MKind::kPerson && m->kind != MKind::kTitle && !m->possessive) break;
    i = m->last;
    if (i < L() && (key(i) == "'s"sv || key(i) == "'"sv)) ++i;
  }
  return who;
}

// ", along with A and B" / ", together with A" right at `at`: the people listed, else none.
std::vector<int> Frames::along_with(std::uint32_t at) const {
  if (at + 3 >= L() || key(at) != ","sv || (key(at + 1) != "along"sv && key(at + 1) != "together"sv) ||
      key(at + 2) != "with"sv) {
    return {};
  }
  return people_listed(at + 3);
}

// Whom a "them" after "joined" stands for: the two this sentence has meeting ("Trump received
// Zelensky, where A and B joined them"), else the people last named together.
std::vector<int> Frames::people_joined() const {
  for (auto it = ctx_.pending.rbegin(); it != ctx_.pending.rend() && it->begin == si_.span.begin; ++it) {
    if (it->relation == "met"sv && it->status == edge_status::kReported && it->target >= 0) return {it->subject, it->target};
  }
  if (ctx_.last_group.size() >= 2) {
    bool people = true;
    for (const int x : ctx_.last_group) people = people && ctx_.entities[static_cast<std::size_t>(x)].type == "person"sv;
    if (people) return ctx_.last_group;
  }
  return {};
}

// "Starmer, Macron and Rutte then joined them at the White House", "the European leaders joined
// them in the East Room: A, B and C": "them" are two people the text has meeting, and whoever
// joined them (the subject, or those listed after a colon) attended that meeting, where nothing but
// its place follows. Returns whether the clause was read so.
bool Frames::joined_their_meeting(const Trigger& t, const Group& s, const Group& joined, const std::string& status) {
  if (joined.entities.size() < 2) return false;
  const int ev = meeting_event_of(joined);
  if (ev < 0) return false;
  const std::uint32_t end = cv_.clause_end(t.last);
  std::uint32_t p = t.last + 1;  // past "them"
  if (p < L() && (key(p) == "at"sv || key(p) == "in"sv)) {
    std::uint32_t at = p + 1 < L() && key(p + 1) == "the"sv ? p + 2 : p + 1;
    // ("in the cabinet room of the Chancellery": a room of a place named after "of")
    static const WordSet kRooms = {"room", "hall", "garden", "gardens", "library", "salon", "courtyard", "office", "study"};
    for (std::uint32_t r = at; r < L() && r < at + 3; ++r) {
      if (const Mention* m = cv_.mention_at(r); m != nullptr && m->kind != MKind::kGeneric) break;
      if (kRooms.count(key(r).view()) != 0 && r + 2 < L() && key(r + 1) == "of"sv) {
        at = key(r + 2) == "the"sv ? r + 3 : r + 2;
        break;
      }
    }
    const Mention* pm = cv_.mention_at(at);
    if (pm == nullptr || pm->first != at || !names_a_place(*pm)) return false;
    p = pm->last;
    // ("the East Room of the White House": a room of a building)
    if (p + 2 < L() && key(p) == "of"sv) {
      const std::uint32_t in = key(p + 1) == "the"sv ? p + 2 : p + 1;
      if (const Mention* whole = cv_.mention_at(in); whole != nullptr && whole->first == in && names_a_place(*whole)) {
        p = whole->last;
      }
    }
  } else if (p < L() && key(p) == "there"sv) {
    ++p;
  }
  const bool listed = p < L() && key(p) == ":"sv;
  if (!listed && p < end && key(p) != ","sv && key(p) != "."sv) return false;
  const Date date = date_for(s.empty() ? t.first : std::min(s.first, t.first), end, t.first);
  const auto& e = ctx_.events[static_cast<std::size_t>(ev)];
  if (!compatible(date, e.date)) return false;
  // (the group right before the verb, "the European leaders joined them": not a subject the reader
  // took from the clause before, "the two men talked before ...")
  std::uint32_t v = t.first;
  while (v > F() && (key(v - 1) == "then"sv || key(v - 1) == "later"sv || key(v - 1) == "also"sv)) --v;
  const Mention* group = v > F() ? cv_.mention_at(v - 1) : nullptr;
  static const WordSet kPeople = {"leaders", "ministers", "officials", "aides", "delegations", "advisers", "envoys"};
  const bool generic = s.generic || (group != nullptr && (group->generic || group->kind == MKind::kGeneric) && group->last == v) ||
                       (group == nullptr && v > F() && kPeople.count(key(v - 1).view()) != 0);
  std::vector<int> who;
  if (listed && generic) {
    who = people_listed(p + 1);
  } else if (!generic && people_only(s)) {
    who = s.entities;
  }
  if (who.empty()) return false;
  for (const int a : who) add("attended", a, -1, ev, "", status, date.full() ? date : e.date, "", -1, 0.75);
  return true;
}

void Frames::join(const Trigger& t) {
  if (inverted_attendance(t)) return;  // "Joining the allies on Thursday were A, B and C"
  if (joined_by(t)) return;
  Group s = subject_of(t);
  // "five outside leaders joined Monday's sessions at Scholz's invitation: A, B and C"
  if ((s.empty() || s.generic) && colon_list_attended(t)) return;
  if (s.empty()) {
    // ("the ministers joined them in the cabinet room: A and B": a group of no body's)
    if (t.last < L() && key(t.last) == "them"sv) {
      Group joined;
      joined.entities = people_joined();
      joined_their_meeting(t, s, joined, cv_.status(0, t.first, false));
    }
    return;
  }
  const std::string status = cv_.status(s.last, t.first, false);
  // "Macron, Starmer and Merz joined them for a wider session": those joined were there too
  if (const Mention* om = cv_.mention_at(t.last); om != nullptr && om->first == t.last &&
                                                  (om->kind == MKind::kPerson || om->kind == MKind::kPronoun)) {
    // ("them" of people not known here: only the subject is placed; "them" after a group named
    // together: that group)
    Group joined = cv_.object(t.last, 1);
    const std::uint32_t p = joined.empty() ? om->last : joined.last;
    if (joined.empty() && key(t.last) == "them"sv) joined.entities = people_joined();
    if (key(t.last) == "them"sv && joined_their_meeting(t, s, joined, status)) {
      last_subject_ = s;
      remember(s, t);
      return;
    }
    // "Starmer joined Trump for dinner at Trump Tower": the one joining met the one joined
    if (p + 1 < L() && key(p) == "for"sv && om->kind == MKind::kPerson && joined.entities.size() == 1 &&
        (meal_noun(key(p + 1)) || (p + 2 < L() && determiner(key(p + 1)) && meal_noun(key(p + 2))))) {
      const std::uint32_t end = cv_.clause_end(t.last);
      const Date date = date_for(std::min(s.first, t.first), end, t.first);
      std::string place;
      if (const Mention* pl = cv_.place_between(p + 1, end)) {
        std::string pkey;
        place_of(*pl, &place, &pkey);
      }
      meeting_between(s, joined, status, date, place, -1);
      last_subject_ = s;
      remember(s, t);
      return;
    }
    if (p < L() && (key(p) == "for"sv || key(p) == "at"sv || key(p) == "in"sv)) {
      Mention* evm = cv_.event_after(p + 1, 3);
      // "had joined Trump, Zelensky and Starmer in a brief huddle in the basilica": a meeting of
      // their own that no name, place or day ties to a gathering the text spoke of
      if (evm != nullptr && om->kind == MKind::kPerson && !evm->ev_definite && evm->ev_group.empty() &&
          evm->place_key.empty() && !evm->ev_date.full() && evm->ev_kind == "meeting"sv && !joined.empty() &&
          people_only(s)) {
        const std::uint32_t end = cv_.clause_end(t.last);
        const Date date = date_for(std::min(s.first, t.first), end, t.first);
        std::string place;
        if (const Mention* pl = cv_.place_between(evm->last, end)) {
          std::string pkey;
          place_of(*pl, &place, &pkey);
        }
        meeting_between(s, joined, status, date, place, -1);
        meeting_among(joined.entities, status, date, place, -1, 0.65);
        last_subject_ = s;
        remember(s, t);
        return;
      }
      if (evm != nullptr) {
        const int ev = event_in_clause(*evm);
        const bool talks_with = evm->last + 1 < L() && key(evm->last) == "with"sv;
        if (ev < 0 && !talks_with) return;
        const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
        if (ev >= 0) {
          for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.8);
          for (const int b : joined.entities) add("attended", b, -1, ev, "", status, date, "", -1, 0.7);
        }
        // "joined them for the talks with Volodymyr Zelensky": all of them met him there
        if (talks_with) {
          Group host;
          host.entities = people_listed(evm->last + 1, cv_.clause_end(evm->last));
          Group all = s;
          for (const int b : joined.entities) {
            if (std::find(all.entities.begin(), all.entities.end(), b) == all.entities.end()) all.entities.push_back(b);
          }
          if (!host.empty()) meeting_between(all, host, status, date, "", ev);
        }
        last_subject_ = s;
        remember(s, t);
        return;
      }
    }
  }
  // "Modi then joined Putin and Xi to revive the format": those joined were together, and the one
  // joining met them (not "joined Biden in condemning", "joined him in calling for")
  // ("joins the two men for a three-way session": the pair the text just named)
  // (for a session of theirs: "joined the two presidents at the table" is a family at dinner)
  const Group counted = counted_group_at(t.last);
  bool counted_people = !counted.empty() && std::all_of(counted.entities.begin(), counted.entities.end(), [&](int x) {
    return ctx_.entities[static_cast<std::size_t>(x)].type == "person"sv;
  });
  if (counted_people) {
    bool for_session = false;
    for (std::uint32_t k = counted.last; k + 1 < L() && k < counted.last + 5 && !for_session; ++k) {
      for_session = key(k) == "for"sv && cv_.event_after(k + 1, 3) != nullptr;
    }
    counted_people = for_session;
  }
  if (const Mention* om = cv_.mention_at(t.last);
      counted_people || (om != nullptr && om->first == t.last && om->kind == MKind::kPerson && !om->possessive && !s.generic)) {
    const Group joined = counted_people ? counted : cv_.object(t.last, 1);
    const std::uint32_t p = joined.last;
    const bool in_doing = p + 1 < L() && key(p) == "in"sv && key(p + 1).ends_with("ing");
    // ("joined Chancellor Reeves on a video call with ...": a call, not a meeting)
    bool on_call = false;
    for (std::uint32_t k = p + 1; k < L() && k < p + 5 && p < L() && key(p) == "on"sv && !on_call; ++k) {
      on_call = key(k) == "call"sv || key(k) == "videoconference"sv || key(k) == "video-conference"sv ||
                key(k) == "phone"sv || key(k) == "telephone"sv || key(k) == "videolink"sv;
    }
    if (on_call) return;
    const bool people = std::all_of(s.entities.begin(), s.entities.end(), [&](int x) {
      return ctx_.entities[static_cast<std::size_t>(x)].type == "person"sv;
    });
    if (!joined.empty() && !in_doing && people && (p >= L() || key(p) != "for"sv)) {
      const std::uint32_t end = cv_.clause_end(t.last);
      const Date date = date_for(std::min(s.first, t.first), end, t.first);
      std::string place;
      const int ev = meeting_event("meeting", p, end, date, &place);
      meeting_between(s, joined, status, date, place, ev);
      meeting_among(joined.entities, status, date, place, ev, 0.65);
      last_subject_ = s;
      remember(s, t);
      return;
    }
  }
  if (Mention* evm = cv_.event_after(t.last, 3)) {
    const int ev = event_in_clause(*evm);
    if (ev < 0) return;
    const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
    for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.8);
    last_subject_ = s;
    remember(s, t);
    return;
  }
  // "joined the allied leaders at the table": the gathering of those leaders the text is about
  {
    std::uint32_t o = t.last;
    // ("joined the seven heads of government at the table", "the other six leaders")
    static const WordSet kBefore = {"the", "other", "allied", "fellow", "assembled", "visiting", "two", "three", "four",
                                    "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty"};
    while (o < L() && o < t.last + 4 && kBefore.count(key(o).view()) != 0) ++o;
    static const WordSet kLeaders = {"leaders", "allies", "heads", "delegates", "delegations"};
    if (o < t.last + 5 && o < L() && kLeaders.count(key(o).view()) != 0 && !s.generic) {
      const int ev = gathering_spoken_of();
      if (ev >= 0 && gathering_of_many(ev)) {
        const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
        for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.75);
        last_subject_ = s;
        remember(s, t);
        return;
      }
    }
  }
  // "who joined digitally", "joined remotely", "who joined from Rome": the event the document is
  // about
  const Mention* from_place = t.last + 1 < L() && key(t.last) == "from"sv ? cv_.mention_at(t.last + 1) : nullptr;
  const bool remote_place =
      from_place != nullptr && (from_place->kind == MKind::kPlace || from_place->kind == MKind::kCountry);
  if (t.last < L() && (cv_.cue_is(t.last, "remote") || remote_place) && ctx_.salient_event >= 0) {
    for (const int a : s.entities) add("attended", a, -1, ctx_.salient_event, "", status, {}, "", -1, 0.7);
  }
}

// The event spoken of, for an attendance that names none: the last one, unless that is a meeting
// of two on the margins of the summit or conference the text is about ("Orban also took part").
// "Stoltenberg was joined by the two presidents of the European Union, Ursula von der Leyen and
// Charles Michel": at the gathering of many the text is about, both the one joined and those who
// joined him were there. Returns whether the trigger was read so.
bool Frames::joined_by(const Trigger& t) {
  if (t.first <= F() || t.last >= L() || key(t.last) != "by"sv || (key(t.first - 1) != "was"sv && key(t.first - 1) != "were"sv)) {
    return false;
  }
  const Group s = subject_of(t);
  if (s.empty() || s.generic) return true;
  const bool people = std::all_of(s.entities.begin(), s.entities.end(), [&](int x) {
    return ctx_.entities[static_cast<std::size_t>(x)].type == "person"sv;
  });
  const std::uint32_t end = cv_.clause_end(t.last);
  const std::vector<int> joiners = people_listed(t.last + 1, end);
  const int ev = gathering_spoken_of();
  if (!people || joiners.empty() || ev < 0 || !gathering_of_many(ev)) return true;
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  if (!compatible(date, ctx_.events[static_cast<std::size_t>(ev)].date)) return true;
  for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.75);
  for (const int b : joiners) add("attended", b, -1, ev, "", status, date, "", -1, 0.7);
  last_subject_ = s;
  remember(s, t);
  return true;
}

int Frames::gathering_spoken_of() const {
  const int ev = ctx_.salient_event;
  if (ev < 0) return ev;
  if (many_gathering(ctx_.events[static_cast<std::size_t>(ev)])) return ev;
  const int main = main_event();
  return many_gathering(ctx_.events[static_cast<std::size_t>(main)]) ? main : ev;
}

// A summit, a conference, a body's meeting, or a gathering someone is reported chairing ("presided
// over Wednesday's sessions"): not a meeting of two.
bool Frames::gathering_of_many(int ev) const {
  if (ev < 0) return false;
  if (many_gathering(ctx_.events[static_cast<std::size_t>(ev)])) return true;
  std::size_t seen = 0;
  for (auto it = ctx_.pending.rbegin(); it != ctx_.pending.rend() && seen < kRecentAssertions; ++it, ++seen) {
    if (it->relation == "chaired"sv && it->target_event == ev && it->status == edge_status::kReported) return true;
  }
  return false;
}

// The summit, conference or chaired gathering the text is about, -1 when it is about none (or about
// a meeting of two).
int Frames::gathering_of_many_spoken_of() const {
  if (ctx_.salient_event < 0) return -1;
  const int ev = main_event();
  return gathering_of_many(ev) ? ev : -1;
}

int Frames::gathering_with_delegations() const {
  if (const int ev = gathering_of_many_spoken_of(); ev >= 0) return ev;
  // ("Bessent led the delegation" in a text about two days of talks in Geneva: talks are where
  // each side sends one)
  if (ctx_.salient_event < 0) return -1;
  const int m = main_event();
  return m >= 0 && ctx_.events[static_cast<std::size_t>(m)].kind == "talks"sv ? m : -1;
}

int Frames::main_event() const {
  // a summit or conference first (countries are represented, and send envoys, at those), then
  // the most mentioned
  auto rank = [&](int i) {
    const auto& e = ctx_.events[static_cast<std::size_t>(i)];
    return std::make_pair(many_gathering(e) ? 1 : 0, e.mentions);
  };
  // (never one still to come: "on his way to a regional summit in Cambodia")
  int best = ctx_.salient_event;
  for (std::size_t i = 0; i < ctx_.events.size(); ++i) {
    if (ctx_.events[i].to_come) continue;
    if (best < 0 || rank(static_cast<int>(i)) > rank(best)) best = static_cast<int>(i);
  }
  return best;
}

bool Frames::all_at_event(const Group& g, int ev) const {
  if (g.entities.empty() || ev < 0) return false;
  for (const int x : g.entities) {
    const bool there = std::any_of(ctx_.pending.begin(), ctx_.pending.end(), [&](const PendingAssertion& a) {
      return a.subject == x && a.status == edge_status::kReported && (a.target_event == ev || a.event == ev);
    });
    if (!there) return false;
  }
  return true;
}

// The representative named after "by" at `by`: "by Li Qiang", "by its culture minister, Olga
// Lyubimova" (a title naming no one, then the person); empty when there is none.
Group Frames::representative_after(std::uint32_t by, bool* post_named) const {
  const bool possessive = by + 1 < L() && (key(by + 1) == "its"sv || key(by + 1) == "their"sv ||
                                           key(by + 1) == "his"sv || key(by + 1) == "her"sv);
  Group who = cv_.object(by + 1, 1);
  // (not the place a post is held in: "by its acting ambassador in Pretoria, Dana Brown")
  const bool people = std::all_of(who.entities.begin(), who.entities.end(), [&](int x) {
    return ctx_.entities[static_cast<std::size_t>(x)].type == "person"sv;
  });
  if (!who.empty() && (people || !possessive)) return who;
  who = Group{};
  std::uint32_t c = by + 1;
  while (c < L() && c < by + 7 && key(c) != ","sv && !cv_.boundary(c)) ++c;
  const Mention* gm = cv_.mention_at(c > by + 1 ? c - 1 : by + 1);
  const Mention* pm = c + 1 < L() && key(c) == ","sv ? cv_.mention_at(c + 1) : nullptr;
  // ("by its foreign minister, Sergei Lavrov": lower-case words after a possessive name a post)
  bool post = c > by + 2 && possessive;
  // ("by its Vice-President, ...", "by its acting ambassador in Pretoria, ...": a post in capitals,
  // and where it is held)
  for (std::uint32_t k = by + 2; k < c && post; ++k) {
    const Mention* m = cv_.mention_at(k);
    const bool where = m != nullptr && (m->kind == MKind::kPlace || m->kind == MKind::kCountry) && m->first > by + 2 &&
                       key(m->first - 1) == "in"sv;
    post = ctx_.tokens[k].is(kWord) && (m == nullptr || m->kind == MKind::kTitle || where);
  }
  if ((post || (gm != nullptr && (gm->kind == MKind::kGeneric || gm->kind == MKind::kTitle))) && pm != nullptr &&
      pm->first == c + 1 && pm->kind == MKind::kPerson && pm->entity >= 0) {
    who.entities.push_back(pm->entity);
    who.first = pm->first;
    who.last = pm->last;
    if (post_named != nullptr) *post_named = true;
  }
  return who;
}

// "Russia was represented by Deputy Prime Minister Overchuk", "India is represented at the summit
// by X": a country or body's representative attended the event named in the clause, else the one
// spoken of. "Lin, who represented Taiwan at the summit": only with the event named.
void Frames::represent(const Trigger& t) {
  std::uint32_t by = t.last;
  while (by < L() && by < t.last + 5 && key(by) != "by"sv && !cv_.boundary(by)) ++by;
  const bool passive = by < L() && key(by) == "by"sv && t.first > F() &&
                       (key(t.first - 1) == "was"sv || key(t.first - 1) == "were"sv || key(t.first - 1) == "is"sv ||
                        key(t.first - 1) == "are"sv || key(t.first - 1) == "be"sv || key(t.first - 1) == "been"sv);
  Group who;
  int ev = -1;
  if (passive) {
    // the one represented is a country or a body, or a person represented by an official ("Xi was
    // represented by Premier Li Qiang"), not by whoever ("was represented by his lawyer")
    const Group s = subject_of(t);
    if (s.empty()) return;
    bool post_named = false;
    who = representative_after(by, &post_named);
    // (a person named after the post they hold for the country is one, as a title would say)
    if (post_named) {
      for (const int y : who.entities) ctx_.entities[static_cast<std::size_t>(y)].reliable = true;
    }
    for (const int x : s.entities) {
      if (ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv) continue;
      for (const int y : who.entities) {
        if (ctx_.entities[static_cast<std::size_t>(y)].role.empty()) return;
      }
    }
    if (Mention* evm = cv_.event_after(t.last + 1, 3); evm != nullptr && evm->first < by) ev = event_in_clause(*evm);
    if (ev < 0) ev = main_event();
  } else {
    who = subject_of(t);
    const Group represented = cv_.object(t.last, 1);
    if (represented.empty()) return;
    if (Mention* evm = cv_.event_after(represented.last, 3)) ev = event_in_clause(*evm);
    // ("Putin stayed away; Foreign Minister Sergey Lavrov represented Russia": a person with a
    // post who represents a country or a body, at the end of the clause, did so at the gathering the
    // text is about)
    const std::uint32_t after = represented.last;
    if (ev < 0 && (after >= L() || key(after) == "."sv || key(after) == ";"sv || key(after) == ","sv) &&
        who.entities.size() == 1 && ctx_.entities[static_cast<std::size_t>(who.entities.front())].type == "person"sv &&
        !ctx_.entities[static_cast<std::size_t>(who.entities.front())].role.empty() &&
        std::all_of(represented.entities.begin(), represented.entities.end(), [&](int x) {
          return ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv;
        })) {
      ev = main_event();
    }
  }
  if (who.empty() || who.generic || ev < 0) return;
  // "Syria is represented by Farouk al-Sharaa and Lebanon by Faris Bouez": the second country and
  // its representative, after the first's
  if (passive && who.entities.size() >= 2) {
    const auto& second = ctx_.entities[static_cast<std::size_t>(who.entities[1])];
    const Mention* c = nullptr;
    for (std::uint32_t k = who.first; k < who.last && c == nullptr; ++k) {
      const Mention* m = cv_.mention_at(k);
      if (m != nullptr && m->first == k && m->entity == who.entities[1] && k > F() && (key(k - 1) == "and"sv || key(k - 1) == ","sv)) c = m;
    }
    if (ctx_.entities[static_cast<std::size_t>(who.entities[0])].type == "person"sv && second.type != "person"sv &&
        c != nullptr && c->last + 1 < L() && key(c->last) == "by"sv) {
      const Group other = cv_.object(c->last + 1, 1);
      who.entities.resize(1);
      for (const int y : other.entities) {
        if (ctx_.entities[static_cast<std::size_t>(y)].type == "person"sv) who.entities.push_back(y);
      }
    }
  }
  // "Jordan was represented by Ayman Safadi, its foreign minister, and Norway by its deputy foreign
  // minister, Andreas Kravik": each further country or body and its representative
  if (passive && !who.empty()) {
    std::uint32_t k = who.last;
    const std::uint32_t end = cv_.clause_end(k);
    while (k + 2 < end) {
      // to the next "and X by" (over the first one's apposition)
      while (k + 2 < end && key(k) != "and"sv) ++k;
      if (k + 2 >= end) break;
      std::uint32_t c = k + 1;
      if (key(c) == "the"sv) ++c;
      const Mention* cm = cv_.mention_at(c);
      if (cm == nullptr || cm->first != c || !(cm->kind == MKind::kCountry || cm->kind == MKind::kOrg) ||
          cm->last >= end || key(cm->last) != "by"sv) {
        ++k;
        continue;
      }
      const Group other = representative_after(cm->last);
      if (other.empty()) break;
      for (const int y : other.entities) {
        if (std::find(who.entities.begin(), who.entities.end(), y) == who.entities.end()) who.entities.push_back(y);
      }
      k = other.last;
    }
  }
  for (const int x : who.entities) {
    if (ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv) return;
  }
  // "Xi did not travel and was represented by Li": the negation is the first verb's
  const bool second_verb = passive && t.first >= F() + 2 && key(t.first - 2) == "and"sv;
  const std::string status = cv_.status(second_verb ? t.first - 2 : (passive ? 0 : who.last), t.first, false);
  const Date date = date_for(t.first, cv_.clause_end(t.last), t.first);
  for (const int a : who.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.75);
}

// "The leaders around the table also included A, B and C", "Leaders arriving at the convention
// centre include A; B; C", "Participants in the talks included A": the people of a group noun at an
// event, the one named in the subject, else the one the document speaks of most.
void Frames::include(const Trigger& t) {
  const std::uint32_t start = cv_.clause_start(t.first);
  const Mention* group = nullptr;
  Mention* evm = nullptr;
  for (std::uint32_t i = t.first; i > start; --i) {
    Mention* m = cv_.mention_starting(i - 1);
    if (m == nullptr) {
      if (cv_.boundary(i - 1) || key(i - 1) == ","sv) break;
      continue;
    }
    if (m->kind == MKind::kEvent) {
      if (evm == nullptr) evm = m;
      continue;
    }
    if (m->kind == MKind::kPlace) continue;
    // (or a side: "The American side at the table included A and B")
    if (m->kind == MKind::kGeneric || (m->generic && m->last > m->first)) group = m;
    break;
  }
  // ("Those present included ...", "Those attending included ...")
  // (and "the room included ...", "the line-up included ...": the gathering's room)
  const bool those_present = t.first >= F() + 2 &&
                             ((key(t.first - 2) == "those"sv &&
                               (key(t.first - 1) == "present"sv || key(t.first - 1) == "attending"sv ||
                                key(t.first - 1) == "there"sv)) ||
                              (key(t.first - 2) == "the"sv &&
                               (key(t.first - 1) == "room"sv || key(t.first - 1) == "hall"sv ||
                                key(t.first - 1) == "line-up"sv || key(t.first - 1) == "lineup"sv)));
  // ("On the Pakistani side, they included A, B and C": a side of the table, named before)
  bool side_opening = false;
  if (group == nullptr && t.first > F() + 4 && key(t.first - 1) == "they"sv && key(t.first - 2) == ","sv &&
      key(F()) == "on"sv && key(F() + 1) == "the"sv) {
    for (std::uint32_t i = F() + 2; i + 2 < t.first && !side_opening; ++i) side_opening = key(i) == "side"sv;
  }
  if (group == nullptr && !those_present && !side_opening) return;
  // ("the list of absent presidents included A, B and C", "the no-shows included": those not there)
  for (std::uint32_t i = start; i < t.first; ++i) {
    static const WordSet kAway = {"absent", "absentees", "absences", "missing", "no-shows", "boycotting",
                                  "excluded", "uninvited", "unable"};
    if (kAway.count(key(i).view()) != 0) return;
  }
  static const WordSet kPeople = {
      "leaders", "participants", "attendees", "delegates", "dignitaries", "guests", "presidents", "ministers",
      "heads", "officials", "envoys", "delegations", "those", "side", "delegation", "team"};
  if (group != nullptr && kPeople.count(key(group->last - 1)) == 0) return;
  int ev = evm != nullptr ? event_in_clause(*evm) : -1;
  // ("held talks at the presidential complex; the Turkish side included A and B": the gathering a
  // clause before in this sentence told of)
  if (ev < 0 && group != nullptr) {
    for (auto p = ctx_.pending.rbegin(); p != ctx_.pending.rend() && p->begin == si_.span.begin && ev < 0; ++p) {
      if (p->status == edge_status::kReported) ev = p->event >= 0 ? p->event : p->target_event;
    }
  }
  if (ev < 0 && ctx_.salient_event >= 0) ev = main_event();
  if (ev < 0) return;
  std::vector<int> who = people_listed(t.last);
  if (who.empty()) who = delegations_listed(t.last);
  if (who.empty()) return;
  // "Besides Takaichi and Carney, the leaders around the table included A and B": they are there too
  std::uint32_t lead = F();
  if (key(lead) == "besides"sv) {
    ++lead;
  } else if (lead + 1 < L() && ((key(lead) == "apart"sv && key(lead + 1) == "from"sv) ||
                                (key(lead) == "along"sv && key(lead + 1) == "with"sv))) {
    lead += 2;
  }
  // (the group, or "those present", "the room": whoever the verb's subject is)
  const std::uint32_t subject_first = group != nullptr ? group->first : t.first - 2;
  if (lead > F()) {
    // the persons named before the comma that ends the opening phrase
    std::vector<int> also;
    std::uint32_t i = lead;
    for (; i < subject_first && key(i) != ","sv; ++i) {
      const Mention* m = cv_.mention_at(i);
      if (m == nullptr) {
        if (key(i) != "and"sv) break;
        continue;
      }
      if (m->first != i || m->kind != MKind::kPerson || m->entity < 0) break;
      also.push_back(m->entity);
      i = m->last - 1;
    }
    if (i < subject_first && key(i) == ","sv) who.insert(who.end(), also.begin(), also.end());
  }
  const std::string status = cv_.status(group != nullptr ? group->last : t.first, t.first, false);
  const Date date = date_for(subject_first, cv_.clause_end(t.last), t.first);
  for (const int a : who) add("attended", a, -1, ev, "", status, date, "", -1, 0.75);
}

// "delegations of Canada, Chad and Egypt, as well as the Arab League": the countries and bodies
// whose delegations are listed from `from`, to the clause's end; none when the list does not open
// so.
std::vector<int> Frames::delegations_listed(std::uint32_t from) const {
  std::vector<int> who;
  if (from + 2 >= L() || (key(from) != "delegations"sv && key(from) != "representatives"sv) ||
      (key(from + 1) != "of"sv && key(from + 1) != "from"sv)) {
    return who;
  }
  for (std::uint32_t i = from + 2; i < L(); ++i) {
    const TokenKey k = key(i);
    if (k == "."sv || k == ":"sv || k == ";"sv || k == "("sv) break;
    const Mention* m = cv_.mention_at(i);
    if (m == nullptr || m->first != i) {
      // only names, "the", commas, "and" and "as well as" continue it
      if (k == ","sv || k == "and"sv || k == "the"sv || k == "as"sv || k == "well"sv) continue;
      break;
    }
    i = m->last - 1;
    if (m->modifier || m->possessive || m->entity < 0 || !cv_.is_actor(*m) || m->kind == MKind::kPerson ||
        m->kind == MKind::kPronoun) {
      break;
    }
    if (std::find(who.begin(), who.end(), m->entity) == who.end()) who.push_back(m->entity);
  }
  return who;
}

// "Rubio was accompanied by Waltz and Witkoff": those who came with a person attended where the
// person is: the event named in the clause, else the one the text has already placed the person at.
void Frames::accompanied(const Trigger& t) {
  // "Al-Sharaa had his foreign minister, Asaad al-Shaibani, with him": those between "had" and
  // "with him" were at his side
  if (key(t.first) == "with"sv) {
    std::uint32_t had = t.first;
    while (had > F() && had + 14 > t.first && key(had - 1) != "had"sv && key(had - 1) != "has"sv && !cv_.boundary(had - 1)) {
      --had;
    }
    if (had <= F() || (key(had - 1) != "had"sv && key(had - 1) != "has"sv)) return;
    const Group s = subject_of(Trigger{had - 1, had, t.info});
    if (s.empty() || s.generic) return;
    for (const int x : s.entities) {
      if (ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv) return;
    }
    Group who;
    who.entities = people_listed(had, t.first);
    if (who.entities.empty()) return;
    who.first = had;
    who.last = t.last;
    companions(s, who, t);
    return;
  }
  Group s = subject_of(t);
  // ("a session at which the North Korean leader was accompanied by": the person right before)
  if (s.empty() && t.first > F()) {
    if (const Mention* m = cv_.mention_at(t.first - 1); m != nullptr && m->kind == MKind::kPerson && !m->possessive) {
      s = cv_.group_ending(static_cast<std::size_t>(m - si_.mentions.data()));
    }
  }
  if (s.empty() || s.generic) return;
  for (const int x : s.entities) {
    if (ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv) return;
  }
  Group who = cv_.object(t.last, 1);
  // ("accompanied by his sister, Kim Yo Jong, and by Kim Yong Chol": the people named after it)
  const std::vector<int> named = people_listed(t.last, cv_.clause_end(t.last));
  // ("brought the Business and Trade Secretary, Peter Kyle, and ...": a title, then the name)
  if (who.empty() && !named.empty() &&
      (key(t.last - 1) == "by"sv || (key(t.first) == "brought"sv && cv_.named_after_role(t.last) != nullptr))) {
    who.first = t.last;
    who.last = t.last;
    who.entities = named;
  }
  if (who.empty() || who.generic) return;
  // "flanked by Blinken and his national security adviser, Jake Sullivan;": everyone named up to
  // the clause's end
  for (const int p : named) {
    if (std::find(who.entities.begin(), who.entities.end(), p) == who.entities.end()) who.entities.push_back(p);
  }
  companions(s, who, t);
}

// "Their foreign ministers, Bayramov and Mirzoyan, came with them": those who came with people the
// text has placed at a gathering were at it too.
void Frames::came_with(const Trigger& t) {
  const Group who = subject_of(t);
  if (who.empty() || who.generic) return;
  for (const int x : who.entities) {
    if (ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv) return;
  }
  Group principals = cv_.object(t.last, 1);
  // ("came with them": the people the sentence before spoke of)
  if (principals.empty() && t.last < L() && key(t.last) == "them"sv) principals.entities = ctx_.last_group;
  if (principals.empty() || ctx_.salient_event < 0 || !all_at_event(principals, ctx_.salient_event)) return;
  const std::string status = cv_.status(who.last, t.first, false);
  if (status != edge_status::kReported) return;
  Date date = date_for(std::min(who.first, t.first), cv_.clause_end(t.last), t.first);
  if (date.empty()) date = ctx_.events[static_cast<std::size_t>(ctx_.salient_event)].date;
  for (const int a : who.entities) {
    if (std::find(principals.entities.begin(), principals.entities.end(), a) == principals.entities.end()) {
      add("attended", a, -1, ctx_.salient_event, "", status, date, "", -1, 0.7);
    }
  }
  remember(who, t);
}

// Those at someone's side (`who`, at `s`'s side: "accompanied by", "had ... with him") were at the
// gathering `s` was at, and met whom `s` met there.
void Frames::companions(const Group& s, const Group& who, const Trigger& t) {
  int ev = -1;
  if (Mention* evm = cv_.event_after(who.last, 4)) ev = event_in_clause(*evm);
  // "a morning session at which the North Korean leader was accompanied by ...": that session
  const std::uint32_t sf = s.first > F() && key(s.first - 1) == "the"sv ? s.first - 1 : s.first;
  if (ev < 0 && sf > F() + 2 && key(sf - 1) == "which"sv && key(sf - 2) == "at"sv) {
    const Mention* em = cv_.mention_at(sf - 3);
    if (em != nullptr && em->kind == MKind::kEvent) {
      ev = event_in_clause(si_.mentions[static_cast<std::size_t>(em - si_.mentions.data())]);
    }
  }
  const Mention* first = cv_.mention_at(s.first);
  const bool spoken_of = ev < 0;
  if (ev < 0 && first != nullptr && first->kind != MKind::kPronoun && all_at_event(s, ctx_.salient_event)) {
    ev = ctx_.salient_event;
  }
  if (ev < 0) return;
  const std::string status = cv_.status(s.last, t.first, false);
  Date date = date_for(std::min(s.first, t.first), cv_.clause_end(who.last), t.first);
  // ("The King and Queen flew to Bordeaux, accompanied by Dame Menna Rawlings" the day after a
  // round table: a day of its own is not at the one-day gathering spoken of)
  // (its day, else the day its attendance was told with)
  if (const DocEvent& e = ctx_.events[static_cast<std::size_t>(ev)];
      spoken_of && date.full() && !e.end_date.full() && e.days <= 1) {
    Date day = e.date;
    for (std::size_t i = ctx_.pending.size(); i > 0 && !day.full(); --i) {
      const auto& p = ctx_.pending[i - 1];
      if (p.relation == "attended"sv && p.target_event == ev) day = p.date;
    }
    if (day.full() && !(date == day)) return;
  }
  if (date.empty()) date = ctx_.events[static_cast<std::size_t>(ev)].date;  // (the day of the gathering)
  // those at someone's side met whom that one met there ("Biden was flanked by Blinken" at his
  // talks with Xi)
  // (not whom they met before and the sentence does not name when it says whom they meet now:
  // "the Prime Minister, accompanied by the Foreign Secretary, joined Trump for dinner" after his
  // talks with Mikati)
  const bool meets_here = std::any_of(si_.triggers.begin(), si_.triggers.end(), [&](const Trigger& o) {
    const std::string& f = ctx_.lex->triggers()[o.info].frame;
    return o.first != t.first && (f == "meet"sv || f == "join"sv || f == "receive"sv || f == "host"sv);
  });
  std::vector<int> counterparts;
  const std::size_t recent = ctx_.pending.size() > kRecentAssertions ? ctx_.pending.size() - kRecentAssertions : 0;
  for (std::size_t i = recent; i < ctx_.pending.size(); ++i) {
    const auto& p = ctx_.pending[i];
    if (p.relation != "met"sv || p.status != edge_status::kReported || p.event != ev) continue;
    for (const int x : s.entities) {
      const int other = p.subject == x ? p.target : p.target == x ? p.subject : -1;
      if (meets_here && p.begin != si_.span.begin && other >= 0 &&
          std::none_of(si_.mentions.begin(), si_.mentions.end(), [&](const Mention& m) { return m.entity == other; })) {
        continue;
      }
      if (other >= 0 && std::find(counterparts.begin(), counterparts.end(), other) == counterparts.end()) {
        counterparts.push_back(other);
      }
    }
  }
  for (const int a : who.entities) {
    if (ctx_.entities[static_cast<std::size_t>(a)].type != "person"sv) continue;
    add("attended", a, -1, ev, "", status, date, "", -1, 0.7);
    for (const int c : counterparts) add("met", a, c, -1, "", status, date, "", ev, 0.65);
  }
  // (and the one at their side was there: "across the table sat ..." faces them all)
  for (const int x : s.entities) add("attended", x, -1, ev, "", status, date, "", -1, 0.7);
}

// "Stoltenberg brought Kristersson and Erdogan together": a host and the people he brought
// together met, each of them the others.
void Frames::brought_people_together(const Trigger& t) {
  const Group o = cv_.object(t.last, 1);
  if (o.empty() || o.generic || o.entities.size() < 2 || o.last >= L() || key(o.last) != "together"sv) return;
  const Group s = subject_of(t);
  if (s.empty() || s.generic || !people_only(s) || !people_only(o)) return;
  const std::uint32_t end = cv_.clause_end(o.last);
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  std::string place, pkey;
  if (const Mention* pl = cv_.place_between(F(), end)) place_of(*pl, &place, &pkey);
  meeting_between(s, o, status, date, place, -1);
  meeting_among(o.entities, status, date, place, -1, 0.75);
  last_subject_ = s;
  remember(s, t);
}

void Frames::bring_together(const Trigger& t) {
  // the subject must be an event: "The summit in Paris on Thursday brings together ..."
  const std::uint32_t start = cv_.clause_start(t.first);
  Mention* evm = nullptr;
  for (std::uint32_t i = t.first; i > start; --i) {
    const Mention* m = cv_.mention_at(i - 1);
    if (m == nullptr) continue;
    if (m->kind == MKind::kEvent) {
      evm = &si_.mentions[static_cast<std::size_t>(m - si_.mentions.data())];
      break;
    }
    if (cv_.is_actor(*m)) return;
  }
  if (evm == nullptr) return;
  std::uint32_t from = t.last;
  if (from < L() && key(from) == "together"sv) ++from;
  Group o = cv_.object(from, 4);
  if (o.empty()) return;
  const int ev = event_of_mention(ctx_, *evm);
  if (ev < 0) return;
  const std::string status = cv_.status(evm->last, t.first, false);
  for (const int a : o.entities) add("attended", a, -1, ev, "", status, {}, "", -1, 0.75);
}

// "Biden laid a wreath at the Tomb of the Unknown Soldier", "A, B and C were among those who laid
// wreaths" after "Leaders gathered at Rajghat": laying a wreath is a ceremony where it is laid (the
// place of the clause, else of the sentence before), which those who lay one attend.
void Frames::wreath(const Trigger& t) {
  // ("were among those who laid wreaths": the subject of "were", as subject_of reads it)
  const Group s = subject_of(t);
  if (s.empty() || s.generic || !people_only(s)) return;
  const std::uint32_t end = cv_.clause_end(t.last);
  std::string place, pkey;
  // (a place the lexicon does not know, in capitals after "at" or "in": "at Arlington National
  // Cemetery", "at the Tomb of the Unknown Soldier", "at the tomb of Simone Veil in the Pantheon")
  std::uint32_t name = end;
  std::uint32_t name_end = end;
  for (std::uint32_t at = t.last; at + 1 < end && at < t.last + 10 && name_end == end; ++at) {
    if (key(at) != "at"sv && key(at) != "in"sv) continue;
    std::uint32_t n = at + 1;
    if (n < end && key(n) == "the"sv) ++n;
    std::uint32_t e = n;
    while (e < end) {
      if (ctx_.tokens[e].is(kCapital) && ctx_.tokens[e].is(kWord) && !in_date(e)) {
        ++e;
      } else if (e > n && ctx_.tokens[e].in(kClsNameParticle) && e + 1 < end &&
                 (ctx_.tokens[e + 1].is(kCapital) || (ctx_.tokens[e + 1].in(kClsNameParticle) && e + 2 < end &&
                                                       ctx_.tokens[e + 2].is(kCapital)))) {
        e += ctx_.tokens[e + 1].is(kCapital) ? 1 : 2;  // ("Plaza de la Revolucion")
      } else if (e > n && key(e) == "of"sv && e + 1 < end &&
                 (ctx_.tokens[e + 1].is(kCapital) ||
                  (key(e + 1) == "the"sv && e + 2 < end && ctx_.tokens[e + 2].is(kCapital)))) {
        e += key(e + 1) == "the"sv ? 2 : 1;
      } else {
        break;
      }
    }
    if (e > n && cv_.mention_at(n) == nullptr) {
      name = n;
      name_end = e;
    }
  }
  // (else the place of the sentence before the verb, "At Rajghat, Biden laid a wreath", or of the
  // sentence before, "Leaders gathered at Rajghat. A and B laid wreaths")
  const auto around = [&](std::string* p, std::string* k) {
    if (const Mention* before = cv_.place_between(F(), s.first)) {
      place_of(*before, p, k);
    } else {
      *p = ctx_.previous_sentence_place;
      *k = ctx_.previous_sentence_place_key;
    }
  };
  if (const Mention* pl = cv_.place_between(t.last, end)) {
    place_of(*pl, &place, &pkey);
  } else if (name < end) {
    // (in the city the report is filed from, else the one spoken of: "the Plaza de la Revolucion,
    // Havana")
    place = std::string(text(name, name_end));
    pkey = name_key(place);
    std::string city = ctx_.dateline, unused;
    if (city.empty()) around(&city, &unused);
    if (!city.empty()) {
      const auto comma = city.rfind(", ");
      place += ", " + (comma == std::string::npos ? city : city.substr(comma + 2));
    }
  } else {
    around(&place, &pkey);
  }
  if (place.empty()) return;
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  // (a gathering of its own, not the one the text goes on about)
  const int salient = ctx_.salient_event;
  const int ev = register_event(ctx_, "ceremony", place, pkey, "", date, false, false, false, "wreath-laying");
  ctx_.salient_event = salient;
  if (ev < 0) return;
  for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.7);
  last_subject_ = s;
  remember(s, t);
}

}  // namespace evkg::detail
