// Relation frames: commitments reported in indirect speech. "Cameron said Britain would lift the
// ban on Indian visitors", "Germany will resume buying gas from Norway, the chancellor said": what
// a leader says their own side will do for another is their side's pledge. (A supply verb after
// "would" is the supply frame's: "said the US would send more air defence systems to Ukraine".)

#include <algorithm>
#include <string_view>

#include "extract/doc_entities.hpp"
#include "extract/relation_frames_internal.hpp"
#include "extract/word_set.hpp"

namespace evkg::detail {

using namespace std::string_view_literals;
namespace {

// The verbs of saying whose clause can report a commitment.
bool saying_verb(TokenKey k) {
  static const WordSet kVerbs = {
      "said",     "says",      "told",     "tells",   "announced", "announces", "confirmed", "confirms",
      "stated",   "states",    "added",    "adds",    "insisted",  "insists",   "declared",  "declares",
      "stressed", "stresses",  "assured",  "assures", "indicated", "indicates"};
  return kVerbs.count(k.view()) != 0;
}

// Words that may stand between the subject and the modal, or between the modal and the verb
// ("would also", "will now", "would quickly").
bool filler(TokenKey k) {
  return k == "also"sv || k == "now"sv || k == "still"sv || k == "soon"sv || k == "then"sv || k == "in"sv ||
         k == "turn"sv || k.ends_with("ly");
}

}  // namespace

// An act a reported commitment is made of: a pledged action, recognition ("would recognise
// Palestine") or taking people in ("would take in 2,000 sick children").
bool Frames::reported_action(std::uint32_t v) const {
  const TokenKey k = key(v);
  if (pledged_action(k) || k == "recognise"sv || k == "recognize"sv) return true;
  // ("would make 66 billion yuan available in credit to the region")
  if (k == "make"sv) {
    for (std::uint32_t i = v + 1; i < L() && i < v + 10; ++i) {
      if (key(i) == "available"sv) return true;
      if (key(i) == ","sv || key(i) == ";"sv || key(i) == "."sv) break;
    }
  }
  return k == "take"sv && v + 1 < L() && key(v + 1) == "in"sv;
}

// The token after "would"/"will"/"'ll" that follows the actor at `at` (over a few fillers), or
// kNoToken when the clause does not go on that way.
std::uint32_t Frames::modal_verb_after(std::uint32_t at) const {
  std::uint32_t i = at;
  while (i < L() && i < at + 3 && filler(key(i))) ++i;
  if (i >= L() || (key(i) != "would"sv && key(i) != "will"sv && key(i) != "'ll"sv)) return ClauseView::kNoToken;
  ++i;
  while (i < L() && filler(key(i)) && key(i) != "in"sv) ++i;
  // ("would keep raising its defence budget", "will continue sending"): the verb kept on
  if (i + 1 < L() && (key(i) == "keep"sv || key(i) == "continue"sv) && key(i + 1).ends_with("ing") &&
      pledged_action(key(i + 1))) {
    ++i;
  }
  return i < L() && ctx_.tokens[i].is(kWord) && !ctx_.tokens[i].is(kCapital) ? i : ClauseView::kNoToken;
}

// The index of a trigger of the pledge frame: the trigger a reported commitment is read as.
std::uint32_t Frames::pledge_trigger_info() const {
  const auto& all = ctx_.lex->triggers();
  for (std::uint32_t i = 0; i < all.size(); ++i) {
    if (all[i].frame == "pledge"sv && !all[i].noun) return i;
  }
  return ClauseView::kNoToken;
}

// For each verb of saying: "X said (that) S would V ..." and "S would V ..., X said". S must be
// X's own side: X (or "he"/"she" for X), X's country, or the body X speaks for. V must be an act a
// pledge is made of (pledged_action) with no frame of its own; the pledge needs someone it is owed
// to (named in the clause, or the other side of the talks reported): a promise to voters is none.
void Frames::reported_commitments() {
  // (most sentences have no modal: nothing to read, and a clause's subject is dear to find; the
  // modals are among the sentence's few cues)
  std::uint32_t first_modal = ClauseView::kNoToken;
  std::uint32_t last_modal = 0;
  for (const Cue& c : si_.cues) {
    if (key(c.first) == "would"sv || key(c.first) == "will"sv) {
      first_modal = std::min(first_modal, c.first);
      last_modal = std::max(last_modal, c.first);
    }
  }
  if (first_modal == ClauseView::kNoToken) return;
  for (const Cue& c : si_.cues) {
    if (c.kind != "report"sv || !saying_verb(key(c.first))) continue;
    // the modal of what is said: after the verb ("said S would") or before it ("S will ..., X said")
    if (last_modal < c.last && first_modal > c.first) continue;
    const std::uint32_t r = c.first;
    Group sayer;
    std::uint32_t s_at = ClauseView::kNoToken;
    // "S would V ..., X said" / ", said X": the clause before the comma is what was said
    if (r > F() + 1 && (key(r - 1) == ","sv || (cv_.mention_at(r - 1) != nullptr && r > F() + 2))) {
      const Mention* after = r + 1 < L() ? cv_.mention_at(r + 1) : nullptr;
      const Mention* before = cv_.mention_at(r - 1);
      const Mention* who = key(r - 1) == ","sv ? after : before;
      const std::uint32_t who_first = who != nullptr ? who->first : 0;
      const bool comma_before = who != nullptr && who == before && who_first > F() && key(who_first - 1) == ","sv;
      if (who != nullptr && who->kind == MKind::kPerson && who->entity >= 0 && (key(r - 1) == ","sv || comma_before)) {
        sayer.entities.push_back(who->entity);
        s_at = F();
      }
    }
    if (s_at == ClauseView::kNoToken) {
      sayer = cv_.subject(r);
      s_at = c.last;
      // "told reporters that", "told the BBC", "assured Modi that": past the one told
      if (key(r) == "told"sv || key(r) == "tells"sv || key(r) == "assured"sv || key(r) == "assures"sv) {
        const Mention* m = s_at < L() ? cv_.mention_at(s_at) : nullptr;
        if (m != nullptr && m->first == s_at) {
          s_at = m->last;
        } else {
          while (s_at < L() && s_at < c.last + 3 && ctx_.tokens[s_at].is(kWord) && key(s_at) != "that"sv) ++s_at;
        }
      }
      // ("said on Facebook that", "said in a statement that", "told Trump at the White House on
      // Tuesday that": over where and when it was said)
      if (s_at < L() && (key(s_at) == "on"sv || key(s_at) == "in"sv || key(s_at) == "at"sv)) {
        for (std::uint32_t k = s_at + 1; k < L() && k < s_at + 8; ++k) {
          if (key(k) == "that"sv) {
            s_at = k;
            break;
          }
          if (!ctx_.tokens[k].is(kWord)) break;
        }
      }
      if (s_at < L() && key(s_at) == "that"sv) ++s_at;
    }
    if (sayer.empty() || sayer.generic || s_at >= L()) continue;
    if (s_at + 1 < L() && key(s_at) == "the"sv && cv_.mention_at(s_at) == nullptr) ++s_at;  // "the United States"
    // "the two leaders said they would ...", "both presidents said their governments would ...":
    // the group that speaks commits itself, and its sides commit to each other
    if (sayer.entities.size() >= 2) {
      std::uint32_t after = ClauseView::kNoToken;
      if (key(s_at) == "they"sv || key(s_at) == "we"sv) after = s_at + 1;
      if (s_at + 1 < L() && key(s_at) == "their"sv &&
          (key(s_at + 1) == "governments"sv || key(s_at + 1) == "countries"sv || key(s_at + 1) == "nations"sv)) {
        after = s_at + 2;
      }
      const std::uint32_t v = after != ClauseView::kNoToken ? modal_verb_after(after) : ClauseView::kNoToken;
      if (v != ClauseView::kNoToken && (reported_action(v) || joint_action(key(v).view()))) {
        Group s = sayer;
        s.first = s_at;
        s.last = after;
        if (!reported_pledge_of(s, v)) return;
      }
      continue;
    }
    // "Seoul said it would withdraw the complaint": "it" for a state or body that speaks
    if (key(s_at) == "it"sv && sayer.entities.size() == 1 &&
        ctx_.entities[static_cast<std::size_t>(sayer.entities.front())].type != "person"sv) {
      const std::uint32_t v = modal_verb_after(s_at + 1);
      if (v == ClauseView::kNoToken || !reported_action(v)) continue;
      Group s;
      s.entities.push_back(sayer.entities.front());
      s.first = s_at;
      s.last = s_at + 1;
      if (!reported_pledge_of(s, v)) return;
      continue;
    }
    // "Abela said his country would recognise Palestine", "her government will lift the ban": the
    // sayer's own country
    if (s_at + 2 < L() && (key(s_at) == "his"sv || key(s_at) == "her"sv) &&
        (key(s_at + 1) == "country"sv || key(s_at + 1) == "government"sv || key(s_at + 1) == "nation"sv)) {
      const int own = own_side(sayer);
      const std::uint32_t v = own >= 0 ? modal_verb_after(s_at + 2) : ClauseView::kNoToken;
      if (v == ClauseView::kNoToken || !reported_action(v)) continue;
      Group s;
      s.entities.push_back(own);
      s.first = s_at;
      s.last = s_at + 2;
      if (!reported_pledge_of(s, v)) return;
      continue;
    }
    const Mention* sm = cv_.mention_at(s_at);
    if (sm == nullptr || sm->first != s_at || sm->entity < 0 || sm->possessive || !cv_.is_actor(*sm)) continue;
    // he/she for the sayer; a country or body on the sayer's side ("Britain", "the European Union")
    const int who = sm->entity;
    const bool self = std::find(sayer.entities.begin(), sayer.entities.end(), who) != sayer.entities.end();
    const bool side = sm->kind != MKind::kPronoun && sm->kind != MKind::kPerson &&
                      (same_side(sayer, who) || own_side(sayer) == who);
    if (!self && !side) continue;
    const std::uint32_t v = modal_verb_after(sm->last);
    if (v == ClauseView::kNoToken || !reported_action(v)) continue;
    Group s;
    s.entities.push_back(who);
    s.first = sm->first;
    s.last = sm->last;
    if (!reported_pledge_of(s, v)) return;
  }
}

// V read as the pledge of `s` told in indirect speech (unless V has a frame of its own); false
// when the lexicon has no pledge trigger to read it as.
bool Frames::reported_pledge_of(const Group& s, std::uint32_t v) {
  // (a verb of assent is a refusal's only when negated: "would support observer status" is ours)
  if (std::any_of(si_.triggers.begin(), si_.triggers.end(), [&](const Trigger& o) {
        return o.first == v && ctx_.lex->triggers()[o.info].frame != "reject"sv;
      })) {
    return true;
  }
  const std::uint32_t info = pledge_trigger_info();
  if (info == ClauseView::kNoToken) return false;
  reported_ = true;
  action_pledge(Trigger{v, v + 1, info}, s, v);
  reported_ = false;
  return true;
}

}  // namespace evkg::detail
