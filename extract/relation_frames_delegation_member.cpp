// Relation frames: members of a delegation. "Foreign Minister Sergei Lavrov was in the Russian
// team", "Ri Yong Ho was part of the North Korean delegation", "Vaino was also among Putin's
// delegation": a member of a side's delegation was at the gathering the text is about.

#include <string_view>

#include "extract/relation_frames_internal.hpp"
#include "extract/word_set.hpp"

namespace evkg::detail {

using namespace std::string_view_literals;

bool Frames::delegation_anchor(TokenKey k) {
  return k == "delegation"sv || k == "delegations"sv || k == "team"sv || k == "entourage"sv;
}

void Frames::delegation_member(std::uint32_t first) {
  if (si_.question) return;
  // (every one of the sentence: "Lavrov was in the Russian team; Ri was part of the North Korean
  // delegation")
  for (std::uint32_t i = first; i < L(); ++i) {
    if (delegation_anchor(key(i))) delegation_member_at(i);
  }
}

void Frames::delegation_member_at(std::uint32_t at) {
  if (at < F() + 4) return;
  // back over what names the side ("the Russian", "the North Korean", "Putin's", "the official")
  std::uint32_t d = at;
  while (d > F() && d + 5 > at) {
    const TokenKey k = key(d - 1);
    if (k == "the"sv || k == "his"sv || k == "her"sv || k == "their"sv) break;
    const Mention* m = cv_.mention_at(d - 1);
    const bool side_word = ctx_.tokens[d - 1].is(kCapital) || k == "'s"sv || k == "official"sv || k == "negotiating"sv ||
                           k == "host"sv || k == "visiting"sv || (m != nullptr && m->kind != MKind::kPerson);
    if (!side_word) return;
    --d;
  }
  if (d <= F() + 2 || d + 5 <= at) return;
  // (a side named by its people, country or leader: not "the Challenge Cup-winning team")
  bool side = false;
  for (std::uint32_t k = d; k < at && !side; ++k) {
    const Mention* m = cv_.mention_at(k);
    side = (m != nullptr && (m->kind == MKind::kCountry || m->kind == MKind::kPerson)) || demonym_country(k) >= 0;
  }
  if (!side) return;
  // "in the", "part of the", "among the", "on the" (p: the preposition's first word)
  std::uint32_t p = d - 2;
  const TokenKey prep = key(p);
  if (prep == "of"sv && p >= F() + 2 && key(p - 1) == "part"sv) {
    --p;
  } else if (prep != "in"sv && prep != "among"sv && prep != "on"sv) {
    return;
  }
  if (p <= F()) return;
  // the verb: "was", "were", "is", "are", over "also"
  std::uint32_t v = p - 1;
  if (v > F() && key(v) == "also"sv) --v;
  const TokenKey be = key(v);
  if (be != "was"sv && be != "were"sv && be != "is"sv && be != "are"sv) return;
  const int ev = gathering_with_delegations();
  if (ev < 0) return;
  const Trigger t{v, v + 1, 0};
  const Group s = subject_of(t);
  if (s.empty() || s.generic) return;
  for (const int x : s.entities) {
    if (ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv) return;
  }
  const std::string status = cv_.status(s.last, v, false);
  const Date date = date_for(std::min(s.first, v), cv_.clause_end(at), v);
  if (!compatible(date, ctx_.events[static_cast<std::size_t>(ev)].date)) return;
  for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.7);
}

}  // namespace evkg::detail
