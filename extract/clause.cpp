#include "extract/clause.hpp"
#include "extract/number_words.hpp"

#include <algorithm>
#include <string_view>

#include "core/date.hpp"
#include "extract/doc_entities.hpp"
#include "extract/event_mentions.hpp"
#include "extract/word_set.hpp"

namespace evkg {

using namespace std::string_view_literals;  // "the"sv: comparisons check the length first
namespace {

bool contains(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

bool preposition(std::string_view k) {
  static const WordSet kPrep = {
      "with", "to", "of", "from", "for", "against", "on", "by", "at", "in", "between", "about", "toward",
      "towards", "into", "than", "like", "unlike", "besides", "except", "under", "over", "among", "behind",
      "alongside", "beside", "near",
      "across", "through", "via", "after", "before", "including", "upon", "without", "despite", "regarding"};
  return kPrep.count(k) != 0;
}

// A plural noun of people acting together ("the leaders", "the ministers", "the allies").
bool group_noun(std::string_view k) {
  return k == "leaders"sv || k == "ministers"sv || k == "allies"sv || k == "governments"sv || k == "members"sv ||
         k == "delegates"sv || k == "heads"sv || k == "diplomats"sv || k == "negotiators"sv;
}

bool subordinator(std::string_view k) {
  return k == "after"sv || k == "before"sv || k == "while"sv || k == "since"sv || k == "when"sv || k == "following"sv ||
         k == "upon"sv || k == "until"sv || k == "without"sv || k == "despite"sv || k == "by"sv;
}

// Words between a subject and its verb: "it will not deploy", "it has never sent".
// A minister, secretary, envoy or adviser: someone "the two leaders" does not speak of.
bool below_leader(const std::string& role) {
  return (role.ends_with("minister") && role != "prime_minister") || role.starts_with("deputy") ||
         role == "secretary" || role == "envoy" || role == "ambassador" || role == "negotiator" ||
         role.ends_with("adviser") || role.starts_with("vice");
}

bool modal_or_auxiliary(std::string_view k) {
  static const WordSet kWords = {
      "will", "would", "'ll", "could", "can", "should", "may", "might", "must", "not", "n't", "never", "has",
      "have", "had", "is", "was", "be", "been", "also", "still", "now", "then", "no", "longer"};
  return kWords.count(k) != 0;
}

}  // namespace

const Mention* ClauseView::mention_at(std::uint32_t tok) const {
  if (tok < si_.span.first || tok >= si_.span.last) return nullptr;
  const int m = si_.mention_at[tok - si_.span.first];
  return m < 0 ? nullptr : &si_.mentions[static_cast<std::size_t>(m)];
}

Mention* ClauseView::mention_starting(std::uint32_t tok) {
  if (tok < si_.span.first || tok >= si_.span.last) return nullptr;
  const int m = si_.mention_at[tok - si_.span.first];
  if (m < 0) return nullptr;
  auto& mm = si_.mentions[static_cast<std::size_t>(m)];
  return mm.first == tok ? &mm : nullptr;
}

bool ClauseView::is_actor(const Mention& m) const {
  if (m.modifier || m.entity < 0) return false;
  return m.kind == MKind::kPerson || m.kind == MKind::kCountry || m.kind == MKind::kOrg || m.kind == MKind::kPronoun;
}

bool ClauseView::cue_is(std::uint32_t tok, const char* kind) const {
  if (tok < si_.span.first || tok >= si_.span.last) return false;
  const int c = si_.cue_at[tok - si_.span.first];
  return c >= 0 && si_.cues[static_cast<std::size_t>(c)].kind == kind;
}

bool ClauseView::cue_between(std::uint32_t from, std::uint32_t end, std::initializer_list<const char*> kinds) const {
  for (std::uint32_t i = std::max(from, si_.span.first); i < end && i < si_.span.last; ++i) {
    const int c = si_.cue_at[i - si_.span.first];
    if (c < 0) continue;
    const std::string& kind = si_.cues[static_cast<std::size_t>(c)].kind;
    for (const char* k : kinds) {
      if (kind == k) return true;
    }
  }
  return false;
}

bool ClauseView::boundary(std::uint32_t tok) const {
  if (tok >= si_.span.last) return true;
  const TokenKey k = ctx_.tokens[tok].key;
  if (k == ";"sv || k == ":"sv || k == "."sv || k == "?"sv || k == "!"sv || k == "("sv || k == ")"sv) return true;
  if (k == "but"sv || k == "while"sv || k == "whereas"sv || k == "although"sv || k == "though"sv || k == "because"sv ||
      k == "who"sv || k == "which"sv || k == "whom"sv || k == "whose"sv || k == "where"sv || k == "if"sv || k == "unless"sv ||
      k == "whether"sv ||
      k == "despite"sv || k == "amid"sv) {
    return true;
  }
  return cue_is(tok, "report");
}

// A list separator at tok: ",", "and", "as well as", "along with", "together with", ", and".
// Sets *next to the first token after it.
bool ClauseView::separator_at(std::uint32_t tok, std::uint32_t* next) const {
  const std::uint32_t L = si_.span.last;
  if (tok >= L) return false;
  const auto& tk = ctx_.tokens;
  std::uint32_t j = tok;
  bool any = false;
  for (int rounds = 0; rounds < 6 && j < L; ++rounds) {
    const TokenKey k = tk[j].key;
    if (k == ","sv || k == "and"sv || k == "&"sv) {
      ++j;
      any = true;
    } else if (k == "as"sv && j + 2 < L && tk[j + 1].key == "well"sv && tk[j + 2].key == "as"sv) {
      j += 3;
      any = true;
    } else if ((k == "along"sv || k == "together"sv) && j + 1 < L && tk[j + 1].key == "with"sv) {
      j += 2;
      any = true;
    } else if (k == "both"sv) {
      ++j;
    } else if ((k == "left"sv || k == "right"sv || k == "center"sv || k == "centre"sv) && any) {
      ++j;  // photo captions: "Putin, right, and Trump"
    } else {
      break;
    }
  }
  // determiners and adjectives before the next member ("and the UK", "and other European leaders")
  while (j < L && (tk[j].key == "the"sv || tk[j].key == "other"sv || tk[j].key == "several"sv || tk[j].key == "some"sv ||
                   tk[j].key == "fellow"sv || tk[j].key == "senior"sv || tk[j].key == "prominent"sv || tk[j].key == "top"sv)) {
    ++j;
  }
  *next = j;
  return any;
}

Group ClauseView::group_from(std::size_t m) const {
  Group g;
  const auto& ms = si_.mentions;
  std::size_t i = m;
  g.first = ms[m].first;
  g.generic = true;
  // (a list a predicate's object opens: "met Putin, and Xi, the Chinese leader, met Modi")
  const bool object_list = std::any_of(si_.triggers.begin(), si_.triggers.end(), [&](const Trigger& t) {
    return t.last == g.first || (t.last + 1 == g.first && (ctx_.tokens[t.last].key == "with"sv ||
                                                             ctx_.tokens[t.last].key == "the"sv));
  });
  while (i < ms.size()) {
    const Mention& cur = ms[i];
    if (is_actor(cur) && !country_before_its_person(i)) {
      if (!contains(g.entities, cur.entity)) g.entities.push_back(cur.entity);
      if (cur.partner >= 0 && !contains(g.entities, cur.partner)) g.entities.push_back(cur.partner);
      g.generic = g.generic && cur.generic;
    }
    g.last = cur.last;
    // "Emmanuel Macron of France, Giorgia Meloni of Italy": the country qualifies the member
    if (i + 1 < ms.size() && of_apposition(i + 1)) {
      ++i;
      g.last = ms[i].last;
    }
    // "X, the French president, and Y": skip an apposition (a title-only mention between commas)
    std::uint32_t next = 0;
    if (!separator_at(who_clause_in_list(ms[i]), &next)) break;
    const Mention* nm = mention_at(next);
    // (", and the investment minister, Jason Stockwood": a role the lexicon does not hold, then the
    // name)
    if (nm == nullptr || nm->first != next) {
      if (const Mention* named = named_after_role(next); named != nullptr) nm = named;
    }
    // ("Mr. Donald Tusk, President of the European Council, and Mr. Jean-Claude Juncker": an
    // apposition in capitals the lexicon made no mention of, then the next member)
    if (nm == nullptr && cur.kind == MKind::kPerson && ctx_.tokens[ms[i].last].key == ","sv) {
      nm = member_after_apposition(next);
    }
    // (a title mention holds its determiner, which the separator stepped over: ", the external
    // affairs minister, S Jaishankar"; so does a title resolved to its holder: "and the Iranian
    // president")
    if (nm == nullptr || (nm->first != next &&
                          !((nm->kind == MKind::kTitle || nm->kind == MKind::kPerson) && nm->first < next &&
                            nm->first > ms[i].last) &&
                          !(nm->kind == MKind::kPerson && nm->first > next))) {
      break;
    }
    // "India's Narendra Modi", "his Ukrainian counterpart, X": step over the possessor to the
    // member it qualifies
    if (nm->modifier && nm->possessive) {
      for (std::uint32_t k = nm->last; k < nm->last + 3 && k < si_.span.last; ++k) {
        const Mention* after = mention_at(k);
        if (after != nullptr && after != nm && after->first == k) {
          nm = after;
          break;
        }
      }
    }
    // "George W. Bush and his father, the former president George H.W. Bush": the person named
    if (const std::size_t kin = kin_apposition(index_of(nm)); kin != std::string_view::npos) nm = &ms[kin];
    if (!is_actor(*nm) && nm->kind != MKind::kTitle && nm->kind != MKind::kGeneric) break;
    // ("after his talks with Zelenskyy, the Elysee said": the source of a report after a comma is
    // no member)
    if (nm->last < si_.span.last && cue_is(nm->last, "report") && ctx_.tokens[ms[i].last].key == ","sv) break;
    // "Keith Kellogg, President Donald Trump's special envoy": a possessor after a comma opens an
    // apposition about the member before it, not another member
    if (nm->possessive && nm->kind != MKind::kTitle && nm->kind != MKind::kGeneric) break;
    // ("Trump met Putin, and Xi, the Chinese leader, met Modi": a member after "and" that a predicate
    // follows, past its apposition, opens the next clause)
    if (nm->kind == MKind::kPerson && object_list && opens_next_clause(ms[i].last, *nm)) break;
    // ("At the summit, chaired by Hun Sen, Biden raised ...": a person after a bare comma whom a
    // verb follows is the subject of the main clause, not a second agent)
    // (a country too: "chaired by the Tajik president, Emomali Rahmon, India was present")
    if ((nm->kind == MKind::kPerson || nm->kind == MKind::kCountry) && object_list &&
        predicate_after_bare_comma(ms[i].last, *nm)) {
      break;
    }
    // ("where the host, President Emomali Rahmon, chaired": a name in apposition to "the host" says
    // who the host is, not the host told of before)
    if (host_apposition(cur, *nm)) {
      g.entities.erase(std::remove(g.entities.begin(), g.entities.end(), cur.entity), g.entities.end());
    }
    // an unresolved title/generic right after a comma is an apposition: keep going past it
    i = index_of(nm);
    if (cur.possessive) break;
  }
  if (i < ms.size() && ms[i].kind == MKind::kPerson) semicolon_members(g);
  if (g.entities.empty()) g.generic = false;
  return g;
}

// "He met Rishi Sunak, who greeted him with a hug, Joko Widodo and Emmanuel Macron": a who-clause
// between commas after a person, when another person follows it and the list closes with "and" and
// a member before any other predicate, is stepped over. Returns the comma closing the clause, else
// the end of `cur`.
std::uint32_t ClauseView::who_clause_in_list(const Mention& cur) const {
  const auto& tk = ctx_.tokens;
  const std::uint32_t L = si_.span.last;
  if (cur.kind != MKind::kPerson || cur.last + 2 >= L || tk[cur.last].key != ","sv || tk[cur.last + 1].key != "who"sv) {
    return cur.last;
  }
  std::uint32_t c = cur.last + 2;
  while (c < L && c < cur.last + 18 && tk[c].key != ","sv && tk[c].key != "."sv && tk[c].key != ";"sv) ++c;
  if (c + 1 >= L || tk[c].key != ","sv) return cur.last;
  const Mention* after = mention_at(c + 1);
  if (after == nullptr || after->first != c + 1 || after->kind != MKind::kPerson || after->possessive) return cur.last;
  for (std::uint32_t k = after->last; k + 1 < L && k < after->last + 30; ++k) {
    if (boundary(k) || std::any_of(si_.triggers.begin(), si_.triggers.end(), [&](const Trigger& t) { return t.first == k; })) {
      return cur.last;
    }
    if (tk[k].key == "and"sv) {
      const Mention* last = mention_at(k + 1);
      return last != nullptr && last->kind == MKind::kPerson ? c : cur.last;
    }
  }
  return cur.last;
}

// Whether the person `nm`, after the separator that follows token `sep`, is the subject of the
// predicate after it (past an apposition between commas and an adverb): "..., and Xi, the Chinese
// leader, met Modi". Only after "and".
bool ClauseView::opens_next_clause(std::uint32_t sep, const Mention& nm) const {
  const auto& tk = ctx_.tokens;
  const std::uint32_t L = si_.span.last;
  bool and_seen = false;
  for (std::uint32_t k = sep; k < nm.first; ++k) and_seen = and_seen || tk[k].key == "and"sv;
  if (!and_seen || nm.last >= L) return false;
  std::uint32_t v = nm.last;
  if (tk[v].key == ","sv) {
    std::uint32_t c = v + 1;
    while (c < L && c < v + 12 && tk[c].key != ","sv && !boundary(c)) ++c;
    if (c >= L || tk[c].key != ","sv) return false;
    v = c + 1;
  }
  while (v < L && (tk[v].key == "also"sv || tk[v].key == "then"sv || tk[v].key.ends_with("ly"))) ++v;
  return std::any_of(si_.triggers.begin(), si_.triggers.end(), [&](const Trigger& t) { return t.first == v; });
}

// Whether the person `nm`, after a comma with no "and" after token `sep`, has a verb right after
// it: "..., chaired by Hun Sen, Biden raised his concerns" (a predicate of the lexicon, a verb in
// -ed, or a common finite verb).
bool ClauseView::predicate_after_bare_comma(std::uint32_t sep, const Mention& nm) const {
  const auto& tk = ctx_.tokens;
  const std::uint32_t L = si_.span.last;
  for (std::uint32_t k = sep; k < nm.first; ++k) {
    if (tk[k].key == "and"sv || tk[k].key == "or"sv) return false;
  }
  std::uint32_t v = nm.last;
  while (v < L && (tk[v].key == "also"sv || tk[v].key == "then"sv || (tk[v].key.ends_with("ly") && tk[v].is(kWord)))) ++v;
  if (v >= L || !tk[v].is(kWord) || tk[v].is(kCapital)) return false;
  static const WordSet kFinite = {"said", "says", "told", "met", "is", "was", "has", "had", "will", "would",
                                  "made", "gave", "took", "went", "came", "spoke", "sat", "stood", "held"};
  const TokenKey k = tk[v].key;
  return k.ends_with("ed") || kFinite.count(k.view()) != 0 ||
         std::any_of(si_.triggers.begin(), si_.triggers.end(), [&](const Trigger& t) { return t.first == v; });
}

// "He met A, the UN envoy; B, head of the missing persons institution; C of Norway; and D": people
// whose appositions hold commas are listed between semicolons, in a list that ends "; and". Each
// member after g's last is added, over an apposition of up to 25 tokens.
void ClauseView::semicolon_members(Group& g) const {
  const std::uint32_t L = si_.span.last;
  const auto& tk = ctx_.tokens;
  bool ends_with_and = false;
  for (std::uint32_t k = g.last; k + 1 < L && !ends_with_and; ++k) ends_with_and = tk[k].key == ";"sv && tk[k + 1].key == "and"sv;
  if (!ends_with_and) return;
  for (int members = 0; members < 12; ++members) {
    std::uint32_t j = g.last;
    while (j < L && j < g.last + 25 && tk[j].key != ";"sv) ++j;
    if (j >= L || tk[j].key != ";"sv) return;
    std::uint32_t next = j + 1;
    if (next < L && tk[next].key == "and"sv) ++next;
    const Mention* nm = mention_at(next);
    if (nm == nullptr || nm->first != next || nm->kind != MKind::kPerson || nm->entity < 0 || nm->possessive) return;
    if (!contains(g.entities, nm->entity)) g.entities.push_back(nm->entity);
    g.last = nm->last;
  }
}

bool ClauseView::of_apposition(std::size_t i) const {
  // a country or body right after "X of" (over "the"), where X is a person named just before
  const auto& ms = si_.mentions;
  if (i == 0 || i >= ms.size()) return false;
  const Mention& c = ms[i];
  if (c.kind != MKind::kCountry && c.kind != MKind::kOrg) return false;
  std::uint32_t p = c.first;
  if (p > si_.span.first && ctx_.tokens[p - 1].key == "the"sv) --p;
  if (p <= si_.span.first + 1 || ctx_.tokens[p - 1].key != "of"sv) return false;
  const Mention& person = ms[i - 1];
  return person.kind == MKind::kPerson && person.last + 1 == p;
}

std::size_t ClauseView::kin_apposition(std::size_t i) const {
  static const WordSet kNouns = {
      "father",    "mother",      "son",    "daughter", "wife",   "husband",     "brother", "sister", "partner",
      "spouse",    "predecessor", "successor", "deputy", "host",  "counterpart", "guest",   "boss",
      "homologue", "homolog"};
  const auto& ms = si_.mentions;
  if (i + 1 >= ms.size()) return std::string_view::npos;
  const Mention& pron = ms[i];
  if (pron.kind != MKind::kPronoun || !pron.possessive || pron.last + 2 >= si_.span.last) return std::string_view::npos;
  const auto& tk = ctx_.tokens;
  if (kNouns.count(tk[pron.last].key.view()) == 0 || tk[pron.last + 1].key != ","sv) return std::string_view::npos;
  std::uint32_t at = pron.last + 2;
  if (tk[at].key == "the"sv) ++at;
  const Mention& who = ms[i + 1];
  if (who.kind != MKind::kPerson || who.entity < 0 || who.possessive) return std::string_view::npos;
  // (the person's mention may hold the title before the name: "former president George H.W. Bush")
  return who.first == at ? i + 1 : std::string_view::npos;
}

bool ClauseView::country_before_its_person(std::size_t i) const {
  const auto& ms = si_.mentions;
  if (i + 1 >= ms.size()) return false;
  const Mention& c = ms[i];
  const Mention& p = ms[i + 1];
  if (c.kind != MKind::kCountry || c.possessive || c.entity < 0 || p.kind != MKind::kPerson || p.entity < 0 ||
      c.last + 1 != p.first || ctx_.tokens[c.last].key != ","sv) {
    return false;
  }
  const std::string code = country_code_of(ctx_, p.entity);
  return !code.empty() && code == country_code_of(ctx_, c.entity);
}

bool ClauseView::title_before_holder(std::size_t i) const {
  const auto& ms = si_.mentions;
  if (i + 1 >= ms.size()) return false;
  const Mention& title = ms[i];
  const Mention& holder = ms[i + 1];
  if (title.kind != MKind::kCountry || !title.generic || title.possessive || holder.kind != MKind::kPerson ||
      title.last + 1 != holder.first || ctx_.tokens[title.last].key != ","sv || holder.last >= si_.span.last) {
    return false;
  }
  return ctx_.tokens[holder.last].key == ","sv;
}

bool ClauseView::host_apposition(const Mention& host, const Mention& named) const {
  return host.kind == MKind::kPerson && host.last == host.first + 1 && ctx_.tokens[host.first].key == "host"sv &&
         named.kind == MKind::kPerson && named.entity != host.entity && ctx_.tokens[host.last].key == ","sv &&
         named.first == host.last + 1 && named.last < si_.span.last && ctx_.tokens[named.last].key == ","sv;
}

Group ClauseView::group_ending(std::size_t m) const {
  // walk left from mention m across separators, then build the group from its first member
  std::size_t first = m;
  const auto& ms = si_.mentions;
  bool comma_crossed = false;  // the last separator crossed was a bare comma
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t after_comma_and = kNone;  // the member right after the last ", and" crossed
  while (first > 0) {
    // the member's own possessor ("China's Xi Jinping") belongs to it
    std::size_t start = first;
    if (ms[first - 1].modifier && ms[first - 1].possessive && ms[first - 1].last + 1 == ms[first].first) {
      if (first < 2) break;
      start = first - 1;
    }
    // ("A and his father, B": the pronoun stands in B's place in the list)
    if (start >= 2 && kin_apposition(start - 1) == start) --start;
    const Mention& prev = ms[start - 1];
    if (!is_actor(prev) && prev.kind != MKind::kGeneric && prev.kind != MKind::kTitle) break;
    // ("the host, President Emomali Rahmon, chaired": the name says who the host is)
    if (host_apposition(prev, ms[start])) break;
    std::uint32_t next = 0;
    // (a member that holds its determiner, which the separator stepped over: "King Charles and The
    // Queen attended")
    if (!separator_at(prev.last, &next) ||
        (next != ms[start].first &&
         !(ms[start].first + 1 == next && ms[start].first > prev.last && ctx_.tokens[ms[start].first].key == "the"sv))) {
      break;
    }
    if (prev.possessive) break;
    // ("Trump met Putin, and Xi met Modi": a predicate's object right before ", and" is no member
    // of the next clause's subject)
    if (prev.first > si_.span.first && ctx_.tokens[prev.last].key == ","sv && prev.last + 1 < si_.span.last &&
        ctx_.tokens[prev.last + 1].key == "and"sv &&
        std::any_of(si_.triggers.begin(), si_.triggers.end(), [&](const Trigger& t) { return t.last == prev.first; })) {
      break;
    }
    // ("The United States ambassador to Malaysia, Edgard Kagan,": the country a post is to is no member)
    if (prev.first >= si_.span.first + 2 && ctx_.tokens[prev.first - 1].key == "to"sv) {
      const TokenKey post = ctx_.tokens[prev.first - 2].key;
      if (post == "ambassador"sv || post == "envoy"sv || post == "adviser"sv || post == "advisor"sv ||
          post == "emissary"sv || post == "representative"sv || post == "delegate"sv) {
        break;
      }
    }
    // "chief executives including Musk and Huang, the kingdom pledged": a list closed by "and"
    // does not go on after a comma; the group is what follows that comma
    const bool comma = ctx_.tokens[prev.last].key == ","sv &&
                       (prev.last + 1 >= si_.span.last || ctx_.tokens[prev.last + 1].key != "and"sv);
    const bool and_sep = !comma && (ctx_.tokens[prev.last].key == "and"sv ||
                                    (prev.last + 1 < si_.span.last && ctx_.tokens[prev.last + 1].key == "and"sv));
    if (and_sep && comma_crossed) {
      first = m;
      break;
    }
    // ("issued by the United States, Britain and China, and Stalin did not sign it": a list closed
    // by "and" before ", and" is another clause's; the group starts after the ", and")
    const bool comma_and = !comma && ctx_.tokens[prev.last].key == ","sv;
    if (and_sep && !comma_and && after_comma_and != kNone) {
      first = after_comma_and;
      break;
    }
    if (comma_and) after_comma_and = start;
    // (not an apposition: "Cambodia's prime minister, Hun Manet")
    const bool apposition = prev.kind == MKind::kTitle || (prev.entity >= 0 && prev.entity == ms[start].entity) ||
                            title_before_holder(start - 1) || country_before_its_person(start - 1);
    comma_crossed = comma && !apposition;
    first = start - 1;
    // "Giorgia Meloni of Italy, Canada's Mark Carney": on to the member the country qualifies
    if (of_apposition(first)) --first;
  }
  // "Like Merz, Macron met Xi", "Besides A and B, the leaders ...": a phrase opened by a
  // preposition of comparison or exclusion (or by any opening the sentence) ends at the last plain
  // comma; who follows is the group.
  if (const std::uint32_t f0 = ms[first].first; f0 > si_.span.first && first < m) {
    // (past a determiner: "On the Indian side, Vikram Misri led the delegation")
    std::uint32_t q = f0 - 1;
    if (q > si_.span.first && (ctx_.tokens[q].key == "the"sv || ctx_.tokens[q].key == "its"sv ||
                               ctx_.tokens[q].key == "their"sv)) {
      --q;
    }
    const TokenKey p = ctx_.tokens[q].key;
    // (also any preposition opening the sentence: "On Afghanistan, Sarkozy pledged")
    const bool opening = q == si_.span.first &&
                         (p == "on"sv || p == "in"sv || p == "for"sv || p == "with"sv || p == "after"sv || p == "about"sv ||
                          p == "over"sv || p == "at"sv || p == "from"sv || p == "regarding"sv || p == "despite"sv);
    // ("aboard an aircraft from Poland, Mr Zelensky was greeted": a place after a preposition, then a
    // comma and no "and" before the last member, is a phrase before the group, no member of it)
    bool coordinated = false;
    for (std::uint32_t k = f0; k < ms[m].first && !coordinated; ++k) coordinated = ctx_.tokens[k].key == "and"sv;
    const bool place_phrase = !coordinated && preposition(p) && p != "of"sv && ms[first].kind == MKind::kCountry;
    if (opening || place_phrase || p == "like"sv || p == "unlike"sv || p == "besides"sv || p == "beside"sv ||
        p == "except"sv) {
      for (std::size_t i = m; i > first; --i) {
        const std::uint32_t c = ms[i - 1].last;
        if (c < ms[i].first && ctx_.tokens[c].key == ","sv && ctx_.tokens[c + 1].key != "and"sv) {
          first = i;
          break;
        }
      }
    }
  }
  // "After talks with the EU, Turkey pledged", "If admitted into NATO, Sweden would": an opening
  // phrase or clause ends at the sentence's first comma; who follows it is the group
  if (first < m) {
    static const WordSet kOpeners = {
        "after", "when", "once", "if", "unless", "while", "since", "before", "although", "though", "because",
        "until", "following", "during", "amid", "despite", "on", "in", "for", "with", "at", "from", "over"};
    std::uint32_t w = story_start();
    while (w < si_.span.last && !ctx_.tokens[w].is(kWord)) ++w;
    // (the phrase reaches the first member: "On Sunday the United States, Australia and Japan" opens
    // with a time and then the group)
    std::uint32_t before = ms[first].first;
    if (before > w + 1 && ctx_.tokens[before - 1].key == "the"sv) --before;
    bool reaches = before > w;  // (and so before > 0: the token before it exists)
    if (reaches) {
      const Token& prev = ctx_.tokens[before - 1];
      bool in_date = false;
      for (const auto& d : si_.dates) in_date = in_date || (before - 1 >= d.first && before - 1 < d.last);
      // ("On Wednesday morning Xi, Samia and Hichilema": the part of the day belongs to the date)
      const TokenKey pk = prev.key;
      if (!in_date && (pk == "morning"sv || pk == "afternoon"sv || pk == "evening"sv || pk == "night"sv)) {
        for (const auto& d : si_.dates) in_date = in_date || d.last == before - 1;
      }
      reaches = prev.is(kWord) && !prev.is(kCapital) && !prev.is(kDigit) && !in_date;
    }
    if (reaches && w < ms[first].first && kOpeners.count(ctx_.tokens[w].key.view()) != 0) {
      std::uint32_t c = w;
      while (c < ms[m].first && ctx_.tokens[c].key != ","sv) ++c;
      if (c > ms[first].first && c < ms[m].first) {
        while (first < m && ms[first].first < c) ++first;
      }
    }
  }
  Group g = group_from(first);
  // keep only members up to m
  g.entities.clear();
  g.generic = true;
  for (std::size_t i = first; i <= m; ++i) {
    if (is_actor(ms[i]) && !contains(g.entities, ms[i].entity) && !of_apposition(i) && !title_before_holder(i) &&
        !country_before_its_person(i)) {
      g.entities.push_back(ms[i].entity);
      if (ms[i].partner >= 0 && !contains(g.entities, ms[i].partner)) g.entities.push_back(ms[i].partner);
      g.generic = g.generic && ms[i].generic;
    }
  }
  g.first = ms[first].first;
  g.last = ms[m].last;
  if (g.entities.empty()) g.generic = false;
  return g;
}

std::uint32_t ClauseView::clause_start(std::uint32_t at) const {
  std::uint32_t i = at;
  while (i > si_.span.first) {
    const TokenKey k = ctx_.tokens[i - 1].key;
    if (k == ";"sv || k == ":"sv || k == "but"sv || k == "while"sv || k == "whereas"sv || k == "although"sv || k == "because"sv ||
        cue_is(i - 1, "report")) {
      break;
    }
    --i;
  }
  return i;
}

bool ClauseView::in_condition(std::uint32_t at) const {
  for (std::uint32_t i = at; i > si_.span.first && i + 12 > at; --i) {
    const TokenKey k = ctx_.tokens[i - 1].key;
    if (k == "if"sv || k == "unless"sv || k == "whether"sv) return true;
    if (k == ","sv || boundary(i - 1)) return false;
  }
  return false;
}

std::uint32_t ClauseView::clause_end(std::uint32_t from) const {
  std::uint32_t i = from;
  while (i < si_.span.last && !boundary(i)) ++i;
  return i;
}

std::uint32_t ClauseView::story_start() const {
  const std::uint32_t F = si_.span.first;
  for (std::uint32_t i = F; i < si_.span.last && i < F + 16; ++i) {
    const TokenKey k = ctx_.tokens[i].key;
    if (k == "-"sv || k == "--"sv || k == "\u2014"sv || k == "\u2013"sv) return i > F ? i + 1 : F;
    const Token& tok = ctx_.tokens[i];
    const bool dateline_word = tok.is(kCapital) || tok.is(kDigit) || k == ","sv || k == "("sv || k == ")"sv || k == "."sv;
    if (!dateline_word) return F;
  }
  return F;
}

Group ClauseView::opening_group() const {
  if (si_.mentions.empty() || si_.question) return {};
  // (past a dateline: "REYKJAVIK, Oct 12 (Agency) - A and B broke off ...")
  std::uint32_t w = story_start();
  while (w < si_.span.last && !ctx_.tokens[w].is(kWord)) ++w;
  std::size_t i0 = 0;  // the first mention of the sentence's own words
  while (i0 < si_.mentions.size() && si_.mentions[i0].first < w) ++i0;
  if (i0 >= si_.mentions.size()) return {};
  const Mention& m0 = si_.mentions[i0];
  // (past an opening phrase of time or place naming no one: "In a statement on Tuesday, A, B and C
  // said ...")
  if (w < si_.span.last && preposition(ctx_.tokens[w].key) && m0.first > w) {
    std::uint32_t c = w + 1;
    while (c < m0.first && c < w + 10 && ctx_.tokens[c].key != ","sv) ++c;
    if (c + 1 <= m0.first && ctx_.tokens[c].key == ","sv) w = c + 1;
  }
  // (past a counted group its members name: "The five co-hosts - A, B, C, D and E - issued")
  std::size_t counted = 0;
  if (m0.first > w) {
    std::uint32_t c = w;
    if (ctx_.tokens[c].key == "the"sv) ++c;
    const int n = c < m0.first ? small_number(ctx_.tokens[c].key.view()) : -1;
    if (n >= 2) {
      ++c;
      while (c < m0.first && c < w + 6 && ctx_.tokens[c].is(kWord) && !ctx_.tokens[c].is(kCapital)) ++c;
      const TokenKey k = c < m0.first ? ctx_.tokens[c].key : TokenKey();
      if (c + 1 == m0.first && (k == "-"sv || k == "–"sv || k == "—"sv || k == ","sv || k == "("sv)) {
        w = m0.first;
        counted = static_cast<std::size_t>(n);
      }
    }
  }
  if (m0.first != w || !is_actor(m0) || m0.kind == MKind::kPronoun || si_.in_quote[m0.first - si_.span.first]) return {};
  Group g = group_from(i0);
  if (g.entities.size() < 2 || g.generic) return {};
  if (counted != 0 && g.entities.size() != counted) return {};
  return g;
}

Group ClauseView::subject(std::uint32_t at) const { return subject_left_of(at, 0); }

Group ClauseView::subject_left_of(std::uint32_t at, int depth) const {
  const std::uint32_t F = si_.span.first;
  const auto& tk = ctx_.tokens;
  if (depth > 3) return {};
  // Participle after a subordinator ("after meeting with X", "before joining the summit"): the
  // subject is the main clause's.
  std::uint32_t p = at;
  while (p > F && (tk[p - 1].key == "not"sv || tk[p - 1].key == "briefly"sv || tk[p - 1].key == "first"sv)) --p;
  if (p > F && subordinator(tk[p - 1].key) && tk[at].key.ends_with("ing")) {
    const std::uint32_t sub = p - 1;
    // (a dateline may come first: "WASHINGTON (AP) - After meeting Putin, ...": no part of the clause)
    const std::uint32_t opens = story_start();
    // the main clause's subject: the subject of the nearest reporting verb before ("he said at a
    // conference before joining the summit"), else the first actor outside quotes before
    for (std::uint32_t r = sub; r > F; --r) {
      if (cue_is(r - 1, "report") && !si_.in_quote[r - 1 - F]) {
        const Mention* before = r - 1 > F ? mention_at(r - 2) : nullptr;
        if (before != nullptr && is_actor(*before)) return group_ending(index_of(before));
        const Mention* after = mention_at(r);
        if (after != nullptr && is_actor(*after)) return group_from(index_of(after));
        break;
      }
    }
    for (std::size_t m = 0; m < si_.mentions.size(); ++m) {
      const Mention& mm = si_.mentions[m];
      if (mm.first >= sub) break;
      if (mm.first < opens || !is_actor(mm) || si_.in_quote[mm.first - F]) continue;
      if (mm.first > F && preposition(tk[mm.first - 1].key)) continue;
      return group_from(m);
    }
    // or after: "After meeting Putin, Trump said" -> first actor after the next comma (only when the
    // phrase opens the sentence: in "The government is naive by refusing to ..., an EU politician
    // says" the subject is the government's)
    for (std::uint32_t w = opens; w < sub; ++w) {
      if (tk[w].is(kWord)) return {};
    }
    std::uint32_t c = at;
    while (c < si_.span.last && tk[c].key != ","sv) ++c;
    for (std::size_t m = 0; m < si_.mentions.size(); ++m) {
      if (si_.mentions[m].first > c && is_actor(si_.mentions[m])) return group_from(m);
    }
    return {};
  }
  // "Poland has said it will not deploy troops": "it" after a reporting verb is the country or
  // body that reports
  {
    std::uint32_t q = p;
    while (q > F && q + 4 > p && (modal_or_auxiliary(tk[q - 1].key) || tk[q - 1].key.ends_with("ly"))) --q;
    if (q > F + 1 && tk[q - 1].key == "it"sv && !tk[q - 1].is(kCapital)) {
      std::uint32_t r = q - 1;
      if (r > F && tk[r - 1].key == "that"sv) {
        --r;
        // ("Washington says Syria does not merit readmission and that it will not normalise": the
        // second that-clause of the same report)
        if (r > F + 1 && tk[r - 1].key == "and"sv) {
          for (std::uint32_t b = r - 1; b > F && b + 16 > r; --b) {
            if (cue_is(b - 1, "report") && !si_.in_quote[b - 1 - F]) {
              r = b;
              break;
            }
            if (tk[b - 1].key == "."sv || tk[b - 1].key == ";"sv) break;
          }
        }
      }
      // ("said on Tuesday that it would", "announced last week it would": over the day it was said)
      for (const auto& d : si_.dates) {
        if (d.last != r || d.first <= F) continue;
        r = d.first;
        if (r > F + 1 && (tk[r - 1].key == "on"sv || tk[r - 1].key == "in"sv)) --r;
        break;
      }
      if (r > F && cue_is(r - 1, "report") && !si_.in_quote[r - 1 - F]) {
        Group g = subject_left_of(r - 1, depth + 1);
        const bool body = g.entities.size() == 1 &&
                          (ctx_.entities[static_cast<std::size_t>(g.entities.front())].type == "country"sv ||
                           ctx_.entities[static_cast<std::size_t>(g.entities.front())].type == "organization"sv);
        if (body) return g;
      }
    }
  }
  // "Xi told Biden that American export controls hurt China and dismissed them": after a that-clause
  // whose subject is no actor, the verb after "and" goes with the telling, whose subject is the
  // teller ("Xi said that Biden agreed and signed" stays Biden's)
  {
    std::uint32_t q = at;
    while (q > F && (tk[q - 1].key.ends_with("ly") || tk[q - 1].key == "also"sv || tk[q - 1].key == "then"sv)) --q;
    if (q > F + 3 && tk[q - 1].key == "and"sv) {
      std::uint32_t that = q - 1;
      while (that > F && q - that < 25 && tk[that - 1].key != "that"sv && tk[that - 1].key != ","sv &&
             tk[that - 1].key != "which"sv && tk[that - 1].key != "who"sv) {
        --that;
      }
      if (that > F + 1 && tk[that - 1].key == "that"sv) {
        const std::uint32_t t2 = that - 1;
        std::uint32_t r = t2;
        while (r > F && t2 - r < 5 && !cue_is(r - 1, "report")) --r;
        std::uint32_t c = t2 + 1;
        if (c < at && tk[c].key == "the"sv) ++c;
        const Mention* clause_subject = c < at ? mention_at(c) : nullptr;
        if (r > F && cue_is(r - 1, "report") && !si_.in_quote[r - 1 - F] &&
            (clause_subject == nullptr || !is_actor(*clause_subject) || clause_subject->possessive ||
             clause_subject->modifier)) {
          return subject_left_of(r - 1, depth + 1);
        }
      }
    }
  }
  // "..., and the Canadian investor Brookfield pledged": a name nobody knows right before the
  // predicate is its subject, and the subject is unknown (not an actor named earlier)
  {
    std::uint32_t q = at;
    // (also past "did not": "and Stalin did not sign it")
    while (q > F && (modal_or_auxiliary(tk[q - 1].key) || tk[q - 1].key.ends_with("ly") || tk[q - 1].key == "also"sv ||
                     tk[q - 1].key == "did"sv || tk[q - 1].key == "does"sv || tk[q - 1].key == "do"sv)) {
      --q;
    }
    bool in_date = false;  // "who on Saturday announced"
    for (const auto& d : si_.dates) in_date = in_date || (q >= 1 && q - 1 >= d.first && q - 1 < d.last);
    // (not a name a preposition governs: "at the entrance of the Parque da Cidade shaking hands")
    std::uint32_t name = q > F + 1 ? q - 1 : F;
    while (name > F + 1 && (tk[name - 1].is(kCapital) || tk[name - 1].key == "da"sv || tk[name - 1].key == "de"sv ||
                            tk[name - 1].key == "do"sv || tk[name - 1].key == "del"sv || tk[name - 1].key == "di"sv) &&
           tk[name - 1].is(kWord) && mention_at(name - 1) == nullptr) {
      --name;
    }
    std::uint32_t gov = name;
    if (gov > F && tk[gov - 1].key == "the"sv) --gov;
    const bool governed = gov > F && (tk[gov - 1].key == "of"sv || tk[gov - 1].key == "at"sv || tk[gov - 1].key == "in"sv ||
                                      tk[gov - 1].key == "from"sv || tk[gov - 1].key == "outside"sv ||
                                      tk[gov - 1].key == "inside"sv || tk[gov - 1].key == "near"sv);
    if (q > F + 1 && q < at + 1 && tk[q - 1].is(kWord) && tk[q - 1].is(kCapital) && mention_at(q - 1) == nullptr &&
        !in_date && si_.cue_at[q - 1 - F] < 0 && !si_.in_quote[q - 1 - F] && !tk[q - 2].is(kQuote) &&
        tk[q - 2].key != ":"sv && tk[q - 1].key != "i"sv && !governed) {
      return {};
    }
  }
  std::uint32_t i = at;
  int steps = 0;
  while (i > F && steps < 40) {
    ++steps;
    const std::uint32_t t = i - 1;
    const TokenKey k = tk[t].key;
    // "A and B, both of whom had attended the summit": the group before the quantifier ("neither of
    // whom" says none of them did: no subject)
    if (k == "whom"sv && t >= F + 4 && tk[t - 1].key == "of"sv && tk[t - 3].key == ","sv) {
      const TokenKey q = tk[t - 2].key;
      if (q == "neither"sv || q == "none"sv) return {};
      if (q == "both"sv || q == "all"sv || q == "each"sv) {
        const Mention* am = mention_at(t - 4);
        if (am != nullptr && is_actor(*am) && !am->generic) return group_ending(index_of(am));
      }
    }
    // relative pronoun right before the predicate: its antecedent
    if ((k == "who"sv || k == "which"sv || k == "that"sv) && t > F) {
      std::uint32_t a = t;
      if (tk[a - 1].key == ","sv) --a;
      const Mention* am = mention_at(a - 1);
      // "A and B were among the leaders who attended": the subject of "were"
      if (am != nullptr && am->kind == MKind::kGeneric) {
        std::uint32_t b = am->first;
        if (b > F && tk[b - 1].key == "the"sv) --b;
        if (b >= F + 2 && tk[b - 1].key == "among"sv &&
            (tk[b - 2].key == "were"sv || tk[b - 2].key == "was"sv || tk[b - 2].key == "are"sv || tk[b - 2].key == "is"sv)) {
          return subject_left_of(b - 2, depth + 1);
        }
      }
      // "Lin Hsin-i, the former economy minister who represented Taiwan": a title that names nobody,
      // in apposition to a person, is that person
      if (am != nullptr && am->kind == MKind::kTitle) {
        std::uint32_t b = am->first;
        if (b > F && (tk[b - 1].key == "the"sv || tk[b - 1].key == "a"sv)) --b;
        const Mention* pm = b >= F + 2 && tk[b - 1].key == ","sv ? mention_at(b - 2) : nullptr;
        if (pm != nullptr && pm->kind == MKind::kPerson && is_actor(*pm)) {
          Group g;
          g.entities.push_back(pm->entity);
          g.first = pm->first;
          g.last = pm->last;
          return g;
        }
      }
      if (am != nullptr && (is_actor(*am) || am->kind == MKind::kGeneric)) {
        Group g = group_ending(index_of(am));
        // "Other European leaders who attended ..., including A, B and C"
        std::uint32_t e = at;
        const std::uint32_t ce = clause_end(at);
        while (e < ce && !(tk[e].key == "including"sv && tk[e - 1].key == ","sv)) ++e;
        if (e < ce) {
          if (const Mention* im = mention_at(e + 1); im && is_actor(*im)) {
            const Group inc = group_from(index_of(im));
            for (const int x : inc.entities) {
              if (!contains(g.entities, x)) g.entities.push_back(x);
            }
            g.generic = false;
          }
        }
        if (!g.empty()) return g;
      }
      // "A and B were among those who attended": the subject of "were"
      if (am == nullptr && a >= F + 3 && tk[a - 1].key == "those"sv && tk[a - 2].key == "among"sv &&
          (tk[a - 3].key == "were"sv || tk[a - 3].key == "was"sv || tk[a - 3].key == "are"sv || tk[a - 3].key == "is"sv)) {
        return subject_left_of(a - 3, depth + 1);
      }
      if (k != "that"sv) return {};
    }
    // "X, who was expelled from Labour over the Iraq war, accused Y", "the institute, financed by
    // Z, has accused Y": what stands between the commas qualifies the subject before them
    if (k == ","sv) {
      if (const std::uint32_t open = qualifying_clause_start(t); open != kNoToken) {
        i = open;
        continue;
      }
    }
    // "The European Union (EU) condemned", "Macron (France) met": over a short aside in brackets
    if (k == ")"sv) {
      std::uint32_t open = t;
      while (open > F && t - open < 8 && tk[open - 1].key != "("sv) --open;
      // (right after a name: not "The US Anti-Doping Agency (USADA)", whose "US" only qualifies it)
      const Mention* named = open > F + 1 ? mention_at(open - 2) : nullptr;
      if (open > F + 1 && tk[open - 1].key == "("sv && t - open < 7 && named != nullptr && named->last == open - 1) {
        i = open - 1;
        continue;
      }
    }
    if (boundary(t)) {
      // "X could back up the plan, but would not deploy troops": the subject of the clause before
      if (k == "but"sv || k == "while"sv) {
        // only auxiliaries, modals, negation and adverbs between: the predicate shares the subject
        static const WordSet kAux = {
            "has", "have", "had", "is", "are", "was", "were", "would", "will", "could", "should", "can",
            "may", "might", "must", "did", "does", "do", "also", "then", "not", "n't", "never", "still",
            "later", "instead", "now", "so", "too", "again", "already"};
        bool shared = true;
        for (std::uint32_t u = t + 1; u < at && shared; ++u) {
          shared = kAux.count(tk[u].key) != 0 || tk[u].key.ends_with("ly") || tk[u].key == ","sv;
        }
        if (shared) return subject_left_of(t, depth + 1);
      }
      // "they" after "X said": the subject of the reporting verb (handled at the pronoun below)
      return {};
    }
    const Mention* m = mention_at(t);
    // "the two men sat down", "both leaders held talks", "both sides agreed": the pair spoken of
    if ((m == nullptr || m->kind == MKind::kGeneric) && t > F &&
        (k == "men"sv || k == "leaders"sv || k == "women"sv || k == "presidents"sv || k == "negotiators"sv ||
         k == "ministers"sv || k == "envoys"sv || k == "sides"sv) &&
        (tk[t - 1].key == "two"sv || tk[t - 1].key == "both"sv) && !sides_in_phrase(t)) {
      Group g = pair_before(t - 1, k == "leaders"sv || k == "presidents"sv, k == "men"sv ? 'm' : k == "women"sv ? 'f' : '?');
      if (!g.empty()) {
        g.first = t - 1;
        g.last = t + 1;
      }
      return g;
    }
    // "The three leaders held a trilateral meeting": the three people this sentence named before,
    // else the three the sentence before named, when there were three
    if ((m == nullptr || m->kind == MKind::kGeneric) && t > F + 1 && tk[t - 1].key == "three"sv &&
        tk[t - 2].key == "the"sv && (k == "leaders"sv || k == "men"sv || k == "presidents"sv || k == "women"sv)) {
      Group g;
      for (const Mention& pm : si_.mentions) {
        if (pm.first >= t - 2) break;
        if (pm.kind != MKind::kPerson || pm.entity < 0 || pm.modifier) continue;
        if (!contains(g.entities, pm.entity)) g.entities.push_back(pm.entity);
      }
      if (g.entities.size() != 3) g.entities = ctx_.previous_sentence_people;
      if (g.entities.size() != 3) return {};
      // (leaders are people of a leader's office, no ministers: "the three leaders" after Stalin,
      // Molotov and Truman are not they)
      if (k != "men"sv && k != "women"sv && std::any_of(g.entities.begin(), g.entities.end(), [&](int x) {
            const std::string& role = ctx_.entities[static_cast<std::size_t>(x)].role;
            return role.empty() || below_leader(role);
          })) {
        return {};
      }
      g.first = t - 2;
      g.last = t + 1;
      return g;
    }
    // "the two met in Brasilia on 2 January", "the pair had lunch": the two spoken of, right before
    // the predicate (over auxiliaries and adverbs): the last two named, else the last two who met
    if (m == nullptr && t > F && tk[t - 1].key == "the"sv && (k == "two"sv || k == "pair"sv)) {
      bool right_before = true;
      for (std::uint32_t u = t + 1; u < at && right_before; ++u) {
        const TokenKey w = tk[u].key;
        right_before = w == "also"sv || w == "then"sv || w == "had"sv || w == "have"sv || w == "has"sv ||
                       w == "later"sv || w == "first"sv || w.ends_with("ly");
      }
      if (right_before) {
        Group g = pair_before(t - 1, false, '?');
        if (!g.empty()) {
          g.first = t - 1;
          g.last = t + 1;
        }
        return g;
      }
    }
    // "..., and the leaders turned the request down": a group the text names no one of is the
    // subject, and no one before it
    if ((m == nullptr || (m->kind == MKind::kGeneric && m->entity < 0)) && t > F && group_noun(k) &&
        (tk[t - 1].key == "the"sv || tk[t - 1].key == "other"sv || tk[t - 1].key == "their"sv)) {
      bool right_before = true;  // over auxiliaries and adverbs: "the leaders had also turned"
      for (std::uint32_t u = t + 1; u < at && right_before; ++u) {
        const TokenKey w = tk[u].key;
        right_before = w == "also"sv || w == "then"sv || w == "had"sv || w == "have"sv || w == "has"sv ||
                       w == "later"sv || w.ends_with("ly");
      }
      if (right_before) return {};
    }
    if (m == nullptr) {
      --i;
      continue;
    }
    const std::uint32_t mf = m->first;
    // "An EU spokesman in Washington dismissed ...": a title that names nobody we know, with no
    // comma between it and the predicate, is the subject: nobody we know
    if (m->kind == MKind::kTitle && mf > F && !m->modifier) {
      bool comma = false;
      for (std::uint32_t c = m->last; c < at && !comma; ++c) comma = tk[c].key == ","sv;
      const TokenKey d = tk[mf].key;
      if (!comma && (d == "a"sv || d == "an"sv || d == "the"sv)) return {};
    }
    if (m->kind == MKind::kEvent || m->kind == MKind::kPlace || m->kind == MKind::kOutlet || m->modifier ||
        (m->kind == MKind::kTitle)) {
      i = mf;
      continue;
    }
    // "The allies left Washington and promised ...": a capital a verb of leaving or visiting
    // governs is the place left or visited, not the subject
    if (m->metonym && mf > F) {
      static const WordSet kPlaceVerbs = {"left", "leave", "leaves", "leaving", "visited", "visit", "visits",
                                          "visiting", "toured", "reached", "quit", "fled", "entered"};
      if (kPlaceVerbs.count(tk[mf - 1].key.view()) != 0) {
        i = mf;
        continue;
      }
    }
    // the object of a preposition is not the subject ("talks with X", "in the UK", "the presence of
    // NATO troops"), unless it names the people of a group noun ("leaders of France and Britain")
    const std::uint32_t pp = mf > F + 1 && tk[mf - 1].key == "the"sv ? mf - 2 : mf - 1;  // the preposition
    // "17 days after Trump hosted ...": after a conjunction that can open a clause, an actor right
    // before the predicate is its subject
    std::uint32_t next = m->last;
    while (next < at && (tk[next].key.ends_with("ly") || tk[next].key == "also"sv || tk[next].key == "had"sv ||
                         tk[next].key == "has"sv || tk[next].key == "have"sv)) {
      ++next;
    }
    const bool opens_clause = mf > F && subordinator(tk[mf - 1].key) && tk[mf - 1].key != "by"sv &&
                              tk[mf - 1].key != "without"sv && tk[mf - 1].key != "despite"sv && next == at;
    if (mf > F && preposition(tk[pp].key) && !opens_clause) {
      const Mention* before = pp > F ? mention_at(pp - 1) : nullptr;
      const TokenKey noun = pp > F ? tk[pp - 1].key : tk[pp].key;
      // "leaders of France and Britain", "announcements from Coalition partners to supply"
      const bool announcer = noun == "announcements"sv || noun == "announcement"sv || noun == "pledges"sv ||
                             noun == "offers"sv || noun == "offer"sv || noun == "commitments"sv || noun == "promises"sv;
      // "Leaders including Modi attended": the named members of a group noun
      const bool names_group = ((tk[pp].key == "of"sv || tk[pp].key == "from"sv) &&
                                ((before != nullptr && before->kind == MKind::kGeneric) ||
                                 (announcer && tk[pp].key == "from"sv))) ||
                               (tk[pp].key == "including"sv && before != nullptr && before->kind == MKind::kGeneric);
      if (!names_group) {
        i = mf;
        continue;
      }
    }
    if (m->kind == MKind::kGeneric) {
      // "leaders from Europe, Australia and Japan" is to the right; a bare group is no actor
      i = mf;
      continue;
    }
    // "a donor said he would refuse": "he" of someone we do not know is the subject, unknown
    if (m->kind == MKind::kPronoun && m->entity < 0 && (m->pronoun == "he"sv || m->pronoun == "she"sv)) return {};
    if (m->kind == MKind::kPronoun && m->entity < 0 && (m->pronoun == "they"sv || m->pronoun == "we"sv)) {
      // "X have said they would ...": the subject of the reporting verb
      std::uint32_t r = mf;
      while (r > F && !cue_is(r - 1, "report") && mf - r < 4) --r;
      if (r > F && cue_is(r - 1, "report")) return subject_left_of(r - 1, depth + 1);
      // "Sunday's meeting between Bush and Putin, their second since they first met": the pair a
      // meeting was between, named before in the sentence
      for (std::size_t mi = si_.mentions.size(); mi-- > 0;) {
        const Mention& om = si_.mentions[mi];
        if (om.first >= mf || om.first <= F || tk[om.first - 1].key != "between"sv || !is_actor(om)) continue;
        Group g = group_from(mi);
        if (g.entities.size() < 2 || g.generic || g.last > mf) break;
        g.last = m->last;
        return g;
      }
      // "Biden and Xi did something they had not done for a year: they talked": the people the
      // sentence opened with
      // (over an opening phrase of time or place: the first group not governed by a preposition)
      for (std::size_t mi = 0; mi < si_.mentions.size() && si_.mentions[mi].first < mf; ++mi) {
        const Mention& om = si_.mentions[mi];
        if (!is_actor(om) || om.kind == MKind::kPronoun || om.possessive || om.modifier || si_.in_quote[om.first - F]) {
          continue;
        }
        if (om.first > F && (preposition(tk[om.first - 1].key) || tk[om.first - 1].key == "the"sv)) continue;
        Group g = group_from(mi);
        if (g.entities.size() < 2 || g.generic || g.last > mf) break;
        g.first = F;  // (the sentence's opening date is theirs)
        g.last = m->last;
        return g;
      }
      // "The two leaders held talks for an hour before they met business leaders": the pair the
      // sentence opened with
      {
        std::uint32_t w = F;
        while (w < mf && !tk[w].is(kWord)) ++w;
        if (w < mf && tk[w].key == "the"sv) ++w;
        if (w + 1 < mf && (tk[w].key == "two"sv || tk[w].key == "both"sv)) {
          const TokenKey n = tk[w + 1].key;
          if ((n == "men"sv || n == "leaders"sv || n == "presidents"sv || n == "women"sv) &&
              (mention_at(w + 1) == nullptr || mention_at(w + 1)->kind == MKind::kGeneric)) {
            Group g = pair_before(w, n == "leaders"sv || n == "presidents"sv, n == "men"sv ? 'm' : n == "women"sv ? 'f' : '?');
            if (!g.empty()) {
              g.first = F;
              g.last = m->last;
              return g;
            }
          }
        }
      }
      // "Their Majesties were received by ...": the king and the queen this text has named
      if (m->last > mf + 1 && tk[m->last - 1].key == "majesties"sv) {
        Group g;
        for (const char* role : {"king", "queen"}) {
          for (std::size_t e = 0; e < ctx_.entities.size(); ++e) {
            const DocEntity& x = ctx_.entities[e];
            if (x.type == "person"sv && x.role == role) {
              g.entities.push_back(static_cast<int>(e));
              break;
            }
          }
        }
        if (g.entities.size() == 2) {
          g.first = mf;
          g.last = m->last;
          return g;
        }
      }
      if (!ctx_.last_group.empty()) {
        Group g;
        g.entities = ctx_.last_group;
        g.first = mf;
        g.last = m->last;
        return g;
      }
      return {};
    }
    // "Biden welcomed him to the Oval Office and announced ...": an object pronoun is no subject
    if (!is_actor(*m) || (m->kind == MKind::kPronoun && (m->pronoun == "him"sv || m->pronoun == "them"sv ||
                                                          (m->pronoun == "her"sv && !m->possessive)))) {
      i = mf;
      continue;
    }
    if (m->possessive) {
      // "Trump's meetings" / "Kyiv's partners": a possessor is not the subject of what follows,
      // unless nothing else is (handled by the caller for noun triggers)
      i = mf;
      continue;
    }
    if (object_of_coordinated_verb(*m, at)) {
      const Group objects = group_ending(index_of(m));  // past the whole list of objects
      i = objects.empty() ? mf : std::min(mf, objects.first);
      continue;
    }
    // An actor after the verb of a relative clause ("councillors who back Mr Flight met ...",
    // "Kennedy, who leads the Liberal Democrats, met ...") is that verb's object: the subject is
    // what the clause qualifies, or nobody we know.
    if (const std::uint32_t rel = relative_pronoun_before(mf); rel != kNoToken) {
      std::uint32_t a = rel;
      if (a > F && tk[a - 1].key == ","sv) --a;
      const Mention* am = a > F ? mention_at(a - 1) : nullptr;
      if (am != nullptr && is_actor(*am) && !am->possessive) return group_ending(index_of(am));
      return {};
    }
    // ("Kellogg, Trump's envoy for Ukraine and Russia, held talks": what a preposition governs is
    // no subject; the subject is further left)
    Group g = group_ending(index_of(m));
    if (g.first > F && tk[g.first - 1].key == "for"sv && g.first < mf + 1) {
      i = std::min(mf, g.first);
      continue;
    }
    return g;
  }
  return {};
}

std::uint32_t ClauseView::qualifying_clause_start(std::uint32_t comma) const {
  const std::uint32_t F = si_.span.first;
  const auto& tk = ctx_.tokens;
  for (std::uint32_t t = comma, n = 0; t > F + 1 && n < 30; --t, ++n) {
    const TokenKey k = tk[t - 1].key;
    if (k == ";"sv || k == ":"sv || k == "."sv || k == "("sv || k == ")"sv || tk[t - 1].is(kQuote)) return kNoToken;
    if (k != ","sv) continue;
    // the segment after this comma: a relative clause, or a participle with its agent
    const TokenKey first = tk[t].key;
    const bool relative = first == "who"sv || first == "which"sv || first == "whom"sv || first == "whose"sv;
    const bool participle = first.size() > 3 && first.ends_with("ed") && t + 1 < comma && tk[t + 1].key == "by"sv;
    // "Starmer, one of only two G7 leaders to make the trip, pledged": an apposition that counts the
    // subject among others
    const bool one_of = (first == "one"sv || first == "among"sv) && t + 1 < comma &&
                        (tk[t + 1].key == "of"sv || first == "among"sv) && mention_at(t - 2) != nullptr;
    // "Joe Biden, at his final G20, pledged": a phrase of time or place about the subject
    const bool adjunct = (first == "at"sv || first == "in"sv || first == "during"sv || first == "after"sv ||
                          first == "before"sv) &&
                         t >= F + 2 && mention_at(t - 2) != nullptr && mention_at(t - 2)->kind == MKind::kPerson;
    // "Biden and Kishida, leading a group of wealthy countries, committed": a present participle
    // phrase about people named before it
    // ("The Prince of Wales, representing The Queen, attended": also after a title of no one named)
    const bool ing_phrase = first.size() > 4 && first.ends_with("ing") && !tk[t].is(kCapital) && t >= F + 2 &&
                            ((mention_at(t - 2) != nullptr && (mention_at(t - 2)->kind == MKind::kPerson ||
                                                                mention_at(t - 2)->kind == MKind::kTitle)) ||
                             (first == "representing"sv && tk[t - 2].is(kCapital) && tk[t - 2].is(kWord))) &&
                            first != "including"sv && first != "according"sv;
    // "Hadja Lahbib, the EU commissioner for crisis management, ruled out": a title about the person
    // before it, with what the post is for
    // ("Hadja Lahbib, the EU's crisis commissioner, ruled out": over the body the post is of)
    bool title_phrase = false;
    if ((first == "the"sv || first == "a"sv || first == "an"sv) && t >= F + 2 && mention_at(t - 2) != nullptr &&
        mention_at(t - 2)->kind == MKind::kPerson) {
      for (std::uint32_t w = t + 1; w < comma && w < t + 5 && !title_phrase; ++w) {
        const Mention* tm = mention_at(w);
        title_phrase = tm != nullptr && tm->last <= comma &&
                       (tm->kind == MKind::kTitle || (tm->possessive && is_actor(*tm) && w == t + 1));
      }
      if (const Mention* tm = mention_at(t); tm != nullptr && tm->first == t && tm->kind == MKind::kTitle) title_phrase = true;
    }
    // "China, he said, firmly opposed": a speaker's aside between the subject and its verb (the
    // verb's object too: "Germany, he reminded colleagues, had committed")
    const bool aside = comma - t <= 5 && comma > t + 1 &&
                       (cue_is(comma - 1, "report") || cue_is(t + 1, "report")) && !tk[t].is(kQuote) &&
                       mention_at(t) != nullptr && (mention_at(t)->kind == MKind::kPronoun || is_actor(*mention_at(t)));
    return relative || participle || one_of || adjunct || ing_phrase || title_phrase || aside ? t - 1 : kNoToken;
  }
  return kNoToken;
}

std::uint32_t ClauseView::relative_pronoun_before(std::uint32_t mf) const {
  // "who"/"whom"/"which" then at least one word that is not the mention: within six tokens, with no
  // punctuation in between ("that" is left alone: it is far more often "said that X met").
  const std::uint32_t F = si_.span.first;
  const auto& tk = ctx_.tokens;
  for (std::uint32_t t = mf, n = 0; t > F && n < 6; --t, ++n) {
    const TokenKey k = tk[t - 1].key;
    if (k == "who"sv || k == "whom"sv || k == "which"sv) return t < mf ? t - 1 : kNoToken;
    if (!tk[t - 1].is(kWord) || mention_at(t - 1) != nullptr) return kNoToken;
  }
  return kNoToken;
}

bool ClauseView::sides_in_phrase(std::uint32_t t) const {
  const auto& tk = ctx_.tokens;
  const std::uint32_t F = si_.span.first;
  if (tk[t].key != "sides"sv) return false;
  std::uint32_t d = t - 1;  // "both", "two"
  if (d > F && tk[d].key == "two"sv && tk[d - 1].key == "the"sv) --d;
  if (d <= F) return false;
  static const WordSet kPrepositions = {"on", "from", "of", "for", "to", "between", "by", "with", "across", "among", "at"};
  return kPrepositions.count(tk[d - 1].key.view()) != 0;
}

Group ClauseView::pair_before(std::uint32_t pos, bool leaders, char gender) const {
  // the last two people named before pos in this sentence, else the group "they" stands for
  // ("the two leaders" after two ministers were spoken of: the last two leaders who met)
  Group g;
  for (std::size_t i = si_.mentions.size(); i-- > 0;) {
    const Mention& m = si_.mentions[i];
    if (m.first >= pos || m.entity < 0 || m.modifier) continue;
    if (m.kind != MKind::kPerson && m.kind != MKind::kPronoun) continue;
    if (ctx_.entities[static_cast<std::size_t>(m.entity)].type != "person"sv) continue;
    if (!contains(g.entities, m.entity)) g.entities.insert(g.entities.begin(), m.entity);
    if (g.entities.size() == 2) return g;
  }
  // (nor a leader of the lexicon out of office on the article's date: "the former president George
  // H.W. Bush" is none of "the two presidents")
  const auto below = [&](int x) {
    const auto& e = ctx_.entities[static_cast<std::size_t>(x)];
    return below_leader(e.role) ||
           (e.lex >= 0 && !ctx_.lex->in_office_on(ctx_.lex->people()[static_cast<std::size_t>(e.lex)], ctx_.doc_date)) ||
           (e.lex < 0 && e.role.empty() && e.org.empty());  // (a leader's wife, named by the text alone)
  };
  // ("the two men" are no women)
  const auto other_gender = [&](int x) {
    const char gx = ctx_.entities[static_cast<std::size_t>(x)].gender;
    return gender != '?' && gx != '?' && gx != gender;
  };
  if (gender != '?' && std::any_of(g.entities.begin(), g.entities.end(), other_gender)) g.entities.clear();
  if (!g.empty()) return {};  // one person named before: not a pair
  // the two people the text reports meeting most (the later pair on a tie), and whether the last
  // group is a pair that met
  std::vector<std::pair<std::pair<int, int>, int>> pairs;
  bool group_met = false;
  const std::size_t from = ctx_.pending.size() > 2000 ? ctx_.pending.size() - 2000 : 0;
  for (std::size_t i = from; i < ctx_.pending.size(); ++i) {
    const PendingAssertion& p = ctx_.pending[i];
    if (p.relation != "met"sv || p.status != edge_status::kReported || p.target < 0) continue;
    const auto& a = ctx_.entities[static_cast<std::size_t>(p.subject)];
    const auto& b = ctx_.entities[static_cast<std::size_t>(p.target)];
    if (a.type != "person"sv || b.type != "person"sv || other_gender(p.subject) || other_gender(p.target)) continue;
    if (leaders && (below(p.subject) || below(p.target))) continue;
    const std::pair<int, int> key{std::min(p.subject, p.target), std::max(p.subject, p.target)};
    group_met = group_met || (ctx_.last_group.size() == 2 && contains(ctx_.last_group, key.first) &&
                              contains(ctx_.last_group, key.second));
    auto it = std::find_if(pairs.begin(), pairs.end(), [&](const auto& x) { return x.first == key; });
    if (it == pairs.end()) {
      pairs.push_back({key, 1});
    } else {
      ++it->second;
      std::rotate(it, it + 1, pairs.end());  // the latest pair last
    }
  }
  Group met_pair;
  int best = 0;
  for (const auto& [key, n] : pairs) {
    if (n >= best) {
      best = n;
      met_pair.entities = {key.first, key.second};
    }
  }
  // the group "they" stands for; but "the two leaders" after two ministers were spoken of, or "the
  // two men" after a pair that never met ("Laura Bush and Barbara Bush joined the two presidents"),
  // are the two who met
  const bool described = leaders || gender != '?';
  const bool last_fits = !std::any_of(ctx_.last_group.begin(), ctx_.last_group.end(), other_gender) &&
                         !(leaders && std::any_of(ctx_.last_group.begin(), ctx_.last_group.end(), below)) &&
                         !(described && !group_met && !met_pair.empty());
  if (ctx_.last_group.size() == 2 && last_fits) {
    g.entities = ctx_.last_group;
    for (const int x : g.entities) {
      if (ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv) return {};
    }
    return g;
  }
  if (leaders || (gender != '?' && ctx_.last_group.size() == 2)) return met_pair;
  // "... was signed by Peres and by Abbas. The two negotiators then shook hands": the two people
  // the sentence before named, when it named only them
  if (ctx_.previous_sentence_people.size() == 2 &&
      std::none_of(ctx_.previous_sentence_people.begin(), ctx_.previous_sentence_people.end(), other_gender)) {
    g.entities = ctx_.previous_sentence_people;
    return g;
  }
  return {};
}

bool ClauseView::object_of_coordinated_verb(const Mention& m, std::uint32_t at) const {
  const std::uint32_t F = si_.span.first;
  const auto& tk = ctx_.tokens;
  // "and" (and adverbs or auxiliaries) between the mention and the predicate
  // (", and" after a list of objects: "met Costa and Guterres, and had called on Abbas")
  std::uint32_t n = m.last;
  if (n + 1 < at && tk[n].key == ","sv) ++n;
  if (n >= at || tk[n].key != "and"sv) return false;
  for (++n; n < at; ++n) {
    const TokenKey k = tk[n].key;
    if (!(k.ends_with("ly") || k == "also"sv || k == "then"sv || k == "later"sv || k == "has"sv || k == "have"sv ||
          k == "had"sv)) {
      return false;
    }
  }
  // a verb right before the mention (over "the"): a lower-case word in -s or -ed that is no
  // preposition, determiner or plural noun of people
  // (before the list the mention ends: "met Costa and Guterres")
  const Group objects = group_ending(index_of(&m));
  std::uint32_t v = objects.empty() ? m.first : std::min(objects.first, m.first);
  if (v > F && tk[v - 1].key == "the"sv) --v;
  if (v <= F) return false;
  const Token& w = tk[v - 1];
  if (!w.is(kWord) || w.is(kCapital) || mention_at(v - 1) != nullptr || preposition(w.key)) return false;
  static const WordSet kNotVerbs = {
      "leaders", "ministers", "presidents", "officials", "envoys", "diplomats", "counterparts", "homologues", "allies",
      "partners", "members", "delegations", "was", "has", "is", "as", "this", "its", "his", "us", "was", "said",
      "says", "countries", "nations", "heads", "chiefs"};
  if (kNotVerbs.count(w.key) != 0 || cue_is(v - 1, "report")) return false;
  // (or a predicate of ours in any form: "met", "saw")
  const bool trigger = std::any_of(si_.triggers.begin(), si_.triggers.end(),
                                   [&](const Trigger& tr) { return tr.last == v; });
  return trigger || w.key.ends_with("s") || w.key.ends_with("ed");
}

bool ClauseView::adjectival(const Mention& m) const {
  // "his decoration", "Carr's cross", "IMF support", "US television host": the name qualifies a
  // noun that follows; it is not itself the object.
  if (m.possessive) return true;
  const std::uint32_t n = m.last;
  if (n >= si_.span.last) return false;
  const Token& t = ctx_.tokens[n];
  if (!t.is(kWord) || t.is(kCapital) || t.is(kDigit)) return false;
  if (mention_at(n) != nullptr || si_.cue_at[n - si_.span.first] >= 0) return false;
  // ("met Jaishankar the next day": a time, not a noun the name qualifies)
  if (std::any_of(si_.dates.begin(), si_.dates.end(), [&](const DateMention& d) { return d.first == n; })) return false;
  static const WordSet kFunction = {
      "and", "or", "but", "in", "on", "at", "to", "for", "with", "from", "of", "by", "as", "after", "before",
      "during", "over", "about", "since", "until", "who", "which", "that", "whom", "whose", "when", "while",
      "where", "is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says", "also",
      "then", "later", "again", "together", "both", "alone", "too", "first", "last", "this", "next", "earlier",
      "yesterday", "today", "tomorrow", "late", "early", "separately", "privately", "briefly", "shortly",
      "amid", "despite", "without", "between", "among", "against", "than", "via", "into", "near", "around",
      "across", "behind", "outside", "inside", "ahead", "along", "alongside", "instead", "face-to-face", "once",
      "off", "aboard", "beyond", "upon", "onto", "within", "throughout", "toward", "towards", "under", "above",
      "below", "beside", "besides", "opposite", "past", "unlike", "like", "plus", "so", "yet", "nor", "twice",
      "again", "personally", "directly", "whose", "if", "because", "though", "although", "unless", "whether",
      // where and when: "met Xi there", "met him here", "met Lula afterwards"
      "there", "here", "now", "afterwards", "afterward", "soon", "home", "abroad", "overseas", "tonight", "ago",
      // how often: "met Putin several times", "has met him three times"
      "several", "many", "numerous", "multiple", "two", "three", "four", "five", "six", "repeatedly", "often",
      // (an article starts another phrase, which a name before it does not qualify: "met Berri a
      // second time", "met Xi the day after")
      "a", "an", "the"};
  if (kFunction.count(t.key) != 0 || t.key.ends_with("ly")) return false;
  // ("met Putin three-on-three", "one-to-one", "tete-a-tete": how they met, a word and itself
  // joined by "on", "to" or "a")
  if (const std::string_view w = t.key.view(); w.size() >= 7) {
    for (const std::string_view mid : {"-on-"sv, "-to-"sv, "-a-"sv}) {
      const std::size_t at = w.find(mid);
      if (at != std::string_view::npos && at > 0 && w.substr(0, at) == w.substr(at + mid.size())) return false;
    }
  }
  // a verb that follows is no noun the name qualifies; "support" and "sign" are nouns too ("IMF
  // support"), verbs only when negated ("did not support"), which has no name right before
  if (t.key == "support"sv || t.key == "supports"sv || t.key == "sign"sv || t.key == "signs"sv) return true;
  for (const auto& tr : si_.triggers) {
    if (tr.first == n) return false;
  }
  return true;
}

// The person named after a role and a comma from `from` ("national security adviser, Ajit Doval"),
// else nullptr.
// The person named after ", and" that closes an apposition opening at `from` with a capitalised
// word or saying "of" ("President of the European Council, and Mr. Jean-Claude Juncker"); nullptr
// when the words up to that comma name a person or are not such an apposition.
const Mention* ClauseView::member_after_apposition(std::uint32_t from) const {
  const auto& tk = ctx_.tokens;
  const std::uint32_t L = si_.span.last;
  if (from >= L || !tk[from].is(kWord) || mention_at(from) != nullptr) return nullptr;
  std::uint32_t k = from;
  bool of = false;  // ("president of the European Council": a post in lower case says whose it is)
  while (k < L && k < from + 10 && tk[k].key != ","sv) {
    if (boundary(k)) return nullptr;
    if (const Mention* m = mention_at(k); m != nullptr && is_actor(*m) && m->kind == MKind::kPerson) return nullptr;
    of = of || tk[k].key == "of"sv;
    ++k;
  }
  if (!tk[from].is(kCapital) && !of) return nullptr;
  if (k + 2 >= L || tk[k].key != ","sv || tk[k + 1].key != "and"sv) return nullptr;
  const Mention* n = mention_at(k + 2);
  return n != nullptr && n->first == k + 2 && n->kind == MKind::kPerson && n->entity >= 0 ? n : nullptr;
}

const Mention* ClauseView::named_after_role(std::uint32_t from) const {
  const auto& tk = ctx_.tokens;
  std::uint32_t k = from;
  bool of = false;  // past the "of" of a role ("the head of Iran's atomic energy organisation")
  bool capitals = false;  // a name the lexicon does not know before the role: "the Senate president"
  bool role_word = false;
  while (k < si_.span.last && k < from + (of ? 10 : 6)) {
    const Mention* t = mention_at(k);
    // (a title, a people noun, or a people named by a demonym: "the two Americans, Witkoff and Kushner")
    if (t != nullptr && t->first == k &&
        (t->kind == MKind::kTitle || (t->kind == MKind::kGeneric && t->entity < 0) || (t->kind == MKind::kCountry && t->generic))) {
      k = t->last;
      role_word = true;
      // ("the head of Iran's atomic energy organisation": a title that ends with a possessor)
      if (t->kind == MKind::kTitle && k < si_.span.last && tk[k].key == "'s"sv) {
        ++k;
        of = true;
      }
    } else if (t != nullptr && t->first == k && of && tk[k - 1].key == "of"sv &&
               (t->kind == MKind::kCountry || t->kind == MKind::kOrg)) {
      k = t->last;  // (what the role is of: "the head of Iran's atomic energy organisation, Eslami")
      if (k < si_.span.last && (tk[k].key == "'s"sv || tk[k].key == "'"sv)) ++k;
    } else if (t == nullptr && tk[k].is(kWord) && !tk[k].is(kCapital) && tk[k].key != "and"sv && !boundary(k) &&
               !tk[k].key.ends_with("ed")) {
      of = of || (tk[k].key == "of"sv && k > from);
      role_word = true;
      ++k;  // (a role's words, not a clause: ", who joined digitally, Zelensky")
    } else if (t == nullptr && k < from + 2 && !role_word && tk[k].is(kWord) && tk[k].is(kCapital)) {
      // ("the Senate president, Gerard Larcher": a body's name before the role, which may be in
      // capitals too: "the Senate President")
      const LexEntries* entries = k > from ? ctx_.lex->lookup(tk[k].key.view()) : nullptr;
      const bool title = entries != nullptr && std::any_of(entries->begin(), entries->end(),
                                                           [](const LexEntry& e) { return e.kind == LexKind::kTitle; });
      (title ? role_word : capitals) = true;
      ++k;
    } else {
      break;
    }
  }
  if (capitals && !role_word) return nullptr;
  if (k == from || k + 1 >= si_.span.last || tk[k].key != ","sv) return nullptr;
  const Mention* n = mention_at(k + 1);
  return n != nullptr && n->first == k + 1 && n->kind == MKind::kPerson && n->entity >= 0 ? n : nullptr;
}

Group ClauseView::object(std::uint32_t from, int max_gap) const {
  const auto& tk = ctx_.tokens;
  // "received both men", "welcomed the two leaders": the pair spoken of
  if (from + 1 < si_.span.last && (tk[from].key == "both"sv || (tk[from].key == "the"sv && from + 2 < si_.span.last &&
                                                                 tk[from + 1].key == "two"sv))) {
    const std::uint32_t n = tk[from].key == "both"sv ? from + 1 : from + 2;
    const TokenKey k = tk[n].key;
    if ((k == "men"sv || k == "leaders"sv || k == "presidents"sv || k == "women"sv || k == "visitors"sv ||
         k == "guests"sv || k == "negotiators"sv) &&
        mention_at(n) == nullptr) {
      // (those named before it in the sentence are the ones receiving them: the pair is from before)
      Group g = pair_before(si_.span.first, k == "leaders"sv || k == "presidents"sv,
                            k == "men"sv ? 'm' : k == "women"sv ? 'f' : '?');
      if (!g.empty()) {
        g.first = from;
        g.last = n + 1;
      }
      return g;
    }
  }
  // "received a Hamas delegation led by the movement's chief negotiator, Khalil al-Hayya": the
  // delegation is met in the one who leads it
  for (std::uint32_t d = from; d + 3 < si_.span.last && d < from + 5; ++d) {
    if (boundary(d)) break;
    if ((tk[d].key == "delegation"sv || tk[d].key == "team"sv) &&
        (tk[d + 1].key == "led"sv || tk[d + 1].key == "headed"sv) && tk[d + 2].key == "by"sv) {
      Group head = object(d + 3, 2);
      bool people = !head.empty();
      for (const int x : head.entities) people = people && ctx_.entities[static_cast<std::size_t>(x)].type == "person"sv;
      // (not when the delegation is listed with others: "a US delegation led by Rubio, with
      // Witkoff and Driscoll, and a Ukrainian team headed by Yermak")
      std::uint32_t n = head.last;
      if (n < si_.span.last && tk[n].key == ","sv) ++n;
      const bool listed = n < si_.span.last && (tk[n].key == "with"sv || tk[n].key == "and"sv);
      if (people && !listed) return head;
      break;
    }
  }
  std::uint32_t i = from;
  int gap = 0;
  while (i < si_.span.last && gap <= max_gap) {
    const Mention* m = mention_at(i);
    if (m != nullptr && m->first == i) {
      // "joined by his national security adviser, Ajit Doval": the one named after the role
      if (m->kind == MKind::kPronoun && m->possessive) {
        if (const Mention* named = named_after_role(m->last); named != nullptr) return group_from(index_of(named));
      }
      if (is_actor(*m) && adjectival(*m)) return {};
      if (is_actor(*m)) return group_from(index_of(m));
      // "the head of Iran's atomic energy organisation, Mohammad Eslami": a title whose holder is
      // named after the role's words
      if (m->kind == MKind::kTitle && i == from) {
        if (const Mention* named = named_after_role(i); named != nullptr) return group_from(index_of(named));
      }
      if (m->kind == MKind::kEvent || m->kind == MKind::kOutlet) return {};
      // ("by Maharashtra's governor, Acharya Devvrat": a place's role, then the name)
      if (m->kind == MKind::kPlace && i == from && m->last + 1 < si_.span.last && tk[m->last].key == "'s"sv) {
        if (const Mention* named = named_after_role(m->last + 1); named != nullptr) return group_from(index_of(named));
      }
      if (m->kind == MKind::kPlace) return {};
      i = m->last;
      // "with his South Korean counterpart": a possessive determiner is no gap before the object
      if (!(m->kind == MKind::kPronoun && m->possessive && m->modifier)) ++gap;
      continue;
    }
    if (m != nullptr) {
      ++i;
      continue;
    }
    if (boundary(i)) return {};
    const TokenKey k = tk[i].key;
    // "by Maharashtra's governor, Acharya Devvrat", "brought the investment minister, Jason
    // Stockwood": a possessor or determiner, a role, a comma and the name
    if (i == from && (k == "the"sv || (i + 1 < si_.span.last && tk[i].is(kCapital) && tk[i + 1].key == "'s"sv))) {
      if (const Mention* named = named_after_role(k == "the"sv ? i + 1 : i + 2); named != nullptr) {
        return group_from(index_of(named));
      }
    }
    if (k == "in"sv || k == "at"sv || k == "on"sv || k == "for"sv || k == "after"sv || k == "before"sv || k == "during"sv ||
        k == "over"sv || k == "about"sv || k == "since"sv || k == "than"sv || k == "that"sv || k == "by"sv) {
      return {};
    }
    // ("met business owners from across the Commonwealth": people from all over a body or a region
    // are not that body)
    if (k == "from"sv && i + 1 < si_.span.last &&
        (tk[i + 1].key == "across"sv || tk[i + 1].key == "around"sv || tk[i + 1].key == "all"sv)) {
      return {};
    }
    // ("received the Colombian president, Gustavo Petro": the article of the name's own phrase is
    // no gap before it)
    const Mention* next = i + 1 < si_.span.last ? mention_at(i + 1) : nullptr;
    const bool article = i == from && k == "the"sv && next != nullptr && next->first == i + 1 && next->kind == MKind::kPerson;
    ++i;
    if (!article) ++gap;
  }
  return {};
}

std::string ClauseView::status(std::uint32_t subject_last, std::uint32_t first, bool pledge) const {
  const std::uint32_t F = si_.span.first;
  std::uint32_t from = std::max(subject_last, clause_start(first));
  // ("That will be followed by a discussion, with A and B joining Macron": a participle of an
  // absolute "with" phrase has the mood of the clause it hangs on)
  if (first > F + 2 && ctx_.tokens[first].key.ends_with("ing")) {
    for (std::uint32_t w = first; w-- > clause_start(first) + 1 && w + 12 > first;) {
      if (ctx_.tokens[w].key == "with"sv && ctx_.tokens[w - 1].key == ","sv) {
        from = clause_start(first);
        break;
      }
    }
  }
  if (from > first) from = first;
  bool neg = false, planned = false, hypo = false;
  // "Trump promised that the US would help, after hosting Zelenskiy": an "after"-gerund adjunct
  // belongs to the main clause; the mood of a that-clause before it ("would") is not its own.
  std::uint32_t skip_from = first, skip_to = first;
  if (first > F + 2 && ctx_.tokens[first].key.ends_with("ing") && ctx_.tokens[first - 1].key == "after"sv &&
      ctx_.tokens[first - 2].key == ","sv) {
    for (std::uint32_t t = first - 2; t-- > from;) {
      if (ctx_.tokens[t].key == "that"sv) {
        skip_from = t;
        skip_to = first - 2;
        break;
      }
    }
  }
  for (std::uint32_t t = from; t < first; ++t) {
    if (t >= skip_from && t < skip_to) continue;
    const int c = si_.cue_at[t - F];
    if (c < 0) continue;
    const auto& cue = si_.cues[static_cast<std::size_t>(c)];
    if (cue.first != t) continue;
    // the mood of a clause about the subject is not the predicate's: "X, who will be sworn in ...,
    // was received", "X, who was unable to travel, joined by video"
    if ((cue.kind == "planned"sv || cue.kind == "negation"sv || cue.kind == "hypothetical"sv) &&
        in_relative_clause_before(ctx_, si_, t, first)) {
      continue;
    }
    const TokenKey k = ctx_.tokens[t].key;
    if (cue.kind == "negation"sv) neg = true;
    if (cue.kind == "planned"sv) {
      // ("is to lift", not "is expected to lift": a plan, whoever expects it)
      const bool is_to = (k == "is"sv || k == "are"sv) && t + 1 < first && ctx_.tokens[t + 1].key == "to"sv;
      if (!(pledge && (k == "will"sv || k == "'ll"sv || k == "would"sv || is_to))) planned = true;
    }
    if (cue.kind == "hypothetical"sv) {
      // ("had offered to supply the United States with drones": an offer of things is a pledge)
      const bool pledge_ok = pledge && (k == "would"sv || k == "ready"sv || k == "willing"sv || k == "open"sv ||
                                        k == "prepared"sv || k == "offered"sv || k == "offers"sv || k == "offer"sv);
      if (!pledge_ok) hypo = true;
    }
    if (cue.kind == "deny_report"sv) neg = true;
    // ("had kept open the idea of Moon flying down to join a three-way meeting": an idea, not a fact)
    if (cue.kind == "proposal"sv && !pledge && (k == "idea"sv || k == "concept"sv)) hypo = true;
  }
  // "He did not say France would send troops", "never said that Paris would": a clause reported by a
  // saying that is itself denied is not told as a fact, nor as a promise
  for (std::uint32_t t = subject_last; t > F && t + 8 > subject_last && !neg; --t) {
    const TokenKey k = ctx_.tokens[t - 1].key;
    if (k == ","sv || k == ";"sv || k == "."sv) break;
    const int c = si_.cue_at[t - 1 - F];
    if (c < 0 || si_.cues[static_cast<std::size_t>(c)].kind != "report"sv) continue;
    const std::uint32_t said = si_.cues[static_cast<std::size_t>(c)].first;
    // (the negation of the saying itself: "did not say", "never said", "declined to say"; not "A No
    // 10 spokesperson said")
    for (std::uint32_t b = said; b > F && b + 3 > said; --b) {
      const TokenKey w = ctx_.tokens[b - 1].key;
      if (w == "not"sv || w == "n't"sv || w == "never"sv || ((w == "to"sv) && b >= F + 2 &&
                                                              (ctx_.tokens[b - 2].key == "declined"sv ||
                                                               ctx_.tokens[b - 2].key == "refused"sv))) {
        neg = true;
      }
    }
    break;
  }
  // "they hope Putin will agree to a ceasefire", "hoped that Kyiv would join": a wish right before
  // the subject is neither a fact nor a promise
  for (std::uint32_t t = subject_last; t > F && t + 8 > subject_last && !hypo; --t) {
    const TokenKey k = ctx_.tokens[t - 1].key;
    if (k == ","sv || k == ";"sv || k == "."sv) break;
    hypo = k == "hope"sv || k == "hopes"sv || k == "hoped"sv || k == "hoping"sv || k == "wish"sv || k == "wishes"sv;
  }
  // "At no point did the two delegations meet", "Never have the two leaders met": a negative
  // adverbial fronted before the subject, with the auxiliary turned before it
  {
    const std::uint32_t cs = clause_start(first);
    for (std::uint32_t t = cs; t < from && t < cs + 10 && !neg; ++t) {
      const TokenKey k = ctx_.tokens[t].key;
      const TokenKey prev = t > cs ? ctx_.tokens[t - 1].key : TokenKey();
      const bool fronted = (t == cs && (k == "never"sv || k == "nowhere"sv || k == "nor"sv)) ||
                           (k == "no"sv && (prev == "at"sv || prev == "in"sv || prev == "on"sv || prev == "under"sv)) ||
                           (k == "not"sv && t + 1 < from && ctx_.tokens[t + 1].key == "once"sv);
      if (!fronted) continue;
      for (std::uint32_t a = t + 1; a < from && a < t + 14 && !neg; ++a) {
        const TokenKey x = ctx_.tokens[a].key;
        neg = x == "did"sv || x == "do"sv || x == "does"sv || x == "had"sv || x == "has"sv || x == "have"sv ||
              x == "was"sv || x == "were"sv || x == "would"sv || x == "could"sv;
      }
    }
  }
  // "A video claims to show Zelensky shaking hands with Putin", "purports to show": what a picture is
  // said to show, before the subject, is not told as a fact
  for (std::uint32_t t = clause_start(first); t < from && !hypo; ++t) {
    const int c = si_.cue_at[t - F];
    if (c < 0) continue;
    const auto& cue = si_.cues[static_cast<std::size_t>(c)];
    hypo = cue.kind == "hypothetical"sv && cue.last > cue.first + 1 && ctx_.tokens[cue.last - 1].key == "show"sv;
  }
  // "Neither Macron nor Scholz met Putin", "Neither Moscow nor Kyiv has agreed to it": a subject
  // denied by "neither ... nor" before the verb
  for (std::uint32_t t = clause_start(first); t < from && !neg; ++t) {
    if (ctx_.tokens[t].key != "neither"sv) continue;
    for (std::uint32_t k = t + 1; k < first; ++k) neg = neg || ctx_.tokens[k].key == "nor"sv;
  }
  // "directed the defence chiefs of the EAC and SADC to meet within five days", "instructed his
  // ministers to visit": an order to do it, whoever is told to (the directive verb stands before
  // the one told, so before the subject read for the infinitive)
  if (first > F + 2 && ctx_.tokens[first - 1].key == "to"sv) {
    for (std::uint32_t t = first - 1; t > F && t + 16 > first; --t) {
      const TokenKey k = ctx_.tokens[t - 1].key;
      if (k == ";"sv || k == ":"sv || k == "."sv) break;
      // ("invited the American president to attend the next summit": an invitation is not its answer)
      if (k == "directed"sv || k == "instructed"sv || k == "tasked"sv || k == "mandated"sv || k == "ordered"sv ||
          k == "urged"sv || k == "asked"sv || k == "invited"sv || k == "invites"sv || k == "invite"sv ||
          k == "inviting"sv || k == "encouraged"sv) {
        planned = true;
        break;
      }
    }
  }
  // "a card proposed that Marcos and Dong sit down together", "Proposed from the floor: that Dong
  // meet Teodoro", "commentary suggesting that Zelensky had met Dong": what the that-clause of a
  // proposal or a suggestion says is not told as a fact
  for (std::uint32_t t = F + 1; t < first && !hypo; ++t) {
    if (ctx_.tokens[t].key != "that"sv) continue;
    for (std::uint32_t b = t; b > F && b + 7 > t; --b) {
      const TokenKey k = ctx_.tokens[b - 1].key;
      if (k == "."sv || k == ";"sv) break;
      if (k.starts_with("propos") || k.starts_with("suggest") || k.starts_with("recommend")) {
        hypo = true;
        break;
      }
    }
  }
  // "Austin and Li shook hands at the opening dinner, and that was all: no meeting took place": a
  // sentence that says no meeting took place tells none before it
  for (std::uint32_t t = first; t + 3 < si_.span.last && !neg; ++t) {
    if (ctx_.tokens[t].key != "no"sv) continue;
    const TokenKey n = ctx_.tokens[t + 1].key;
    if (n != "meeting"sv && n != "meetings"sv && n != "talks"sv) continue;
    const TokenKey v = ctx_.tokens[t + 2].key;
    neg = v == "took"sv || v == "happened"sv || v == "followed"sv ||
          ((v == "was"sv || v == "were"sv) && (ctx_.tokens[t + 3].key == "held"sv || ctx_.tokens[t + 3].key == "arranged"sv));
  }
  // "He is then to sit down with Musk", "was instead to meet Sunak": "is to" / "was to" with an
  // adverb between, right before the predicate (a pledge's "is then to deliver" stays one, as above)
  if (!pledge && first > F + 3 && ctx_.tokens[first - 1].key == "to"sv) {
    static const WordSet kBetween = {"then", "instead", "also", "now", "still", "later", "next", "soon", "first",
                                     "subsequently", "separately", "afterwards", "due"};
    std::uint32_t b = first - 1;
    while (b > F + 1 && b + 3 > first - 1 && kBetween.count(ctx_.tokens[b - 1].key.view()) != 0) --b;
    const TokenKey be = ctx_.tokens[b - 1].key;
    if (b < first - 1 && (be == "is"sv || be == "are"sv || be == "was"sv || be == "were"sv)) planned = true;
  }
  // what would have been is not ("Ukraine would have committed to sharing revenue")
  if (first >= F + 2 && ctx_.tokens[first - 1].key == "have"sv) {
    const TokenKey modal = ctx_.tokens[first - 2].key;
    if (modal == "would"sv || modal == "could"sv || modal == "might"sv || modal == "should"sv) hypo = true;
  }
  // a conditional or a question governs the whole clause ("If ...", "Should Moscow decline ...")
  const std::uint32_t cs = clause_start(first);
  for (std::uint32_t t = cs; t < first; ++t) {
    const TokenKey k = ctx_.tokens[t].key;
    if (k == "if"sv || k == "unless"sv || k == "whether"sv) hypo = true;
  }
  // ("If admitted into the EU, Turkey would contribute": the opening condition governs the main
  // clause, though its participle reads like a verb of saying)
  if (const std::uint32_t open = story_start(); open < first && (ctx_.tokens[open].key == "if"sv || ctx_.tokens[open].key == "unless"sv)) {
    bool one_clause = true;
    for (std::uint32_t t = open; t < first && one_clause; ++t) {
      one_clause = ctx_.tokens[t].key != ";"sv && ctx_.tokens[t].key != ":"sv && ctx_.tokens[t].key != "."sv;
    }
    if (one_clause) hypo = true;
  }
  std::uint32_t w = cs;
  while (w < first && !ctx_.tokens[w].is(kWord)) ++w;  // past a comma or an opening quote
  if (w < first && ctx_.tokens[w].is(kCapital) &&
      (ctx_.tokens[w].key == "should"sv || ctx_.tokens[w].key == "were"sv || ctx_.tokens[w].key == "had"sv)) {
    hypo = true;
  }
  for (std::uint32_t t = F; t < first; ++t) {
    if (cue_is(t, "deny_report")) neg = true;
  }
  // "denied a Japanese newspaper report that the two had spoken", "dismissed an American
  // newspaper's report that Trump had called Putin": what a denied report says is not stated
  for (std::uint32_t t = F; t + 2 < first && !neg; ++t) {
    static const WordSet kDeny = {"denied", "denies", "deny", "denying", "dismissed", "dismisses", "rejected",
                                  "rejects", "refuted", "refutes", "disputed", "disputes", "contradicted"};
    static const WordSet kReport = {"report", "reports", "claim", "claims", "account", "accounts", "story",
                                    "stories", "rumour", "rumours", "rumor", "rumors", "suggestion", "suggestions"};
    if (kDeny.count(ctx_.tokens[t].key.view()) == 0) continue;
    for (std::uint32_t u = t + 1; u + 1 < first && u < t + 9; ++u) {
      const TokenKey k = ctx_.tokens[u].key;
      if (k == "."sv || k == ";"sv) break;
      if (kReport.count(k.view()) != 0 && ctx_.tokens[u + 1].key == "that"sv) {
        neg = true;
        break;
      }
    }
  }
  // "There is no suggestion he opposes it", "no evidence that X met Y", "Nobody claims that": what
  // a negated report or piece of evidence introduces is not stated
  for (std::uint32_t t = F; t + 1 < first; ++t) {
    static const WordSet kEvidence = {
        "suggestion", "evidence", "sign", "indication", "proof", "confirmation", "suggestions", "signs",
        "indications", "reports", "report", "word"};  // (not "no doubt", which affirms)
    const TokenKey k = ctx_.tokens[t].key;
    const bool no_evidence = (k == "no"sv || k == "little"sv) && kEvidence.count(ctx_.tokens[t + 1].key.view()) != 0;
    const bool nobody = (k == "nobody"sv || (k == "no"sv && ctx_.tokens[t + 1].key == "one"sv)) && t + 2 < first &&
                        cue_is(t + (k == "nobody"sv ? 1 : 2), "report");
    if (no_evidence || nobody) hypo = true;
  }
  if (unconfirmed_before(first)) hypo = true;
  if (refuted_report(first) || neither_after(first)) neg = true;
  if (opinion_before(first)) hypo = true;
  // "urged China to press Russia": what someone is urged to do has not happened; nor what an offer,
  // a proposal or an invitation is to do ("offers from several countries to host talks", "an offer
  // made by Putin to meet him in Moscow"): the nouns of the cue kind "unrealised_infinitive_nouns"
  if (first > F && ctx_.tokens[first - 1].key == "to"sv) {
    for (std::uint32_t t = clause_start(first); t + 1 < first; ++t) {
      if (cue_is(t, "directive")) hypo = true;
      if (ctx_.lex->unrealised_infinitive_noun(ctx_.tokens[t].key.view())) hypo = true;
    }
  }
  // A time still to come after the predicate ("when Britain chairs the G8 summit next year") makes
  // it a plan even when the article's date is unknown; up to the next coordinated predicate. Not
  // for pledges and refusals, which are made now about what is to come ("pledged jets for next year").
  if (!pledge && future_time_after(first)) planned = true;
  if (si_.question) hypo = true;
  if (neg) return edge_status::kDenied;
  if (hypo) return edge_status::kHypothetical;
  if (planned) return edge_status::kPlanned;
  return edge_status::kReported;
}

// "Reports that Musk met the ambassador were false", "Claims that they had met are baseless": what
// a report the sentence calls untrue says did not happen.
bool ClauseView::refuted_report(std::uint32_t first) const {
  const std::uint32_t F = si_.span.first;
  bool report = false;
  for (std::uint32_t t = F; t + 1 < first && !report; ++t) {
    static const WordSet kReports = {"reports", "report", "claims", "claim", "rumours", "rumors", "suggestions",
                                     "allegations", "stories", "accounts"};
    report = ctx_.tokens[t + 1].key == "that"sv && kReports.count(ctx_.tokens[t].key.view()) != 0;
  }
  if (!report) return false;
  for (std::uint32_t t = first + 1; t + 1 < si_.span.last; ++t) {
    const TokenKey k = ctx_.tokens[t].key;
    if (k == ";"sv || k == "."sv) break;
    if (k != "were"sv && k != "was"sv && k != "are"sv && k != "is"sv) continue;
    std::uint32_t a = t + 1;
    if (a < si_.span.last && (ctx_.tokens[a].key == "completely"sv || ctx_.tokens[a].key == "entirely"sv ||
                              ctx_.tokens[a].key == "totally"sv || ctx_.tokens[a].key == "simply"sv)) {
      ++a;
    }
    static const WordSet kUntrue = {"false", "untrue", "baseless", "unfounded", "wrong", "incorrect", "fabricated",
                                    "groundless", "inaccurate", "fake"};
    if (a < si_.span.last && kUntrue.count(ctx_.tokens[a].key.view()) != 0) return true;
  }
  return false;
}

// "argues that Germany will eventually deliver the Taurus and that Paris would send instructors",
// "expects Moscow to veto any new text": what someone believes, argues or expects will be done is
// a view of it, not a commitment or a refusal made (the predicate at `first` after a verb of
// opinion and a modal of the future, or after the one expected and "to").
bool ClauseView::opinion_before(std::uint32_t first) const {
  const std::uint32_t F = si_.span.first;
  static const WordSet kOpinion = {
      "argues", "argued", "argue", "believes", "believed", "believe", "thinks", "think", "expects",
      "expected", "expect", "predicts", "predicted", "predict", "forecasts", "forecast", "suspects",
      "suspected", "reckons", "reckoned", "speculated", "speculates", "doubts", "doubted"};
  for (std::uint32_t t = first; t > F && t + 16 > first; --t) {
    const TokenKey k = ctx_.tokens[t - 1].key;
    if (k == ";"sv || k == "."sv) return false;
    if (kOpinion.count(k.view()) == 0 || si_.in_quote[t - 1 - F]) continue;
    // (a modal of the future between them, or "expects X to <predicate>")
    for (std::uint32_t m = t; m < first; ++m) {
      const TokenKey mk = ctx_.tokens[m].key;
      if (mk == "will"sv || mk == "would"sv || mk == "'ll"sv || mk == "eventually"sv) return true;
    }
    const std::uint32_t who = t < first && ctx_.tokens[t].key == "the"sv ? t + 1 : t;
    return first > who + 1 && ctx_.tokens[first - 1].key == "to"sv && mention_at(who) != nullptr;
  }
  return false;
}

// "Milei met neither Sanchez nor the King", "He met no Danish official": the predicate's object
// is negated.
bool ClauseView::neither_after(std::uint32_t first) const {
  for (std::uint32_t t = first + 1; t < si_.span.last && t < first + 4; ++t) {
    const TokenKey k = ctx_.tokens[t].key;
    // (not a refusal told with "no": "said no to the ceasefire")
    if (k == "no"sv && t + 1 < si_.span.last && ctx_.tokens[t + 1].key == "to"sv) return false;
    // (nor a vote against: "Russia voted no")
    if (k == "no"sv && ctx_.tokens[t - 1].key.starts_with("vot")) return false;
    if ((k == "neither"sv || k == "no"sv || k == "none"sv) && !ctx_.tokens[t].is(kCapital)) return true;
    if (!ctx_.tokens[t].is(kWord) || ctx_.tokens[t].is(kCapital) || mention_at(t) != nullptr) return false;
  }
  return false;
}

// "we could not confirm that he took part", "officials would not confirm whether", "it was unclear
// whether he attended": what follows a negated verb of confirming, or "unclear", is not stated.
bool ClauseView::unconfirmed_before(std::uint32_t first) const {
  const std::uint32_t F = si_.span.first;
  for (std::uint32_t t = F; t + 1 < first; ++t) {
    const TokenKey k = ctx_.tokens[t].key;
    const TokenKey next = ctx_.tokens[t + 1].key;
    if (next != "that"sv && next != "whether"sv && next != "if"sv) continue;
    if (k == "unclear"sv || k == "uncertain"sv) return true;
    if (k != "confirm"sv && k != "verify"sv && k != "establish"sv && k != "say"sv) continue;
    for (std::uint32_t b = t; b > F && b + 4 > t; --b) {
      const TokenKey n = ctx_.tokens[b - 1].key;
      if (n == "not"sv || n == "n't"sv || n == "unable"sv || n == "cannot"sv || n == "never"sv) return true;
    }
  }
  return false;
}

bool ClauseView::future_time_after(std::uint32_t first) const {
  const std::uint32_t F = si_.span.first;
  const std::uint32_t end = clause_end(first);
  for (std::uint32_t t = first + 1; t < end; ++t) {
    const TokenKey k = ctx_.tokens[t].key;
    if (k == ","sv || k == "and"sv || k == "but"sv || k == "after"sv || k == "before"sv || k == "since"sv) return false;
    // "co-hosted by South Korea in about six months", "in a few weeks": a stretch of time from now
    if (k == "in"sv && t + 2 < end) {
      std::uint32_t u = t + 1;
      const TokenKey a = ctx_.tokens[u].key;
      if (a == "about"sv || a == "around"sv || a == "some"sv || a == "roughly"sv || a == "another"sv) ++u;
      if (u + 1 < end && ctx_.tokens[u].key == "a"sv && ctx_.tokens[u + 1].key == "few"sv) ++u;
      const TokenKey n = ctx_.tokens[u].key;
      const bool count = ctx_.tokens[u].is(kDigit) || n == "a"sv || n == "an"sv || n == "few"sv || n == "two"sv ||
                         n == "three"sv || n == "four"sv || n == "five"sv || n == "six"sv || n == "eight"sv ||
                         n == "ten"sv || n == "twelve"sv || n == "eighteen"sv;
      const TokenKey unit = u + 1 < end ? ctx_.tokens[u + 1].key : TokenKey();
      // (not "for the first time in two years", "their first meeting in six years", "in two weeks of talks")
      bool span_back = u + 2 < end && ctx_.tokens[u + 2].key == "of"sv;
      for (std::uint32_t b = t; b > first && b + 4 > t && !span_back; --b) {
        const TokenKey w = ctx_.tokens[b - 1].key;
        span_back = w == "time"sv || w == "first"sv || w == "last"sv || w == "only"sv || w == "once"sv ||
                    w == "meeting"sv || w == "visit"sv || w == "talks"sv || w == "trip"sv;
      }
      if (count && !span_back &&
          (unit == "days"sv || unit == "weeks"sv || unit == "months"sv || unit == "years"sv || unit == "week"sv ||
           unit == "month"sv || unit == "year"sv || unit == "day"sv)) {
        return true;
      }
    }
    const int c = si_.cue_at[t - F];
    if (c < 0) continue;
    const auto& cue = si_.cues[static_cast<std::size_t>(c)];
    if (cue.first == t && cue.kind == "planned"sv &&
        (k == "next"sv || k == "later"sv || k == "tomorrow"sv)) {
      return true;
    }
  }
  return false;
}

std::string ClauseView::noun_status(std::uint32_t first) const {
  const std::uint32_t F = si_.span.first;
  const std::uint32_t from = first > F + 10 ? first - 10 : F;
  bool neg = false, planned = false, hypo = false;
  for (std::uint32_t t = from; t < first; ++t) {
    const int c = si_.cue_at[t - F];
    if (c < 0) continue;
    const auto& kind = si_.cues[static_cast<std::size_t>(c)].kind;
    if (kind == "negation"sv) neg = true;
    if (kind == "planned"sv) planned = true;
    if (kind == "hypothetical"sv || kind == "proposal"sv) hypo = true;
  }
  if (si_.question) hypo = true;
  if (neg) return edge_status::kDenied;
  if (hypo) return edge_status::kHypothetical;
  if (planned) return edge_status::kPlanned;
  return edge_status::kReported;
}

Mention* ClauseView::event_after(std::uint32_t from, int max_gap) {
  std::uint32_t i = from;
  bool name_read = false;  // "the Arab Islamic American Summit": the words of its name are no gap (once)
  for (int gap = 0; i < si_.span.last && gap <= max_gap; ++gap) {
    Mention* m = mention_starting(i);
    if (m != nullptr && m->kind == MKind::kEvent) return m;
    if (m != nullptr && is_actor(*m)) return nullptr;
    if (boundary(i)) return nullptr;
    const Mention* inside = mention_at(i);
    // (only a run of capitalised words right before the event's noun, after "the")
    if (inside == nullptr && !name_read && i > from && ctx_.tokens[i - 1].key == "the"sv) {
      std::uint32_t k = i;
      while (k < si_.span.last && k < i + 4 && mention_at(k) == nullptr && ctx_.tokens[k].is(kWord) &&
             ctx_.tokens[k].is(kCapital)) {
        ++k;
      }
      Mention* named = k > i && k < si_.span.last ? mention_starting(k) : nullptr;
      if (named != nullptr && named->kind == MKind::kEvent) return named;
      name_read = true;
    }
    // ("co-chaired the sixth round of the strategic dialogue": a round of it is no gap)
    const TokenKey k = ctx_.tokens[i].key;
    if (inside == nullptr && (k == "round"sv || k == "rounds"sv || k == "edition"sv ||
                              (k == "of"sv && i > from && (ctx_.tokens[i - 1].key == "round"sv ||
                                                           ctx_.tokens[i - 1].key == "rounds"sv ||
                                                           ctx_.tokens[i - 1].key == "edition"sv)))) {
      --gap;
    }
    i = inside ? inside->last : i + 1;
  }
  return nullptr;
}

namespace {

// Nouns of what goes on in a place, not of a gathering there ("the war in Gaza").
bool situation_in(TokenKey k) {
  return k == "war"sv || k == "fighting"sv || k == "conflict"sv || k == "crisis"sv || k == "violence"sv ||
         k == "situation"sv || k == "ceasefire"sv || k == "truce"sv || k == "bloodshed"sv || k == "killings"sv ||
         k == "offensive"sv || k == "famine"sv;
}

}  // namespace

const Mention* ClauseView::place_between(std::uint32_t from, std::uint32_t end, bool situation) const {
  const auto& tk = ctx_.tokens;
  for (std::uint32_t i = from; i < end && i < si_.span.last; ++i) {
    const Mention* m = mention_at(i);
    if (m == nullptr || m->first != i) continue;
    if (m->first <= si_.span.first) continue;
    const TokenKey prep = tk[m->first - 1].key;
    const TokenKey prep2 = m->first >= si_.span.first + 2 ? tk[m->first - 2].key : prep;
    // ("at a Belfast hotel": a building of the city named before its noun)
    const bool a_city_building = prep == "a"sv && prep2 == "at"sv && m->last < si_.span.last &&
                                 (tk[m->last].key == "hotel"sv || tk[m->last].key == "restaurant"sv);
    bool located = prep == "in"sv || prep == "at"sv || (prep == "the"sv && (prep2 == "at"sv || prep2 == "in"sv)) ||
                   a_city_building;
    // "in the Spanish Hall of Prague Castle": a named room of the place
    if (!located && prep == "of"sv) {
      std::uint32_t r = m->first - 1;
      while (r > from && r + 5 > m->first && tk[r - 1].is(kWord) && tk[r - 1].is(kCapital)) --r;
      located = r < m->first - 1 && r >= si_.span.first + 2 && tk[r - 1].key == "the"sv &&
                (tk[r - 2].key == "in"sv || tk[r - 2].key == "at"sv);
    }
    // "outside the West Wing": at a building (a site of a city, "West Wing, Washington"), not near a city
    if (!located && prep == "the"sv && prep2 == "outside"sv && m->kind == MKind::kPlace &&
        m->place.find(',') != std::string::npos) {
      located = true;
    }
    if (!located || m->possessive) continue;  // "in Russia's shadow fleet" is no place of the meeting
    // ("hosted the gathering since the inaugural summit in Miami in 1994": the old gathering's place)
    if (m->modifier && std::any_of(si_.mentions.begin(), si_.mentions.end(), [&](const Mention& e) {
          return e.kind == MKind::kEvent && e.event >= 0 && e.first < m->first && e.last >= m->last &&
                 ctx_.events[static_cast<std::size_t>(e.event)].old;
        })) {
      continue;
    }
    // "a summit on the war in Gaza", "talks about the crisis in Sudan": where the war is, not the talks
    if (prep == "in"sv || (prep == "the"sv && prep2 == "in"sv)) {
      const std::uint32_t in_at = prep == "in"sv ? m->first - 1 : m->first - 2;
      const bool of_situation = in_at > si_.span.first && situation_in(tk[in_at - 1].key);
      if (of_situation != situation) continue;
    } else if (situation) {
      continue;
    }
    // "in the US draft", "at the Russian side": a country before a common noun qualifies it
    if (m->kind == MKind::kCountry && prep == "the"sv && m->last < si_.span.last && tk[m->last].is(kWord) &&
        !tk[m->last].is(kCapital)) {
      continue;
    }
    if (m->kind == MKind::kPlace || (m->kind == MKind::kCountry && !m->place.empty())) return m;
  }
  return nullptr;
}

const DateMention* ClauseView::date_between(std::uint32_t from, std::uint32_t end, std::uint32_t at) const {
  const DateMention* best = nullptr;
  long best_d = 1L << 30;
  for (const auto& d : si_.dates) {
    if (d.first < from || d.last > end) continue;
    // (not the day something was founded: "a format set up in 1991", "the bloc, founded in 1967")
    if (d.first >= si_.span.first + 2 && ctx_.tokens[d.first - 1].key == "in"sv) {
      static const WordSet kFounded = {"founded", "established", "created", "formed", "launched", "born", "built"};
      const TokenKey v = ctx_.tokens[d.first - 2].key;
      // (not "met up in June": only "set up in")
      const bool set_up = v == "up"sv && d.first >= si_.span.first + 3 && ctx_.tokens[d.first - 3].key == "set"sv;
      if (kFounded.count(v.view()) != 0 || set_up) continue;
    }
    const long dist = d.first >= at ? static_cast<long>(d.first - at) : static_cast<long>(at - d.last);
    if (dist < best_d) {
      best_d = dist;
      best = &d;
    }
  }
  // "For two days, on Sunday and Monday, he presided over the summit", "from 6 to 7 July": what
  // spans days is dated by the day it began
  while (best != nullptr) {
    std::uint32_t j = best->first;
    if (j > from && ctx_.tokens[j - 1].key == "on"sv) --j;
    if (j <= from + 1) break;
    const TokenKey link = ctx_.tokens[j - 1].key;
    if (link != "and"sv && link != "to"sv && link != "until"sv && link != "through"sv && link != "-"sv &&
        link != "\u2013"sv) {
      break;
    }
    const DateMention* earlier = nullptr;
    for (const auto& d : si_.dates) {
      if (d.last == j - 1 && d.first >= from && d.kind == best->kind) earlier = &d;
    }
    if (earlier == nullptr) break;
    best = earlier;
  }
  return best;
}

}  // namespace evkg
