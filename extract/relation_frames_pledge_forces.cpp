// Relation frames: forces or a mission named by the peoples that send them, said to go to another
// country. "A Franco-British military delegation will travel to Ukraine in the coming days",
// "French and British troops would be deployed to Ukraine": those countries' pledge to it; "German
// soldiers will not be sent to Ukraine" is their refusal.

#include <algorithm>
#include <string_view>
#include <vector>

#include "core/fold.hpp"
#include "extract/doc_entities.hpp"
#include "extract/relation_frames_internal.hpp"
#include "extract/word_set.hpp"

namespace evkg::detail {

using namespace std::string_view_literals;
namespace {

// Words between the peoples and the noun ("a Franco-British joint military delegation").
bool forces_modifier(TokenKey k) {
  static const WordSet kWords = {"military", "joint", "technical", "small", "first", "combined", "naval", "army",
                                 "expert", "training", "planning", "advance", "defence", "defense", "peacekeeping",
                                 "engineering", "medical", "liaison", "monitoring", "assessment", "security"};
  return kWords.count(k.view()) != 0;
}

// The move said of them, right after the modal: "go", "travel", "head", or "be" before "sent",
// "deployed", "dispatched", "stationed". Returns the token of the "to" after it, 0 when none.
std::uint32_t move_to(const std::vector<Token>& tk, std::uint32_t modal, std::uint32_t end) {
  static const WordSet kMove = {"go", "travel", "head", "move", "deploy"};
  static const WordSet kSent = {"sent", "deployed", "dispatched", "stationed", "posted"};
  std::uint32_t v = modal + 1;
  if (v < end && tk[v].key == "not"sv) ++v;
  if (v + 1 < end && tk[v].key == "be"sv && kSent.count(tk[v + 1].key.view()) != 0) {
    ++v;
  } else if (v >= end || kMove.count(tk[v].key.view()) == 0) {
    return 0;
  }
  return v + 1 < end && tk[v + 1].key == "to"sv ? v + 1 : 0;
}

}  // namespace

bool Frames::forces_noun(TokenKey k) {
  static const WordSet kNouns = {"delegation", "team", "troops", "soldiers", "forces", "mission", "contingent",
                                 "instructors", "experts", "planners", "personnel", "peacekeepers"};
  return kNouns.count(k.view()) != 0;
}

void Frames::forces_sent_to(std::uint32_t head) {
  if (si_.question || head + 1 >= L()) return;
  const std::uint32_t end = cv_.clause_end(head + 1);
  const std::uint32_t to = move_to(ctx_.tokens, head + 1, end);
  if (to == 0 || to + 1 >= end) return;
  const Mention* dest = cv_.mention_at(to + 1);
  if (dest == nullptr || dest->first != to + 1 || dest->kind != MKind::kCountry || dest->entity < 0 || dest->possessive) {
    return;
  }
  // what goes: the noun with its own modifiers ("military delegation", "troops")
  std::uint32_t first = head;
  while (first > F() && first + 3 > head && forces_modifier(key(first - 1))) --first;
  // (a delegation, a team or a mission is a pledge of forces when it is a military one: "a
  // Franco-British delegation will go to Kyiv" may be diplomats)
  const TokenKey noun = key(head);
  if (noun == "delegation"sv || noun == "team"sv || noun == "mission"sv) {
    bool military = false;
    for (std::uint32_t k = first; k < head; ++k) {
      const TokenKey m = key(k);
      military = military || m == "military"sv || m == "defence"sv || m == "defense"sv || m == "army"sv ||
                 m == "naval"sv || m == "peacekeeping"sv || m == "training"sv;
    }
    if (!military) return;
  }
  // who sends it: the peoples right before ("French and British", "Franco-British", "Italian")
  std::vector<int> senders;
  std::uint32_t i = first;
  while (i > F()) {
    const TokenKey k = key(i - 1);
    if ((k == "and"sv || k == ","sv) && !senders.empty()) {
      --i;
      continue;
    }
    const int c = peoples_country(i - 1, head, senders);
    if (c == 0) break;
    --i;
  }
  if (senders.empty()) return;
  // (the noun phrase opens its clause: not "talks with French troops will ...")
  if (i > F()) {
    const TokenKey before = key(i - 1);
    const bool det = before == "a"sv || before == "an"sv || before == "the"sv;
    const std::uint32_t open = det ? i - 1 : i;
    if (open > F() && key(open - 1) != "that"sv && key(open - 1) != ","sv && key(open - 1) != "said"sv &&
        key(open - 1) != "and"sv && key(open - 1) != ":"sv) {
      return;
    }
  }
  std::string status = cv_.status(head, to - 1, true);
  std::string rel = "pledged";
  if (status == edge_status::kDenied) {
    rel = "rejected";
    status = edge_status::kReported;
  }
  const std::string object = trimmed_np(first, head + 1);
  const Date date = date_for(i, end, head + 1);
  for (const int s : senders) {
    if (s != dest->entity) add(rel, s, dest->entity, -1, object, status, date, "", -1, 0.7);
  }
}

// The country or countries a word of peoples before the noun at `head` names, added to `out`: a
// demonym ("French"), or a hyphenated pair of them ("Franco-British", "Anglo-French"). Returns how
// many it added.
int Frames::peoples_country(std::uint32_t at, std::uint32_t head, std::vector<int>& out) {
  if (!ctx_.tokens[at].is(kCapital)) return 0;
  auto add_entity = [&](int e) {
    if (e >= 0 && std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
    return e >= 0;
  };
  const std::string_view k = key(at).view();
  const auto hyphen = k.find('-');
  if (hyphen == std::string_view::npos) {
    // (the lexicon reads "French troops" as France, spoken of generically)
    if (const Mention* m = cv_.mention_at(at); m != nullptr) {
      if (m->first != at || m->last > head + 1) return 0;
      if (m->kind == MKind::kCountry && m->entity >= 0 && m->last > at + 1) return add_entity(m->entity) ? 1 : 0;
    }
    return add_entity(demonym_entity(k)) ? 1 : 0;
  }
  // both parts must be peoples: the first a demonym or a combining form, the second a demonym
  const std::string_view a = k.substr(0, hyphen);
  const std::string_view b = k.substr(hyphen + 1);
  if (a.empty() || b.empty() || b.find('-') != std::string_view::npos) return 0;
  const std::size_t before = out.size();
  const auto combining = ctx_.lex->country_of_combining_form(a);
  if (!(combining ? add_entity(entity_for_country(ctx_, *combining)) : add_entity(demonym_entity(a)))) return 0;
  if (!add_entity(demonym_entity(b))) {
    out.resize(before);
    return 0;
  }
  return static_cast<int>(out.size() - before);
}

}  // namespace evkg::detail
