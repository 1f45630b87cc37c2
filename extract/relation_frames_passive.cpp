// Relation frames: the passive with a named agent ("was received by the Pope", "the summit was
// attended by 30 leaders including Trump", "were joined by Rubio").

#include <algorithm>
#include <string>
#include <string_view>

#include "extract/relation_frames_internal.hpp"
#include "extract/word_set.hpp"

namespace evkg::detail {

using namespace std::string_view_literals;  // "the"sv: comparisons check the length first

// "Zelensky was received by the Pope", "was met by Rubio", "the summit was attended by 30 leaders
// including Trump": the agent after "by" does what the verb says. Returns false when the trigger
// is no passive with a named agent.
bool Frames::passive(const Trigger& t) {
  std::uint32_t p = t.first;
  while (p > F() && (key(p - 1).ends_with("ly") || key(p - 1) == "also"sv)) --p;
  // "was joined at the table by", "was met at the foot of the steps by": a short place phrase first
  std::uint32_t by = t.last;
  // ("was received yesterday by", "was received yesterday morning by", "this Wednesday morning":
  // over the time; "were met there by": over the place adverb)
  while (by < L() && by < t.last + 4 &&
         (in_date(by) || key(by) == "there"sv || key(by) == "morning"sv || key(by) == "afternoon"sv || key(by) == "evening"sv ||
          (key(by) == "this"sv && by + 1 < L() && in_date(by + 1)))) {
    ++by;
  }
  if (by < L() && (key(by) == "at"sv || key(by) == "in"sv || key(by) == "on"sv)) {
    std::uint32_t b = by + 1;
    while (b < L() && b < by + 8 && key(b) != "by"sv && !cv_.boundary(b) && key(b) != ","sv) ++b;
    if (b < L() && key(b) == "by"sv) by = b;
  }
  if (p == F()) return false;
  if (by >= L() || key(by) != "by"sv) return received_at_place(t, p);
  const TokenKey aux = key(p - 1);
  const TokenKey v = key(t.first);
  const std::string& frame = ctx_.lex->triggers()[t.info].frame;
  // "the G20 summit in Hangzhou, attended by Obama and May": a reduced relative of the event
  // named right before the comma (no auxiliary, and no event spoken of elsewhere)
  const bool reduced = aux == ","sv && frame == "attend"sv && v == "attended"sv;
  // ("The summit was chaired by the host, X, and attended by A, B and C": a participle coordinated
  // with a passive before it shares its auxiliary, and its subject)
  const std::uint32_t shared_aux = aux == "and"sv ? coordinated_passive_aux(p - 1) : ClauseView::kNoToken;
  if (aux != "was"sv && aux != "were"sv && aux != "is"sv && aux != "are"sv && aux != "been"sv && aux != "being"sv &&
      aux != "be"sv && !reduced && shared_aux == ClauseView::kNoToken) {
    return false;
  }
  if (!v.ends_with("ed") && v != "met"sv) return false;
  Group agent = cv_.object(by + 1, 2);
  if (agent.empty()) {
    // "by 32 leaders including A": a group phrase, then its named members
    // ("by three South American presidents": over a number and a region's adjective)
    for (std::uint32_t i = by + 1; i < L() && i < by + 6; ++i) {
      const Mention* m = cv_.mention_at(i);
      if (m == nullptr || m->kind != MKind::kGeneric) continue;
      agent.generic = true;
      agent.first = m->first;
      agent.last = m->last;
      break;
    }
    // ("A and B landed on Monday and were met there by the Prime Cabinet Secretary": a passive of
    // meeting whose agent no mention names is still no meeting of A and B)
    if (!agent.generic) return v == "met"sv && aux == "were"sv;
  }
  agent = with_included(agent);
  // ("was attended by three South American presidents: Lula of Brazil, Petro of Colombia and Boric
  // of Chile": a group naming no one, then those listed after the colon)
  if (agent.generic && frame == "attend"sv) {
    if (const std::uint32_t colon = list_opening(agent.last, 6, false); colon != ClauseView::kNoToken) {
      const std::vector<int> people = people_listed(colon + 1);
      if (!people.empty()) {
        agent.entities = people;
        agent.generic = false;
        agent.last = cv_.clause_end(colon + 1);
      }
    }
  }
  if (agent.empty()) return false;
  if (agent.generic) return false;
  more_agents(agent);
  const std::uint32_t end = cv_.clause_end(agent.last);
  if (frame == "attend"sv || frame == "join"sv) {
    // the event is the clause's subject ("The summit ... was attended by"), else the one spoken of
    // ("Trump and Putin were joined by Rubio and Lavrov")
    int ev = -1;
    const std::uint32_t near = shared_aux != ClauseView::kNoToken ? shared_aux : t.first;
    const std::uint32_t lo = near > F() + 12 ? near - 12 : F();
    for (std::uint32_t i = near; i > lo && ev < 0; --i) {
      Mention* m = cv_.mention_starting(i - 1);
      if (m != nullptr && m->kind == MKind::kEvent) ev = event_in_clause(*m);
      if (cv_.boundary(i - 1)) break;
    }
    // "was attended by" says of the event being spoken of; "were joined by" of a named one, or of
    // the one the text has already placed all of them at ("Trump and Xi held talks in Busan. Trump
    // was joined at the table by Bessent")
    if (ev < 0 && frame == "attend"sv && !reduced) ev = ctx_.salient_event;
    if (ev < 0 && frame == "join"sv) {
      // named, or "they" for people named earlier in the sentence ("Trump and Putin met for three
      // hours; they were joined by"): a pronoun for people of earlier sentences may be about
      // another event
      Group s = subject_of(t);
      const Mention* first = s.empty() ? nullptr : cv_.mention_at(s.first);
      // "they" after a clause of this sentence whose subject is a group: that group
      if (first != nullptr && first->kind == MKind::kPronoun && first->pronoun == "they"sv &&
          last_subject_.entities.size() >= 2 && last_subject_.last <= first->first) {
        s = last_subject_;
      }
      const bool named_here =
          first != nullptr && (first->kind != MKind::kPronoun || named_before(s.entities, first->first));
      if (named_here && all_at_event(s, ctx_.salient_event)) {
        ev = ctx_.salient_event;
      }
      // "Trump and Putin met for three hours; they were joined by": the event of their meeting
      if (ev < 0 && named_here) ev = meeting_event_of(s);
    }
    // "the two men were joined by Khurelsukh for a three-way meeting": the one who joins meets them
    const std::uint32_t for_at = agent.last < L() && key(agent.last) == ","sv ? agent.last + 1 : agent.last;
    if (frame == "join"sv && for_at + 2 < L() && key(for_at) == "for"sv) {
      const Mention* mm = cv_.event_after(for_at + 1, 3);
      const Group joined = subject_of(t);
      if (mm != nullptr && (mm->ev_kind == "meeting"sv || mm->ev_kind == "talks"sv) && !joined.empty() && !joined.generic) {
        const std::string status = cv_.status(0, t.first, false);
        const Date date = date_for(std::min(joined.first, t.first), end, t.first);
        for (const int a : agent.entities) {
          for (const int b : joined.entities) add("met", a, b, -1, "", status, date, "", -1, 0.75);
        }
        // (and those joined met each other there)
        meeting_among(joined.entities, status, date, "", -1, 0.7);
      }
    }
    if (ev < 0) return true;
    const std::string status = cv_.status(0, t.first, false);  // the whole clause: "will be attended"
    const Date date = date_for(t.first, end, t.first);
    for (const int a : agent.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.8);
    return true;
  }
  // met / received: the one who undergoes it is the grammatical subject
  Group s = subject_of(t);
  // "the leaders of five emerging economies were welcomed by Merkel for a session: A, B and C": a
  // group naming no one, then those listed after the colon that ends the clause
  bool listed = false;
  if (s.empty() || s.generic) {
    if (const std::uint32_t colon = list_opening(agent.last, 12, false); colon != ClauseView::kNoToken) {
      const std::vector<int> people = people_listed(colon + 1);
      if (!people.empty()) {
        s.entities = people;
        s.generic = false;
        s.first = colon + 1;
        s.last = colon + 1;
        listed = true;
      }
    }
  }
  // ("Leaders reached the hall and were welcomed at the door by ...": a group naming no one before
  // the predicate, with no one named after it)
  if (s.empty() && !listed) {
    for (const Mention& m : si_.mentions) {
      if (m.first >= t.first) break;
      if (m.kind == MKind::kGeneric) {
        // (the head of "Leaders of the 46 member states")
        if (!s.generic) s.first = m.first;
        s.generic = true;
        s.last = m.last;
      } else if (cv_.is_actor(m)) {
        s.generic = false;
      }
    }
    if (s.generic) {
      guests_greeted_by(s, agent, t, end);
      return true;
    }
  }
  if (s.empty()) return true;
  const std::string status = cv_.status(listed ? 0 : s.last, t.first, false);
  const Date date = date_for(listed ? t.first : std::min(s.first, t.first), end, t.first);
  std::string place;
  int ev = meeting_event("meeting", agent.last, end, date, &place);
  // ("was welcomed in Brussels on Thursday by Tusk": the place before the agent)
  if (const Mention* pl = by > t.last ? cv_.place_between(t.last, by) : nullptr;
      ev < 0 && pl != nullptr && status == edge_status::kReported) {
    ev = event_at(*pl, "meeting", date, &place);
  }
  if (ev < 0) ev = where_clause_event(s.first, date, &place);
  // ("In Amman, Blinken was received by King Abdullah": the place the sentence opens with)
  if (ev < 0 && status == edge_status::kReported && !listed) ev = opening_place_event(s.first, "meeting", date, &place);
  if (ev < 0 && listed) ev = gathering_of_many_spoken_of();
  // ("had landed at Luton and been met there by the ambassador", "was met at the airport by": a
  // greeting on arrival is at no gathering the text speaks of)
  for (std::uint32_t k = t.last; k < by && ev >= 0; ++k) {
    if (key(k) == "there"sv || key(k) == "airport"sv || key(k) == "tarmac"sv) ev = -1;
  }
  meeting_between(agent, s, status, date, place, ev);
  remember(s, t);
  return true;
}

// The auxiliary of a passive that a participle after "and" (at and_at) is coordinated with: "was
// chaired by the host, X, and attended by", "was held in Samarkand and attended by": "was"
// (kNoToken when there is none in the sentence before it: "was a summit, and attended by").
std::uint32_t Frames::coordinated_passive_aux(std::uint32_t and_at) const {
  for (std::uint32_t i = and_at; i > F(); --i) {
    const TokenKey k = key(i - 1);
    if (k == ";"sv) break;
    // ("was held in Samarkand on Friday and attended by": a participle of its own form too)
    if ((k == "was"sv || k == "were"sv || k == "is"sv || k == "are"sv || k == "been"sv) && i < and_at &&
        (key(i).ends_with("ed") || key(i) == "held"sv || key(i) == "led"sv || key(i) == "run"sv)) {
      return i - 1;
    }
  }
  return ClauseView::kNoToken;
}

// "Leaders ... were welcomed at the door by Jakobsdottir and by Pejcinovic Buric": hosts greeting
// the guests of the gathering were at it (greeters_met_guests, once the document is read).
void Frames::guests_greeted_by(const Group& guests, const Group& hosts, const Trigger& t, std::uint32_t end) {
  static const WordSet kGuests = {"leaders", "guests", "delegations", "delegates", "participants", "visitors",
                                  "heads", "dignitaries"};
  const TokenKey v = key(t.first);
  if (v != "welcomed"sv && v != "greeted"sv && v != "received"sv) return;
  bool guest_noun = false;
  for (std::uint32_t k = guests.first; k < guests.last; ++k) guest_noun = guest_noun || kGuests.count(key(k).view()) != 0;
  if (!guest_noun || cv_.status(guests.last, t.first, false) != edge_status::kReported) return;
  DocContext::Greeting g;
  for (const int x : hosts.entities) {
    if (ctx_.entities[static_cast<std::size_t>(x)].type == "person"sv) g.hosts.push_back(x);
  }
  if (g.hosts.empty()) return;
  g.date = date_for(std::min(guests.first, t.first), end, t.first);
  // (a group welcomed names no one: the hosts were there, whom each guest met the text does not say)
  g.met_each = false;
  g.begin = si_.span.begin;
  g.end = si_.span.end;
  ctx_.greetings.push_back(std::move(g));
}

// "by Rubio and Witkoff on the US side, and by Lavrov and Ushakov on the Russian side", "by
// Angola's president, Joao Lourenco, who holds the chair of the AU, and by Antonio Costa": the
// agents after the first group join it.
void Frames::more_agents(Group& agent) const {
  std::uint32_t from = agent.last;
  // (over a clause of "who" about the last agent, to the comma that closes it; or over an
  // apposition naming no one: "by Alexander Kozlov, Russia's minister for the Far East, and
  // Governor Oleg Kozhemyako")
  // ("by A, the minister for the Far East, and B": the rest of an apposition read with A, naming no
  // one, to its comma)
  if (from < L() && key(from) != ","sv && key(from) != "and"sv && agent.last > agent.first + 2 &&
      std::any_of(ctx_.tokens.begin() + agent.first, ctx_.tokens.begin() + agent.last,
                  [](const Token& tk) { return tk.key == ","sv; })) {
    std::uint32_t c = from;
    bool named = false;
    while (c < L() && c < from + 12 && key(c) != ","sv && !cv_.boundary(c)) {
      const Mention* m = cv_.mention_at(c);
      named = named || (m != nullptr && m->kind == MKind::kPerson);
      ++c;
    }
    if (!named && c + 2 < L() && key(c) == ","sv && key(c + 1) == "and"sv) from = c;
  }
  if (from + 2 < L() && key(from) == ","sv && key(from + 1) == "and"sv) {
    ++from;  // ("by A, the minister for X, and B": the apposition read with A)
  } else if (from + 1 < L() && key(from) == ","sv) {
    const TokenKey w = key(from + 1);
    const Mention* opener = cv_.mention_at(from + 1);
    const bool relative = w == "who"sv;
    const bool apposition = w == "the"sv || w == "a"sv || w == "an"sv || w == "his"sv || w == "her"sv ||
                            (opener != nullptr && opener->possessive && opener->kind == MKind::kCountry) ||
                            demonym_country(from + 1) >= 0;
    if (!relative && !apposition) return;
    std::uint32_t c = from + 2;
    bool named = false;
    while (c < L() && c < from + (relative ? 30 : 16) && key(c) != ","sv && key(c) != ";"sv && key(c) != "."sv) {
      const Mention* m = cv_.mention_at(c);
      named = named || (m != nullptr && m->kind == MKind::kPerson && m->entity >= 0 && !m->possessive &&
                        ctx_.tokens[m->first].is(kCapital) && key(m->first) != "the"sv);
      ++c;
    }
    if (c + 1 >= L() || key(c) != ","sv || key(c + 1) != "and"sv || (apposition && named)) return;
    from = c + 1;
  }
  for (std::uint32_t i = from; i + 2 < L() && i < from + 8 && !cv_.boundary(i); ++i) {
    if (key(i) != "and"sv) continue;
    if (key(i + 1) != "by"sv && i != from) continue;
    const Group more = cv_.object(key(i + 1) == "by"sv ? i + 2 : i + 1, 1);
    for (const int x : more.entities) {
      if (std::find(agent.entities.begin(), agent.entities.end(), x) == agent.entities.end()) agent.entities.push_back(x);
    }
    if (!more.empty()) agent.last = more.last;
    break;
  }
}

// "Modi was received at the White House on Thursday", "were welcomed in Beijing": received by no
// one named, the people received were at a meeting at that place (true when read so). `p` is the
// first token of the verb group.
bool Frames::received_at_place(const Trigger& t, std::uint32_t p) {
  const TokenKey aux = key(p - 1);
  if (aux != "was"sv && aux != "were"sv && aux != "is"sv && aux != "are"sv && aux != "been"sv) return false;
  if (ctx_.lex->triggers()[t.info].frame != "receive"sv || !key(t.first).ends_with("ed")) return false;
  if (t.last + 1 >= L() || (key(t.last) != "at"sv && key(t.last) != "in"sv)) return false;
  const std::uint32_t at = key(t.last + 1) == "the"sv ? t.last + 2 : t.last + 1;
  const Mention* pl = at < L() ? cv_.mention_at(at) : nullptr;
  if (pl == nullptr || pl->first != at || pl->possessive || !names_a_place(*pl)) return false;
  const Group s = subject_of(t);
  if (s.empty() || s.generic) return false;
  for (const int x : s.entities) {
    if (ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv) return false;
  }
  const std::string status = cv_.status(s.last, t.first, false);
  if (status != edge_status::kReported) return true;
  const std::uint32_t end = cv_.clause_end(t.last);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  std::string place;
  const int ev = event_at(*pl, "meeting", date, &place);
  for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.7);
  remember(s, t);
  return true;
}

// The event of the latest meeting the document has placed at one between members of `s`, -1 when
// none.
int Frames::meeting_event_of(const Group& s) const {
  const auto in = [&](int x) { return std::find(s.entities.begin(), s.entities.end(), x) != s.entities.end(); };
  for (auto it = ctx_.pending.rbegin(); it != ctx_.pending.rend(); ++it) {
    if (it->relation == "met"sv && it->status == edge_status::kReported && it->event >= 0 && in(it->subject) &&
        in(it->target)) {
      return it->event;
    }
  }
  return -1;
}

// Whether every one of `entities` is named (not by a pronoun) in this sentence before token `pos`.
bool Frames::named_before(const std::vector<int>& entities, std::uint32_t pos) const {
  return std::all_of(entities.begin(), entities.end(), [&](int x) {
    return std::any_of(si_.mentions.begin(), si_.mentions.end(), [&](const Mention& m) {
      return m.first < pos && m.entity == x && m.kind != MKind::kPronoun;
    });
  });
}

}  // namespace evkg::detail
