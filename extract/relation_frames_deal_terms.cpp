// Relation frames: the terms of an agreement told as future facts. After "The two leaders signed
// the trade deal", a line "India will cut its tariff on whisky from 150 to 75 per cent" or "Rwanda
// is to lift its defensive measures within 90 days" is India's or Rwanda's commitment, though no one
// is said to say it: the agreement spoken of just before makes its terms commitments.

#include <string_view>

#include "extract/relation_frames_internal.hpp"
#include "extract/word_set.hpp"

namespace evkg::detail {

using namespace std::string_view_literals;
namespace {

// Nouns that name an agreement whose terms the next sentences may list.
bool agreement_noun(TokenKey k) {
  static const WordSet kNouns = {
      "deal",      "deals",       "agreement", "agreements", "accord",     "accords",   "treaty",
      "pact",      "framework",   "memorandum", "declaration", "ceasefire", "truce",     "arrangement",
      "communique", "communiqué", "protocol",  "roadmap",    "settlement"};
  return kNouns.count(k.view()) != 0;
}

// Words that may open a clause before its subject: "Under the deal, India will ...", "- India will",
// ", and the Palestinians will ..." (not "and" alone: "called for by Beijing and Moscow would").
bool opens_subject(const DocContext& ctx, std::uint32_t at) {
  const TokenKey k = ctx.key(at);
  if (k == "and"sv) return at > 0 && ctx.key(at - 1) == ","sv;
  return k == ","sv || k == ":"sv || k == ";"sv || k == "-"sv || k == "–"sv || k == "•"sv || k == "("sv;
}

// A day the sentence names ("on Sunday", "tomorrow"): what is to happen then is an agenda ("On
// Sunday Modi will hand the presidency over to Lula"), not a term of an agreement.
bool names_a_day(const SentenceInfo& si) {
  for (const DateMention& d : si.dates) {
    if (d.kind == DateKind::kWeekday || (d.kind == DateKind::kDeictic && d.unit == DateUnit::kDay)) return true;
  }
  return false;
}

}  // namespace

// The start of a short phrase of time or terms opening the clause right before `at` ("Within 90 days
// Rwanda is to", "By 2030 India will", "Under the declaration the two countries will"), or `at` when
// there is none.
std::uint32_t Frames::past_time_phrase(std::uint32_t at) const {
  static const WordSet kPreps = {"within", "by", "from", "in", "after", "over", "for", "under"};
  for (std::uint32_t i = at; i > F() && i + 5 > at; --i) {
    const Token& t = ctx_.tokens[i - 1];
    if (!t.is(kWord) || (t.is(kCapital) && i - 1 != F())) return at;
    if (kPreps.count(t.key.view()) != 0 && (i - 1 == F() || opens_subject(ctx_, i - 2))) return i - 1;
  }
  return at;
}

// Whether an agreement is spoken of (outside quotations) in this sentence before `at`, or in the
// three sentences before it.
bool Frames::agreement_spoken_of(std::uint32_t at) const {
  const std::uint32_t from = ctx_.sentence_start_back(F(), 3);
  for (std::uint32_t i = from; i < at; ++i) {
    if (agreement_noun(key(i)) && (i < F() || !si_.in_quote[i - F()])) return true;
  }
  return false;
}

// "S will V ...", "S would V ...", "S is to V ...": S an actor (or "the two countries") opening its
// clause, V an act a pledge is made of, with an agreement spoken of just before. Read as S's
// commitment (owed to the one named in the clause, or to the other side of the talks reported),
// unless V has a frame of its own.
void Frames::deal_terms() {
  bool checked = false;
  for (const Cue& c : si_.cues) {
    const TokenKey mk = key(c.first);
    const bool modal = mk == "will"sv || mk == "would"sv || mk == "'ll"sv;
    const bool is_to = (mk == "is"sv || mk == "are"sv) && c.first + 2 < L() && key(c.first + 1) == "to"sv;
    if (!modal && !is_to) continue;
    if (c.first == F() || si_.in_quote[c.first - F()]) continue;
    Group s;
    // "the two countries will ...": the pair the text just named
    if (c.first >= F() + 3) s = counted_group_at(c.first - 3);
    if (s.empty()) {
      const Mention* sm = cv_.mention_at(c.first - 1);
      if (sm == nullptr || sm->last != c.first || sm->entity < 0 || sm->possessive || !cv_.is_actor(*sm) ||
          sm->kind == MKind::kPronoun) {
        continue;
      }
      s.entities.push_back(sm->entity);
      s.first = sm->first;
      s.last = sm->last;
    }
    // the subject opens its clause
    std::uint32_t open = s.first;
    if (open > F() && key(open - 1) == "the"sv) --open;
    if (open != F() && !opens_subject(ctx_, open - 1)) open = past_time_phrase(open);
    if (open != F() && !opens_subject(ctx_, open - 1)) continue;
    const std::uint32_t v = modal ? modal_verb_after(s.last) : c.first + 2;
    if (v == ClauseView::kNoToken || v >= L() || !pledged_action(key(v))) continue;
    if (!checked) {
      if (names_a_day(si_) || !agreement_spoken_of(c.first)) return;
      checked = true;
    }
    if (!reported_pledge_of(s, v)) return;
  }
}

}  // namespace evkg::detail
