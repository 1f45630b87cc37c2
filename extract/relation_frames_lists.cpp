// Relation frames: participants named in lists after a group or a predicate ("talks with A ... and
// with B", "European leaders, including A, B and C", "X attended, as did A and B").

#include <algorithm>
#include <string>
#include <string_view>

#include "extract/relation_frames_internal.hpp"

namespace evkg::detail {

using namespace std::string_view_literals;  // "the"sv: comparisons check the length first

// The token a list follows: the colon that ends the clause from `from` (within `reach` tokens, before
// another clause boundary), or with `among_them` a ", among them" there ("welcomed the leaders,
// among them A and B"); kNoToken when there is none.
std::uint32_t Frames::list_opening(std::uint32_t from, std::uint32_t reach, bool among_them) const {
  for (std::uint32_t i = from; i < L() && i < from + reach; ++i) {
    if (key(i) == ":"sv) return i;
    if (among_them && i + 2 < L() && key(i) == ","sv && key(i + 1) == "among"sv && key(i + 2) == "them"sv) return i + 2;
    if (cv_.boundary(i)) return ClauseView::kNoToken;
  }
  return ClauseView::kNoToken;
}

// "talks with A, whose government ..., and with B": B is a partner too. Past a clause about A
// between commas, an "and with" adds the group after it.
Group Frames::with_second_partner(Group o) const {
  if (o.empty()) return o;
  std::uint32_t i = o.last;
  // ", with B and with C": each "with" adds its partners (past a relative clause about the one
  // before: "with Guterres, whom he had just lectured, with Milei")
  for (int rounds = 0; rounds < 8; ++rounds) {
    if (i + 1 < L() && key(i) == ","sv &&
        (key(i + 1) == "who"sv || key(i + 1) == "whose"sv || key(i + 1) == "which"sv || key(i + 1) == "whom"sv)) {
      std::uint32_t close = i + 1;
      while (close < L() && close < i + 30 && key(close) != ","sv && key(close) != ";"sv && key(close) != "."sv) ++close;
      if (close >= L() || key(close) != ","sv) return o;
      i = close;
    }
    std::uint32_t w = i;
    if (w < L() && key(w) == ","sv) ++w;
    if (w < L() && key(w) == "and"sv) ++w;
    // "and then with B", "and separately with B"
    if (w < L() && (key(w) == "then"sv || key(w) == "later"sv || key(w) == "also"sv || key(w) == "separately"sv)) ++w;
    if (w + 1 >= L() || w == i || key(w) != "with"sv) return o;
    // (past a possessor: "and with India's Narendra Modi")
    std::uint32_t st = w + 1;
    if (st < L() && key(st) == "the"sv && cv_.mention_at(st) == nullptr) ++st;
    if (const Mention* pm = cv_.mention_at(st); pm != nullptr && pm->first == st && pm->possessive && pm->kind != MKind::kPerson) {
      st = pm->last;
      if (st < L() && (key(st) == "'s"sv || key(st) == "'"sv)) ++st;
    }
    Group more = cv_.object(w + 1, 1);  // ("and with the head of its nuclear agency, Eslami")
    if (more.empty()) more = cv_.object(st, 1);
    if (more.empty()) return o;
    for (const int x : more.entities) {
      if (std::find(o.entities.begin(), o.entities.end(), x) == o.entities.end()) o.entities.push_back(x);
    }
    o.last = more.last;
    i = more.last;
  }
  return o;
}

// "European leaders, including A, B and C", "32 leaders including A": the members named after a
// group, within the clause. A group phrase is replaced by them; named members are added to.
Group Frames::with_included(Group g) const {
  const std::uint32_t end = std::min<std::uint32_t>(cv_.clause_end(g.last), g.last + 12);
  for (std::uint32_t i = g.last; i < end; ++i) {
    // (", among them A and B", "among whom" after a group naming no one, "160 guests": the same
    // list; after someone named it may list the clause's subject: "were received by the King,
    // among them the Indian vice-president")
    const bool among = g.generic && key(i) == "among"sv && i + 2 < L() &&
                       (key(i + 1) == "them"sv || key(i + 1) == "whom"sv);
    if (key(i) != "including"sv && !among) continue;
    const Mention* m = cv_.mention_at(among ? i + 2 : i + 1);
    if (m == nullptr || !cv_.is_actor(*m) || m->generic) return g;
    const Group inc = cv_.group_from(static_cast<std::size_t>(m - si_.mentions.data()));
    if (g.generic) {
      Group out = inc;
      out.first = g.first;
      return out;
    }
    for (const int x : inc.entities) {
      if (std::find(g.entities.begin(), g.entities.end(), x) == g.entities.end()) g.entities.push_back(x);
    }
    g.last = inc.last;
    return g;
  }
  return g;
}

// "X attended, as did A, B and C", "Scholz was there, and so was Duda", "as were A and B": the
// group after the inverted verb attends the same event.
void Frames::as_did(const Trigger& t, int ev, const std::string& status, const Date& date) {
  const auto inverted = [&](std::uint32_t k) {
    return key(k) == "did"sv || key(k) == "was"sv || key(k) == "were"sv;
  };
  std::uint32_t i = t.last;
  const std::uint32_t lo = std::min<std::uint32_t>(L(), t.last + 12);
  std::uint32_t from = 0;
  for (; i + 2 < lo && from == 0; ++i) {
    if (key(i) != ","sv) continue;
    if (key(i + 1) == "as"sv && inverted(i + 2)) from = i + 3;
    if (i + 3 < lo && key(i + 1) == "and"sv && key(i + 2) == "so"sv && inverted(i + 3)) from = i + 4;
  }
  if (from == 0 || from >= L()) return;
  Group g = cv_.object(from, 1);
  for (const int a : g.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.75);
}

// "Zelensky was at the Paris summit in person. So were Olaf Scholz, Giorgia Meloni and Petr Fiala":
// a sentence opening with "So were" puts those it lists where the sentence before put its subject.
void Frames::so_were_too() {
  if (L() < F() + 3 || key(F()) != "so"sv || !ctx_.tokens[F()].is(kCapital)) return;
  const TokenKey v = key(F() + 1);
  if (v != "were"sv && v != "was"sv && v != "did"sv) return;
  // the latest attendance the sentence right before reported (copied: adding to the pending
  // assertions moves them)
  const std::uint32_t before = ctx_.sentence_start_back(F(), 1);
  if (before >= F()) return;
  PendingAssertion last;
  for (auto it = ctx_.pending.rbegin(); it != ctx_.pending.rend() && it->begin >= ctx_.tokens[before].begin; ++it) {
    if (it->relation == "attended"sv && it->status == edge_status::kReported && it->target_event >= 0) {
      last = *it;
      break;
    }
  }
  if (last.relation.empty()) return;
  const std::vector<int> listed = people_listed(F() + 2, L());
  for (const int a : listed) add("attended", a, -1, last.target_event, "", last.status, last.date, "", -1, 0.7);
}

}  // namespace evkg::detail
