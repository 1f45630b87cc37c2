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
