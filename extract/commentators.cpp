#include "extract/commentators.hpp"

#include <string_view>

#include "extract/word_set.hpp"

namespace evkg {

namespace {

using namespace std::string_view_literals;

// The nouns of those who comment on events: "analyst", "a Korea expert", "our correspondent".
bool commentator_noun(TokenKey k) {
  static const WordSet kNouns = {"analyst",     "expert",     "economist", "professor",  "lecturer",   "scholar",
                                 "historian",   "researcher", "fellow",    "commentator", "columnist", "correspondent",
                                 "pollster",    "strategist", "academic",  "sinologist", "kremlinologist",
                                 "consultant",  "scientist"};
  return kNouns.count(k.view()) != 0;
}

// What such people do, after "who" (now): "who teaches", "who now advises exporters".
bool commentator_verb(TokenKey k) {
  static const WordSet kVerbs = {"teaches", "advises", "studies", "researches", "lectures", "consults", "writes"};
  return kVerbs.count(k.view()) != 0;
}

// The heads of the names of places of research: "the Hallam Institute", "the Corvell Centre".
bool research_body_head(TokenKey k) {
  static const WordSet kHeads = {"institute", "institution", "centre", "center",    "university", "college",
                                 "school",    "foundation",  "workshop", "programme", "program",    "academy"};
  return kHeads.count(k.view()) != 0;
}

bool title_word(TokenKey k) {
  return k == "dr"sv || k == "dr."sv || k == "prof"sv || k == "prof."sv || k == "professor"sv;
}

// Whether the words around the person mention m say the person comments.
bool introduced_as_commentator(const DocContext& ctx, const SentenceInfo& si, const Mention& m) {
  const auto& t = ctx.tokens;
  const std::uint32_t f = si.span.first;
  const std::uint32_t l = si.span.last;
  // before: "the Balkans analyst Dr Peter Holm", "Our economist, Dr Hugo Lind"
  std::uint32_t p = m.first;
  while (p > f && title_word(t[p - 1].key)) --p;
  if (p > f && t[p - 1].key == ","sv) --p;
  if (p > f && t[p - 1].is(kWord) && !t[p - 1].is(kCapital) && commentator_noun(t[p - 1].key)) return true;
  // "Dr Paul Weir of the Hallam Institute"
  std::uint32_t q = m.last;
  if (q + 2 < l && t[q].key == "of"sv && t[q + 1].key == "the"sv) {
    std::uint32_t k = q + 2;
    while (k < l && k < q + 8 && t[k].is(kWord) && t[k].is(kCapital)) {
      if (research_body_head(t[k].key)) return true;
      ++k;
    }
  }
  // after, up to the appositive's end: ", a security analyst in the city", ", who teaches ..."
  if (q >= l || t[q].key != ","sv) return false;
  ++q;
  const bool article = q < l && (t[q].key == "a"sv || t[q].key == "an"sv);
  for (std::uint32_t k = q; k < l && k < q + 12; ++k) {
    const TokenKey w = t[k].key;
    if (w == ","sv || w == ";"sv || w == "."sv || w == ")"sv || t[k].is(kQuote)) break;
    if (w == "who"sv) {
      std::uint32_t v = k + 1;
      if (v < l && (t[v].key == "now"sv || t[v].key == "also"sv)) ++v;
      return v < l && commentator_verb(t[v].key);
    }
    // (the head of "a Korea expert at the Stimson Center", not "a minister who studied law")
    if (article && t[k].is(kWord) && !t[k].is(kCapital) && commentator_noun(w)) return true;
  }
  return false;
}

}  // namespace

void note_commentators(DocContext& ctx, const SentenceInfo& si) {
  for (const Mention& m : si.mentions) {
    if (m.kind != MKind::kPerson || m.entity < 0) continue;
    DocEntity& e = ctx.entities[static_cast<std::size_t>(m.entity)];
    if (!e.commentator && introduced_as_commentator(ctx, si, m)) e.commentator = true;
  }
}

}  // namespace evkg
