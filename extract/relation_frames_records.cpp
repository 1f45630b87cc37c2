// Relation frames: what they record. Pending assertions (with the status a later date gives them),
// the event a meeting happened at, and the pairs of a meeting between two groups.

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "core/fold.hpp"
#include "extract/doc_entities.hpp"
#include "extract/event_mentions.hpp"
#include "extract/number_words.hpp"
#include "extract/relation_frames_internal.hpp"
#include "extract/word_set.hpp"

namespace evkg::detail {

using namespace std::string_view_literals;  // "the"sv: comparisons check the length first

namespace {

// "agreed to keep up close coordination", "pledged to cooperate", "vowed to deepen the
// relationship further", "committed to follow up": a promise of goodwill, with nothing given or done
// that one could hold the giver to. What has a purpose is more ("work together against illegal
// migration", "work toward denuclearisation", "continue military support").
bool goodwill_only(const std::string& object) {
  static const WordSet kVerbs = {
      "cooperate", "cooperation", "co-operate", "co-operation", "work", "working", "coordinate", "coordination",
      "follow", "deepen", "strengthen", "expand", "continue", "stay", "remain", "enhance", "improve", "foster",
      "promote", "explore", "engage", "keep"};
  static const WordSet kRelational = {
      "up", "together", "closely", "close", "closer", "further", "more", "the", "their", "our", "its", "his", "her",
      "each", "other", "with", "one", "another", "coordination", "cooperation", "co-operation", "relationship",
      "relations", "ties", "contacts", "contact", "dialogue", "bilateral", "working", "it", "them", "both", "sides",
      "in", "touch", "and", "even", "still"};
  const std::string k = name_key(object);
  std::size_t i = 0;
  bool first = true;
  while (i < k.size()) {
    std::size_t sp = k.find(' ', i);
    if (sp == std::string::npos) sp = k.size();
    const std::string_view w = std::string_view(k).substr(i, sp - i);
    if (first ? kVerbs.count(w) == 0 : kRelational.count(w) == 0) return false;
    first = false;
    i = sp + 1;
  }
  return !first;
}

}  // namespace

// Whether the clause goes on, after the words of `object`, with what the promise is for: "keep
// working together at the UN Security Council to stop Tehran ...", "work together against".
bool Frames::purpose_after(const std::string& object) const {
  const std::string k = name_key(object);
  const auto sp = k.rfind(' ');
  const std::string_view last = std::string_view(k).substr(sp == std::string::npos ? 0 : sp + 1);
  for (std::uint32_t i = F(); i < L(); ++i) {
    if (key(i) != last) continue;
    const std::uint32_t end = cv_.clause_end(i);
    for (std::uint32_t j = i + 1; j < end && j < i + 10; ++j) {
      const TokenKey w = key(j);
      if (w == "against"sv || w == "toward"sv || w == "towards"sv) return true;
      if (w == "to"sv && j + 1 < end && ctx_.tokens[j + 1].is(kWord) && !ctx_.tokens[j + 1].is(kCapital) &&
          !determiner(key(j + 1)) && key(j + 1) != "be"sv && key(j + 1) != "have"sv) {
        return true;
      }
    }
  }
  return false;
}

// "India refuses to endorse the programme", "declined to sign the accord": a thing named by its
// kind alone is the one of that kind the text named last, in capitals ("the Belt and Road
// Initiative"): the object keeps its words and gains that name, "the programme (Belt and Road
// Initiative)".
std::string Frames::object_named_before(const std::string& object) const {
  static const WordSet kKinds = {"plan", "proposal", "deal", "agreement", "programme", "program", "project",
                                 "initiative", "treaty", "declaration", "accord", "accords", "pact", "scheme",
                                 "package", "framework", "corridor", "register", "charter", "compact", "protocol"};
  static const WordSet kHeads = {"initiative", "plan", "agreement", "treaty", "declaration", "accord", "accords",
                                 "programme", "program", "deal", "corridor", "pact", "partnership", "framework",
                                 "convention", "protocol", "register", "charter", "strategy", "compact", "act"};
  // (its last two words: "endorse the programme")
  const std::string k = name_key(object);
  const auto sp = k.rfind(' ');
  if (sp == std::string::npos || sp == 0) return object;
  const auto sp0 = k.rfind(' ', sp - 1);
  const std::string_view det = std::string_view(k).substr(sp0 == std::string::npos ? 0 : sp0 + 1, sp - (sp0 == std::string::npos ? 0 : sp0 + 1));
  const std::string_view kind = std::string_view(k).substr(sp + 1);
  if ((det != "the"sv && det != "this"sv && det != "that"sv) || kKinds.count(kind) == 0) return object;
  // (back from the sentence's start over the text before, to a name in capitals ending with a
  // kind's noun)
  const std::uint32_t lo = F() > 120 ? F() - 120 : 0;
  for (std::uint32_t i = F(); i > lo + 1; --i) {
    const Token& head = ctx_.tokens[i - 1];
    if (!head.is(kCapital) || !head.is(kWord) || kHeads.count(head.key.view()) == 0) continue;
    std::uint32_t b = i - 1;
    while (b > lo && (ctx_.tokens[b - 1].is(kCapital) || ctx_.tokens[b - 1].key == "and"sv ||
                      ctx_.tokens[b - 1].key == "of"sv || ctx_.tokens[b - 1].key == "on"sv) &&
           ctx_.tokens[b - 1].is(kWord) && i - b < 8) {
      --b;
    }
    while (b < i - 1 && !ctx_.tokens[b].is(kCapital)) ++b;  // (not from "and" or "of")
    if (b + 1 >= i) continue;  // (a name of at least two words)
    return object + " (" + std::string(ctx_.text_of(b, i)) + ")";
  }
  return object;
}

// Whether the sentence, or the page it is on, is of a game: a word of the sport in the sentence, or
// a page that uses several (a match report, a live text of a tournament).
bool Frames::teams_playing() const {
  static const WordSet kGame = {"final", "finals", "semi-final", "semi-finals", "semifinal", "semifinals",
                                "quarter-final", "quarter-finals", "play-off", "playoff", "match", "fixture",
                                "kick-off", "trophy", "penalties", "goal", "goals", "scored", "striker",
                                "goalkeeper", "midfielder", "tournament", "half-time", "derby", "squad"};
  for (std::uint32_t k = F(); k < L(); ++k) {
    if (kGame.count(key(k).view()) != 0) return true;
  }
  if (ctx_.sports_page < 0) {
    std::set<std::string_view> seen;
    for (const Token& tk : ctx_.tokens) {
      if (kGame.count(tk.key.view()) != 0) seen.insert(tk.key.view());
    }
    ctx_.sports_page = seen.size() >= 4 ? 1 : 0;
  }
  return ctx_.sports_page == 1;
}

void Frames::add(const std::string& rel, int s, int target, int target_event, const std::string& object,
                 const std::string& status, const Date& date, const std::string& place, int event, double conf,
                 const std::string& topic) {
  if (s < 0) return;
  if (rel == "pledged"sv && goodwill_only(object) && !purpose_after(object)) return;
  // no one meets or calls themself; a pledge to one's own side is a commitment made to it ("the
  // allies committed to spending 3.5% of GDP": NATO to NATO)
  if (target >= 0 && target == s && rel != "pledged"sv) return;
  // (nor one's own country: "shook hands with the American delegation" is no meeting of Obama with
  // the United States)
  if (rel == "met"sv && target >= 0) {
    const DocEntity& a = ctx_.entities[static_cast<std::size_t>(s)];
    const DocEntity& b = ctx_.entities[static_cast<std::size_t>(target)];
    if ((a.type == "person"sv && b.type == "country"sv) || (a.type == "country"sv && b.type == "person"sv)) {
      const std::string ca = country_code_of(ctx_, s);
      if (!ca.empty() && ca == country_code_of(ctx_, target)) return;
    }
  }
  // (nor does a couple one mention names: "the Bidens and Modi held talks")
  if (rel == "met"sv && target >= 0 && std::any_of(si_.mentions.begin(), si_.mentions.end(), [&](const Mention& m) {
        return (m.entity == s && m.partner == target) || (m.entity == target && m.partner == s);
      })) {
    return;
  }
  if (target < 0 && target_event < 0 && topic.empty()) return;
  // "France met Morocco in the semi-final", "Ecuador meet the Netherlands on Friday" on a sports
  // page: teams playing, not countries meeting
  if (rel == "met"sv && target >= 0 && ctx_.entities[static_cast<std::size_t>(s)].type == "country"sv &&
      ctx_.entities[static_cast<std::size_t>(target)].type == "country"sv && teams_playing()) {
    return;
  }
  // a body takes no part in its own gathering ("the Quad met in Tokyo": no Quad at the Quad summit)
  if (rel == "attended"sv && target_event >= 0 && ctx_.entities[static_cast<std::size_t>(s)].type == "organization"sv &&
      ctx_.events[static_cast<std::size_t>(target_event)].group == ctx_.entities[static_cast<std::size_t>(s)].label) {
    return;
  }
  // a pledge to a leader of another country is one to that country ("signed with Trump a framework
  // on critical minerals": Australia's pledge to the United States)
  if (rel == "pledged"sv && target >= 0) target = pledged_to(s, target);
  // a gathering days away from the day a clause gives is not where it happened ("first met in
  // person on March 4, on the sidelines of the emergency Arab summit" is not at the summit spoken
  // of, held weeks later); a gathering lasts days, not weeks
  const auto far_from = [&](int ev) {
    const Date& d = ctx_.events[static_cast<std::size_t>(ev)].date;
    return date.full() && d.full() && distance_days(date, d) > 6;
  };
  if ((rel == "attended"sv || rel == "chaired"sv) && target_event >= 0 && far_from(target_event)) return;
  // "Starmer hosts a video call of the coalition from London on March 15": the day its host held
  // it dates a gathering told without one
  if (rel == "chaired"sv && target_event >= 0 && date.full() &&
      ctx_.events[static_cast<std::size_t>(target_event)].date.empty()) {
    ctx_.events[static_cast<std::size_t>(target_event)].date = date;
  }
  if (event >= 0 && far_from(event)) event = -1;
  PendingAssertion a;
  a.relation = rel;
  a.subject = s;
  a.target = target;
  a.target_event = target_event;
  a.topic = topic;
  a.object = (rel == "rejected"sv || rel == "pledged"sv) ? object_named_before(object) : object;
  a.status = status;
  a.date = date;
  a.place = place;
  a.event = event;
  a.confidence = conf;
  a.begin = si_.span.begin;
  a.end = si_.span.end;
  if (a.status == edge_status::kReported && weekday_to_come_ && rel != "pledged"sv && rel != "rejected"sv) {
    a.status = edge_status::kPlanned;
  }
  // (a line under "WHAT COMES NEXT": "- Africa Climate Summit, Nairobi, hosted by Ruto")
  if (a.status == edge_status::kReported && ctx_.upcoming_section) a.status = edge_status::kPlanned;
  // a fact dated after the article is a plan ("when Britain chairs the G8 summit next year"), but
  // not a pledge made of what comes later ("had committed 11.5 billion euros to Kyiv for next year")
  if (a.status == edge_status::kReported && rel != "pledged"sv && surely_after(date, ctx_.doc_date)) {
    a.status = edge_status::kPlanned;
  }
  if (target_event >= 0) ctx_.events[static_cast<std::size_t>(target_event)].used = true;
  if (event >= 0) ctx_.events[static_cast<std::size_t>(event)].used = true;
  ctx_.pending.push_back(std::move(a));
}

namespace {
bool travel_noun(TokenKey k) {
  static const WordSet kNouns = {"trip", "visit", "journey", "tour", "flight", "travels", "trips", "visits", "voyage"};
  return kNouns.count(k.view()) != 0;
}
}  // namespace

// An event for a meeting stated with a place ("held talks with X in Alaska").
int Frames::meeting_event(const std::string& kind, std::uint32_t from, std::uint32_t end, const Date& date,
                          std::string* place_out) {
  // (not "a meeting" that describes the one just told: "held a dialogue with Y in Brussels on July 2,
  // a meeting at which ...", "spent the day with Qin Gang, in talks both sides called candid")
  Mention* named = cv_.event_after(from, 6);
  const auto after_comma = [&](std::uint32_t i) {
    return i > F() && (key(i - 1) == ","sv || (i > F() + 1 && key(i - 1) == "in"sv && key(i - 2) == ","sv));
  };
  if (named != nullptr && named->event < 0 && !named->ev_definite && named->place_key.empty() &&
      named->ev_group.empty() && !named->ev_date.full() && after_comma(named->first)) {
    named = nullptr;
  }
  // (nor the gathering talked about: "held talks on the sidelines, about the summit and the forum")
  if (named != nullptr && named->first > F() + 1 &&
      (key(named->first - 1) == "about"sv || (key(named->first - 1) == "the"sv && key(named->first - 2) == "about"sv) ||
       (determiner(key(named->first - 1)) && key(named->first - 2) == "about"sv))) {
    named = nullptr;
  }
  // (nor a gathering the meeting was held to prepare: "met her deputies in Rome on Wednesday to
  // prepare for the summit"; "met them before the summit" may be on its day, at its place)
  for (std::uint32_t i = from; i < end; ++i) {
    const TokenKey k = key(i);
    if (k == "prepare"sv || k == "preparing"sv || k == "preparation"sv) {
      if (named != nullptr && named->first > i) named = nullptr;
      end = i;  // (nor is its place the meeting's: "... to prepare for the summit in Paris")
      break;
    }
  }
  if (Mention* ev = named) {
    const int e = event_of_mention(ctx_, *ev);
    // (not, for a meeting on or before the article's day, one dated later: "sat down with Sandu
    // before the afternoon session" is not at the EU meeting of October 23 told of before)
    if (e >= 0 && !surely_after(date, ctx_.doc_date) &&
        surely_after(ctx_.events[static_cast<std::size_t>(e)].date, ctx_.doc_date)) {
      return -1;
    }
    if (e >= 0) {
      *place_out = ctx_.events[static_cast<std::size_t>(e)].place;
      if (date.full() && ctx_.events[static_cast<std::size_t>(e)].date.empty()) {
        ctx_.events[static_cast<std::size_t>(e)].date = date;
      }
      return e;
    }
    // ("the Bidens hosted Modi and 400 guests at the state dinner tonight": a banquet or a dinner
    // the text has not placed, on the day the clause tells, is a gathering of its own)
    if (ev->ev_kind == "ceremony"sv && date.full() && ev->last > ev->first && ev->first >= from) {
      const Token& head = ctx_.tokens[ev->last - 1];
      static const WordSet kMeals = {"dinner", "banquet", "lunch", "luncheon", "breakfast", "reception"};
      if (head.is(kWord) && kMeals.count(head.key.view()) != 0) {
        std::string at, at_key;
        if (const Mention* pl = cv_.place_between(ev->last, end)) place_of(*pl, &at, &at_key);
        const int made = meal_gathering(*ev, at, at_key, date);
        if (made >= 0) *place_out = at;
        return made;
      }
    }
  }
  // (not past a second predicate of the subject: "had met Hegseth on Sunday, and spent Monday in
  // Boston")
  std::uint32_t place_end = end;
  // (nor past a clause of time of someone's: "held talks at a Belfast hotel before Biden spoke at
  // Ulster University")
  for (std::uint32_t i = from; i + 1 < place_end; ++i) {
    const TokenKey k = key(i);
    if (k != "before"sv && k != "after"sv && k != "until"sv && k != "while"sv) continue;
    const Mention* who = cv_.mention_at(i + 1);
    if (who != nullptr && who->first == i + 1 && cv_.is_actor(*who)) {
      place_end = i;
      break;
    }
  }
  for (std::uint32_t i = from; i + 2 < place_end; ++i) {
    if (key(i) == ","sv && key(i + 1) == "and"sv && ctx_.tokens[i + 2].is(kWord) && !ctx_.tokens[i + 2].is(kCapital) &&
        !determiner(key(i + 2)) && (key(i + 2).ends_with("ed") || key(i + 2) == "spent"sv || key(i + 2) == "went"sv ||
                                    key(i + 2) == "flew"sv || key(i + 2) == "then"sv || key(i + 2) == "later"sv)) {
      place_end = i;
      break;
    }
  }
  const Mention* pl = cv_.place_between(from, place_end);
  // "signed at Al-Yamamah Palace, where the crown prince received the Pakistani prime minister": a
  // clause of "where" about a place is at that place
  for (std::uint32_t i = from; pl == nullptr && i > F() + 2 && i + 14 > from; --i) {
    const TokenKey k = key(i - 1);
    // (within the clause: not past a comma other than the one before "where")
    if (k == ";"sv || k == "."sv || k == ":"sv || (k == ","sv && key(i) != "where"sv)) break;
    if (k != "where"sv || key(i - 2) != ","sv) continue;
    // (not a meeting before the time told of, "Tallinn, where on Wednesday he had met ...": the
    // place of the background, which the gathering spoken of is not)
    bool earlier = false;
    for (std::uint32_t j = i; j < from && !earlier; ++j) earlier = key(j) == "had"sv;
    if (earlier) break;
    // (a building the text names, "Al-Yamamah Palace, Riyadh": a city so named is often the
    // background of a journey, "travel on to Beijing, where they are due to meet Xi")
    const Mention* before = cv_.mention_at(i - 3);
    if (before != nullptr && before->last == i - 2 && before->kind == MKind::kPlace &&
        before->place.find(',') != std::string::npos) {
      pl = before;
    }
    // (over the day said after the city: "flew on to Abu Dhabi on Saturday, where")
    if (pl == nullptr && before == nullptr) {
      std::uint32_t b = i - 2;
      while (b > F() + 1 && b + 6 > i && (in_date(b - 1) || key(b - 1) == "on"sv)) --b;
      if (b < i - 2) {
        before = cv_.mention_at(b - 1);
        if (before != nullptr && before->last != b) before = nullptr;
      }
    }
    // (a city reached or stayed in, when what the clause tells happened: "flies on to Abu Dhabi,
    // where he meets President Mohamed bin Zayed", "is in Doha, where the Emir receives him"; not
    // a journey named as a noun, the background of another: "six weeks after his trip to Moscow,
    // where he embraced Putin")
    if (pl == nullptr && before != nullptr &&
        (before->kind == MKind::kPlace || (before->kind == MKind::kCountry && !before->place.empty())) &&
        before->first > F() + 1 && (key(before->first - 1) == "to"sv || key(before->first - 1) == "in"sv) &&
        !travel_noun(key(before->first - 2)) &&
        !cv_.cue_between(i, end, {"planned", "hypothetical", "negation", "proposal"})) {
      pl = before;
    }
    break;
  }
  if (pl == nullptr) {
    // "sat down on Saturday, at the hotel where he was staying, on the margins of the APEC forum":
    // the gathering on whose margins they met, past commas to the sentence's end
    for (std::uint32_t i = from; i + 4 < L(); ++i) {
      const TokenKey k = key(i);
      if (k == ";"sv || k == "but"sv || k == ":"sv) break;
      if (k != "on"sv || key(i + 1) != "the"sv || (key(i + 2) != "margins"sv && key(i + 2) != "sidelines"sv) ||
          key(i + 3) != "of"sv) {
        continue;
      }
      if (Mention* evm = cv_.event_after(i + 4, 4)) {
        const int e = event_in_clause(*evm);
        if (e >= 0) {
          auto& ev = ctx_.events[static_cast<std::size_t>(e)];
          *place_out = ev.place;
          if (date.full() && ev.date.empty()) ev.date = date;  // a day of it
        }
        return e;
      }
      break;
    }
    // "On the margins, Faye held talks with Tshisekedi", "met Pashinyan on the sidelines": on the
    // margins of the gathering of many the document is about
    if (const int e = margins_of_main_event(from, end, date); e >= 0) {
      *place_out = ctx_.events[static_cast<std::size_t>(e)].place;
      return e;
    }
    // "On August 20, Prime Minister Ishiba held a summit meeting with President Ruto", in a report on
    // the conference of August 20 to 22: a meeting with no place of its own, on a day of the
    // gathering of many the document is about, is held on its margins
    // (not one held at a place the lexicon does not know: "met King Charles III at the monarch's
    // Sandringham estate")
    bool elsewhere = false;
    for (std::uint32_t i = from; i + 1 < place_end && !elsewhere; ++i) {
      if (key(i) != "at"sv && key(i) != "in"sv) continue;
      for (std::uint32_t j = i + 1; j < place_end && j < i + 5; ++j) {
        const Mention* m = cv_.mention_at(j);
        if (ctx_.tokens[j].is(kCapital) && ctx_.tokens[j].is(kWord) && !in_date(j) &&
            (m == nullptr || m->kind == MKind::kPlace)) {
          elsewhere = true;
          break;
        }
        if (!ctx_.tokens[j].is(kWord) || (m != nullptr && m->kind == MKind::kPerson)) break;
      }
    }
    // (nor when the sentence names a gathering of its own: "landed in Tokyo for the annual summit
    // between the two countries")
    for (const Mention& m : si_.mentions) {
      if (m.kind == MKind::kEvent && (m.ev_definite || !m.place_key.empty() || !m.ev_group.empty())) elsewhere = true;
    }
    if (date.full() && ctx_.salient_event >= 0 && !elsewhere) {
      const int main = main_event();
      const DocEvent* g = main >= 0 ? &ctx_.events[static_cast<std::size_t>(main)] : nullptr;
      if (g != nullptr && many_gathering(*g) && !g->to_come && g->date.full()) {
        const long first = days_from_civil(g->date.year, g->date.month, g->date.day);
        const long last = g->end_date.full() ? days_from_civil(g->end_date.year, g->end_date.month, g->end_date.day)
                                             : first + std::max(g->days, 1) - 1;
        const long day = days_from_civil(date.year, date.month, date.day);
        if (day >= first && day <= last) {
          *place_out = g->place;
          return main;
        }
      }
    }
    // "received A, B and C and laid out a plan to end the war in Gaza": a gathering on Gaza, of
    // that day, whose place the text does not say here
    if (const Mention* about = cv_.situation_place_between(from, end); about != nullptr && date.full()) {
      std::string topic, tkey;
      place_of(*about, &topic, &tkey);
      return register_event(ctx_, kind, "", "", topic, date);
    }
    return -1;
  }
  return event_at(*pl, kind, date, place_out);
}

// "On the margins, ...", "... on the sidelines" (of nothing named): the gathering of many the
// document is about, when the sentence opens with the phrase or it follows `from` in the clause;
// -1 otherwise, and on a `date` before it opens (the eve's bilateral talks are not at it).
int Frames::margins_of_main_event(std::uint32_t from, std::uint32_t end, const Date& date) {
  const auto margins_at = [&](std::uint32_t i) {
    return i + 2 < L() && key(i) == "on"sv && key(i + 1) == "the"sv &&
           (key(i + 2) == "margins"sv || key(i + 2) == "sidelines"sv) && (i + 3 >= L() || key(i + 3) != "of"sv);
  };
  std::uint32_t w = F();
  while (w < L() && !ctx_.tokens[w].is(kWord)) ++w;
  bool said = margins_at(w);
  for (std::uint32_t i = from; i < end && !said; ++i) said = margins_at(i);
  if (!said || ctx_.salient_event < 0) return -1;
  const int main = main_event();
  if (main < 0 || !many_gathering(ctx_.events[static_cast<std::size_t>(main)])) return -1;
  // (the eve: a day or three before; a week apart, one of the two days is misread)
  const Date& opens = ctx_.events[static_cast<std::size_t>(main)].date;
  return date.full() && surely_after(opens, date) && distance_days(opens, date) <= 3 ? -1 : main;
}

// The event of a meeting of `kind` at place mention pl on `date`; its place's label in *place_out.
int Frames::event_at(const Mention& pl, const std::string& kind, const Date& date, std::string* place_out) {
  std::string pkey;
  place_of(pl, place_out, &pkey);
  return register_event(ctx_, kind, *place_out, pkey, "", date);
}

// A mention of a place a meeting can be held at: a city or site, or a seat of government.
bool Frames::names_a_place(const Mention& m) {
  return m.kind == MKind::kPlace || (m.kind == MKind::kCountry && !m.place.empty());
}

// The label and key of the place a place mention names (a country mention: the country's label).
void Frames::place_of(const Mention& pl, std::string* place, std::string* key_out) const {
  *place = pl.place.empty() ? ctx_.entities[static_cast<std::size_t>(pl.entity)].label : pl.place;
  *key_out = pl.place_key.empty() ? name_key(*place) : pl.place_key;
}

// Subjects who chaired event `ev` (and so attended it); an undated event takes the clause's date
// (add() gives a chaired event its chair's day).
void Frames::chaired_event(const Group& s, const Trigger& t, int ev, std::uint32_t end, double conf) {
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  for (const int a : s.entities) {
    add("chaired", a, -1, ev, "", status, date, "", -1, conf);  // (an undated event takes its day: add)
    add("attended", a, -1, ev, "", status, date, "", -1, 0.75);
  }
  last_subject_ = s;
  remember(s, t);
}

// The place a clause of "where" that token `at` is in speaks of: "Jeddah" in "after a flight from
// Jeddah, where he had addressed the summit"; null when `at` is in no such clause.
const Mention* Frames::place_of_where_clause(std::uint32_t at) const {
  for (std::uint32_t k = at; k > F() + 2 && k + 12 > at; --k) {
    const TokenKey w = key(k - 1);
    if (w == "."sv || w == ";"sv || w == ","sv) return nullptr;
    if (w != "where"sv) continue;
    if (key(k - 2) != ","sv) return nullptr;
    const Mention* before = cv_.mention_at(k - 3);
    return before != nullptr && before->last == k - 2 && names_a_place(*before) ? before : nullptr;
  }
  return nullptr;
}

// The event of an event mention, taking its place from the rest of the clause when the phrase
// itself has none ("hosted the summit between X and Y in Geneva").
int Frames::event_in_clause(Mention& evm) {
  if (evm.place_key.empty() && evm.event < 0) {
    // not past a subordinate clause ("flew in for the morning session a day after his coalition
    // collapsed in Berlin")
    std::uint32_t end = cv_.clause_end(evm.last);
    for (std::uint32_t i = evm.last; i < end; ++i) {
      const TokenKey k = key(i);
      if (k == "after"sv || k == "before"sv || k == "while"sv || k == "since"sv || k == "when"sv || k == "because"sv ||
          k == "although"sv || k == "though"sv || k == "until"sv) {
        end = i;
      }
    }
    const Mention* pl = cv_.place_between(evm.last, end);
    // else the place the sentence opens with ("In Paris on Thursday, Macron, who co-chaired the
    // coalition meeting, said ...")
    if (pl == nullptr && evm.first > F() + 2) pl = cv_.place_between(F(), std::min<std::uint32_t>(F() + 3, evm.first));
    if (pl != nullptr) {
      place_of(*pl, &evm.place, &evm.place_key);
    }
  }
  const int ev = event_of_mention(ctx_, evm);
  // ("after a flight from Jeddah, where he had addressed the Arab League summit": a gathering no
  // place was given for is held at the place of the clause of "where" it is told in)
  // (a body's gathering named so, not "the summit" the text is about, which it places itself)
  if (ev >= 0 && !evm.ev_group.empty() && ctx_.events[static_cast<std::size_t>(ev)].place_key.empty()) {
    if (const Mention* pl = place_of_where_clause(evm.first)) {
      DocEvent& e = ctx_.events[static_cast<std::size_t>(ev)];
      place_of(*pl, &e.place, &e.place_key);
    }
  }
  // ("hosted a banquet for Biden": a ceremony first made an event by a frame is known by its noun
  // too, as one the mention rules made)
  if (ev >= 0 && evm.ev_kind == "ceremony"sv && evm.last > evm.first) {
    DocEvent& e = ctx_.events[static_cast<std::size_t>(ev)];
    if (e.noun.empty()) e.noun = ceremony_noun(evm);
  }
  return ev;
}

// The noun a ceremony's phrase ends with, with "state" before it ("state dinner" of "a state
// dinner"; not a day word after it: "the state dinner tonight").
std::string Frames::ceremony_noun(const Mention& evm) const {
  return noun_at(event_phrase_end(ctx_, evm) - 1, evm.first);
}

// The noun at token `at` a meal or a ceremony is known by, with "state" when it comes right before
// it at or after token `from` ("state dinner", "dinner").
std::string Frames::noun_at(std::uint32_t at, std::uint32_t from) const {
  std::string noun(key(at).view());
  if (at > from && key(at - 1) == "state"sv) noun.insert(0, "state ");
  return noun;
}

// A meal or a ceremony the text has not placed nor dated, newly made a gathering of its own on the
// clause's day (where `place` is, when known), known by its noun.
int Frames::meal_gathering(const Mention& evm, const std::string& place, const std::string& place_key, const Date& date) {
  return meal_gathering(ceremony_noun(evm), place, place_key, date);
}

// The same, for a meal known by `noun` ("state dinner") with no mention of its own.
int Frames::meal_gathering(const std::string& noun, const std::string& place, const std::string& place_key, const Date& date) {
  const int ev = register_event(ctx_, "ceremony", place, place_key, "", date, false, false, false, noun);
  if (ev >= 0) ctx_.events[static_cast<std::size_t>(ev)].named = true;
  return ev;
}

// The side a pledge of s to target is owed to: target, or its country when target is a person of a
// country other than s's.
int Frames::pledged_to(int s, int target) {
  const DocEntity& t = ctx_.entities[static_cast<std::size_t>(target)];
  if (t.type != "person"sv || t.country.empty()) return target;
  if (country_code_of(ctx_, s) == t.country) return target;
  const auto c = ctx_.lex->country_by_code(t.country);
  return c ? entity_for_country(ctx_, *c) : target;
}

// A meeting of group a with group b: every pair met, and everyone attended the event when there is
// one.
void Frames::meeting_between(const Group& a, const Group& b, const std::string& status, const Date& date,
                             const std::string& place, int ev) {
  for (const int x : a.entities) {
    for (const int y : b.entities) add("met", x, y, -1, "", status, date, place, ev, 0.8);
  }
  if (ev < 0) return;
  for (const int x : a.entities) add("attended", x, -1, ev, "", status, date, "", -1, 0.7);
  for (const int y : b.entities) add("attended", y, -1, ev, "", status, date, "", -1, 0.7);
}

// People together at one meeting ("Trump, Abe and Modi met", "who haggled with one another"): each
// pair met.
void Frames::meeting_among(const std::vector<int>& who, const std::string& status, const Date& date,
                           const std::string& place, int ev, double conf) {
  for (std::size_t i = 0; i < who.size(); ++i) {
    for (std::size_t j = i + 1; j < who.size(); ++j) add("met", who[i], who[j], -1, "", status, date, place, ev, conf);
  }
}

// "The G20 summit opened in Johannesburg on Saturday", "The summit was held on 4 September": an
// event that opens its sentence and is said to open, begin, convene, take place or be held takes the
// clause's date, if it had none. So does one spoken of as opening: "adopted on Saturday, at the
// opening of the summit". Its close ("ended on Sunday") is not its date: an event of several days is
// dated by its first (see event_end_and_length). Negated or hypothetical clauses date nothing.

void Frames::event_start_date() {
  if (si_.dates.empty()) return;
  for (auto& m : si_.mentions) {
    if (m.kind != MKind::kEvent) continue;
    // (over the event's short name in brackets: "the Tokyo International Conference on African
    // Development (TICAD 9) was held")
    std::uint32_t after = m.last;
    if (after + 2 < L() && key(after) == "("sv) {
      for (std::uint32_t c = after + 1; c < L() && c < after + 6; ++c) {
        if (key(c) == ")"sv) {
          after = c + 1;
          break;
        }
      }
    }
    const std::uint32_t end = cv_.clause_end(after);
    std::uint32_t v = after;
    bool starts = false;
    // "at the opening of the summit", "on the first day of the summit"
    const TokenKey k1 = m.first > F() ? key(m.first - 1) : TokenKey();
    const TokenKey k2 = m.first > F() + 1 ? key(m.first - 2) : TokenKey();
    const TokenKey k3 = m.first > F() + 2 ? key(m.first - 3) : TokenKey();
    const bool opening = k1 == "of"sv && (k2 == "opening"sv || k2 == "start"sv || (k2 == "day"sv && k3 == "first"sv));
    if (!opening && began_hours_from(m)) {
      // "on Saturday morning, a few hours before the summit began": the day said before it
      Date day;
      for (const auto& d : si_.dates) {
        if (d.last >= m.first) break;
        if (const Date r = ctx_.resolve(d, ctx_.focus, tense_at(ctx_, si_, d.first)); r.full()) day = r;
      }
      const int ev = day.full() && !cv_.cue_between(F(), end, {"negation", "hypothetical", "proposal"})
                         ? event_in_clause(m)
                         : -1;
      if (ev >= 0 && ctx_.events[static_cast<std::size_t>(ev)].date.empty()) {
        ctx_.events[static_cast<std::size_t>(ev)].date = day;
      }
      continue;
    }
    if (opening) {
      starts = true;
      v = m.first;
    }
    // "gathered in Apia, the Samoan capital, where the leaders' sessions were held on Friday": a
    // clause of "where" about a place opens with the event, which is held there
    const bool where = m.first > F() + 1 && (key(m.first - 1) == "where"sv ||
                                             (m.first > F() + 2 && key(m.first - 2) == "where"sv &&
                                              determiner(key(m.first - 1))));
    std::uint32_t s0 = cv_.story_start();
    // ("From August 20 to 22, 2025, the Ninth TICAD was held in Yokohama": past an opening date)
    if (!si_.dates.empty()) {
      const DateMention& d0 = si_.dates.front();
      const bool opens = d0.first == s0 || (d0.first == s0 + 1 && (key(s0) == "on"sv || key(s0) == "from"sv));
      // (over the rest of a span: "From August 20 to 22, 2025,")
      std::uint32_t c = d0.last;
      while (c < m.first && c < d0.last + 5 &&
             (ctx_.tokens[c].is(kDigit) || key(c) == "to"sv || key(c) == "-"sv || key(c) == "and"sv ||
              (key(c) == ","sv && c + 1 < m.first && ctx_.tokens[c + 1].is(kDigit)))) {
        ++c;
      }
      if (opens && c < m.first && key(c) == ","sv) s0 = c + 1;
    }
    // ("The joint summit", "The annual EAC-SADC summit": a determiner and words before the phrase)
    bool leads = m.first == s0 || (m.first == s0 + 1 && determiner(key(s0)));
    if (!leads && m.first > s0 + 1 && m.first <= s0 + 4 && determiner(key(s0))) {
      leads = true;
      for (std::uint32_t i = s0 + 1; i < m.first && leads; ++i) {
        leads = ctx_.tokens[i].is(kWord) && cv_.mention_at(i) == nullptr && !ctx_.tokens[i].is(kDigit) &&
                key(i) != "next"sv && key(i) != "last"sv && key(i) != "previous"sv;
      }
    }
    if (!opening && (leads || where)) {
      // (over what it is on: "The International Conference on the peaceful settlement of the
      // question of Palestine and the implementation of the two-state solution opened on Monday")
      std::uint32_t reach = m.last < L() && (key(m.last) == "on"sv || key(m.last) == "about"sv) ? 25 : 7;
      // (over the body it is of: "The ninth summit of the Community of Latin American and Caribbean
      // States met on Wednesday")
      if (m.last + 1 < L() && key(m.last) == "of"sv) {
        const std::uint32_t b = key(m.last + 1) == "the"sv ? m.last + 2 : m.last + 1;
        const Mention* body = b < L() ? cv_.mention_at(b) : nullptr;
        if (body != nullptr && body->first == b && body->kind == MKind::kOrg) reach = body->last - after + 3;
      }
      for (; v < end && v < after + reach && !starts; ++v) {
        const TokenKey k = key(v);
        if (k == ","sv || k == ";"sv) break;
        const TokenKey next = v + 1 < L() ? key(v + 1) : TokenKey();
        const TokenKey prev = v > F() ? key(v - 1) : TokenKey();
        starts = k == "opened"sv || k == "opens"sv || k == "began"sv || k == "begins"sv || k == "started"sv ||
                 k == "starts"sv || k == "convened"sv || k == "convenes"sv ||
                 (k == "held"sv && (prev == "was"sv || prev == "were"sv || prev == "is"sv || prev == "be"sv)) ||
                 ((k == "took"sv || k == "takes"sv) && next == "place"sv) ||
                 // ("The summit met on Wednesday, 9 April", "The meeting ran from Sunday, July 6")
                 ((k == "met"sv || k == "meets"sv) && (next == "on"sv || next == "in"sv)) ||
                 ((k == "ran"sv || k == "runs"sv) && next == "from"sv) ||
                 ((k == "kicked"sv || k == "kicks"sv) && next == "off"sv) ||
                 ((k == "got"sv || k == "gets"sv) && (next == "under"sv || next == "underway"sv));
      }
    }
    if (!starts) continue;
    if (cv_.cue_between(opening ? cv_.clause_start(m.first) : m.first, end, {"negation", "hypothetical", "proposal"})) continue;
    const Date date = opening ? date_for(F(), end, m.first) : date_for(m.first, end, v - 1);
    if (!date.full()) continue;
    // ("The peace talks opened on 1 November": talks known by nothing else are known by that day)
    if (m.event < 0 && m.ev_date.empty()) m.ev_date = date;
    const int ev = event_in_clause(m);
    if (ev < 0) continue;
    auto& e = ctx_.events[static_cast<std::size_t>(ev)];
    const bool partial_fits =
        !e.date.full() && e.date.year == date.year && (e.date.month == 0 || e.date.month == date.month);
    if (e.date.empty() || partial_fits) e.date = date;
    // ("was held from August 20 to 22": three days)
    for (const auto& d : si_.dates) {
      if (d.span_days > 1 && d.day == date.day && d.month == date.month && e.days == 0 && e.date == date) {
        e.days = d.span_days;
      }
    }
    // "The G20 summit opened in Rio de Janeiro on Monday": where it opened
    if (!where && !opening && e.place_key.empty()) {
      if (const Mention* pl = cv_.place_between(m.last, end); pl != nullptr && pl->first > m.last) {
        place_of(*pl, &e.place, &e.place_key);
      }
    }
    if (where && e.place_key.empty()) {
      // the place the clause is about: the last one named before "where", over an apposition
      const std::uint32_t w = key(m.first - 1) == "where"sv ? m.first - 1 : m.first - 2;
      for (std::uint32_t i = w; i > F() && i + 12 > w; --i) {
        const Mention* pl = cv_.mention_at(i - 1);
        if (pl == nullptr || pl->first != i - 1) continue;
        if (pl->kind == MKind::kPlace || (pl->kind == MKind::kCountry && !pl->metonym)) {
          place_of(*pl, &e.place, &e.place_key);
          break;
        }
        if (pl->kind == MKind::kPerson || pl->kind == MKind::kEvent) break;
      }
    }
  }
}

// "hours before the summit began", "shortly after the talks opened": the event began within hours of
// the clause's day.
bool Frames::began_hours_from(const Mention& m) const {
  const std::uint32_t b = m.first;
  if (b < F() + 2 || m.last >= L()) return false;
  const TokenKey rel = key(b - 1);
  const TokenKey by = key(b - 2);
  const TokenKey verb = key(m.last);
  return (rel == "before"sv || rel == "after"sv) &&
         (by == "hours"sv || by == "hour"sv || by == "minutes"sv || by == "moments"sv || by == "shortly"sv ||
          by == "just"sv) &&
         (verb == "began"sv || verb == "opened"sv || verb == "started"sv || verb == "convened"sv);
}

// "brought the G20 summit to a close on Sunday", "closed the summit on Sunday", "the talks ended on
// Friday": the event's last day. "the two-day meeting", "a three-day summit": its length. The
// document's end dates an event known only by both (date_events_by_their_close).
// "A summit on the war in Gaza closed on Saturday", "An international summit on the war, hosted by
// Sisi in Cairo, closed on Saturday": the verb of closing whose subject is the event phrase that
// opens the sentence, past its modifiers and one phrase between commas; 0 if none.
std::uint32_t Frames::closing_verb_after(const Mention& m) const {
  // (the phrase opens the sentence, after a determiner and adjectives: "An international summit")
  const std::uint32_t s0 = cv_.story_start();
  if (m.first < s0 || m.first > s0 + 3) return 0;
  for (std::uint32_t i = s0; i < m.first; ++i) {
    if (!determiner(key(i)) && (!ctx_.tokens[i].is(kWord) || ctx_.tokens[i].is(kCapital) || i == s0)) return 0;
  }
  int commas = 0;
  for (std::uint32_t v = m.last; v < L() && v < m.last + 30; ++v) {
    const TokenKey k = key(v);
    if (k == ";"sv || k == "."sv || k == ":"sv) return 0;
    if (k == ","sv) {
      if (++commas > 2) return 0;
      continue;
    }
    if (k != "ended"sv && k != "closed"sv && k != "concluded"sv) {
      // (no other verb of the event before it: "a summit that opened ...")
      if (commas == 0 && (v > m.last + 8 || k == "that"sv || k == "which"sv || k == "was"sv || k == "is"sv)) return 0;
      continue;
    }
    return commas == 0 || (commas == 2 && key(v - 1) == ","sv) ? v : 0;
  }
  return 0;
}

void Frames::event_end_and_length() {
  for (auto& m : si_.mentions) {
    if (m.kind != MKind::kEvent) continue;
    int days = 0;
    for (std::uint32_t i = m.first; i < m.last && days == 0; ++i) {
      const TokenKey k = key(i);
      if (k.size() > 4 && k.ends_with("-day")) {
        days = std::max(small_number(k.view().substr(0, k.size() - 4)), 0);
      } else if (i + 2 < m.last && key(i + 1) == "-"sv && key(i + 2) == "day"sv) {
        days = std::max(small_number(k), 0);
      }
    }
    // "two days of talks": the length before the phrase
    std::uint32_t phrase_first = m.first;
    if (days == 0 && m.first >= F() + 3 && key(m.first - 1) == "of"sv && key(m.first - 2) == "days"sv &&
        small_number(key(m.first - 3).view()) >= 2) {
      days = small_number(key(m.first - 3).view());
      phrase_first = m.first - 3;
    }
    bool ends = false;
    std::uint32_t at = m.last;
    const TokenKey before = phrase_first > F() ? key(phrase_first - 1) : TokenKey();
    const TokenKey verb = phrase_first > F() + 1 ? key(phrase_first - 2) : TokenKey();
    const bool definite = key(m.first) == "the"sv || key(m.first) == "its"sv || key(m.first) == "their"sv;
    if (definite && (before == "closed"sv || before == "ended"sv || before == "concluded"sv)) {
      ends = true;  // "closed the summit on Sunday" (not "a closed meeting")
      at = m.first - 1;
    } else if ((definite || phrase_first < m.first) &&
               ((before == "off"sv && (verb == "broke"sv || verb == "broken"sv)) ||
                (before == "up"sv && (verb == "wrapped"sv || verb == "wound"sv)))) {
      ends = true;  // "broke off two days of talks on Sunday", "wrapped up the summit"
      at = phrase_first - 2;
    } else if ((before == "brought"sv || before == "brings"sv) && m.last + 2 < L() && key(m.last) == "to"sv &&
               (key(m.last + 1) == "a"sv || key(m.last + 1) == "an"sv) &&
               (key(m.last + 2) == "close"sv || key(m.last + 2) == "end"sv)) {
      ends = true;  // "brought the summit to a close"
      at = m.first - 1;
    } else if (m.last < L() && (key(m.last) == "ended"sv || key(m.last) == "closed"sv || key(m.last) == "concluded"sv)) {
      ends = true;  // "the summit ended on Sunday"
    } else if (const std::uint32_t v = closing_verb_after(m); v != 0) {
      ends = true;  // "A summit on the war in Gaza, hosted by Sisi, closed on Saturday"
      at = v;
    }
    if (days == 0 && !ends) continue;
    const int ev = event_in_clause(m);
    if (ev < 0) continue;
    auto& e = ctx_.events[static_cast<std::size_t>(ev)];
    if (days > 0 && e.days == 0) e.days = days;
    if (!ends || !e.end_date.empty()) continue;
    const std::uint32_t end = cv_.clause_end(m.last);
    // (a negation after the phrase and its verb is about something else: "broke off the talks on
    // Sunday without a single agreement")
    const std::uint32_t verb_end = std::max(at, m.last) + 1;
    if (cv_.cue_between(cv_.clause_start(phrase_first), verb_end, {"negation"}) ||
        cv_.cue_between(cv_.clause_start(phrase_first), end, {"hypothetical", "proposal"})) {
      continue;
    }
    const Date date = date_for(m.first, end, at);
    if (date.full()) e.end_date = date;
  }
}

}  // namespace evkg::detail
