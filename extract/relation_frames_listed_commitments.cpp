// Relation frames: commitments set out in a list, one line each, after a sentence saying whose they
// are: "Xi set out ten partnership actions for the years to 2027. Among them:" followed by
// "- 1 billion yuan of emergency food aid;", "- tariff-free access for the poorest countries;".
// Each line is a pledge of the one who announced the actions, measures or commitments, what the
// line says being what is pledged. A plan or a set of demands is not listed this way: a peace plan
// sets out what is asked of others.

#include <string_view>

#include "extract/relation_frames_internal.hpp"
#include "extract/word_set.hpp"

namespace evkg::detail {

using namespace std::string_view_literals;
namespace {

// Verbs that announce commitments of the subject's own.
bool announcing_verb(TokenKey k) {
  static const WordSet kVerbs = {
      "announced", "unveiled", "set",  "laid", "outlined", "detailed", "listed", "pledged", "promised",
      "offered",   "made",     "took", "agreed", "announces", "unveils", "sets", "outlines", "pledges",
      "promises",  "offers",   "makes"};
  return kVerbs.count(k.view()) != 0;
}

// A line of a list: its first token is a bullet.
bool bullet(TokenKey k) { return k == "-"sv || k == "•"sv || k == "*"sv || k == "–"sv; }

// The short line that opens a list after the sentence that announced it ("Among them:", "They
// include:", "These are:").
bool list_opener(TokenKey k) {
  return k == "among"sv || k == "they"sv || k == "these"sv || k == "those"sv || k == "including"sv ||
         k == "key"sv || k == "chief"sv;
}

}  // namespace

// Nouns of commitments, counted ("ten partnership actions", "a series of measures").
// (compared one by one: this runs on every token of every sentence, where a hash costs more)
bool listed_commitment_noun(TokenKey k) {
  if (k.size() < 5 || !k.ends_with("s")) return false;
  return k == "actions"sv || k == "measures"sv || k == "steps"sv || k == "commitments"sv || k == "pledges"sv ||
         k == "promises"sv || k == "initiatives"sv || k == "undertakings"sv || k == "deliverables"sv;
}

// Whether the sentence announces commitments of an actor ("Xi set out ten partnership actions"):
// their givers and the edge status, else no givers.
Group Frames::commitments_announced(std::string* status, int* beneficiary) {
  for (std::uint32_t i = F() + 1; i < L(); ++i) {
    if (!listed_commitment_noun(key(i))) continue;  // (in quotes or not: "partnership actions")
    // the verb a few words before the noun ("set out ten partnership actions")
    for (std::uint32_t v = i; v-- > F() && v + 6 > i;) {
      if (!announcing_verb(key(v)) || si_.in_quote[v - F()]) continue;
      Group s = cv_.subject(v);
      if (s.empty()) return {};
      *status = cv_.status(s.last, v, true);
      if (*status != edge_status::kReported) return {};
      // ("three steps to support Moldova", "measures for the Pacific island states")
      *beneficiary = beneficiary_in(i + 1, cv_.clause_end(i), s);
      return s;
    }
  }
  return {};
}

void Frames::listed_commitments() {
  auto& list = ctx_.commitment_list;
  if (F() < L() && bullet(key(F()))) {
    if (!list.open || list.givers.empty()) return;
    std::uint32_t from = F();
    while (from < L() && bullet(key(from))) ++from;
    // (a giver's line of a list of pledges is pledge_line's: "- Norway: ...")
    for (std::uint32_t c = from; c < L() && c < from + 8; ++c) {
      if (key(c) == ":"sv) return;
    }
    // (what is pledged, not someone's name: "- Norway ..." or "- Xi said ..." is no item)
    if (from >= L()) return;
    const bool money_sign = key(from) == "$"sv || key(from) == "€"sv || key(from) == "£"sv;
    if (!money_sign && !ctx_.tokens[from].is(kWord)) return;
    if (const Mention* m = cv_.mention_at(from); m != nullptr && m->first == from) return;
    std::uint32_t end = from;
    // (to the end of the line's first phrase; "2,000" is one number)
    const auto digit_comma = [&](std::uint32_t c) {
      return c > from && c + 1 < L() && ctx_.tokens[c - 1].is(kDigit) && ctx_.tokens[c + 1].is(kDigit);
    };
    while (end < L() && end < from + 16 && (key(end) != ","sv || digit_comma(end)) && key(end) != ";"sv &&
           key(end) != "."sv && key(end) != ":"sv) {
      if (key(end) == "no"sv || key(end) == "not"sv || key(end) == "n't"sv) return;
      ++end;
    }
    const std::string object = trimmed_np(from, end);
    if (object.empty()) return;
    const Date date = date_for(F(), end, from);
    for (const int a : list.givers) {
      if (list.beneficiary >= 0 && list.beneficiary != a) {
        add("pledged", a, list.beneficiary, -1, object, list.status, date, "", -1, 0.65);
      } else {
        add("pledged", a, -1, -1, object, list.status, date, "", -1, 0.6, object);
      }
    }
    return;
  }
  // a line before the list: it announces the commitments and ends with a colon, or only opens the
  // list announced by the sentence before it
  const bool colon = L() > F() + 1 && (key(L() - 1) == ":"sv || (key(L() - 2) == ":"sv && !ctx_.tokens[L() - 1].is(kWord)));
  std::string status;
  int beneficiary = -1;
  Group s = commitments_announced(&status, &beneficiary);
  if (!s.empty()) {
    list.givers = s.entities;
    list.status = status;
    list.beneficiary = beneficiary;
    list.open = colon;
  } else if (colon && L() <= F() + 5 && list_opener(key(F())) && list.at < F() && ctx_.sentences_back(list.at, F()) == 1) {
    list.open = !list.givers.empty();
  } else {
    list.givers.clear();
    list.open = false;
  }
  list.at = F();
}

}  // namespace evkg::detail
