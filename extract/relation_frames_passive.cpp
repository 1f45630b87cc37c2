// Relation frames: the passive with a named agent ("was received by the Pope", "the summit was
// attended by 30 leaders including Trump", "were joined by Rubio").

#include <algorithm>
#include <string>
#include <string_view>

#include "extract/relation_frames_internal.hpp"

namespace evkg::detail {

using namespace std::string_view_literals;  // "the"sv: comparisons check the length first

// "Zelensky was received by the Pope", "was met by Rubio", "the summit was attended by 30 leaders
// including Trump": the agent after "by" does what the verb says. Returns false when the trigger
// is no passive with a named agent.
bool Frames::passive(const Trigger& t) {
  std::uint32_t p = t.first;
  while (p > F() && (key(p - 1).ends_with("ly") || key(p - 1) == "also"sv)) --p;
  if (p == F() || t.last >= L() || key(t.last) != "by"sv) return false;
  const TokenKey aux = key(p - 1);
  if (aux != "was"sv && aux != "were"sv && aux != "is"sv && aux != "are"sv && aux != "been"sv && aux != "being"sv &&
      aux != "be"sv) {
    return false;
  }
  const TokenKey v = key(t.first);
  if (!v.ends_with("ed") && v != "met"sv) return false;
  Group agent = cv_.object(t.last + 1, 2);
  if (agent.empty()) {
    // "by 32 leaders including A": a group phrase, then its named members
    for (std::uint32_t i = t.last + 1; i < L() && i < t.last + 4; ++i) {
      const Mention* m = cv_.mention_at(i);
      if (m == nullptr || m->kind != MKind::kGeneric) continue;
      agent.generic = true;
      agent.first = m->first;
      agent.last = m->last;
      break;
    }
    if (!agent.generic) return false;
  }
  agent = with_included(agent);
  if (agent.empty()) return false;
  if (agent.generic) return false;
  const std::uint32_t end = cv_.clause_end(agent.last);
  const std::string& frame = ctx_.lex->triggers()[t.info].frame;
  if (frame == "attend"sv || frame == "join"sv) {
    // the event is the clause's subject ("The summit ... was attended by"), else the one spoken of
    // ("Trump and Putin were joined by Rubio and Lavrov")
    int ev = -1;
    const std::uint32_t lo = t.first > F() + 12 ? t.first - 12 : F();
    for (std::uint32_t i = t.first; i > lo && ev < 0; --i) {
      Mention* m = cv_.mention_starting(i - 1);
      if (m != nullptr && m->kind == MKind::kEvent) ev = event_in_clause(*m);
      if (cv_.boundary(i - 1)) break;
    }
    // "was attended by" says of the event being spoken of; "were joined by" only of a named one
    if (ev < 0 && frame == "attend"sv) ev = ctx_.salient_event;
    if (ev < 0) return true;
    const std::string status = cv_.status(0, t.first, false);  // the whole clause: "will be attended"
    const Date date = date_for(t.first, end, t.first);
    for (const int a : agent.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.8);
    return true;
  }
  // met / received: the one who undergoes it is the grammatical subject
  Group s = subject_of(t);
  if (s.empty() || s.generic) return true;
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  std::string place;
  const int ev = meeting_event("meeting", agent.last, end, date, &place);
  meeting_between(agent, s, status, date, place, ev);
  remember(s, t);
  return true;
}

}  // namespace evkg::detail
