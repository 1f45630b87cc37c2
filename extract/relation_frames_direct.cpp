// Relation frames: a subject and the actor right after the verb ("accused X", "thanked X", "called
// on X", "appealed to X"), and membership ("joined NATO").

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "extract/relation_frames_internal.hpp"

namespace evkg::detail {

using namespace std::string_view_literals;  // "the"sv: comparisons check the length first

void Frames::direct(const Trigger& t, const std::string& rel, int gap) {
  if (t.first > F()) {
    const TokenKey p = key(t.first - 1);
    if ((p == "was"sv || p == "were"sv || p == "been"sv || p == "being"sv) && rel != "thanked"sv) return;  // passive
  }
  Group s = subject_of(t);
  if (s.empty()) return;
  Group o = cv_.object(t.last, gap);
  if (o.empty() || o.first > t.last + static_cast<std::uint32_t>(gap)) return;
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
  for (const int a : s.entities) {
    for (const int b : o.entities) add(rel, a, b, -1, "", status, date, "", -1, 0.75);
  }
  last_subject_ = s;
  remember(s, t);
}

// "Swaraj called on Sharif in Islamabad": a person calling on a person, urging nothing ("called
// on Putin to withdraw", "called on Iran for restraint"), visited and met them.
void Frames::call_on(const Trigger& t, const std::string& rel) {
  const Group o = cv_.object(t.last, 1);
  const bool passive = t.first > F() && (key(t.first - 1) == "was"sv || key(t.first - 1) == "were"sv);
  // (right after the verb, or after "the": "called on the visiting President")
  const bool next = !o.empty() && (o.first == t.last || (o.first == t.last + 1 && key(t.last) == "the"sv));
  if (next && !passive && o.last < L() && key(o.last) != "to"sv && key(o.last) != "for"sv &&
      key(o.last) != "not"sv) {
    const Group s = subject_of(t);
    const auto people = [&](const Group& g) {
      return !g.generic && std::all_of(g.entities.begin(), g.entities.end(), [&](int x) {
        return ctx_.entities[static_cast<std::size_t>(x)].type == "person"sv;
      });
    };
    if (!s.empty() && people(s) && people(o)) {
      const std::uint32_t end = cv_.clause_end(o.last);
      const std::string status = cv_.status(s.last, t.first, false);
      const Date date = date_for(std::min(s.first, t.first), end, t.first);
      // (where: up to the next comma or "and", not a gathering the rest of the sentence names:
      // "called on Sharif in Islamabad ..., while she was in the city for a regional conference")
      std::uint32_t here = o.last;
      while (here < end && key(here) != ","sv && key(here) != "and"sv && key(here) != "while"sv) ++here;
      std::string place;
      const int ev = meeting_event("meeting", o.last, here, date, &place);
      meeting_between(s, o, status, date, place, ev);
      last_subject_ = s;
      remember(s, t);
      return;
    }
  }
  direct(t, rel, 3);
}

void Frames::member(const Trigger& t) {
  if (cv_.event_after(t.last, 3) != nullptr) return;
  const Mention* m = cv_.mention_at(t.last);
  if (m == nullptr || m->first != t.last || m->kind != MKind::kOrg || m->generic || m->entity < 0) return;
  Group s = subject_of(t);
  if (s.empty()) return;
  const std::string status = cv_.status(s.last, t.first, false);
  for (const int a : s.entities) add("member_of", a, m->entity, -1, "", status, {}, "", -1, 0.7);
}

}  // namespace evkg::detail
