// Relation frames: sanctions kept in place. "Macron says participants agreed unanimously that this
// is not the time to lift any sanctions on Russia", "sanctions on Russia should not be lifted before
// peace", "France will not ease sanctions on Iran": refusing to lift or ease another's sanctions is
// a rejection of the relief, owed to the country under them.

#include <algorithm>
#include <string_view>

#include "extract/doc_entities.hpp"
#include "extract/relation_frames_internal.hpp"
#include "extract/word_set.hpp"

namespace evkg::detail {

using namespace std::string_view_literals;
namespace {

// A word of lifting or easing them ("lift", "eased", "relief").
bool relief_word(TokenKey k) {
  static const WordSet kWords = {"lift", "lifted", "lifting", "ease", "eased", "easing", "relief", "relax", "relaxed",
                                 "relaxing"};
  return kWords.count(k.view()) != 0;
}

}  // namespace

bool Frames::sanctions_anchor(TokenKey k) { return k == "sanctions"sv; }

void Frames::sanctions_kept(std::uint32_t at) {
  if (si_.question) return;
  // the word of relief next to "sanctions" ("lift any sanctions", "sanctions ... should not be lifted")
  std::uint32_t v = L();
  for (std::uint32_t k = at > F() + 4 ? at - 4 : F(); k < L() && k < at + 9; ++k) {
    if (k != at && relief_word(key(k))) {
      v = k;
      break;
    }
  }
  if (v >= L()) return;
  // whose sanctions: "sanctions on Russia", "sanctions against Iran", "lift them on Russia"
  int target = -1;
  for (std::uint32_t k = at + 1; k + 1 < L() && k < at + 8 && target < 0; ++k) {
    if (key(k) != "on"sv && key(k) != "against"sv) continue;
    const Group g = cv_.object(k + 1, 1);
    if (g.entities.size() == 1 && !g.generic &&
        ctx_.entities[static_cast<std::size_t>(g.entities.front())].type == "country"sv) {
      target = g.entities.front();
    }
  }
  if (target < 0) return;
  // refused: a negation in the clause before the later of the two words ("not the time to lift",
  // "should not be lifted", "there could be no easing of")
  const std::uint32_t first = std::min(v, at);
  const std::uint32_t last = std::max(v, at);
  const std::uint32_t cs = cv_.clause_start(first);
  if (!cv_.cue_between(cs, last + 1, {"negation"})) return;
  // (not relief supposed or proposed: "could be eased if", "would consider lifting"; but "should
  // not", "would not" are the refusal itself)
  for (std::uint32_t k = cs; k <= last; ++k) {
    if (!cv_.cue_is(k, "hypothetical") && !cv_.cue_is(k, "proposal")) continue;
    const bool negated_modal = (key(k) == "should"sv || key(k) == "would"sv || key(k) == "must"sv ||
                                key(k) == "could"sv) &&
                               k + 1 < L() && (key(k + 1) == "not"sv || key(k + 1) == "never"sv);
    if (!negated_modal) return;
  }
  if (cv_.in_condition(first)) return;
  // who refuses: an actor opening the clause ("France will not ease"), else the leaders of the
  // gathering spoken of who agreed it ("participants agreed unanimously that ..."), else the one who
  // says so ("..., Macron said", "according to Macron")
  int who = -1;
  for (std::uint32_t k = cs; k < first && who < 0; ++k) {
    const Mention* m = cv_.mention_at(k);
    if (m != nullptr && m->first == k && cv_.is_actor(*m) && !m->generic && !m->possessive && !m->modifier &&
        m->entity >= 0 && m->entity != target) {
      who = m->entity;
    }
  }
  if (who < 0 && ctx_.salient_event >= 0) {
    for (std::uint32_t k = cs; k < first; ++k) {
      const TokenKey w = key(k);
      if (w != "agreed"sv && w != "decided"sv && w != "insisted"sv && w != "stressed"sv && w != "said"sv) continue;
      if (said_by_the_gathering(k)) {
        if (const int ev = main_event(); ev >= 0) who = gathering_voice(ev);
      }
      break;
    }
  }
  // (the sayer of the sentence's report verb, as the reject frames read a proposal's author)
  for (const Cue& c : si_.cues) {
    if (who >= 0) break;
    if (c.kind != "report"sv || si_.in_quote[c.first - F()]) continue;
    const Group sayer = cv_.subject(c.first);
    if (sayer.entities.size() == 1 && !sayer.generic && sayer.entities.front() != target &&
        ctx_.entities[static_cast<std::size_t>(sayer.entities.front())].type == "person"sv) {
      who = sayer.entities.front();
    }
  }
  if (who < 0) return;
  const Date date = date_for(cs, cv_.clause_end(last), first);
  add("rejected", who, target, -1, "lifting of sanctions", edge_status::kReported, date, "", -1, 0.6);
}

}  // namespace evkg::detail
