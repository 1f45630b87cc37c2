// Relation frames: a named text a gathering adopts ("Arab leaders closed their summit by adopting
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

}  // namespace

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
    // by whom: a collective noun before the verb, in its clause, and no one named there
    bool by_collective = false;
    for (std::uint32_t w = cv_.clause_start(v); w < v; ++w) {
      if (const Mention* m = cv_.mention_at(w); m != nullptr && cv_.is_actor(*m) && m->kind != MKind::kGeneric) {
        by_collective = false;
        break;
      }
      by_collective = by_collective || collective(key(w));
    }
    if (!by_collective || si_.in_quote[v - F()]) continue;
    const std::string status = cv_.status(cv_.clause_start(v), v, true);
    if (status != edge_status::kReported) continue;
    const int ev = main_event();
    if (ev < 0) continue;
    const DocEvent& event = ctx_.events[static_cast<std::size_t>(ev)];
    int who = -1;
    if (!event.group.empty()) {
      if (const auto* entries = ctx_.lex->lookup(name_key(event.group))) {
        for (const LexEntry& le : *entries) {
          if (le.kind == LexKind::kOrg) {
            who = entity_for_org(ctx_, le.index);
            break;
          }
        }
      }
    }
    for (auto it = ctx_.pending.rbegin(); it != ctx_.pending.rend() && who < 0; ++it) {
      if (it->relation == "chaired"sv && it->target_event == ev && it->status == edge_status::kReported) who = it->subject;
    }
    // (else the country it is held in, one of those adopting it)
    if (who < 0 && !event.place_key.empty()) {
      if (const auto* entries = ctx_.lex->lookup(event.place_key)) {
        for (const LexEntry& le : *entries) {
          if (le.kind == LexKind::kCity || le.kind == LexKind::kCapital || le.kind == LexKind::kSeat) {
            who = entity_for_country(ctx_, le.index);
            break;
          }
        }
      }
    }
    if (who < 0) continue;
    const std::string object = trimmed_np(o, e);
    add("pledged", who, -1, ev, object, status, date_for(cv_.clause_start(v), cv_.clause_end(v), v), "", -1, 0.6);
    return;
  }
}

}  // namespace evkg::detail
