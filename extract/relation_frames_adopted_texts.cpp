// Relation frames: what a gathering's leaders do together, named by no one. A named text a gathering
// adopts ("Arab leaders closed their summit by adopting
// the Jeddah Declaration", "The eleven delegations approved the Brasilia Consensus"). Those who adopt
// it are the leaders or delegations at the gathering, named by no one: the body whose gathering it
// is pledged what the text says, else the one who chaired it, else the country it is held in; the
// pledge is owed at the gathering.

#include <string_view>

#include "core/fold.hpp"
#include "extract/doc_entities.hpp"
#include "extract/relation_frames_internal.hpp"
#include "extract/word_set.hpp"

namespace evkg::detail {

using namespace std::string_view_literals;
namespace {

// The last word of a text's name that says it is one a gathering adopts.
bool text_noun(TokenKey k) {
  static const WordSet kNouns = {"declaration", "consensus", "communique", "communiqué", "charter",
                                 "pact",        "compact",   "statement",  "agenda"};
  return kNouns.count(k.view()) != 0;
}

// Those who adopt it, named by no one: "the leaders", "Arab leaders", "the eleven delegations".
bool collective(TokenKey k) {
  static const WordSet kWho = {"leaders", "delegations", "presidents", "heads", "members", "participants",
                               "governments", "states", "countries", "summit", "summiteers"};
  return kWho.count(k.view()) != 0;
}

// A word that takes some of a group, not all of it.
bool some_of(TokenKey k) {
  static const WordSet kSome = {"several", "some", "many", "few", "most", "other", "both", "two", "three", "four",
                                "five", "certain", "various", "numerous"};
  return kSome.count(k.view()) != 0;
}

}  // namespace

// Whether the verb at v is said by the leaders or delegations of a gathering, named by no one: a
// collective noun before it in its clause ("Arab leaders", "the eleven delegations") and no one
// named there, outside quotes.
bool Frames::said_by_the_gathering(std::uint32_t v) const {
  if (si_.in_quote[v - F()]) return false;
  bool by_collective = false;
  for (std::uint32_t w = cv_.clause_start(v); w < v; ++w) {
    if (const Mention* m = cv_.mention_at(w); m != nullptr && cv_.is_actor(*m) && m->kind != MKind::kGeneric) return false;
    // (all of them: not "several countries", "some delegations"; nor what is theirs, "the
    // leaders' communique")
    if (some_of(key(w))) return false;
    by_collective = by_collective || (collective(key(w)) && (w + 1 >= v || (key(w + 1) != "'"sv && key(w + 1) != "'s"sv)));
  }
  return by_collective;
}

// Who speaks for the leaders of gathering ev when no one is named ("the leaders rejected foreign
// interference"): the body whose gathering it is, else the one who chaired it, else the country it
// is held in; -1 when none is known.
int Frames::gathering_voice(int ev) {
  const DocEvent& event = ctx_.events[static_cast<std::size_t>(ev)];
  if (!event.group.empty()) {
    if (const auto* entries = ctx_.lex->lookup(name_key(event.group))) {
      for (const LexEntry& le : *entries) {
        if (le.kind == LexKind::kOrg) return entity_for_org(ctx_, le.index);
      }
    }
  }
  for (auto it = ctx_.pending.rbegin(); it != ctx_.pending.rend(); ++it) {
    if (it->relation == "chaired"sv && it->target_event == ev && it->status == edge_status::kReported) return it->subject;
  }
  if (const auto c = ctx_.lex->country_of_city(event.place_key)) return entity_for_country(ctx_, *c);
  return -1;
}

void Frames::adopted_text(std::uint32_t from) {
  if (ctx_.salient_event < 0) return;
  for (std::uint32_t v = from; v + 2 < L(); ++v) {
    const TokenKey k = key(v);
    if (k != "adopted"sv && k != "adopts"sv && k != "adopting"sv && k != "approved"sv && k != "approving"sv &&
        k != "endorsed"sv && k != "signed"sv) {
      continue;
    }
    // the text: "the Jeddah Declaration", "a nine-point document dubbed the Brasilia Consensus"
    std::uint32_t o = v + 1;
    while (o < L() && o < v + 8 && !ctx_.tokens[o].is(kCapital)) {
      if (key(o) == ","sv || key(o) == "."sv || key(o) == ";"sv) break;
      ++o;
    }
    if (o >= L() || !ctx_.tokens[o].is(kCapital)) continue;
    // (a person's name is no text's: "signed Modi's letter"; a place's may open one)
    if (const Mention* m = cv_.mention_at(o); m != nullptr && (m->kind == MKind::kPerson || m->kind == MKind::kPronoun)) {
      continue;
    }
    std::uint32_t e = o;
    while (e < L() && e < o + 5 && ctx_.tokens[e].is(kCapital) && ctx_.tokens[e].is(kWord)) ++e;
    if (e == o || !text_noun(key(e - 1))) continue;
    if (!said_by_the_gathering(v)) continue;
    const std::string status = cv_.status(cv_.clause_start(v), v, true);
    if (status != edge_status::kReported) continue;
    const int ev = main_event();
    if (ev < 0) continue;
    const int who = gathering_voice(ev);
    if (who < 0) continue;
    const std::string object = trimmed_np(o, e);
    add("pledged", who, -1, ev, object, status, date_for(cv_.clause_start(v), cv_.clause_end(v), v), "", -1, 0.6);
    return;
  }
}

}  // namespace evkg::detail
