// Relation frames: a partnership raised or announced between two sides, "The two leaders announced
// a comprehensive strategic partnership", "lifted their relationship to an all-round strategic
// cooperative partnership", "Hanoi upgraded its ties with Canberra to a comprehensive strategic
// partnership": each side commits to the other. Only a partnership of states with a qualifier of
// its level ("strategic", "comprehensive"...) is a commitment of this kind: "a partnership between
// two carmakers" is none.

#include <string_view>

#include "extract/doc_entities.hpp"
#include "extract/relation_frames_internal.hpp"
#include "extract/word_set.hpp"

namespace evkg::detail {

using namespace std::string_view_literals;
namespace {

// Words that give a partnership its level between states.
bool level_word(TokenKey k) {
  static const WordSet kWords = {
      "strategic", "comprehensive", "cooperative", "all-round", "all-weather", "special", "privileged",
      "enhanced", "global", "co-operative"};
  return kWords.count(k.view()) != 0;
}

// Verbs that set up or raise a partnership.
bool raising_verb(TokenKey k) {
  static const WordSet kVerbs = {
      "announced", "announce", "announces", "agreed",    "agree",     "agrees",   "launched", "launch",
      "established", "establish", "forged",  "forge",     "sealed",    "upgraded", "upgrade",  "upgrades",
      "lifted",    "lift",      "lifts",     "raised",    "raise",     "raises",   "elevated", "elevate",
      "elevates",  "formed",    "declared",  "struck"};
  return kVerbs.count(k.view()) != 0;
}

}  // namespace

bool partnership_noun(TokenKey k) { return k == "partnership"sv || k == "partnerships"sv; }

void Frames::partnership_raised() {
  for (std::uint32_t p = F() + 2; p < L(); ++p) {
    if (!partnership_noun(key(p))) continue;
    // the level words right before it ("comprehensive strategic partnership"), past quotes
    std::uint32_t np = p;
    bool level = false;
    while (np > F() && (level_word(key(np - 1)) || ctx_.tokens[np - 1].is(kQuote))) {
      level = level || level_word(key(np - 1));
      --np;
    }
    if (!level) continue;
    // the verb a few words before it, with "to a" or "a" between
    std::uint32_t v = np;
    while (v > F() && v + 12 > np && !raising_verb(key(v - 1)) && key(v - 1) != ","sv && key(v - 1) != ";"sv) --v;
    if (v == F() || !raising_verb(key(v - 1))) continue;
    --v;
    if (si_.in_quote[v - F()]) continue;
    // the sides: a counted pair ("The two leaders announced"), else the verb's subject (that of
    // the clause for an infinitive: "agreed to raise their ties to")
    Group s;
    if (v >= F() + 3) s = counted_group_at(v - 3);
    if (s.empty()) s = cv_.subject(v);
    // ("Xi and Orban met ... and announced that their countries would raise relations to": the
    // pair the sentence's predicate before was about)
    if (s.empty() && v >= F() + 3 && key(v - 1) == "would"sv && key(v - 3) == "their"sv &&
        (key(v - 2) == "countries"sv || key(v - 2) == "nations"sv || key(v - 2) == "governments"sv) &&
        last_subject_.entities.size() == 2) {
      s = last_subject_;
    }
    if (s.empty()) continue;
    // the other side: named with the subject, or after "with" ("its ties with Canberra")
    if (s.entities.size() > 2) continue;
    const int a = s.entities.front();
    int b = s.entities.size() == 2 ? s.entities.back() : -1;
    for (std::uint32_t k = v + 1; b < 0 && k + 1 < np; ++k) {
      if (key(k) != "with"sv) continue;
      const Mention* m = cv_.mention_at(k + 1);
      if (m != nullptr && m->first == k + 1 && cv_.is_actor(*m) && m->entity >= 0 && m->kind != MKind::kPronoun) {
        b = m->entity;
      }
      break;
    }
    if (b < 0 || a == b) continue;
    if (const std::string c = country_code_of(ctx_, a); !c.empty() && c == country_code_of(ctx_, b)) continue;
    const std::string status = cv_.status(s.last, v, true);
    if (status != edge_status::kReported) continue;
    const std::string object = trimmed_np(np, p + 1);
    const Date date = date_for(std::min(s.first, v), cv_.clause_end(p), v);
    // (the announcement's own reading, "pledged [raise relations]", is this partnership's)
    std::erase_if(ctx_.pending, [&](const PendingAssertion& x) {
      const std::string_view first = std::string_view(x.object).substr(0, x.object.find(' '));
      return x.begin == si_.span.begin && x.relation == "pledged"sv && raising_verb(TokenKey(first.data(), first.size()));
    });
    add("pledged", a, b, -1, object, status, date, "", -1, 0.7);
    add("pledged", b, a, -1, object, status, date, "", -1, 0.7);
    return;
  }
}

}  // namespace evkg::detail
