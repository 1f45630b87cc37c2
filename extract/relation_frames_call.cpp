// Relation frames: calls ("in a phone call with X", "called X on Monday", "spoke with X by
// telephone").

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include "extract/event_mentions.hpp"
#include "extract/relation_frames_internal.hpp"
#include "extract/word_set.hpp"

namespace evkg::detail {

using namespace std::string_view_literals;  // "the"sv: comparisons check the length first

// "calling the accusations groundless", "called the report a fabrication", "calls Biden's remark
// absurd": to call something groundless is to reject it. Returns whether it read the trigger so.
bool Frames::called_groundless(const Trigger& t) {
  static const WordSet kDismissive = {
      "groundless", "baseless", "absurd", "unacceptable", "unfounded", "ridiculous", "nonsense", "fabrication",
      "fabricated", "lies", "lie", "slander", "illegitimate", "void", "outrageous", "preposterous", "false"};
  std::uint32_t d = t.last;
  while (d < L() && d < t.last + 10 && kDismissive.count(key(d).view()) == 0 && !cv_.boundary(d) && key(d) != ","sv) ++d;
  if (d >= L() || kDismissive.count(key(d).view()) == 0 || d == t.last) return false;
  // the object: up to "as", "a", "an" or an adverb before the word
  std::uint32_t oe = d;
  while (oe > t.last && (key(oe - 1) == "as"sv || key(oe - 1) == "a"sv || key(oe - 1) == "an"sv ||
                         key(oe - 1) == "legally"sv || key(oe - 1) == "completely"sv || key(oe - 1) == "utterly"sv ||
                         key(oe - 1) == "totally"sv || key(oe - 1) == "entirely"sv || key(oe - 1) == "null"sv ||
                         key(oe - 1) == "and"sv)) {
    --oe;
  }
  if (oe == t.last) return false;
  // a person called groundless is no object ("called Biden a liar" is an insult)
  if (const Mention* m = cv_.mention_at(t.last); m != nullptr && m->first == t.last && cv_.is_actor(*m) && !m->possessive) {
    return false;
  }
  // ", calling the accusations groundless": a participle's subject is the sentence's first actor,
  // and the mood of the clause before is not its own
  const bool participle = key(t.first) == "calling"sv && t.first > F() && key(t.first - 1) == ","sv;
  Group s;
  if (participle) {
    for (std::size_t m = 0; m < si_.mentions.size() && s.empty(); ++m) {
      const Mention& mm = si_.mentions[m];
      if (mm.first >= t.first) break;
      if (!cv_.is_actor(mm) || mm.possessive || mm.modifier || si_.in_quote[mm.first - F()]) continue;
      if (mm.first > F() && (key(mm.first - 1) == "in"sv || key(mm.first - 1) == "of"sv || key(mm.first - 1) == "to"sv)) continue;
      s = cv_.group_from(m);
    }
  } else {
    s = subject_of(t);
  }
  if (s.empty() || s.generic) return true;
  int target = -1;
  for (std::uint32_t i = t.last; i < oe; ++i) {
    const Mention* m = cv_.mention_at(i);
    if (m != nullptr && m->first == i && m->possessive && cv_.is_actor(*m) && m->entity >= 0 &&
        std::find(s.entities.begin(), s.entities.end(), m->entity) == s.entities.end()) {
      target = m->entity;
      break;
    }
  }
  const std::string object = trimmed_np(t.last, oe);
  if (object.empty()) return true;
  const std::string status = cv_.status(participle ? t.first : s.last, t.first, false);
  const Date date = date_for(participle ? t.first : std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
  for (const int a : s.entities) {
    if (target >= 0) {
      add("rejected", a, target, -1, object, status, date, "", -1, 0.65);
    } else {
      add("rejected", a, -1, -1, object, status, date, "", -1, 0.6, object);
    }
  }
  return true;
}

// "called the leaders who were in Bali to an emergency round table: A, B and C", "called Scholz
// and Sunak to a meeting on Wednesday": the caller convened the gathering and chaired it, those
// called to it were there. Returns whether the trigger was read so.
bool Frames::called_to_gathering(const Trigger& t) {
  if (t.last >= L() || key(t.last) == "on"sv || key(t.last) == "for"sv || key(t.last) == "off"sv) return false;
  // (over a relative clause on those called: "the leaders who were in Bali to ...")
  const std::uint32_t end = std::min<std::uint32_t>(L(), t.last + 16);
  Mention* evm = nullptr;
  std::uint32_t to = t.last;
  for (; to + 1 < end; ++to) {
    if (key(to) == ";"sv || key(to) == ":"sv || key(to) == "."sv) return false;
    if (key(to) != "to"sv) continue;
    std::uint32_t e = to + 1;  // (over "a breakfast" before "meeting"; not "to discuss the meeting")
    while (determiner(key(to + 1)) && e < end && e < to + 4 && cv_.mention_at(e) == nullptr && ctx_.tokens[e].is(kWord) &&
           !ctx_.tokens[e].is(kCapital)) {
      ++e;
    }
    if (const Mention* m = cv_.mention_at(e); m != nullptr && m->first == e && m->kind == MKind::kEvent) {
      evm = &si_.mentions[static_cast<std::size_t>(m - si_.mentions.data())];
    }
    break;
  }
  if (evm == nullptr || evm->ev_kind == "talks"sv) return false;
  const Group s = subject_of(t);
  if (s.empty() || s.generic) return false;
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  // ("to an emergency round table": a gathering newly called, not the summit spoken of; where those
  // called were, its place)
  int ev = -1;
  if (evm->ev_indefinite && evm->place_key.empty() && evm->ev_group.empty() && date.full()) {
    std::string place, pkey;
    if (const Mention* pl = cv_.place_between(t.last, evm->first)) place_of(*pl, &place, &pkey);
    ev = register_event(ctx_, evm->ev_kind, place, pkey, "", date);
    evm->event = ev;
  } else {
    ev = event_in_clause(*evm);
  }
  if (ev < 0) return false;
  chaired_event(s, t, ev, end, 0.75);
  for (const Mention& m : si_.mentions) {
    if (m.first < t.last || m.first >= to) continue;
    if (m.kind != MKind::kPerson || m.entity < 0 || m.possessive || m.modifier) continue;
    if (std::find(s.entities.begin(), s.entities.end(), m.entity) != s.entities.end()) continue;
    add("attended", m.entity, -1, ev, "", status, date, "", -1, 0.7);
    for (const int a : s.entities) add("met", a, m.entity, -1, "", status, date, "", ev, 0.7);
  }
  guests_of_event(s, t, evm->last, ev, date);
  return true;
}

void Frames::call(const Trigger& t, bool bare_verb) {
  if (bare_verb && called_groundless(t)) return;
  if (bare_verb && called_to_gathering(t)) return;
  if (bare_verb) {
    if (t.first > F()) {
      const TokenKey p = key(t.first - 1);
      if (p == "was"sv || p == "were"sv || p == "is"sv || p == "be"sv || p == "been"sv || p == "so"sv ||
          p == "being"sv) {
        return;
      }
    }
    const Mention* m = cv_.mention_at(t.last);
    if (m == nullptr || m->first != t.last || !cv_.is_actor(*m)) return;
    // "launched what they call Mission Innovation", "a plan it calls X": a name given, no call
    for (std::uint32_t k = t.first; k > F() && k + 4 > t.first; --k) {
      const TokenKey w = key(k - 1);
      if (w == "what"sv || w == "which"sv || w == "that"sv) return;
      if (!ctx_.tokens[k - 1].is(kWord) || ctx_.tokens[k - 1].is(kCapital)) break;
    }
    const Group o = cv_.group_from(static_cast<std::size_t>(m - si_.mentions.data()));
    // a phone call: "called X on Monday", "called X to discuss"; not "called X a liar", "called
    // X's work ...", "a company called X", "called X 'an icon'"
    static const WordSet kAfter = {
        ".", ",", "on", "late", "early", "earlier", "yesterday", "today", "about", "after", "before", "and",
        "from", "during", "shortly", "last", "this", "twice", "again", ";"};
    const TokenKey next = o.last < L() ? key(o.last) : TokenKey(".", 1);
    const bool ok =
        kAfter.count(next) != 0 ||
        (next == "to"sv && o.last + 1 < L() &&
         (key(o.last + 1) == "discuss"sv || key(o.last + 1) == "talk"sv || key(o.last + 1) == "congratulate"sv ||
          key(o.last + 1) == "express"sv || key(o.last + 1) == "offer"sv || key(o.last + 1) == "thank"sv));
    if (!ok) return;
  }
  Group s = subject_of(t);
  if (s.empty()) {
    // "in a phone call with X": the clause's subject may follow the phrase
    for (std::size_t m = 0; m < si_.mentions.size(); ++m) {
      if (si_.mentions[m].first >= t.last && cv_.is_actor(si_.mentions[m]) && key(t.first) == "in"sv) {
        break;
      }
    }
    return;
  }
  Group o = cv_.object(t.last, 0);
  if (o.empty()) return;
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
  for (const int a : s.entities) {
    for (const int b : o.entities) add("called", a, b, -1, "", status, date, "", -1, 0.8);
  }
  last_subject_ = s;
  remember(s, t);
}

// "spoke with X by telephone": a call only when the clause says it was remote
void Frames::speak_with(const Trigger& t) {
  Group s = subject_of(t);
  if (s.empty()) return;
  Group o = cv_.object(t.last, 2);
  if (o.empty()) return;
  const std::uint32_t end = cv_.clause_end(o.last);
  bool remote = false;
  for (std::uint32_t i = o.last; i < end && i < o.last + 8; ++i) remote = remote || cv_.cue_is(i, "remote");
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  if (!remote) {
    // "King Charles talks with Fiame at the opening ceremony", "spoke with Starmer on the sidelines
    // of the summit": a conversation at a gathering is a meeting there
    std::uint32_t at = o.last;
    while (at < end && at < o.last + 6 && key(at) != "at"sv && key(at) != "during"sv && key(at) != "on"sv) ++at;
    Mention* evm = at < end ? cv_.event_after(at + 1, 6) : nullptr;
    const bool sidelines = at + 2 < end && key(at) == "on"sv && key(at + 1) == "the"sv &&
                           (key(at + 2) == "sidelines"sv || key(at + 2) == "margins"sv);
    if (evm == nullptr || (key(at) == "on"sv && !sidelines)) return;
    const int ev = event_in_clause(*evm);
    if (ev < 0 || status != edge_status::kReported) return;
    meeting_between(s, o, status, date, ctx_.events[static_cast<std::size_t>(ev)].place, ev);
    last_subject_ = s;
    remember(s, t);
    return;
  }
  for (const int a : s.entities) {
    for (const int b : o.entities) add("called", a, b, -1, "", status, date, "", -1, 0.75);
  }
  last_subject_ = s;
  remember(s, t);
}

// "Xi and Macron talked privately at a restaurant", "Lula and Maduro spoke alone for an hour",
// "Rubio and Lavrov spoke by phone": people talking among themselves, no one named after the verb,
// met, or called each other when the clause says it was remote. "spoke" alone is a speech each
// made ("Modi and Lula also spoke"): it takes a word of a conversation ("privately", "to each
// other"); "talked to reporters", "spoke of", "talked up" are not among themselves.
void Frames::converse(const Trigger& t, const TriggerInfo& info) {
  const Group s = subject_of(t);
  if (s.entities.size() < 2) return;
  for (const int x : s.entities) {
    if (ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv) return;
  }
  const std::uint32_t end = cv_.clause_end(t.last);
  static const WordSet kPrivate = {"privately", "alone", "briefly", "together", "informally", "one-on-one",
                                   "one-to-one", "face-to-face"};
  bool among = false;
  std::uint32_t w = t.last;
  for (; w < end; ++w) {
    const TokenKey k = key(w);
    if (kPrivate.count(k.view()) != 0) {
      among = true;
    } else if (w + 2 < end && (k == "to"sv || k == "with"sv) && key(w + 1) == "each"sv && key(w + 2) == "other"sv) {
      among = true;
      w += 2;
    } else if (w + 2 < end && k == "face"sv && key(w + 1) == "to"sv && key(w + 2) == "face"sv) {
      among = true;
      w += 2;
    } else if (w + 1 < end && k == "at"sv && key(w + 1) == "length"sv) {
      among = true;
      ++w;
    } else if (!(k.ends_with("ly") && !ctx_.tokens[w].is(kCapital)) && k != "first"sv && k != "again"sv) {
      break;
    }
  }
  bool remote = false;
  for (std::uint32_t i = t.last; i < end && i < t.last + 10; ++i) {
    remote = remote || cv_.cue_is(i, "remote") || key(i) == "phone"sv || key(i) == "telephone"sv;
  }
  if (w < end) {
    static const WordSet kNotAmong = {"to", "with", "of", "about", "out", "up", "against", "tough", "down"};
    if (kNotAmong.count(key(w).view()) != 0) return;
    if (key(w) == "at"sv && cv_.event_after(w + 1, 3) != nullptr) return;  // "spoke at the summit"
  }
  if (!among && !remote && key(t.first) == "spoke"sv) return;
  if (!remote) {
    meet(t, info);
    return;
  }
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  for (std::size_t i = 0; i < s.entities.size(); ++i) {
    for (std::size_t j = i + 1; j < s.entities.size(); ++j) {
      add("called", s.entities[i], s.entities[j], -1, "", status, date, "", -1, 0.75);
    }
  }
  last_subject_ = s;
  remember(s, t);
}

}  // namespace evkg::detail
