#include "extract/mention_finder.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "core/fold.hpp"
#include "extract/calendar_words.hpp"
#include "extract/doc_entities.hpp"
#include "extract/event_mentions.hpp"
#include "extract/word_classes.hpp"
#include "extract/word_set.hpp"

namespace evkg {

using namespace std::string_view_literals;  // "the"sv: comparisons check the length first
namespace {

// The lexicon person a name is, among those it may be ("George Bush": the father or the son): the
// one in office on the day the sentence is on (DocContext::names_day), else the one whose last post
// began latest before it.
const LexEntry* pick_person(const DocContext& ctx, const LexEntry* begin, const LexEntry* end) {
  const Date& day = ctx.names_day.full() ? ctx.names_day : ctx.doc_date;
  const LexEntry* best = nullptr;
  std::pair<int, Date> best_rank;
  for (const LexEntry* e = begin; e != end; ++e) {
    if (e->kind != LexKind::kPerson) continue;
    const PersonInfo& p = ctx.lex->people()[e->index];
    Date latest;
    for (const Position& pos : p.positions) {
      if ((day.empty() || pos.from <= day) && latest < pos.from) latest = pos.from;
    }
    const std::pair<int, Date> rank{!day.empty() && ctx.lex->in_office_on(p, day) ? 1 : 0, latest};
    if (best == nullptr || best_rank < rank) {
      best = e;
      best_rank = rank;
    }
  }
  return best;
}

// A lexicon phrase found in the sentence: its tokens and the entries valid there, a range of the
// sentence's entry pool (no allocation per hit).
struct Hit {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  const std::vector<LexEntry>* pool = nullptr;
  std::uint32_t entries_begin = 0;
  std::uint32_t entries_end = 0;
  std::uint32_t kinds = 0;  // a bit per LexKind among the entries: the rules ask has() many times

  Hit() = default;
  Hit(std::uint32_t f, std::uint32_t l, const std::vector<LexEntry>* p, std::uint32_t b, std::uint32_t e)
      : first(f), last(l), pool(p), entries_begin(b), entries_end(e) {
    for (std::uint32_t k = b; k < e; ++k) kinds |= bit((*p)[k].kind);
  }

  // The hit's person entry (see pick_person), nullptr when it names none.
  const LexEntry* person(const DocContext& ctx) const {
    if (!has(LexKind::kPerson)) return nullptr;
    return pick_person(ctx, pool->data() + entries_begin, pool->data() + entries_end);
  }
  const LexEntry* get(LexKind k) const {
    if (!has(k)) return nullptr;
    for (std::uint32_t e = entries_begin; e < entries_end; ++e) {
      if ((*pool)[e].kind == k) return &(*pool)[e];
    }
    return nullptr;
  }
  bool has(LexKind k) const { return (kinds & bit(k)) != 0; }

 private:
  static std::uint32_t bit(LexKind k) { return std::uint32_t{1} << static_cast<unsigned>(k); }
};

// Buffers the finder reuses from one sentence to the next.
struct FinderScratch {
  std::vector<Hit> hits;
  std::vector<LexEntry> hit_entries;  // the hits' entries
  std::vector<int> hit_at;  // per token of the sentence: index into hits, -1 none
  std::string phrase;
  std::vector<Trigger> pending_triggers;
  std::vector<Cue> pending_cues;
};

bool all_caps_span(const DocContext& ctx, std::uint32_t first, std::uint32_t last) {
  for (std::uint32_t i = first; i < last; ++i) {
    const Token& t = ctx.tokens[i];
    if (!t.is(kWord)) continue;
    if (!t.is(kAllCaps) && !(t.is(kCapital) && t.key.size() == 1)) return false;
  }
  return true;
}

bool valid_entry(const DocContext& ctx, const LexEntry& e, std::uint32_t first, std::uint32_t last) {
  if (e.case_sensitive && !all_caps_span(ctx, first, last)) return false;
  // ("the chancellery": a seat of government known by a common noun, after "the")
  if (e.needs_capital && !ctx.tokens[first].is(kCapital) && !ctx.tokens[first].is(kAllCaps) &&
      !(e.kind == LexKind::kSeat && last == first + 1 && first > 0 && ctx.tokens[first - 1].key == "the"sv)) {
    return false;
  }
  return true;
}

// Closed-class tests on tokens (the word lists are in extract/word_classes.cpp).
bool not_a_name(const Token& t) { return t.in(kClsNotAName); }
// (or an abstract noun in -tion or -sion: "National Reconciliation", "Regional Integration"; no
// family name ends so)
bool non_person_head(const Token& t) {
  if (t.in(kClsNonPersonHead)) return true;
  const std::string_view k = t.key.view();
  return k.size() >= 7 && (k.ends_with("tion") || k.ends_with("sion"));
}

// A role a body's name comes before: "LSE boss Clara Furse", "JPMorgan Chase chief executive Jamie
// Dimon", "SDCN coordinator Ann Lee".
bool role_after_body(const Token& t) {
  static const WordSet kRoles = {"boss", "chief", "head", "chairman", "chairwoman", "chair", "president",
                                 "director", "spokesman", "spokeswoman", "spokesperson", "official",
                                 "officials", "executive", "leader", "coordinator", "secretary", "deputy", "founder"};
  return kRoles.count(t.key.view()) != 0;
}
bool name_particle(const Token& t) { return t.in(kClsNameParticle); }
bool adjective_skip(const Token& t) { return t.in(kClsAdjective); }
bool place_preposition(const Token& t) { return t.in(kClsPlacePrep); }
bool pronoun_word(const Token& t) { return t.in(kClsPronoun); }

class Finder {
 public:
  Finder(DocContext& ctx, SentenceInfo& si, FinderScratch& scratch)
      : ctx_(ctx), si_(si), F_(si.span.first), L_(si.span.last), scratch_(scratch), hits_(scratch.hits),
        hit_at_(scratch.hit_at) {
    hits_.clear();
  }

  void run() {
    scan_lexicon();
    {
      const std::string_view sentence = ctx_.text_of(F_, L_);
      has_bracket_ = sentence.find('(') != std::string_view::npos;
    }
    mark_quotes();
    si_.dates = find_dates(ctx_.tokens, F_, L_, &si_.anchored_dates);
    ctx_.names_day = ctx_.focus.full() ? ctx_.focus : ctx_.doc_date;
    for (const DateMention& d : si_.dates) {
      if (d.kind != DateKind::kAbsolute || d.year == 0 || d.year == ctx_.doc_date.year) continue;
      ctx_.names_day = Date{d.year, d.month != 0 ? d.month : 7, d.day != 0 ? d.day : 1};
      break;
    }
    std::uint32_t i = F_;
    while (i < L_) {
      // Most tokens are plain: skipped in a loop of their own, with the arrays in registers.
      const Token* const toks = ctx_.tokens.data();
      const int* const hit_at = hit_at_.data();
      while (i < L_ && plain_token(toks[i], hit_at[i - F_])) ++i;
      if (i == L_) break;
      const std::uint32_t next = parse_at(i);
      i = next > i ? next : i + 1;
    }
    sort_by_first_token(si_.mentions);
    if (shared_surnames()) sort_by_first_token(si_.mentions);
    // "the stop at Trump Tower", "Lahore's Allama Iqbal airport": a building named after a person
    // is no mention of the person
    {
      static const WordSet kBuildingNouns = {"tower", "towers", "plaza", "building", "airport", "hotel", "centre",
                                             "center", "stadium", "arena", "avenue", "street", "bridge", "library"};
      // ("at Blair House", "Hillsborough Castle": these only in a name's capitals, "Putin's house" is his)
      // ("Kim Il Sung Square", "Jomo Kenyatta University")
      static const WordSet kNamedBuildings = {"house", "lodge", "palace", "castle", "square", "university", "museum",
                                              "mausoleum", "memorial", "park", "boulevard", "road"};
      std::erase_if(si_.mentions, [&](const Mention& m) {
        const bool building = m.kind == MKind::kPerson && !m.possessive && m.last < L_ && tok(m.last).is(kWord) &&
                              (kBuildingNouns.count(tok(m.last).key.view()) != 0 ||
                               (tok(m.last).is(kCapital) && kNamedBuildings.count(tok(m.last).key.view()) != 0));
        // (the person it names was not spoken of: no "Kim" after "Kim Il Sung Square" is he)
        if (building && m.entity >= 0) ctx_.entities[static_cast<std::size_t>(m.entity)].in_a_place_name = true;
        return building;
      });
    }
    // "Joseph R. Biden, Jr. of the United States": a generation's suffix ends the person's mention
    // (no list's comma, no word of the clause)
    for (auto& a : si_.mentions) {
      if (a.kind != MKind::kPerson || a.possessive) continue;
      const std::uint32_t n = a.last < L_ && tok(a.last).key == ","sv ? a.last + 1 : a.last;
      if (n < L_ && (tok(n).key == "jr"sv || tok(n).key == "sr"sv) && tok(n).is(kCapital)) a.last = n + 1;
    }
    // "received by the President of the Senate (Monsieur Gerard Larcher)": a title that named
    // nobody is the person named in brackets right after it
    // ("the Palais du Luxembourg", "the Patrouille de France": a country after a French name's
    // "du", "de" is part of that name)
    {
      std::vector<std::size_t> named_in_brackets;
      for (std::size_t m = 0; m + 1 < si_.mentions.size(); ++m) {
        auto& a = si_.mentions[m];
        auto& b = si_.mentions[m + 1];
        // (over what the title is of: "the President of the National Assembly (Madame ...)")
        if (a.kind != MKind::kTitle || b.kind != MKind::kPerson || b.entity < 0 || b.possessive || b.first <= a.last ||
            b.first > a.last + 6 || tok(b.first - 1).key != "("sv || b.last >= L_ || tok(b.last).key != ")"sv) {
          continue;
        }
        bool of_words = true;
        for (std::uint32_t k = a.last; k + 1 < b.first; ++k) of_words = of_words && tok(k).is(kWord);
        if (!of_words) continue;
        a.kind = MKind::kPerson;
        a.entity = b.entity;
        a.last = b.last + 1;
        named_in_brackets.push_back(m + 1);
      }
      const auto french_name_part = [&](const Mention& m) {
        if (m.kind != MKind::kCountry || m.first <= F_ + 1) return false;
        const Token& p = tok(m.first - 1);
        return !p.is(kCapital) && (p.key == "du"sv || p.key == "de"sv || p.key == "des"sv) && tok(m.first - 2).is(kCapital);
      };
      if (!named_in_brackets.empty() || std::any_of(si_.mentions.begin(), si_.mentions.end(), french_name_part)) {
        std::vector<Mention> kept;
        kept.reserve(si_.mentions.size());
        for (std::size_t m = 0; m < si_.mentions.size(); ++m) {
          const bool inner = std::find(named_in_brackets.begin(), named_in_brackets.end(), m) != named_in_brackets.end();
          if (!inner && !french_name_part(si_.mentions[m])) kept.push_back(std::move(si_.mentions[m]));
        }
        si_.mentions.swap(kept);
      }
    }
    // "China's Xi Jinping", "Russia's President Putin": the possessor only qualifies the person.
    for (std::size_t m = 0; m + 1 < si_.mentions.size(); ++m) {
      auto& a = si_.mentions[m];
      const auto& b = si_.mentions[m + 1];
      const bool next_to = b.first == a.last + 1 || (a.kind == MKind::kPronoun && b.first >= a.last && b.first <= a.last + 2);
      if (a.possessive && next_to && b.kind == MKind::kPerson) a.modifier = true;
    }
    // "Tshisekedi's government has refused to negotiate", "Trump's administration": the government
    // of a person's country is that country
    bool swallowed = false;
    for (auto& a : si_.mentions) {
      if (a.kind != MKind::kPerson || !a.possessive || a.entity < 0) continue;
      std::uint32_t n = a.last;
      if (n < L_ && tok(n).key == "'s"sv) ++n;
      if (n >= L_ || (tok(n).key != "government"sv && tok(n).key != "administration"sv && tok(n).key != "cabinet"sv)) {
        continue;
      }
      const std::string code = country_code_of(ctx_, a.entity);
      const auto c = code.empty() ? std::nullopt : ctx_.lex->country_by_code(code);
      if (!c) continue;
      a.kind = MKind::kCountry;
      a.entity = entity_for_country(ctx_, *c);
      a.last = n + 1;
      a.possessive = false;
      a.modifier = false;
      swallowed = true;
    }
    if (swallowed) {
      // (a mention of "government" inside the new one goes)
      std::uint32_t covered_to = 0;
      std::vector<Mention> kept;
      kept.reserve(si_.mentions.size());
      for (auto& m : si_.mentions) {
        if (m.first < covered_to) continue;
        covered_to = std::max(covered_to, m.last);
        kept.push_back(std::move(m));
      }
      si_.mentions.swap(kept);
    }
    // "A Japanese electronics company agreed to pay", "a French bank": a country that qualifies a
    // company, a bank or a newspaper is not the one acting
    for (auto& a : si_.mentions) {
      if (a.kind != MKind::kCountry || a.possessive || a.last >= L_) continue;
      for (std::uint32_t k = a.last; k < L_ && k < a.last + 4; ++k) {
        const Token& w = tok(k);
        if (!w.is(kWord) || w.is(kCapital) || w.key.ends_with("ed") || w.key == "to"sv || w.key == "has"sv ||
            w.key == "have"sv || w.key == "is"sv || w.key == "was"sv || w.key == "will"sv || w.key == "would"sv) {
          break;
        }
        if (company_noun(w.key)) {
          a.modifier = true;
          break;
        }
      }
    }
    if (has_event_noun_) {  // most sentences name no summit, meeting or talks
      find_event_phrases(ctx_, si_, [&](std::uint32_t t) { return hit_index(t); },
                         [&](std::uint32_t t, LexKind k) { return hit_kind_entry(t, k); });
    }
    si_.index_mentions();
    // "Kim Yo Jong, the younger sister of North Korean leader Kim Jong Un": a bare name described
    // by an apposition is a real actor.
    for (std::size_t m = 0; m < si_.mentions.size(); ++m) {
      const auto& mm = si_.mentions[m];
      if (mm.kind != MKind::kPerson || mm.entity < 0) continue;
      auto& ent = ctx_.entities[static_cast<std::size_t>(mm.entity)];
      if (ent.reliable) continue;
      // "whose director-general, Bastian Giegerich, ...": a role and a comma before the name
      // (also at the end of a list: "and the first deputy foreign minister, Serhiy Kyslytsya.")
      const TokenKey after = mm.last < L_ ? tok(mm.last).key : TokenKey();
      if (mm.first >= F_ + 2 && tok(mm.first - 1).key == ","sv &&
          (after == ","sv || after == "."sv || after == ";"sv || after == "and"sv || mm.last == L_)) {
        const int hi = hit_index(mm.first - 2);
        const Hit* h = hi >= 0 ? &hits_[static_cast<std::size_t>(hi)] : nullptr;
        if (h != nullptr && h->last == mm.first - 1 && (h->has(LexKind::kTitle) || h->has(LexKind::kPersonNoun))) {
          ent.reliable = true;
          continue;
        }
      }
      // "Sam Altman of OpenAI": a full name qualified by the body it belongs to
      if (mm.last + 1 < L_ && mm.last > mm.first + 1 && tok(mm.last).key == "of"sv && tok(mm.last + 1).is(kCapital) &&
          !place_preposition(tok(mm.first > F_ ? mm.first - 1 : mm.first))) {
        ent.reliable = true;
        continue;
      }
      if (mm.last + 2 >= L_) continue;
      if (tok(mm.last).key != ","sv || (tok(mm.last + 1).key != "the"sv && tok(mm.last + 1).key != "a"sv)) continue;
      for (std::uint32_t k = mm.last + 2; k < L_ && k < mm.last + 8 && tok(k).key != ","sv; ++k) {
        const Hit* h = hit_starting(k);
        const bool role_word = (h && (h->has(LexKind::kTitle) || h->has(LexKind::kPersonNoun))) ||
                               tok(k).key == "sister"sv || tok(k).key == "brother"sv || tok(k).key == "son"sv ||
                               tok(k).key == "daughter"sv || tok(k).key == "wife"sv || tok(k).key == "husband"sv ||
                               tok(k).key == "head"sv || tok(k).key == "founder"sv || tok(k).key == "commander"sv;
        if (role_word) {
          ctx_.entities[static_cast<std::size_t>(mm.entity)].reliable = true;
          break;
        }
      }
    }
    find_speaker();
    resolve_pronouns();
    governments_of_pronouns();
    for (const auto& m : si_.mentions) {
      if (m.entity < 0) continue;
      auto& e = ctx_.entities[static_cast<std::size_t>(m.entity)];
      ++e.mentions;
      if (m.kind != MKind::kPronoun) ++e.named_mentions;
    }
  }

 private:
  // ---- lexicon scan
  void scan_lexicon() {
    hit_at_.assign(L_ - F_, -1);
    si_.cue_at.assign(L_ - F_, -1);
    std::uint32_t i = F_;
    std::string& phrase = scratch_.phrase;
    std::vector<Trigger>& pending_triggers = scratch_.pending_triggers;
    std::vector<Cue>& pending_cues = scratch_.pending_cues;
    std::vector<LexEntry>& pool = scratch_.hit_entries;
    pending_triggers.clear();
    pending_cues.clear();
    pool.clear();
    while (i < L_) {
      // The tokenizer looked every token up in the lexicon's word table: most tokens start no
      // phrase (absent, or starting none), skipped in a loop of their own, and one-token lookups
      // need no string.
      const Token* const toks = ctx_.tokens.data();
      while (i < L_ && toks[i].word != kWordNotLookedUp && toks[i].phrase_len == 0) ++i;
      if (i == L_) break;
      const std::uint32_t word = toks[i].word;
      Hit best;
      phrase.clear();
      std::size_t limit = L_ - i;
      for (std::size_t len = 1; len <= limit; ++len) {
        // The phrase's key is built only for the index (a one-token phrase found by the tokenizer
        // needs none).
        const bool by_word = len == 1 && word != kWordNotLookedUp;
        // A later token that is not in the word table is in no phrase at all (the lexicon puts
        // every word of its phrases there), so no phrase goes on to it.
        if (len > 1 && ctx_.tokens[i + len - 1].word == WordTable::kAbsent) break;
        // Nor does one start with two words whose pair begins no phrase.
        if (len == 2 && word < kWordNotLookedUp && ctx_.tokens[i + 1].word < kWordNotLookedUp &&
            !ctx_.lex->may_start_phrase(word, ctx_.tokens[i + 1].word)) {
          break;
        }
        if (!by_word) {
          if (phrase.empty()) phrase += ctx_.tokens[i].key;
          if (len > 1) {
            phrase.push_back(' ');
            phrase += ctx_.tokens[i + len - 1].key;
          }
        }
        const auto found = by_word ? ctx_.lex->lookup_word(word) : ctx_.lex->lookup_prefix(phrase);
        if (found.max_len < len) break;  // no phrase starts with these tokens
        limit = std::min(limit, found.max_len);
        const auto* entries = found.entries;
        if (entries == nullptr) continue;
        const auto last = static_cast<std::uint32_t>(i + len);
        const auto ok_begin = static_cast<std::uint32_t>(pool.size());
        // ("Putin also meets May": a capitalised "May" inside a sentence is a name or a month, no
        // modal verb)
        const bool capital_may = last == i + 1 && i > F_ && ctx_.tokens[i].is(kCapital) && ctx_.tokens[i].key == "may"sv;
        for (const auto& e : *entries) {
          if (valid_entry(ctx_, e, i, last) && !(capital_may && e.kind == LexKind::kCue)) pool.push_back(e);
        }
        const auto ok_end = static_cast<std::uint32_t>(pool.size());
        if (ok_begin == ok_end) continue;
        // Triggers and cues of every length count ("refused" is a trigger inside the cue
        // "refused to"); for names, the longest phrase wins (a shorter one's entries stay unused
        // in the pool).
        for (std::uint32_t k = ok_begin; k < ok_end; ++k) {
          const LexEntry& e = pool[k];
          // ("the speech everyone came to hear": a journey's "came to" goes to a place, not a verb)
          if (e.kind == LexKind::kTrigger && !(last < L_ && ctx_.tokens[last - 1].key == "to"sv &&
                                               ctx_.tokens[last].is(kWord) && !ctx_.tokens[last].is(kCapital) &&
                                               ctx_.tokens[last].key != "the"sv &&
                                               ctx_.lex->triggers()[e.index].frame == "arrive"sv)) {
            pending_triggers.push_back(Trigger{i, last, e.index});
          }
          // ("the CELAC member states oppose", "the Gulf states pledged": "states" after "member", a
          // determiner or a name inside the sentence is a noun)
          const bool states_noun =
              last == i + 1 && i > F_ && ctx_.tokens[i].key == "states"sv &&
              (ctx_.tokens[i - 1].key == "member"sv || ctx_.tokens[i - 1].in(kClsAdjective) ||
               (ctx_.tokens[i - 1].is(kCapital) && i - 1 > F_));
          if (e.kind == LexKind::kCue && !states_noun) {
            pending_cues.emplace_back(Cue{i, last, ctx_.lex->cue_kinds()[e.index]});
          }
        }
        best = Hit{i, last, &pool, ok_begin, ok_end};
      }
      if (best.last == 0) {
        ++i;
        continue;
      }
      const auto idx = static_cast<int>(hits_.size());
      for (std::uint32_t t = best.first; t < best.last; ++t) hit_at_[t - F_] = idx;
      for (auto& tr : pending_triggers) si_.triggers.push_back(tr);
      for (auto& c : pending_cues) {
        si_.cues.push_back(std::move(c));
        for (std::uint32_t t = si_.cues.back().first; t < si_.cues.back().last; ++t) {
          si_.cue_at[t - F_] = static_cast<int>(si_.cues.size()) - 1;
        }
      }
      pending_triggers.clear();
      pending_cues.clear();
      i = best.last;
      has_event_noun_ = has_event_noun_ || best.has(LexKind::kEventNoun);
      hits_.push_back(best);
    }
    split_triggers();
    if (L_ > F_) {
      const Token& end = ctx_.tokens[L_ - 1];
      si_.question = end.key == "?"sv || (L_ - F_ >= 2 && ctx_.tokens[L_ - 2].key == "?"sv);
    }
  }

  // A trigger written with words inside it: the key of token `head` and then one to three tokens
  // from `rest` make a trigger phrase of the lexicon. Adds the trigger, spanning [head, end of the
  // phrase), and returns true if they do.
  bool split_trigger(std::uint32_t head, std::uint32_t rest) {
    std::string& phrase = scratch_.phrase;
    phrase.clear();
    phrase += ctx_.tokens[head].key;
    for (std::uint32_t len = 1; len <= 3 && rest + len <= L_; ++len) {
      phrase.push_back(' ');
      phrase += ctx_.tokens[rest + len - 1].key;
      const auto found = ctx_.lex->lookup_prefix(phrase);
      if (found.entries == nullptr) continue;
      bool added = false;
      for (const auto& e : *found.entries) {
        if (e.kind != LexKind::kTrigger || !valid_entry(ctx_, e, head, rest + len)) continue;
        si_.triggers.push_back(Trigger{head, rest + len, e.index});
        added = true;
      }
      if (added) return true;
    }
    return false;
  }

  // Triggers with words inside them, after the scan found the ones written whole:
  // - "held her own first talks with", "held four days of talks": a form of "hold" and the words of
  //   a trigger it starts ("held talks"), with up to four modifiers between them: lower-case words
  //   other than the function words that end a noun phrase's run-up;
  // - "participated remotely in", "took part virtually in": an adverb in -ly between the first word
  //   of a trigger and the rest of it.
  void split_triggers() {
    static constexpr std::array<std::string_view, 36> kNotModifiers = {
        "to",    "with",  "at",   "in",    "on",    "by",     "for",   "from",   "about", "over",   "into",  "that",
        "which", "who",   "and",  "or",    "but",   "not",    "no",    "never",  "would", "will",   "could", "should",
        "may",   "might", "can",  "was",   "were",  "is",     "are",   "be",     "been",  "than",   "as",    "after"};
    const auto modifier = [&](const Token& t) {
      if (!t.is(kWord) || t.key.empty() || t.key == "'s"sv) return false;
      const char c = ctx_.doc->text[t.begin];
      if ((c < 'a' || c > 'z') && (c < '0' || c > '9')) return false;
      return std::none_of(kNotModifiers.begin(), kNotModifiers.end(), [&](std::string_view w) { return t.key == w; });
    };
    const std::size_t before = si_.triggers.size();
    const Token* const toks = ctx_.tokens.data();
    for (std::uint32_t t = F_; t + 2 < L_; ++t) {
      // (a first test that turns away most tokens: a form of "hold" starts with 'h', an adverb in
      // -ly ends with 'y')
      if ((toks[t].key.size() < 4 || toks[t].key[0] != 'h') &&
          (toks[t + 1].key.size() < 5 || toks[t + 1].key.back() != 'y')) {
        continue;
      }
      const TokenKey k = ctx_.tokens[t].key;
      const bool hold = k == "held"sv || k == "hold"sv || k == "holds"sv || k == "holding"sv;
      const Token& next = ctx_.tokens[t + 1];
      const bool adverb = ctx_.tokens[t].is(kWord) && next.is(kWord) && !next.is(kCapital) && next.key.size() >= 5 &&
                          next.key.ends_with("ly");
      if (!hold && !adverb) continue;
      const bool written = std::any_of(si_.triggers.begin(), si_.triggers.begin() + static_cast<std::ptrdiff_t>(before),
                                       [&](const Trigger& tr) { return tr.first == t; });
      if (written) continue;
      if (hold) {
        bool found = false;
        for (std::uint32_t j = t + 2; j < L_ && j <= t + 5 && !found && modifier(ctx_.tokens[j - 1]); ++j) {
          found = split_trigger(t, j);
        }
        if (found) continue;
      }
      if (adverb) split_trigger(t, t + 2);
    }
    if (si_.triggers.size() > before) {
      std::stable_sort(si_.triggers.begin(), si_.triggers.end(),
                       [](const Trigger& x, const Trigger& y) { return x.first < y.first; });
    }
  }

  // (inlined everywhere: the title parser alone asks it about a million times on 2,000 articles)
  [[gnu::always_inline]] const Hit* hit_starting(std::uint32_t t) const {
    if (t < F_ || t >= L_) return nullptr;
    const int h = hit_at_[t - F_];
    if (h < 0 || hits_[static_cast<std::size_t>(h)].first != t) return nullptr;
    return &hits_[static_cast<std::size_t>(h)];
  }
  int hit_index(std::uint32_t t) const { return t >= F_ && t < L_ ? hit_at_[t - F_] : -1; }
  const LexEntry* hit_kind_entry(std::uint32_t t, LexKind k) const {
    const Hit* h = hit_starting(t);
    return h ? h->get(k) : nullptr;
  }
  bool is_entity_hit(const Hit* h) const {
    return h && (h->has(LexKind::kCountry) || h->has(LexKind::kOrg) || h->has(LexKind::kDemonym) ||
                 h->has(LexKind::kOrgDemonym) || h->has(LexKind::kCapital) || h->has(LexKind::kSeat) ||
                 h->has(LexKind::kCity) || h->has(LexKind::kPlace) || h->has(LexKind::kOutlet));
  }

  void mark_quotes() {
    si_.in_quote.assign(L_ - F_, 0);
    has_quote_ = false;
    bool in = false;
    for (std::uint32_t i = F_; i < L_; ++i) {
      const Token& t = ctx_.tokens[i];
      if (!t.is(kQuote)) {
        // (most sentences quote nothing: the marks were zeroed above and are written only inside)
        if (in) {
          si_.in_quote[i - F_] = 1;
          has_quote_ = true;
        }
        continue;
      }
      if (t.key == "\""sv) {
        const std::string_view raw = std::string_view(ctx_.doc->text).substr(t.begin, t.end - t.begin);
        if (raw == "\xE2\x80\x9C") {
          in = true;
        } else if (raw == "\xE2\x80\x9D") {
          in = false;
        } else {
          in = !in;
        }
        continue;
      }
      si_.in_quote[i - F_] = in ? 1 : 0;
      has_quote_ = has_quote_ || in;
    }
  }

  std::string_view text(std::uint32_t a, std::uint32_t b) const { return ctx_.text_of(a, b); }
  const Token& tok(std::uint32_t i) const { return ctx_.tokens[i]; }

  void push(Mention&& m) {
    note_company(m.kind, m.entity, m.first);
    si_.mentions.push_back(std::move(m));
  }

  // "Macron and his wife Brigitte", "Trump and his wife, Melania,", "Biden and his son, Hunter,": a
  // first name after "his wife", "her husband", "his son", "her sister" is the relative, who has the
  // surname of the person named before it (a king's wife is the queen: "King Felipe and his wife,
  // Letizia"). Returns the end of the mention pushed, else i.
  std::uint32_t parse_spouse_name(std::uint32_t i) {
    if (i < F_ + 3) return i;
    std::uint32_t k = i - 1;
    if (tok(k).key == ","sv) --k;
    const TokenKey rel = tok(k).key;
    const bool spouse = rel == "wife"sv || rel == "husband"sv;
    if ((!spouse && rel != "son"sv && rel != "daughter"sv && rel != "brother"sv && rel != "sister"sv) ||
        (tok(k - 1).key != "his"sv && tok(k - 1).key != "her"sv)) {
      return i;
    }
    if (!tok(i).is(kCapital) || !tok(i).is(kWord) || (hit_index(i) >= 0 && hit_starting(i) == nullptr)) return i;
    // (a first name that is also a place, in apposition: "his wife, Victoria,", not the capital of
    // the Seychelles)
    if (const Hit* h = hit_starting(i);
        h != nullptr && (h->last != i + 1 || tok(i - 1).key != ","sv || i + 1 >= L_ || tok(i + 1).key != ","sv ||
                         !(h->has(LexKind::kCapital) || h->has(LexKind::kCity) || h->has(LexKind::kPlace)) ||
                         h->has(LexKind::kPerson) || h->has(LexKind::kSurname) || h->has(LexKind::kCountry) ||
                         h->has(LexKind::kOrg) || h->has(LexKind::kTitle) || h->has(LexKind::kHonorific))) {
      return i;
    }
    // (one first name, then no more capitals: "his wife Melania sat", "his wife, Melania,")
    if (i + 1 < L_ && tok(i + 1).is(kCapital) && tok(i + 1).is(kWord)) return i;
    int spouse_of = -1;
    for (const Mention& m : si_.mentions) {
      if (m.first < k - 1 && m.kind == MKind::kPerson && m.entity >= 0 && !m.possessive) spouse_of = m.entity;
    }
    if (spouse_of < 0) return i;
    const DocEntity& p = ctx_.entities[static_cast<std::size_t>(spouse_of)];
    if (p.surname_key.empty() || p.surname_only) return i;
    if (p.label.find(' ') == std::string::npos) return i;  // ("Naruhito": a monarch's one name)
    std::string surname = p.label.substr(p.label.rfind(' ') + 1);
    // (a monarch has no surname: the wife of a king or an emperor is a queen or an empress; other
    // relatives of a royal are left to the text)
    const std::string_view style = std::string_view(p.label).substr(0, p.label.find(' '));
    if (style == "King"sv || style == "Emperor"sv) {
      if (rel != "wife"sv) return i;
      const std::string name = std::string(style == "King"sv ? "Queen " : "Empress ") + std::string(text(i, i + 1));
      const int ent = entity_for_named_person(ctx_, name, "", p.country, "", true);
      return ent >= 0 ? push_actor(i, i + 1, MKind::kPerson, ent) : i;
    }
    if (style == "Queen"sv || style == "Prince"sv || style == "Princess"sv || style == "Sultan"sv || style == "Emir"sv ||
        style == "Sheikh"sv || style == "Crown"sv || style == "Empress"sv || style == "Pope"sv) {
      return i;
    }
    const std::string name = std::string(text(i, i + 1)) + " " + surname;
    int ent = lex_person_of_key(name_key(name));
    if (ent < 0) ent = entity_for_named_person(ctx_, name, "", p.country, "", true);
    return ent >= 0 ? push_actor(i, i + 1, MKind::kPerson, ent) : i;
  }

  // (a company that opens its sentence, for "the company" in the next one)
  void note_company(MKind kind, int ent, std::uint32_t at) {
    if (kind != MKind::kOrg || ent < 0) return;
    std::uint32_t w = F_;
    while (w < at && !tok(w).is(kWord)) ++w;
    if (w != at) return;
    const DocEntity& e = ctx_.entities[static_cast<std::size_t>(ent)];
    if (e.lex >= 0 && ctx_.lex->orgs()[static_cast<std::size_t>(e.lex)].kind == "company"sv) {
      ctx_.last_company = ent;
      ctx_.last_company_sentence = ctx_.sentence_no;
    }
  }

  // "His Royal Highness", "Her Majesty", "Their Royal Highnesses" from token i (a possessive
  // pronoun in capitals, then the style): the token after the style, else i.
  std::uint32_t royal_style_end(std::uint32_t i) const {
    const TokenKey k = tok(i).key;
    if (!tok(i).is(kCapital) || (k != "his"sv && k != "her"sv && k != "their"sv) || i + 1 >= L_ ||
        !tok(i + 1).is(kCapital)) {
      return i;
    }
    const TokenKey a = tok(i + 1).key;
    if (a == "majesty"sv || a == "majesties"sv) return i + 2;
    if (a == "royal"sv && i + 2 < L_ && tok(i + 2).is(kCapital) &&
        (tok(i + 2).key == "highness"sv || tok(i + 2).key == "highnesses"sv)) {
      return i + 3;
    }
    return i;
  }

  // A capitalised name starting at j (up to 4 words, particles allowed inside); returns its end.
  std::uint32_t name_span(std::uint32_t j) const {
    std::uint32_t k = j;
    int words = 0;
    while (k < L_ && words < 5) {
      const Token& t = tok(k);
      // ("Facing Zelensky across the table were": a participle opening the sentence is no first name)
      if (k == F_ && t.key.size() >= 6 && t.key.ends_with("ing") && hit_starting(k) == nullptr) break;
      // ("Sir Keir Starmer KCB KC MP": letters after a name are honours and offices, not names)
      static const WordSet kPostNominals = {"kcb", "kc", "qc", "mp", "obe", "mbe", "cbe", "kbe", "dbe", "gcb",
                                            "gcmg", "kcmg", "cmg", "kg", "kt", "pc", "frs", "mep", "msp", "ms",
                                            "mla", "td", "gcvo", "kcvo", "cvo", "lvo", "om", "ch"};
      if (words > 0 && t.is(kAllCaps) && t.key.size() <= 4 && kPostNominals.count(t.key.view()) != 0) break;
      // ("Joseph R. Biden Jr.": a generation's suffix is no part of the name one is known by)
      if (words > 0 && (t.key == "jr"sv || t.key == "sr"sv || t.key == "jr."sv || t.key == "sr."sv)) break;
      if (t.is(kWord) && t.is(kCapital) && !t.is(kDigit) && !not_a_name(t) && t.key != "'s"sv) {
        const Hit* h = hit_starting(k);
        const int hi = hit_index(k);
        if (hi >= 0 && !h) break;  // inside another phrase
        // ("Therese Kayikwamba Wagner": a body's one-word name after unknown names is a surname)
        const bool surname_like = h && words > 0 && h->last == k + 1 && h->has(LexKind::kOrg) &&
                                  !h->has(LexKind::kCountry) && !h->has(LexKind::kDemonym) && hit_index(k - 1) < 0;
        if (h && !surname_like && !(h->has(LexKind::kPerson) || h->has(LexKind::kSurname)) &&
            (is_entity_hit(h) || h->has(LexKind::kTitle) || h->has(LexKind::kTrigger) || h->has(LexKind::kCue) ||
             h->has(LexKind::kEventNoun) || h->has(LexKind::kHonorific) || h->has(LexKind::kPersonNoun))) {
          break;
        }
        ++words;
        k = h ? h->last : k + 1;
        continue;
      }
      if (words > 0 && t.is(kWord) && name_particle(t) && k + 1 < L_ && tok(k + 1).is(kCapital)) {
        // ("Prince Badr bin Sultan": the father's name after "bin" is a name, whatever else it is)
        if ((t.key == "bin"sv || t.key == "ibn"sv || t.key == "bint"sv) && tok(k + 1).is(kWord)) {
          ++words;
          k += 2;
          continue;
        }
        ++k;
        continue;
      }
      // (not a page's label in brackets before a caption: "[Photo] Ian Borg opens ...")
      static const WordSet kLabels = {"photo", "image", "picture", "video", "graphic", "map", "chart", "audio",
                                      "watch", "listen", "gallery", "caption", "pictured", "file"};
      if (words > 0 && (t.key == "]"sv || t.key == "["sv) && k + 1 < L_ && tok(k + 1).is(kCapital) &&
          !(words == 1 && k == j + 1 && kLabels.count(tok(j).key.view()) != 0)) {
        ++k;  // an editor's bracket inside a name: "[Russian President Vladimir] Putin"
        continue;
      }
      break;
    }
    // ("chairman of the African Union Commission": one word that heads the name of a body or a
    // place is no one's name)
    if (words == 1 && non_person_head(tok(k - 1))) return j;
    // ("a spokesperson of the DPRK Foreign Ministry", "chairman of the Japan Business Federation",
    // "South Korea's Joint Chiefs of Staff": a name whose last word is a body's is a body's name)
    // (nor is a post's name: "Chief Executive Officer", "Managing Partner", "Creative Director")
    static const WordSet kBodyOrPostEnds = {"ministry", "federation", "council", "committee", "agency", "department",
                                       "commission", "secretariat", "directorate", "chiefs", "bureau", "authority",
                                       "officer", "partner", "director", "manager", "correspondent", "editor"};
    if (words >= 2 && tok(k - 1).is(kCapital) && kBodyOrPostEnds.count(tok(k - 1).key.view()) != 0) return j;
    // ("the San Francisco Bay Area", "the Kansai Region": nor is a name a stretch of land's word ends)
    static const WordSet kLandEnds = {"area", "region", "valley", "coast", "county", "province", "district", "peninsula",
                                      "strait", "basin", "estate", "gardens", "prefecture", "oblast", "governorate"};
    if (words >= 2 && tok(k - 1).is(kCapital) && kLandEnds.count(tok(k - 1).key.view()) != 0) return j;
    // ("Trump Tower": a building named after someone is no one)
    // ("spent the night at Blair House": nor the guest house named after a family)
    static const WordSet kBuildings = {"tower", "towers", "plaza", "building", "palace", "castle", "airport", "hotel",
                                       "square", "street", "avenue", "bridge", "cathedral", "mosque", "university",
                                       "centre", "center", "stadium", "arena", "house", "lodge"};
    // (a known surname and the building's noun: not "Barbara Castle")
    if (words == 2 && kBuildings.count(tok(k - 1).key.view()) != 0 && tok(k - 1).is(kCapital)) {
      const Hit* first = hit_starting(j);
      if (first != nullptr && first->last == j + 1 && (first->has(LexKind::kSurname) || first->has(LexKind::kPerson))) return j;
    }
    return words > 0 ? k : j;
  }

  // A person named by the tokens [a, b): the lexicon's, the document's, or a new one.
  // The person already named whose name is an Arabic one of a father's or a family's name after
  // the given one ("Faisal bin Farhan Al Saud", "Mishal Al-Ahmad Al-Jaber Al-Sabah") and whose given
  // name is `given`: the one a prince or a sheikh is called by on second mention. -1 if none.
  int given_name_of_named(std::string_view given) const {
    for (std::size_t i = ctx_.entities.size(); i-- > 0;) {
      const DocEntity& e = ctx_.entities[i];
      if (e.type != "person"sv || e.surname_only) continue;
      if (arabic_given_name(name_key(e.label)) == given) return static_cast<int>(i);
    }
    return -1;
  }

  int person_from_name(std::uint32_t a, std::uint32_t b, const std::string& role, const std::string& country,
                       const std::string& org, bool reliable) {
    std::uint32_t words = 0;
    const std::string key = [&] {
      std::string k;
      for (std::uint32_t i = a; i < b; ++i) {
        if (!tok(i).is(kWord)) continue;
        if (!k.empty()) k.push_back(' ');
        k += tok(i).key;
        ++words;
      }
      return k;
    }();
    // the lexicon person a key names (with this mention's role), -1 if none
    const auto lex_person_named = [&](std::string_view k) {
      const int ent = lex_person_of_key(k);
      if (ent >= 0) note_role(ctx_, ent, role, country, org);
      return ent;
    };
    if (words > 1 && words < b - a) {
      // brackets inside: look the words up as one name
      if (const int ent = lex_person_of_key(key); ent >= 0) return ent;
    }
    // ("Sheikh Tamim bin Hamad Al Thani": the name without its style, when only that is known)
    const std::size_t space = key.find(' ');
    const std::string_view style = space == std::string::npos ? std::string_view() : std::string_view(key).substr(0, space);
    const bool styled = style == "sheikh"sv || style == "sheikha"sv || style == "emir"sv || style == "sultan"sv;
    for (int pass = 0; pass < (styled ? 2 : 1); ++pass) {
      if (const int ent = lex_person_named(pass == 0 ? std::string_view(key) : std::string_view(key).substr(space + 1));
          ent >= 0) {
        return ent;
      }
    }
    // "Sheikh Sabah Khaled Al-Hamad Al-Sabah" for the lexicon's "Sabah al-Khalid al-Hamad
    // al-Sabah": an Arabic name in another transliteration
    if (words >= 3) {
      if (const std::string sk = arabic_name_skeleton(key); !sk.empty()) {
        if (const int ent = lex_person_named(sk); ent >= 0) return ent;
      }
    }
    // "Mohammed bin Salman bin Abdulaziz Al Saud", "Badr bin Sultan bin Abdulaziz": an Arabic name
    // with its grandfather's is the person of the name without it
    if (words >= 5) {
      std::uint32_t second_bin = 0;
      int bins = 0;
      for (std::uint32_t i = a + 1; i < b && second_bin == 0; ++i) {
        if (tok(i).key == "bin"sv || tok(i).key == "ibn"sv) {
          if (++bins == 2) second_bin = i;
        }
      }
      if (second_bin != 0) {
        std::uint32_t family = b;  // "Al Saud", "Al-Saud", "al-Sabah" at its end
        for (std::uint32_t i = second_bin + 2; i < b; ++i) {
          if (tok(i).key == "al"sv || tok(i).key.starts_with("al-")) {
            family = i;
            break;
          }
        }
        std::string shorter(text(a, second_bin));
        if (family < b) shorter.append(" ").append(text(family, b));
        for (const std::string_view k : {std::string_view(shorter), text(a, second_bin)}) {
          if (const int ent = lex_person_named(name_key(k)); ent >= 0) return ent;
        }
        return entity_for_named_person(ctx_, shorter, role, country, org, reliable);
      }
    }
    // ("Sheikh Mishal" after "Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah": see given_name_of_named)
    if (styled && words == 2) {
      if (const int p = given_name_of_named(key.substr(space + 1)); p >= 0) return p;
    }
    // ("Prince Faisal" after "Prince Faisal bin Farhan": see given_name_of_named)
    if (b - a == 1 && a > F_) {
      const TokenKey h = tok(a - 1).key;
      if (h == "prince"sv || h == "princess"sv || h == "sheikh"sv || h == "sheikha"sv || h == "sayyid"sv ||
          h == "emir"sv) {
        if (const int p = given_name_of_named(key); p >= 0) return p;
      }
    }
    // One word: a surname of someone already named, or of a lexicon person.
    if (b - a == 1 || (b - a > 1 && name_particle(tok(a)))) {
      const std::string sk = key.substr(key.rfind(' ') == std::string::npos ? 0 : key.rfind(' ') + 1);
      if (const int p = person_by_surname(ctx_, b - a == 1 ? key : sk, !role.empty()); p >= 0) {
        // ("Trump" after "Donald and Melania Trump" named only her in full: the leader in office of
        // that surname, not a namesake the lexicon knows in no office)
        // (not after an honorific: "Dr Biden" after Jill Biden is she)
        if (const int leader = role.empty() && !reliable && b - a == 1 ? leader_of_surname(key, p) : -1; leader >= 0) {
          return leader;
        }
        note_role(ctx_, p, role, country, org);
        return p;
      }
      // ("Key points", "Rice prices": a heading of a few words in lower case after a surname is no
      // one's name)
      const bool heading = a == F_ && b == a + 1 && role.empty() && L_ <= F_ + 4 && b < L_ && tok(b).is(kWord) &&
                           !tok(b).is(kCapital) && !tok(L_ - 1).is(kPunct);
      if (const auto* entries = heading ? nullptr : ctx_.lex->lookup(key)) {
        const int lp = lex_person_by_surname(ctx_, *entries, role, country);
        if (lp >= 0) {
          const int ent = entity_for_lex_person(ctx_, static_cast<std::uint32_t>(lp));
          return ent;
        }
      }
      if (!role.empty() || reliable) {
        // A title or an honorific with a surname nobody introduced.
        return entity_for_named_person(ctx_, text(a, b), role, country, org, reliable && !role.empty());
      }
      return -1;
    }
    // "William Samoei Ruto", "Faure Essozimna Gnassingbé": a lexicon person's first and last names
    // around middle ones the lexicon does not list
    if (words >= 3 && words == b - a && !name_particle(tok(a))) {
      if (const int ent = lex_person_named(tok(a).key.str() + " " + tok(b - 1).key.str()); ent >= 0) return ent;
      // "Gustavo Petro Urrego", "Nicolás Maduro Moros": a lexicon person's name and a second family
      // name, the mother's, as Spanish and Portuguese names carry it
      if (const int ent = lex_person_named(key.substr(0, key.rfind(' '))); ent >= 0) return ent;
    }
    // "Mr. ISHIBA Shigeru", "IWAYA Takeshi": the family name first and in capitals, as Japanese
    // government texts write names; the person is "Shigeru Ishiba"
    if (words == 2 && b - a == 2 && tok(a).is(kAllCaps) && tok(a).key.size() >= 3 && tok(a + 1).is(kCapital) &&
        !tok(a + 1).is(kAllCaps)) {
      if (const int ent = lex_person_named(tok(a + 1).key.str() + " " + tok(a).key.str()); ent >= 0) return ent;
      std::string label(text(a + 1, a + 2));
      label.push_back(' ');
      const std::string_view family = text(a, a + 1);
      label += family.substr(0, 1);
      for (const char c : family.substr(1)) label.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
      return entity_for_named_person(ctx_, label, role, country, org, reliable);
    }
    // ("Ebrard Casaubón" after "Marcelo Ebrard Casaubón": a Spanish name's two family names, of the
    // lexicon person this document named with both)
    // (only a lexicon surname first: the lookup of the people named so far is not for every name)
    if (const Hit* first = words == 2 && b - a == 2 ? hit_starting(a) : nullptr;
        first != nullptr && first->last == a + 1 && first->has(LexKind::kSurname)) {
      if (const int p = person_by_surname(ctx_, tok(a).key.str()); p >= 0 && ctx_.entities[static_cast<std::size_t>(p)].lex >= 0) {
        const auto& lp = ctx_.lex->people()[static_cast<std::size_t>(ctx_.entities[static_cast<std::size_t>(p)].lex)];
        const std::string full = lp.name + " " + std::string(text(a + 1, b));
        if (std::string_view(ctx_.doc->text).substr(0, tok(a).begin).find(full) != std::string_view::npos) return p;
      }
    }
    // Full name not in the lexicon: its surname may still be a lexicon person's variant.
    const std::string last_key = tok(b - 1).key.str();
    if (const int p = person_by_surname(ctx_, last_key); p >= 0 && ctx_.entities[static_cast<std::size_t>(p)].lex >= 0) {
      const auto& lp = ctx_.lex->people()[static_cast<std::size_t>(ctx_.entities[static_cast<std::size_t>(p)].lex)];
      if (name_key(lp.name).starts_with(tok(a).key)) return p;  // same first name, other spelling
    }
    return entity_for_named_person(ctx_, text(a, b), role, country, org, reliable);
  }

  // ---- one position
  // Most tokens: no lexicon phrase here, no capital, and not a word a title or a pronoun mention
  // can start with; parse_at(i) would return i + 1 after each of its steps declined it.
  // (`hit` is the token's hit_at_ entry)
  static bool plain_token(const Token& t, int hit) {
    // ("the", "a" and "an" are in the adjective class: a title may follow them)
    return hit < 0 && !t.is(kCapital) && !t.in(kClsPronoun | kClsAdjective | kClsRoleNoun) && t.key != "'s"sv;
  }
  static bool company_noun(TokenKey k) {
    static const WordSet kNouns = {
        "company", "companies", "firm", "firms", "bank", "banks", "group", "conglomerate", "manufacturer",
        "maker", "makers", "carrier", "airline", "operator", "giant", "corporation", "lender", "insurer",
        "retailer", "newspaper", "newspapers", "broadcaster", "court", "university", "club", "investor", "investors",
        "exporter", "exporters", "importer", "producer", "producers", "supplier", "suppliers", "contractor"};
    return kNouns.count(k.view()) != 0;
  }
  // Pushes tokens [first, last) as a mention of the capital city of country `country` ("the
  // Lithuanian capital", "in the capital"); false when the lexicon knows no capital for it.
  bool push_capital_of(std::uint32_t country, std::uint32_t first, std::uint32_t last) {
    if (country >= ctx_.lex->countries().size() || ctx_.lex->countries()[country].capital.empty()) return false;
    const std::string& capital = ctx_.lex->countries()[country].capital;
    Mention m;
    m.first = first;
    m.last = last;
    m.kind = MKind::kPlace;
    m.place_country = static_cast<int>(country);
    m.place = capital;
    m.place_key = name_key(capital);
    push(std::move(m));
    return true;
  }
  // The country whose capital the report is filed from ("ULAANBAATAR, Sept 3 -"), if it is one.
  std::optional<std::uint32_t> dateline_capital_country() const {
    if (ctx_.dateline.empty()) return std::nullopt;
    const auto* entries = ctx_.lex->lookup(name_key(ctx_.dateline));
    if (entries == nullptr) return std::nullopt;
    for (const LexEntry& e : *entries) {
      if (e.kind == LexKind::kCapital) return e.index;
    }
    return std::nullopt;
  }
  static bool monarchy_noun(const Token& t) {
    return t.key == "kingdom"sv || t.key == "emirate"sv || t.key == "sultanate"sv;
  }

  // The one head of state or government of the lexicon in office on the text's day with this
  // surname, when the person `named` of the document who has it is in no office (-1 otherwise).
  int leader_of_surname(const std::string& key, int named) {
    const DocEntity& e = ctx_.entities[static_cast<std::size_t>(named)];
    const Date& day = ctx_.names_day.full() ? ctx_.names_day : ctx_.doc_date;
    if (day.empty() || !e.role.empty()) return -1;
    if (e.lex >= 0 && !ctx_.lex->people()[static_cast<std::size_t>(e.lex)].positions.empty()) return -1;
    const auto* entries = ctx_.lex->lookup(key);
    if (entries == nullptr) return -1;
    int found = -1;
    // (a head of state or government: "Khan" after Sadiq Khan is not the prosecutor Karim Khan)
    const auto heads = [&](const PersonInfo& pi) {
      return std::any_of(pi.positions.begin(), pi.positions.end(), [&](const Position& pos) {
        const bool head = pos.role == "president"sv || pos.role == "prime_minister"sv || pos.role == "chancellor"sv ||
                          pos.role == "king"sv || pos.role == "emir"sv || pos.role == "supreme_leader"sv;
        return head && pos.org.empty() && !(pos.from.full() && day < pos.from) && (pos.to.empty() || !(pos.to < day));
      });
    };
    for (const LexEntry& le : *entries) {
      if (le.kind != LexKind::kSurname && le.kind != LexKind::kPerson) continue;
      if (!heads(ctx_.lex->people()[le.index])) continue;
      if (found >= 0 && found != static_cast<int>(le.index)) return -1;
      found = static_cast<int>(le.index);
    }
    return found >= 0 ? entity_for_lex_person(ctx_, static_cast<std::uint32_t>(found)) : -1;
  }

  // "Donald and Melania Trump", "Barack and Michelle Obama": a first name before "and" and a full
  // name shares its surname; the person of the lexicon the two make. Returns the token after the
  // first name, else i.
  std::uint32_t parse_shared_surname(std::uint32_t i) {
    if (i + 3 >= L_ || tok(i + 1).key != "and"sv || !tok(i).is(kCapital) || !tok(i).is(kWord) ||
        (i > F_ && tok(i - 1).is(kCapital) && tok(i - 1).is(kWord))) {
      return i;
    }
    if (const Hit* own = hit_starting(i); own != nullptr && own->last != i + 1) return i;
    const Token& given = tok(i + 2);
    const Token& surname = tok(i + 3);
    if (!given.is(kCapital) || !given.is(kWord) || !surname.is(kCapital) || !surname.is(kWord) ||
        (i + 4 < L_ && tok(i + 4).is(kCapital) && tok(i + 4).is(kWord))) {
      return i;
    }
    const int ent = lex_person_of_names(i, i + 3);
    return ent >= 0 ? push_actor(i, i + 1, MKind::kPerson, ent) : i;
  }

  // "the Bidens hosted him", "greeted by the Macrons": a surname in the plural after "the" names the
  // person of that surname the text names most and the other person of it the text has named (a
  // spouse), when it has. Returns the end of the mention, else i.
  std::uint32_t parse_couple(std::uint32_t i) {
    const Token& t = tok(i);
    if (i == F_ || !t.is(kCapital) || !t.is(kWord) || t.is(kAllCaps) || tok(i - 1).key != "the"sv ||
        !t.key.ends_with("s") || t.key.size() < 4 || hit_starting(i) != nullptr || hit_index(i) >= 0) {
      return i;
    }
    const std::string_view k = t.key.view();
    std::string stem(k.substr(0, k.size() - 1));
    int main = person_by_surname(ctx_, stem, false);
    if (main < 0 && stem.ends_with('e')) {
      stem.pop_back();
      main = person_by_surname(ctx_, stem, false);
    }
    // (a text that says "the Bidens" before it names either: the person of the lexicon so called)
    if (main < 0) {
      stem = std::string(k.substr(0, k.size() - 1));
      if (const auto* entries = ctx_.lex->lookup(stem); entries != nullptr) {
        std::vector<LexEntry> people;
        for (const LexEntry& e : *entries) {
          if (e.kind != LexKind::kSurname) continue;
          people.push_back(e);
          people.back().kind = LexKind::kPerson;
        }
        const LexEntry* p = people.empty() ? nullptr : pick_person(ctx_, people.data(), people.data() + people.size());
        // (only one in office on the day: "the Kims" are no one)
        if (p != nullptr && ctx_.lex->in_office_on(ctx_.lex->people()[p->index], ctx_.doc_date) &&
            std::count_if(people.begin(), people.end(), [&](const LexEntry& e) {
              return ctx_.lex->in_office_on(ctx_.lex->people()[e.index], ctx_.doc_date);
            }) == 1) {
          main = entity_for_lex_person(ctx_, p->index);
        }
      }
    }
    if (main < 0) return i;
    const std::string& surname = ctx_.entities[static_cast<std::size_t>(main)].surname_key;
    int partner = -1;
    for (std::size_t e = 0; e < ctx_.entities.size(); ++e) {
      const DocEntity& x = ctx_.entities[e];
      if (static_cast<int>(e) == main || x.type != "person"sv || x.surname_only || x.surname_key != surname) continue;
      if (partner < 0 || x.named_mentions > ctx_.entities[static_cast<std::size_t>(partner)].named_mentions) {
        partner = static_cast<int>(e);
      }
    }
    const std::uint32_t end = push_actor(i, i + 1, MKind::kPerson, main);
    si_.mentions.back().partner = partner;
    return end;
  }

  // The entity of the lexicon person a first name at `given` and a surname at `surname` make when
  // they share the surname ("Donald and Melania Trump", "Sir Keir and Lady Starmer"), -1 if none.
  int lex_person_of_names(std::uint32_t given, std::uint32_t surname) {
    std::string key(tok(given).key.view());
    key.append(" ").append(tok(surname).key.view());
    return lex_person_of_key(key);
  }

  // The entity of the lexicon person a name key names ("justin trudeau"), -1 if none.
  int lex_person_of_key(std::string_view key) {
    const auto* entries = ctx_.lex->lookup(key);
    const LexEntry* e = entries != nullptr ? pick_person(ctx_, entries->data(), entries->data() + entries->size()) : nullptr;
    return e != nullptr ? entity_for_lex_person(ctx_, e->index) : -1;
  }

  // "@POTUS", "@JustinTrudeau": a social-media handle from token i (after its "@"): the office's
  // holder on the day, else the person whose name the handle runs together. Returns the token after
  // it.
  std::uint32_t parse_handle(std::uint32_t i) {
    int ent = -1;
    const TokenKey k = tok(i).key;
    if (k == "potus"sv) {
      ent = person_by_role(ctx_, "president", "USA", "");
    } else if (k == "vp"sv) {
      ent = person_by_role(ctx_, "vice_president", "USA", "");
    } else {
      // ("JustinTrudeau": a capital after a lower-case letter starts the next word)
      const std::string_view raw = text(i, i + 1);
      std::string name;
      for (std::size_t c = 0; c < raw.size(); ++c) {
        if (c > 0 && raw[c] >= 'A' && raw[c] <= 'Z' && raw[c - 1] >= 'a' && raw[c - 1] <= 'z') name.push_back(' ');
        name.push_back(raw[c]);
      }
      if (name.find(' ') != std::string::npos) ent = lex_person_of_key(name_key(name));
    }
    return ent >= 0 ? push_actor(i - 1, i + 1, MKind::kPerson, ent) : i + 1;
  }

  // "the Southern Debt Campaign Network (SDCN)": capitalised words the abbreviation after them in
  // brackets spells (over "of", "for", "and", "the") name a body the text introduces; later its
  // abbreviation alone names it. Returns the end of the mention, or i when there is none here.
  std::uint32_t parse_defined_org(std::uint32_t i) {
    const Token& t = tok(i);
    if (!t.is(kWord) || !t.is(kCapital)) return i;  // (parse_at calls it only where it has work)
    if (!ctx_.defined_orgs.empty() && t.is(kAllCaps) && hit_index(i) < 0) {
      for (const auto& [abbr, entity] : ctx_.defined_orgs) {
        if (t.key != std::string_view(abbr)) continue;
        const std::uint32_t e = push_actor(i, i + 1, MKind::kOrg, entity);
        // ("LSE boss Clara Furse", "SDCN coordinator Ann Lee": the body of the person's role)
        if (e < L_ && role_after_body(tok(e))) si_.mentions.back().modifier = true;
        return e;
      }
    }
    if (!has_bracket_) return i;
    std::string initials;
    std::uint32_t k = i;
    while (k < L_ && k < i + 10 && tok(k).is(kWord)) {
      const TokenKey w = tok(k).key;
      if (tok(k).is(kCapital) && !tok(k).is(kAllCaps)) {
        initials.push_back(w.view().front());
      } else if (w != "of"sv && w != "for"sv && w != "and"sv && w != "the"sv && w != "on"sv) {
        break;
      }
      ++k;
    }
    if (initials.size() < 2 || k + 2 >= L_ || tok(k).key != "("sv || tok(k + 2).key != ")"sv) return i;
    const Token& a = tok(k + 1);
    if (!a.is(kAllCaps) || a.key != std::string_view(initials) || hit_index(k + 1) >= 0) return i;
    // (not a news outlet a credit or a dateline names: "By A, Continental Press Wire (CPW)")
    static const WordSet kOutletWords = {"wire", "newswire", "news", "press", "service", "times", "post", "radio",
                                         "television", "tv", "daily", "herald", "tribune", "gazette", "journal",
                                         "review", "desk", "bulletin", "chronicle", "observer", "telegraph",
                                         "broadcasting", "media", "agency", "weekly", "magazine"};
    if (kOutletWords.count(tok(k - 1).key.view()) != 0) return i;
    // (not past a lexicon entry the name starts with: "the European Union (EU)" is the lexicon's)
    for (std::uint32_t w = i; w < k; ++w) {
      if (const Hit* h = hit_starting(w); h != nullptr && h->last > w + 1) return i;
    }
    const std::string name(text(i, k));
    const int entity = entity_for_defined_org(ctx_, name, text(k + 1, k + 2));
    ctx_.defined_orgs.emplace_back(std::string(a.key.view()), entity);
    push_actor(i, k, MKind::kOrg, entity);
    return k + 3;  // (over its abbreviation in brackets)
  }

  std::uint32_t parse_at(std::uint32_t i) {
    const Token& t = tok(i);
    const int hi = hit_index(i);
    const Hit* h = hit_starting(i);
    if (hi >= 0 && !h) return i + 1;  // inside a phrase already handled
    if (i > F_ && tok(i - 1).key == "@"sv && tok(i - 1).end == t.begin && t.is(kWord)) return parse_handle(i);
    if (has_bracket_ || (!ctx_.defined_orgs.empty() && t.is(kAllCaps))) {
      if (const std::uint32_t e = parse_defined_org(i); e > i) return e;
    }
    // a heading in capitals ("WHAT THEY SAID", "WHO CAME"): its words are words, not a surname or
    // an acronym that spells one
    if (h != nullptr && caps_heading() && !h->has(LexKind::kPerson) && !h->has(LexKind::kCountry) &&
        (h->has(LexKind::kSurname) || not_a_name(t))) {
      return h->last;
    }

    // "H.E. Mr. Bassirou Diomaye Faye": "His (or Her) Excellency" before a name, not "he"
    if (t.key == "he"sv && t.is(kAbbrev) && t.is(kAllCaps)) return i + 1;
    if (const std::uint32_t e = parse_shared_surname(i); e > i) return e;
    if (const std::uint32_t e = parse_couple(i); e > i) return e;
    if (const std::uint32_t e = parse_company_noun(i); e > i) return e;
    if (const std::uint32_t e = parse_spouse_name(i); e > i) return e;
    if (const std::uint32_t e = parse_counterpart(i); e > i) return e;
    if (const std::uint32_t e = parse_titled(i); e > i) return e;

    if (h && h->has(LexKind::kHonorific)) {
      std::uint32_t j = h->last;
      if (j < L_ && tok(j).key == "."sv) ++j;
      const std::uint32_t ne = name_span(j);
      // (a place named after a saint or a sage is none: "the Shri Swaminarayan Mandir Temple")
      if (ne > j && names_a_place(ne)) return ne;
      // ("Sir Keir and Lady Starmer": a first name after a style shares the surname of the styled
      // name after "and"; the person of the lexicon the two make)
      if (ne == j + 1 && ne + 2 < L_ && tok(ne).key == "and"sv) {
        const Hit* other = hit_starting(ne + 1);
        std::uint32_t sn = other != nullptr && other->has(LexKind::kHonorific) ? other->last : ne + 1;
        if (sn > ne + 1 && sn < L_ && tok(sn).key == "."sv) ++sn;
        if (sn > ne + 1 && sn < L_ && tok(sn).is(kCapital) && tok(sn).is(kWord) &&
            !(sn + 1 < L_ && tok(sn + 1).is(kCapital) && tok(sn + 1).is(kWord))) {
          if (const int ent = lex_person_of_names(j, sn); ent >= 0) return push_actor(i, ne, MKind::kPerson, ent);
        }
      }
      // ("Sir Bob greeted him" after "Sir Bob Dadae": a knight or a dame is called by the first
      // name; the person this text named in full with it)
      if (ne == j + 1 && (t.key == "sir"sv || t.key == "dame"sv)) {
        int named = -1;
        const std::string_view first = tok(j).key.view();
        for (std::size_t e = 0; e < ctx_.entities.size(); ++e) {
          const DocEntity& x = ctx_.entities[e];
          if (x.type != "person"sv || x.surname_only) continue;
          const std::string k = name_key(x.label);
          if (k.size() > first.size() && k.compare(0, first.size(), first) == 0 && k[first.size()] == ' ') {
            if (named >= 0 && named != static_cast<int>(e)) {
              named = -2;
              break;
            }
            named = static_cast<int>(e);
          }
        }
        if (named >= 0) return push_actor(i, ne, MKind::kPerson, named);
      }
      if (ne > j) {
        const int ent = person_from_name(j, ne, "", "", "", true);
        // ("Mrs Kagame" after Paul Kagame: his wife, not he; "Mr Scotland" is not Patricia
        // Scotland)
        static const WordSet kHers = {"mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "mme", "mme.", "lady", "dame"};
        static const WordSet kHis = {"mr", "mr.", "sir", "lord", "monsieur", "herr"};
        const char honoured = kHers.count(t.key.view()) != 0 ? 'f' : kHis.count(t.key.view()) != 0 ? 'm' : '?';
        const char gender = ent >= 0 ? ctx_.entities[static_cast<std::size_t>(ent)].gender : '?';
        if (ent >= 0 && honoured != '?' && gender != '?' && gender != honoured) {
          // ("Mme Macron" after "his wife Brigitte": the one of that name and sex the text knows)
          const std::string surname = name_key(text(j, ne));
          int spouse = -1;
          for (std::size_t e = 0; e < ctx_.entities.size(); ++e) {
            const auto& x = ctx_.entities[e];
            if (x.type != "person"sv || x.gender != honoured) continue;
            const std::string k = name_key(x.label);
            if (k.size() > surname.size() && k.compare(k.size() - surname.size(), surname.size(), surname) == 0 &&
                k[k.size() - surname.size() - 1] == ' ') {
              spouse = spouse < 0 ? static_cast<int>(e) : -2;
            }
          }
          if (spouse >= 0) return push_actor(i, ne, MKind::kPerson, spouse);
          return ne;
        }
        if (ent >= 0) return push_actor(i, ne, MKind::kPerson, ent);
      }
      return h->last;
    }
    if (h && h->has(LexKind::kPerson)) {
      // A longer unknown name that merely starts with a known one is rare; take the lexicon's.
      const int ent = entity_for_lex_person(ctx_, h->person(ctx_)->index);
      // (but for the grandfather's name and the family's after an Arabic one: "Faisal bin Farhan bin
      // Abdullah Al Saud" is the lexicon's "Faisal bin Farhan", not he and Jordan's "bin Abdullah")
      std::uint32_t end = h->last;
      while (end + 1 < L_ && (tok(end).key == "bin"sv || tok(end).key == "ibn"sv) && tok(end + 1).is(kCapital) &&
             tok(end + 1).is(kWord)) {
        end += 2;
      }
      if (end > h->last && end + 1 < L_ && tok(end).key == "al"sv && tok(end).is(kCapital) && tok(end + 1).is(kCapital)) {
        end += 2;
      }
      return push_actor(i, end, MKind::kPerson, ent);
    }
    if (h && h->has(LexKind::kOutlet) && !h->has(LexKind::kCountry) && !h->has(LexKind::kOrg)) {
      Mention m;
      m.first = i;
      m.last = h->last;
      m.kind = MKind::kOutlet;
      push(std::move(m));
      return h->last;
    }
    if (h && h->has(LexKind::kDemonym) && i > F_ && tok(i - 1).key == "the"sv && h->last < L_ &&
        tok(h->last).key == "capital"sv) {
      // "the Lithuanian capital": the capital city of that country, a place.
      if (push_capital_of(h->get(LexKind::kDemonym)->index, i, h->last + 1)) return h->last + 1;
    }
    if (h && (h->has(LexKind::kDemonym) || h->has(LexKind::kOrgDemonym))) {
      // "The Uruguayan also rejected ...": the one person of that country the text has named
      if (const int p = the_national(i, *h); p >= 0) return push_actor(i, h->last, MKind::kPerson, p);
      if (const std::uint32_t e = parse_group_phrase(i); e > i) return e;
      // A plural demonym alone stands for its people ("the Europeans", "us Europeans").
      if (tok(h->last - 1).key.ends_with("s") || tok(h->last - 1).key.ends_with("ns")) {
        const int ent = demonym_entity(*h);
        if (ent >= 0 && tok(h->last - 1).key.back() == 's') return push_actor(i, h->last, kind_of(ent), ent, true);
      }
      return h->last;
    }
    // "the South China Sea", "the East and South China Seas": a sea named after a country is
    // no mention of it
    if (h && h->has(LexKind::kCountry) && h->last < L_ && tok(h->last).is(kCapital) &&
        (tok(h->last).key == "sea"sv || tok(h->last).key == "seas"sv)) {
      return h->last + 1;
    }
    // "the Security Council" is the UN's; "Russia's Security Council", "the National Security
    // Council", "Ukraine's National Security and Defence Council" are a country's
    if (h && !h->has(LexKind::kCountry) && h->has(LexKind::kOrg) && h->last == i + 2 && t.key == "security"sv &&
        ctx_.lex->orgs()[h->get(LexKind::kOrg)->index].key == "unsc"sv && i > F_ &&
        (tok(i - 1).key == "'s"sv || (tok(i - 1).is(kCapital) && tok(i - 1).is(kWord) && tok(i - 1).key != "the"sv))) {
      return h->last;
    }
    if (h && (h->has(LexKind::kCountry) || h->has(LexKind::kOrg))) {
      const int ent = h->has(LexKind::kCountry) ? entity_for_country(ctx_, h->get(LexKind::kCountry)->index)
                                                : entity_for_org(ctx_, h->get(LexKind::kOrg)->index);
      std::uint32_t end = h->last;
      if (const std::uint32_t g = parse_group_phrase(i); g > i) return g;
      Mention m;
      m.first = i;
      m.last = end;
      m.kind = kind_of(ent);
      m.entity = ent;
      if (h->has(LexKind::kCountry)) {
        m.place = ctx_.entities[static_cast<std::size_t>(ent)].label;
        m.place_key = name_key(m.place);
      }
      m.possessive = end < L_ && tok(end).key == "'s"sv;
      // "India's foreign ministry rejected", "China's government said", "the DPRK Foreign Ministry
      // said": the country acting
      if (m.kind == MKind::kCountry && (m.possessive || (end < L_ && tok(end).is(kCapital)))) {
        if (const std::uint32_t body = acting_body_end(m.possessive ? end + 1 : end, !m.possessive);
            body != 0 && hit_starting(body - 1) == nullptr) {
          m.possessive = false;
          m.last = body;
          push(std::move(m));
          return body;
        }
      }
      mark_body_of_people(m);
      push(std::move(m));
      return end;
    }
    if (h && (h->has(LexKind::kCapital) || h->has(LexKind::kSeat) || h->has(LexKind::kCity) || h->has(LexKind::kPlace))) {
      // ("at the Gyeongju National Museum": a building named after its city)
      if (!h->has(LexKind::kSeat) && h->last < L_ && tok(h->last).is(kCapital) && tok(h->last).is(kWord)) {
        if (const std::uint32_t b = building_at(i); b > i) return b;
      }
      return parse_place_or_metonym(i, *h);
    }
    // "Obama and May hold their first meeting" after "Theresa May": a month's name inside a
    // sentence, with no day or date word around it, is the surname of the person this text named
    if (h && h->has(LexKind::kSurname) && t.is(kCapital) && i > F_ && not_a_name(t) &&
        month_from_word(t.key.view()) != 0 && h->last == i + 1) {
      const Token& before = tok(i - 1);
      const bool dated = before.is(kDigit) || before.in(kClsPlacePrep) || before.key == "of"sv ||
                         before.key == "since"sv || before.key == "until"sv || before.key == "early"sv ||
                         before.key == "late"sv || before.key == "mid"sv || before.key == "last"sv ||
                         before.key == "next"sv || before.key == "this"sv || before.key == "from"sv ||
                         before.key == "by"sv || before.key == "to"sv || before.key == "-"sv ||
                         (i + 1 < L_ && tok(i + 1).is(kDigit));
      if (!dated) {
        for (std::size_t e = 0; e < ctx_.entities.size(); ++e) {
          const auto& ent = ctx_.entities[e];
          if (ent.type == "person"sv && ent.surname_key == t.key && !ent.surname_only) {
            return push_actor(i, i + 1, MKind::kPerson, static_cast<int>(e));
          }
        }
      }
    }
    // "von der Leyen": a surname may start with a particle in lower case
    const bool particle_surname = h != nullptr && name_particle(t) && h->last > i + 1;
    if (h && h->has(LexKind::kSurname) && (t.is(kCapital) || particle_surname) && !not_a_name(t) && !pronoun_word(t)) {
      const std::uint32_t ne = name_span(i);
      const int ent = person_from_name(i, ne > i ? ne : h->last, "", "", "", false);
      if (ent >= 0) return push_actor(i, ne > i ? ne : h->last, MKind::kPerson, ent);
      return h->last;
    }
    // "the kingdom", "the emirate": the monarchy last spoken of (a country, or a royal's country)
    if (h == nullptr && t.is(kWord) && !t.is(kCapital) && i > F_ && tok(i - 1).key == "the"sv &&
        monarchy_noun(t)) {
      // the latest such name earlier in this sentence, else in the document
      std::string code = ctx_.last_country;
      for (const Mention& m : si_.mentions) {
        if (m.first >= i || m.generic || m.modifier) continue;
        if (std::string c = kingdom_code_of(ctx_, m.entity); !c.empty()) code = std::move(c);
      }
      if (const auto c = code.empty() ? std::nullopt : ctx_.lex->country_by_code(code)) {
        return push_actor(i, i + 1, MKind::kCountry, entity_for_country(ctx_, *c));
      }
    }
    // "held talks with Mongolia's president in the capital": the capital of the country the report
    // is filed from, else of the last country this sentence names
    if (h == nullptr && t.key == "capital"sv && !t.is(kCapital) && i > F_ + 1 && tok(i - 1).key == "the"sv &&
        tok(i - 2).in(kClsPlacePrep)) {
      std::optional<std::uint32_t> country = dateline_capital_country();
      std::optional<std::uint32_t> named;  // the last country named before it
      for (const Mention& m : si_.mentions) {
        if (m.first < i && m.kind == MKind::kCountry && m.entity >= 0 && !m.generic &&
            ctx_.entities[static_cast<std::size_t>(m.entity)].lex >= 0) {
          named = static_cast<std::uint32_t>(ctx_.entities[static_cast<std::size_t>(m.entity)].lex);
        }
      }
      if (!country) country = named;
      if (country && push_capital_of(*country, i, i + 1)) return i + 1;
    }
    // "the Union" in a text that named one union ("the European Union", "the African Union"), "the
    // Assembly" after "the UN General Assembly": that body (not after "of": "the State of the Union")
    if (h == nullptr && t.is(kCapital) &&
        (t.key == "union"sv || t.key == "assembly"sv || t.key == "council"sv || t.key == "commission"sv) && i > F_ + 1 &&
        tok(i - 1).key == "the"sv && tok(i - 2).key != "of"sv && !(i + 1 < L_ && tok(i + 1).is(kWord) && tok(i + 1).is(kCapital))) {
      if (const int u = body_spoken_of(text(i, i + 1)); u >= 0) return push_actor(i, i + 1, MKind::kOrg, u);
    }
    // "called on the visiting President", "the visiting prime minister": the guest of the meeting
    // last reported (a title right after: not "the visiting team")
    if (!names_someone(h) && t.key == "visiting"sv && i > F_ && tok(i - 1).key == "the"sv && i + 1 < L_) {
      const Hit* title = hit_starting(i + 1);
      if (title != nullptr && title->has(LexKind::kTitle) && !(title->last < L_ && tok(title->last).is(kCapital))) {
        if (const int guest = guest_spoken_of(-1, false); guest >= 0) {
          return push_actor(i, title->last, MKind::kPerson, guest);
        }
      }
    }
    // "Kishida received his guest", "The guest did not argue", "shook his guest's hand": the one
    // received in the meeting last reported (of the host "his" stands for), or the other of the pair
    // the text spoke of together
    if (!names_someone(h) && (t.key == "guest"sv || t.key == "visitor"sv) && !t.is(kCapital) && i > F_ &&
        (tok(i - 1).key == "the"sv || tok(i - 1).key == "his"sv || tok(i - 1).key == "her"sv) &&
        !(i + 1 < L_ && compound_after_role(tok(i + 1)))) {
      // ("Kishida received his guest": the person this sentence named before, else the pronoun's)
      int host = -1;
      if (tok(i - 1).key != "the"sv) {
        for (const Mention& pm : si_.mentions) {
          if (pm.first < i - 1 && pm.kind == MKind::kPerson && pm.entity >= 0 && !pm.possessive) host = pm.entity;
        }
        if (host < 0) host = pronoun_person(std::string(tok(i - 1).key.view()));
      }
      if (const int guest = guest_spoken_of(host, tok(i - 1).key != "the"sv); guest >= 0) {
        return push_actor(i, i + 1, MKind::kPerson, guest);
      }
    }
    // "The host was joined by ...": the one the text last reported hosting a gathering (not "the
    // host country", "the host city")
    if (!names_someone(h) && t.key == "host"sv && !t.is(kCapital) && i > F_ &&
        (tok(i - 1).key == "the"sv || tok(i - 1).key == "their"sv) && !(i + 1 < L_ && compound_after_role(tok(i + 1)))) {
      if (const int host = host_spoken_of(); host >= 0) return push_actor(i, i + 1, MKind::kPerson, host);
    }
    // "the North", "the South" in a text about the two Koreas: North and South Korea
    if (h == nullptr && t.is(kCapital) && (t.key == "north"sv || t.key == "south"sv) && i > F_ &&
        tok(i - 1).key == "the"sv && !(i + 1 < L_ && tok(i + 1).is(kWord) && tok(i + 1).is(kCapital))) {
      if (const int k = korea_spoken_of(t.key == "north"sv); k >= 0) return push_actor(i, i + 1, MKind::kCountry, k);
    }
    // pronouns ("US" in capitals is the country, not "us"); a one-word lexicon hit does not hide
    // one ("He" opening a sentence is no surname He of "He Lifeng")
    if ((h == nullptr || h->last == i + 1) && t.is(kWord) && pronoun_word(t) && !(t.is(kCapital) && t.key == "us"sv)) {
      // "His Royal Highness afterwards received ...", "Their Royal Highnesses visited ...": a
      // royal style standing for the royal spoken of, as "he" and "they" do ("Her Majesty's High
      // Commissioner": hers)
      // (not a style before a name or a title: "chaired by His Royal Highness Prince Mohammed bin
      // Salman", "His Majesty The King")
      const std::uint32_t style = royal_style_end(i);
      // (a style before a title after "the" is part of neither: "His Royal Highness the Crown
      // Prince, Mohammed bin Salman")
      if (style > i && style + 1 < L_ && tok(style).key == "the"sv && tok(style + 1).is(kCapital)) {
        if (const Hit* th = hit_starting(style + 1); th != nullptr && th->has(LexKind::kTitle)) return style;
      }
      if (style > i && !(style < L_ && tok(style).is(kWord) && tok(style).is(kCapital))) {
        Mention m;
        m.first = i;
        m.last = style;
        m.kind = MKind::kPronoun;
        const bool owner = style < L_ && tok(style).key == "'s"sv;
        m.pronoun = t.key == "their"sv ? (owner ? "their" : "they") : t.key == "his"sv ? (owner ? "his" : "he") : "her";
        m.possessive = owner;
        if (owner) m.last = style + 1;
        const std::uint32_t end = m.last;
        push(std::move(m));
        return end;
      }
      Mention m;
      m.first = i;
      m.last = i + 1;
      m.kind = MKind::kPronoun;
      m.pronoun = t.key;
      m.possessive = t.key == "his"sv || t.key == "her"sv || t.key == "their"sv || t.key == "our"sv;
      push(std::move(m));
      return i + 1;
    }
    if (h && h->has(LexKind::kPersonNoun)) {
      // Leaders, officials... of a group named right after ("leaders of France and Britain")
      // are left to the actors that follow; a bare group is generic.
      Mention m;
      m.first = i;
      m.last = h->last;
      m.kind = MKind::kGeneric;
      push(std::move(m));
      return h->last;
    }
    if (!h && t.is(kWord) && t.is(kCapital) && !not_a_name(t)) {
      // ("Eventually Asimo could find work", "Reportedly Smith ...": an adverb opening the sentence
      // is no first name)
      // (nor a compound of a common noun: "Car-maker Honda's robot")
      if (i == F_ && t.key.size() >= 8 && t.key.ends_with("ly")) return i + 1;
      if (i == F_) {
        const std::string_view w = text(i, i + 1);
        const auto dash = w.find('-');
        if (dash != std::string_view::npos && dash + 1 < w.size() && w[dash + 1] >= 'a' && w[dash + 1] <= 'z') return i + 1;
      }
      if (const std::uint32_t b = building_at(i); b > i) return b;
      // An unknown capitalised name of two or three words may be a person.
      const std::uint32_t ne = name_span(i);
      const bool longer_name = ne < L_ && tok(ne).is(kWord) && tok(ne).is(kCapital);
      if (ne >= i + 2 && ne <= i + 4 && !non_person_head(tok(ne - 1)) && !longer_name) {
        bool clean = true;
        for (std::uint32_t k = i; k < ne; ++k) clean = clean && (hit_index(k) < 0 || hit_starting(k) != nullptr);
        // (an unknown name in capitals on a line of its own is a masthead or a section: "GOMTI DARPAN")
        // (nor one in capitals opening a line of them: "OFFICIAL TEXTS DIGEST - English service",
        // "SABANG STREET LIVE -- Running log")
        if (capitals_opening_line(ne)) clean = false;
        // (nor the words an abbreviation stands for: "Asimo (Advanced Step in Innovative Mobility)")
        if (i > F_ && tok(i - 1).key == "("sv && ne + 1 < L_ && !tok(ne).is(kCapital) &&
            (tok(ne).key == "in"sv || tok(ne).key == "of"sv || tok(ne).key == "for"sv || tok(ne).key == "and"sv) &&
            tok(ne + 1).is(kCapital)) {
          clean = false;
        }
        if (clean && !(ne < L_ && (tok(ne).key == "'s"sv && false))) {
          const bool after_place_prep = i > F_ && place_preposition(tok(i - 1));
          // "to the East Room", "the Rose Garden": an unknown name after "the" is no person's
          const bool after_the = i > F_ && tok(i - 1).key == "the"sv;
          // ("JPMorgan Chase chief executive Jamie Dimon": a name before a role in lower case and
          // another name is the body of the role)
          std::uint32_t r = ne;
          while (r < L_ && r < ne + 2 && role_after_body(tok(r)) && !tok(r).is(kCapital)) ++r;
          const bool body_of_role = r > ne && r < L_ && tok(r).is(kWord) && tok(r).is(kCapital);
          if (!after_place_prep && !after_the && !body_of_role) {
            const int ent = person_from_name(i, ne, "", "", "", false);
            if (ent >= 0) return push_actor(i, ne, MKind::kPerson, ent);
          }
        }
        return ne;
      }
      // "Altman dismissed the bid" after "Sam Altman of OpenAI": the surname of someone this text
      // introduced (possessive too: "Altman's offer")
      // (lexicon people's surnames are lexicon hits: only those of the people named here that it does
      // not know)
      if (ne == i + 1) {
        for (auto it = ctx_.named_people.rbegin(); it != ctx_.named_people.rend(); ++it) {
          const auto& ent = ctx_.entities[static_cast<std::size_t>(it->second)];
          if (ent.surname_key == t.key && ent.lex < 0 && !ent.surname_only) {
            return push_actor(i, i + 1, MKind::kPerson, it->second);
          }
        }
      }
      // A single unknown capitalised word after "in"/"at" is a place ("in Alaska", "in Prague"), not
      // two peoples' adjective ("at Israeli-Palestinian peace talks").
      // (nor the first word of a longer name: "at Far Eastern Federal University")
      // ("in the Swiss city of Lugano", "the resort town of Sharm": after a word of a settlement and
      // "of")
      const bool settlement_of = i > F_ + 1 && tok(i - 1).key == "of"sv &&
                                 (tok(i - 2).key == "city"sv || tok(i - 2).key == "town"sv || tok(i - 2).key == "resort"sv ||
                                  tok(i - 2).key == "port"sv || tok(i - 2).key == "village"sv);
      if (ne == i + 1 && i > F_ &&
          (tok(i - 1).key == "in"sv || tok(i - 1).key == "at"sv || tok(i - 1).key == "to"sv || settlement_of) &&
          !peoples_pair(t) && !(i + 1 < L_ && tok(i + 1).is(kWord) && tok(i + 1).is(kCapital))) {
        Mention m;
        m.first = i;
        m.last = i + 1;
        m.kind = MKind::kPlace;
        m.place = std::string(text(i, i + 1));
        m.place_key = name_key(m.place);
        push(std::move(m));
        return i + 1;
      }
      return ne > i ? ne : i + 1;
    }
    return h ? h->last : i + 1;
  }

  // "at the Palace of Independence", "at the Shangri-La Hotel": a building the lexicon does not
  // know, after "at the" or "in the", is a place; in the city of the dateline when the article has
  // one (events are told apart by city, as for "the Istana, Singapore"). Returns the end of the
  // place mention pushed, else i.
  std::uint32_t building_at(std::uint32_t i) {
    // ("at Buda Castle", "in Bellevue Palace": with no article, the name ends with the building's
    // word)
    const bool bare = i > F_ && (tok(i - 1).key == "at"sv || tok(i - 1).key == "in"sv);
    if (!bare && (i < F_ + 2 || tok(i - 1).key != "the"sv || (tok(i - 2).key != "at"sv && tok(i - 2).key != "in"sv))) {
      return i;
    }
    static const WordSet kBuildings = {
        "palace", "hotel", "house", "hall", "castle", "centre", "center", "residence", "villa", "pavilion",
        "museum", "mansion", "lodge", "chancellery", "resort", "manor", "fortress", "kremlin", "university",
        "monastery", "abbey", "convent", "cathedral", "basilica", "theatre", "theater", "opera", "stadium",
        "arena", "memorial", "mausoleum", "airport", "airfield", "base", "gallery", "office", "estate"};
    std::uint32_t k = i;
    bool building = false;
    while (k < L_ && k < i + 7) {
      const Token& w = tok(k);
      if (w.is(kWord) && w.is(kCapital) && !w.is(kDigit) && w.key != "'s"sv && (k == i || hit_index(k) < 0)) {
        building = building || kBuildings.count(w.key.view()) != 0 || (k == i && w.key == "raf"sv);
        ++k;
        continue;
      }
      // "Palace of Independence", "Palace of the Revolution", "Hotel des Invalides", "Estadio del Sol"
      if (k > i && (w.key == "of"sv || w.key == "des"sv || w.key == "du"sv || w.key == "de"sv || w.key == "del"sv ||
                    w.key == "della"sv || w.key == "di"sv) &&
          !w.is(kCapital) && k + 1 < L_ && tok(k + 1).is(kCapital) && hit_index(k + 1) < 0) {
        ++k;
        continue;
      }
      if (k > i && w.key == "of"sv && k + 2 < L_ && tok(k + 1).key == "the"sv && tok(k + 2).is(kCapital) &&
          hit_index(k + 2) < 0) {
        k += 2;
        continue;
      }
      break;
    }
    // "at the Vostochny cosmodrome", "at the Bocharov Ruchei residence": a name and a word of a site
    // in lower case
    // ("at the Carmelite monastery", "at the Hilton hotel")
    static const WordSet kSites = {"cosmodrome", "spaceport", "residence", "resort", "estate", "retreat", "dacha", "palace",
                                   "monastery", "abbey", "convent", "castle", "mansion", "villa", "hotel"};
    if (!building && k > i && k < L_ && tok(k).is(kWord) && !tok(k).is(kCapital) && kSites.count(tok(k).key.view()) != 0 &&
        hit_index(i) < 0) {
      building = true;
      ++k;
    }
    // ("at Far Eastern Federal University in Vladivostok": the building, in the city named after it)
    std::string city;
    std::uint32_t city_end = k;
    if (building && k >= i + 2 && k + 1 < L_ && tok(k).key == "in"sv) city = city_after_in(k + 1, &city_end);
    // ("at the Freedom House in Panmunjom": the place named after it says where)
    if (!building || k < i + 2 || (k < L_ && (tok(k).key == "'s"sv || (tok(k).key == "in"sv && city.empty())))) {
      return i;
    }
    // ("at RAF Northolt", "at RAF Brize Norton": an air force station is named by its prefix)
    const bool air_station = tok(i).key == "raf"sv && k >= i + 2;
    // ("at Joint Base Elmendorf-Richardson", "at Naval Base Kitsap": a military base named after its
    // word)
    const bool military_base = k >= i + 3 && tok(i + 1).key == "base"sv;
    if (bare && !air_station && !military_base &&
        (kBuildings.count(tok(k - 1).key.view()) == 0 || tok(k - 1).key == "house"sv || tok(k - 1).key == "centre"sv ||
         tok(k - 1).key == "center"sv)) {
      return i;
    }
    Mention m;
    m.first = i;
    m.last = city.empty() ? k : city_end;
    m.kind = MKind::kPlace;
    const std::string name(text(i, k));
    const std::string& where = city.empty() ? ctx_.dateline : city;
    m.place = where.empty() ? name : name + ", " + where;
    m.place_key = name_key(where.empty() ? name : where);
    const std::uint32_t end = m.last;
    push(std::move(m));
    return end;
  }

  // The city named from token i ("Vladivostok", "Moscow", "Strelna"): a capital, a city or place of
  // the lexicon, or a single capitalised word it does not know. Empty when none; *end is the token
  // after it.
  std::string city_after_in(std::uint32_t i, std::uint32_t* end) const {
    // ("in the San Francisco Bay Area", "in the Tokyo region": the city of the area around it)
    if (i + 2 < L_ && tok(i).key == "the"sv) {
      std::uint32_t area_end = 0;
      std::string around = city_after_in(i + 1, &area_end);
      if (around.empty() || area_end >= L_) return {};
      std::uint32_t k = area_end;
      if (tok(k).key == "bay"sv && k + 1 < L_) ++k;
      if (tok(k).key != "area"sv && tok(k).key != "region"sv) return {};
      *end = k + 1;
      return around;
    }
    if (i >= L_ || !tok(i).is(kWord) || !tok(i).is(kCapital)) return {};
    if (const Hit* h = hit_starting(i); h != nullptr) {
      if (h->has(LexKind::kSeat)) return {};
      if (const auto* c = h->get(LexKind::kCapital)) {
        *end = h->last;
        return ctx_.lex->countries()[c->index].capital;
      }
      if (const auto* pl = h->get(LexKind::kPlace)) {
        *end = h->last;
        return ctx_.lex->places()[pl->index];
      }
      if (h->has(LexKind::kCity)) {
        *end = h->last;
        return std::string(text(i, h->last));
      }
      return {};
    }
    if (hit_index(i) >= 0 || (i + 1 < L_ && tok(i + 1).is(kWord) && tok(i + 1).is(kCapital))) return {};
    *end = i + 1;
    return std::string(text(i, i + 1));
  }

  MKind kind_of(int ent) const {
    const auto& e = ctx_.entities[static_cast<std::size_t>(ent)];
    return e.type == "person"sv ? MKind::kPerson : e.type == "country"sv ? MKind::kCountry : MKind::kOrg;
  }

  // "received Emmanuel and Brigitte Macron": a first name before "and" and a full name is the
  // person of that first name and surname, when the lexicon knows one. Returns whether it added any.
  bool shared_surnames() {
    bool added = false;
    const std::size_t n = si_.mentions.size();
    for (std::size_t m = 0; m < n; ++m) {
      // (fields, not the Mention: pushing below may move the vector)
      const std::uint32_t b_first = si_.mentions[m].first;
      const std::uint32_t b_last = si_.mentions[m].last;
      if (si_.mentions[m].kind != MKind::kPerson || b_last < b_first + 2 || b_first < F_ + 2 ||
          tok(b_first - 1).key != "and"sv) {
        continue;
      }
      const std::uint32_t f = b_first - 2;
      if (!tok(f).is(kCapital) || !tok(f).is(kWord) || hit_index(f) >= 0 || (m > 0 && si_.mentions[m - 1].last > f)) continue;
      std::string key(tok(f).key.view());
      key += ' ';
      key += tok(b_last - 1).key.view();
      const auto* entries = ctx_.lex->lookup(key);
      if (entries == nullptr) continue;
      for (const auto& e : *entries) {
        if (e.kind != LexKind::kPerson) continue;
        push_actor(f, f + 1, MKind::kPerson, entity_for_lex_person(ctx_, e.index));
        added = true;
        break;
      }
    }
    return added;
  }

  std::uint32_t push_actor(std::uint32_t a, std::uint32_t b, MKind kind, int ent, bool generic = false) {
    Mention& m = si_.mentions.emplace_back();  // built in place: moving a Mention copies five strings
    m.first = a;
    m.last = b;
    m.kind = kind;
    m.entity = ent;
    m.generic = generic;
    m.possessive = b < L_ && tok(b).key == "'s"sv;
    mark_body_of_people(m);
    note_company(kind, ent, a);
    return b;
  }
  // ("a Deutsche Boerse shareholder opposed": a body's name before people who are not of it, in
  // lower case, names whose owners or customers they are; the people act, not the body. Not
  // before a name, "BP shareholder John Smith", which other readings have.)
  void mark_body_of_people(Mention& m) const {
    if (m.kind != MKind::kOrg || m.possessive || m.last >= L_ || !tok(m.last).is(kWord) || tok(m.last).is(kCapital) ||
        !people_of_body(tok(m.last).key)) {
      return;
    }
    if (m.last + 1 < L_ && tok(m.last + 1).is(kWord) && tok(m.last + 1).is(kCapital)) return;
    m.modifier = true;
  }
  // (people who are not the body and do not act for it: its owners, customers, critics)
  static bool people_of_body(TokenKey k) {
    static const WordSet kPeople = {"shareholder", "shareholders", "investor", "investors", "customer",
                                    "customers", "client", "clients", "analyst", "analysts", "critic",
                                    "critics", "rival", "rivals", "union", "unions", "supplier", "suppliers"};
    return kPeople.count(k.view()) != 0;
  }

  // "Microsoft. The company announced ...", "Blackstone. The private equity group committed": a
  // company's common noun after "the", over two words in lower case, opening one of the two
  // sentences after one that opened with a company, stands for that company. Returns the end, else
  // i.
  std::uint32_t parse_company_noun(std::uint32_t i) {
    if (ctx_.last_company < 0 || ctx_.sentence_no <= ctx_.last_company_sentence ||
        ctx_.sentence_no > ctx_.last_company_sentence + 2) {
      return i;
    }
    std::uint32_t first_word = F_;
    while (first_word < i && !tok(first_word).is(kWord)) ++first_word;
    if (first_word != i || tok(i).key != "the"sv || hit_starting(i) != nullptr) return i;
    static const WordSet kHeads = {"company", "firm", "group", "giant", "chipmaker", "carmaker", "automaker",
                                   "drugmaker", "conglomerate", "manufacturer", "insurer", "retailer", "producer"};
    for (std::uint32_t k = i + 1; k < L_ && k < i + 4; ++k) {
      const Token& w = tok(k);
      if (!w.is(kWord) || w.is(kCapital) || hit_index(k) >= 0) return i;
      if (kHeads.count(w.key.view()) != 0) {
        // (not "the group of seven", "the company of", "the firm's owner" is the firm's)
        if (k + 1 < L_ && (tok(k + 1).key == "of"sv || tok(k + 1).is(kCapital))) return i;
        return push_actor(i, k + 1, MKind::kOrg, ctx_.last_company);
      }
    }
    return i;
  }

  // The person this text named who leads country entity c: its president or prime minister on the
  // article's date (or its only person named, when the lexicon knows neither); -1 when none is.
  int named_leader_of(int c) const {
    const std::string code = country_code_of(ctx_, c);
    if (code.empty()) return -1;
    int only = -1;
    int people = 0;
    for (std::size_t e = 0; e < ctx_.entities.size(); ++e) {
      const auto& ent = ctx_.entities[e];
      if (ent.type != "person"sv || ent.country != code || ent.only_in_a_place_name()) continue;
      if (ent.lex < 0) {
        ++people;
        only = static_cast<int>(e);
        continue;
      }
      for (const std::string_view role : {"president"sv, "prime minister"sv, "chancellor"sv}) {
        const auto h = ctx_.lex->holders(role, code, "", ctx_.doc_date);
        if (!h.empty() && h.front() == static_cast<std::uint32_t>(ent.lex)) return static_cast<int>(e);
      }
      // (one the lexicon knows out of office on the day leads no one: not Kim Il Sung in 2024)
      if (!ctx_.doc_date.full() || ctx_.lex->in_office_on(ctx_.lex->people()[static_cast<std::size_t>(ent.lex)], ctx_.doc_date)) {
        ++people;
        only = static_cast<int>(e);
      }
    }
    return people == 1 ? only : -1;
  }

  // "the Uruguayan", "the Argentine" standing alone before a predicate ("also rejected", "said",
  // ", who"): the one person of that country named so far, -1 if none or several.
  int the_national(std::uint32_t i, const Hit& h) const {
    const auto* d = h.get(LexKind::kDemonym);
    if (d == nullptr || i == F_ || tok(i - 1).key != "the"sv || h.last >= L_) return -1;
    const Token& next = tok(h.last);
    if (tok(h.last - 1).key.ends_with("s")) return -1;  // ("the Europeans": a people)
    const bool predicate = next.key == ","sv || next.key == "also"sv || next.key == "then"sv ||
                           (next.is(kWord) && !next.is(kCapital) &&
                            ((next.key.size() > 3 && next.key.ends_with("ed")) || next.key == "said"sv || next.key == "says"sv ||
                             next.key == "told"sv || next.key == "has"sv || next.key == "had"sv ||
                             next.key == "was"sv || next.key == "will"sv || next.key == "would"sv));
    if (!predicate) return -1;
    const std::string& code = ctx_.lex->countries()[d->index].code;
    int found = -1;
    for (std::size_t k = 0; k < ctx_.entities.size(); ++k) {
      const DocEntity& e = ctx_.entities[k];
      if (e.type != "person"sv || e.mentions == 0 || e.country != code) continue;
      if (found >= 0) return -1;
      found = static_cast<int>(k);
    }
    return found;
  }

  int demonym_entity(const Hit& h) {
    if (const auto* d = h.get(LexKind::kDemonym)) return entity_for_country(ctx_, d->index);
    if (const auto* d = h.get(LexKind::kOrgDemonym)) return entity_for_org(ctx_, d->index);
    return -1;
  }

  // "French and British army chiefs", "European leaders", "NATO allies", "UK officials":
  // each named country or organisation becomes an actor. Returns the end, or i when no match.
  std::uint32_t parse_group_phrase(std::uint32_t i) {
    std::vector<std::pair<std::uint32_t, int>> names;  // start token, entity
    std::vector<std::uint32_t> ends;
    std::uint32_t j = i;
    while (j < L_) {
      const Hit* h = hit_starting(j);
      if (h && (h->has(LexKind::kDemonym) || h->has(LexKind::kOrgDemonym) || h->has(LexKind::kCountry) ||
                h->has(LexKind::kOrg))) {
        int ent = demonym_entity(*h);
        if (ent < 0) {
          ent = h->has(LexKind::kCountry) ? entity_for_country(ctx_, h->get(LexKind::kCountry)->index)
                                          : entity_for_org(ctx_, h->get(LexKind::kOrg)->index);
        }
        names.emplace_back(j, ent);
        ends.push_back(h->last);
        j = h->last;
        continue;
      }
      if (!names.empty() && (tok(j).key == "and"sv || tok(j).key == ","sv) && j + 1 < L_) {
        const Hit* n = hit_starting(j + 1);
        if (n && (n->has(LexKind::kDemonym) || n->has(LexKind::kOrgDemonym))) {
          ++j;
          continue;
        }
      }
      break;
    }
    if (names.empty()) return i;
    // adjectives, then a people noun or a title without a name after it
    std::uint32_t k = j;
    while (k < L_ && k < j + 3 && !hit_starting(k) && tok(k).is(kWord) && !tok(k).is(kCapital) &&
           adjective_skip(tok(k)) && tok(k).key != "and"sv && tok(k).key != "the"sv) {
      ++k;
    }
    const Hit* noun = hit_starting(k);
    bool group = noun && noun->has(LexKind::kPersonNoun);
    if (!group && noun && noun->has(LexKind::kTitle)) {
      // "British army chiefs" is a group; "French President Emmanuel Macron" is a person.
      const std::uint32_t after = noun->last;
      const bool plural = tok(after - 1).key.ends_with("s");
      group = plural && name_span(after) == after;
    }
    if (group && noun != nullptr && noun->last < L_ && (tok(noun->last).key == "'"sv || tok(noun->last).key == "'s"sv)) {
      return i;  // "the APEC leaders' meeting": the group qualifies what follows
    }
    // ("the Chinese Foreign Ministry": a ministry of two words)
    bool two_words = false;
    if (!group) {
      // "the French presidency said": a demonym with an institution noun
      static const WordSet kInstitution = {
          "presidency", "government", "administration", "military", "army", "side", "authorities",
          "ministry", "delegation", "forces", "navy", "cabinet", "embassy", "diplomacy"};
      two_words = k + 1 < L_ && (tok(k).key == "foreign"sv || tok(k).key == "defence"sv || tok(k).key == "defense"sv) &&
                  tok(k + 1).key == "ministry"sv;
      group = k < L_ && (kInstitution.count(tok(k).key) != 0 || two_words);
      if (group) noun = nullptr;
    }
    if (!group) return i;
    const std::uint32_t end = noun ? noun->last : two_words ? k + 2 : k + 1;
    // "the Indian leader": one person, the country's leader this text names
    if (names.size() == 1 && noun != nullptr && tok(end - 1).key == "leader"sv && i > F_ && tok(i - 1).key == "the"sv) {
      if (const int p = named_leader_of(names.front().second); p >= 0) return push_actor(i, end, MKind::kPerson, p);
    }
    // "the French and Iranian presidents", "the Russian and Ukrainian foreign ministers": each
    // country's holder of the office, when every one is known
    if (names.size() >= 2 && noun != nullptr && i > F_ && tok(i - 1).key == "the"sv) {
      const std::vector<int> holders = holders_of_plural(names, noun->first, end);
      if (!holders.empty()) {
        for (std::size_t n = 0; n < names.size(); ++n) {
          push_actor(names[n].first, n + 1 == names.size() ? end : ends[n], MKind::kPerson, holders[n]);
        }
        return end;
      }
    }
    for (std::size_t n = 0; n < names.size(); ++n) {
      const std::uint32_t b = n + 1 == names.size() ? end : ends[n];
      push_actor(names[n].first, b, kind_of(names[n].second), names[n].second, true);
    }
    return end;
  }

  // The holder in each named country of the office a plural title in [first, end) names
  // ("presidents", "prime ministers", "foreign ministers"; "leaders" when the text names the
  // country's leader); empty when one is not known or a name is not a country.
  std::vector<int> holders_of_plural(const std::vector<std::pair<std::uint32_t, int>>& names, std::uint32_t first,
                                     std::uint32_t end) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kOffices = {{
        {"presidents", "president"}, {"prime ministers", "prime_minister"}, {"premiers", "prime_minister"},
        {"chancellors", "chancellor"}, {"foreign ministers", "foreign_minister"}, {"defence ministers", "defence_minister"},
        {"defense ministers", "defence_minister"}, {"leaders", ""}}};
    const std::string said = name_key(text(first, end));
    const auto office = std::find_if(kOffices.begin(), kOffices.end(), [&](const auto& o) { return o.first == said; });
    if (office == kOffices.end()) return {};
    std::vector<int> holders;
    for (const auto& [at, ent] : names) {
      (void)at;
      if (ent < 0 || ctx_.entities[static_cast<std::size_t>(ent)].type != "country"sv) return {};
      const int p = office->second.empty() ? named_leader_of(ent)
                                            : person_by_role(ctx_, std::string(office->second),
                                                             country_code_of(ctx_, ent), "");
      if (p < 0 || std::find(holders.begin(), holders.end(), p) != holders.end()) return {};
      holders.push_back(p);
    }
    return holders;
  }

  // After a country's possessive at k: the end of a body that acts for it ("foreign ministry",
  // "government", "negotiators"), else 0.
  // `capitals`: the body's name in capitals right after the country's ("the DPRK Foreign Ministry").
  std::uint32_t acting_body_end(std::uint32_t k, bool capitals = false) const {
    static const WordSet kBodies = {
        "government", "ministry", "presidency", "administration", "cabinet", "embassy", "delegation",
        "negotiators", "diplomats"};
    // (over up to two words of what it deals with: "trade ministry", "foreign affairs ministry")
    for (std::uint32_t j = k; j < L_ && j < k + 3; ++j) {
      if (kBodies.count(tok(j).key.view()) != 0 && tok(j).is(kCapital) == capitals) return j + 1;
      if (!tok(j).is(kWord) || tok(j).is(kCapital) != capitals || tok(j).in(kClsNotAName | kClsPronoun) || tok(j).key.size() < 4) break;
    }
    return 0;
  }

  // Capitals and seats: a place after a preposition or before an event noun, else the country.
  std::uint32_t parse_place_or_metonym(std::uint32_t i, const Hit& h) {
    // "the Lake Victoria Centre", "Mount Victoria", "the Victoria Institute": a city's name inside
    // another name is neither the city nor its country
    const bool geo_before = i > F_ && tok(i - 1).is(kCapital) &&
                            (tok(i - 1).key == "lake"sv || tok(i - 1).key == "mount"sv || tok(i - 1).key == "cape"sv ||
                             tok(i - 1).key == "fort"sv || tok(i - 1).key == "port"sv || tok(i - 1).key == "saint"sv);
    const bool institution_after = h.last < L_ && tok(h.last).is(kCapital) && tok(h.last).key != "house"sv &&
                                   non_person_head(tok(h.last)) && !h.has(LexKind::kSeat) &&
                                   (tok(h.last).key == "centre"sv || tok(h.last).key == "center"sv ||
                                    tok(h.last).key == "institute"sv || tok(h.last).key == "university"sv ||
                                    tok(h.last).key == "foundation"sv || tok(h.last).key == "college"sv);
    // ("Paris Saint-Germain president Nasser Al-Khelaifi": a hyphenated name right after the city
    // is a club's or a firm's; not a format before a gathering: "the Cairo Arab-African summit")
    const Hit* after_hyphenated = h.last + 1 < L_ ? hit_starting(h.last + 1) : nullptr;
    const bool hyphenated_name_after = h.last < L_ && tok(h.last).is(kCapital) && tok(h.last).is(kWord) &&
                                       tok(h.last).key.view().find('-') != std::string_view::npos &&
                                       hit_starting(h.last) == nullptr && hit_index(h.last) < 0 &&
                                       !(after_hyphenated != nullptr && after_hyphenated->has(LexKind::kEventNoun));
    // ("Starmer and his wife, Victoria, met him": a first name in apposition to a relative, not the
    // capital of the Seychelles)
    const bool relative_named = i > F_ + 1 && tok(i - 1).key == ","sv && h.last < L_ && tok(h.last).key == ","sv &&
                                (tok(i - 2).key == "wife"sv || tok(i - 2).key == "husband"sv ||
                                 tok(i - 2).key == "daughter"sv || tok(i - 2).key == "son"sv ||
                                 tok(i - 2).key == "partner"sv || tok(i - 2).key == "mother"sv);
    if (geo_before || institution_after || hyphenated_name_after || relative_named) return h.last;
    // "drove to Hyderabad House", "talks at Lancaster House": a house named after a city is a
    // building, not in that city; in the dateline's city when the article has one (so are "St
    // George's Hall" and "St George's Chapel", not the capital of Grenada)
    if (!h.has(LexKind::kSeat) && h.last < L_ && tok(h.last).is(kCapital) &&
        (tok(h.last).key == "house"sv || tok(h.last).key == "hall"sv || tok(h.last).key == "chapel"sv)) {
      Mention m;
      m.first = i;
      m.last = h.last + 1;
      m.kind = MKind::kPlace;
      const std::string name(text(i, h.last + 1));
      m.place = ctx_.dateline.empty() ? name : name + ", " + ctx_.dateline;
      m.place_key = name_key(ctx_.dateline.empty() ? name : ctx_.dateline);
      push(std::move(m));
      return h.last + 1;
    }
    const LexEntry* e = h.get(LexKind::kSeat);
    if (!e) e = h.get(LexKind::kCapital);
    const bool seat = h.has(LexKind::kSeat);
    const bool capital = h.has(LexKind::kCapital);
    std::uint32_t p = i;
    if (p > F_ && tok(p - 1).key == "the"sv) --p;
    // ("in a Vienna hotel": a capital after "a" describes where a thing is, never the country)
    // (or after its country's name: "in Egypt's New Administrative Capital")
    const bool after_prep = p > F_ && (place_preposition(tok(p - 1)) ||
                                       (capital && !seat && (tok(p - 1).key == "a"sv || tok(p - 1).key == "an"sv)) ||
                                       (seat && p > F_ + 2 && tok(p - 1).key == "'s"sv && place_preposition(tok(p - 3))));
    const Hit* next = hit_starting(h.last);
    bool before_event = next && next->has(LexKind::kEventNoun);
    // ("the Paris climate conference", "the Minsk peace talks": a word or two of what it is about
    // between the place and the event; "the Riyadh Arab-Islamic summit", "the Sochi Russia-Africa
    // summit": the peoples or the format the gathering is of)
    const auto qualifier = [&](std::uint32_t k) {
      const Token& w = tok(k);
      if (w.is(kCapital)) return region_adjective(w) || format_word(w);
      return !w.in(kClsNotAName) && !w.in(kClsPlacePrep) && w.key.size() >= 4 && hit_starting(k) == nullptr &&
             hit_index(k) < 0;
    };
    for (std::uint32_t k = h.last; !before_event && k < L_ && k < h.last + 2 && tok(k).is(kWord) && qualifier(k); ++k) {
      const Hit* after = hit_starting(k + 1);
      before_event = after != nullptr && after->has(LexKind::kEventNoun);
    }
    // ("Cairo's emergency summit": a capital's gathering, over an adjective or two, is held there)
    if (!before_event && capital && !seat && h.last + 1 < L_ && tok(h.last).key == "'s"sv) {
      for (std::uint32_t k = h.last + 1; k < L_ && k < h.last + 4; ++k) {
        const Hit* at = hit_starting(k);
        if (at != nullptr && at->has(LexKind::kEventNoun)) {
          before_event = true;
          break;
        }
        if (!tok(k).is(kWord) || tok(k).is(kCapital) || at != nullptr) break;
      }
    }
    // A seat or capital before a people noun is a modifier: "a White House source", "a Downing
    // Street spokesperson", "Kremlin aide Yuri Ushakov".
    bool before_noun = false;
    if (h.last < L_) {
      static const WordSet kNouns = {
          "source", "sources", "statement", "insider", "insiders", "aide", "aides", "readout", "team", "staff",
          "correspondent", "briefing", "press", "lawn", "official", "officials", "spokesman", "spokeswoman",
          "spokesperson", "adviser", "advisers", "advisor", "advisors", "representative", "memo", "residence",
          "reporters", "pool", "visit", "talks", "summit", "meeting", "meetings", "negotiations", "counterpart",
          "homologue"};
      const Hit* nh = hit_starting(h.last);
      before_noun = kNouns.count(tok(h.last).key) != 0 ||
                    (nh != nullptr && (nh->has(LexKind::kTitle) || nh->has(LexKind::kPersonNoun)));
    }
    if ((seat || capital) && e && !after_prep && !before_event) {
      // Metonymy: "Moscow rejected", "the Kremlin said", "Berlin was aware".
      // A seat used as a modifier ("a White House source", "a Downing Street spokesperson") stays
      // a modifier: the actor is the person or source it describes.
      if (!before_noun) {
        const int ent = entity_for_country(ctx_, e->index);
        Mention m;
        m.first = i;
        m.last = h.last;
        m.kind = MKind::kCountry;
        m.entity = ent;
        m.metonym = true;
        m.possessive = h.last < L_ && tok(h.last).key == "'s"sv;
        // "Kyiv's negotiators rejected", "Beijing's foreign ministry said": the country acting
        if (const std::uint32_t body = m.possessive ? acting_body_end(h.last + 1) : 0; body != 0) {
          m.possessive = false;
          m.last = body;
          push(std::move(m));
          return body;
        }
        push(std::move(m));
        return h.last;
      }
      return h.last;
    }
    Mention m;
    m.first = i;
    m.last = h.last;
    m.kind = MKind::kPlace;
    if (e) m.place_country = static_cast<int>(e->index);
    if (const auto* city = h.get(LexKind::kCity); city && !e) m.place_country = static_cast<int>(city->index);
    if (seat && e) {
      const auto& c = ctx_.lex->countries()[e->index];
      std::string name(text(i, h.last));
      // ("the chancellery": the seat as the lexicon writes it)
      if (!tok(i).is(kCapital) && !tok(i).is(kAllCaps) && !name.empty() && name[0] >= 'a' && name[0] <= 'z') {
        name[0] = static_cast<char>(name[0] - 'a' + 'A');
      }
      // (the Catshuis is in The Hague, not in Amsterdam)
      const std::string& city = c.seat_city.empty() ? c.capital : c.seat_city;
      m.place = city.empty() ? name : name + ", " + city;
      m.place_key = name_key(city.empty() ? name : city);
    } else if (capital && e) {
      const auto& c = ctx_.lex->countries()[e->index];
      m.place = c.capital;
      m.place_key = name_key(c.capital);
    } else if (const auto* pl = h.get(LexKind::kPlace)) {
      m.place = ctx_.lex->places()[pl->index];
      m.place_key = name_key(m.place);
    } else {
      m.place = std::string(text(i, h.last));
      m.place_key = name_key(m.place);
    }
    push(std::move(m));
    return h.last;
  }

  // "the Prince and Princess of Wales", "the Duke and Duchess of Sussex": a rank before "and" and a
  // title that names its place ("of Wales") is that place's title of the rank, and names its holder.
  // Returns the end of "the Prince", or i.
  std::uint32_t shared_rank_title(std::uint32_t i, std::uint32_t j) {
    if (j + 3 >= L_ || !tok(j).is(kCapital) || tok(j + 1).key != "and"sv) return i;
    const Hit* second = hit_starting(j + 2);
    if (second == nullptr || !second->has(LexKind::kTitle)) return i;
    std::uint32_t of = j + 3;
    while (of < second->last && tok(of).key != "of"sv) ++of;
    if (of >= second->last) return i;
    std::string form(tok(j).key.view());
    for (std::uint32_t k = of; k < second->last; ++k) form += " " + std::string(tok(k).key.view());
    const LexEntries* entries = ctx_.lex->lookup(form);
    if (entries == nullptr) return i;
    for (const LexEntry& e : *entries) {
      if (e.kind != LexKind::kTitle) continue;
      const TitleInfo& title = ctx_.lex->titles()[e.index];
      for (const auto& [f, code] : title.form_countries) {
        if (f != form) continue;
        if (const int ent = person_by_role(ctx_, title.key, code, ""); ent >= 0) {
          return push_actor(i, j + 1, MKind::kPerson, ent);
        }
      }
    }
    return i;
  }

  // "[the] [French|Ukraine's|NATO|Mr Trump's] [senior] TITLE [(...)] [of X] [Mr] NAME" and
  // title-only references. Returns the end, or i when there is no title here.
  // Whether a name ending before token ne is that of a place named after someone: it ends with a
  // place's noun ("Mandir Temple") or one follows ("King Fahd Stadium", "Abdulaziz International
  // Conference Center").
  bool names_a_place(std::uint32_t ne) const {
    static const WordSet kPlaces = {
        "temple",  "mandir",  "mosque",   "church",     "cathedral", "shrine",     "hospital", "university",
        "college", "school",  "stadium",  "airport",    "road",      "street",     "station",  "foundation",
        "trust",   "institute", "international", "conference", "convention", "exhibition", "memorial"};
    if (kPlaces.count(tok(ne - 1).key.view()) != 0) return true;
    return ne < L_ && tok(ne).is(kWord) && tok(ne).is(kCapital) && kPlaces.count(tok(ne).key.view()) != 0;
  }

  // Whether "Amir" at token k is a given name, not the emir's title in that spelling: before a
  // name the lexicon does not know and no "Sheikh" ("Speaker Amir Ohana", "Amir Peretz").
  bool amir_given_name(std::uint32_t k) const {
    if (k + 1 >= L_ || tok(k).key != "amir"sv || !tok(k).is(kCapital) || !tok(k + 1).is(kCapital) || !tok(k + 1).is(kWord)) {
      return false;
    }
    const Hit* next = hit_starting(k + 1);
    return next == nullptr || !(next->has(LexKind::kPerson) || next->has(LexKind::kHonorific) || next->has(LexKind::kTitle));
  }

  std::uint32_t parse_titled(std::uint32_t i) {
    std::uint32_t j = i;
    bool det = false;
    if (tok(j).key == "the"sv || tok(j).key == "a"sv || tok(j).key == "an"sv) {
      det = true;
      ++j;
    } else if (shares_determiner(i)) {
      det = true;  // "The King and Queen": "the" is the second title's too
    } else if (!hit_starting(i) && tok(i).key != "'s"sv && !adjective_skip(tok(i))) {
      return i;  // most tokens: none of the steps below can reach a title from here
    }
    if (det) {
      if (const std::uint32_t end = shared_rank_title(i, j); end > i) return end;
    }
    std::string country, org;
    int owner = -1;  // "Mr Trump's envoy": the possessor
    // ("the new Iranian president", "the visiting Indian prime minister": over an adjective to the
    // country that qualifies the title)
    if (det) {
      std::uint32_t a = j;
      static const WordSet kInOffice = {"new", "newly", "elected", "outgoing", "incoming", "visiting", "current",
                                        "acting", "interim", "veteran", "long-serving", "longtime"};
      while (a < L_ && a < j + 2 && adjective_skip(tok(a)) && kInOffice.count(tok(a).key.view()) != 0) ++a;
      if (a > j && a < L_) {
        if (const Hit* h = hit_starting(a); h != nullptr && (h->has(LexKind::kDemonym) || h->has(LexKind::kCountry))) j = a;
      }
    }
    std::uint32_t prefix_start = j;
    int named_prefix = -1;  // "United Nations Secretary-General X": a body or country named, not a demonym
    if (j < L_) {
      const Hit* h = hit_starting(j);
      if (h && (h->has(LexKind::kDemonym) || h->has(LexKind::kCountry))) {
        const auto* d = h->get(LexKind::kDemonym) ? h->get(LexKind::kDemonym) : h->get(LexKind::kCountry);
        country = ctx_.lex->countries()[d->index].code;
        if (!h->has(LexKind::kDemonym)) named_prefix = entity_for_country(ctx_, d->index);
        j = h->last;
      } else if (h && (h->has(LexKind::kOrg) || h->has(LexKind::kOrgDemonym))) {
        const auto* d = h->get(LexKind::kOrg) ? h->get(LexKind::kOrg) : h->get(LexKind::kOrgDemonym);
        org = ctx_.lex->orgs()[d->index].key;
        if (h->has(LexKind::kOrg) && !h->has(LexKind::kOrgDemonym)) named_prefix = entity_for_org(ctx_, d->index);
        j = h->last;
      } else if (h && h->has(LexKind::kSeat)) {
        country = ctx_.lex->countries()[h->get(LexKind::kSeat)->index].code;
        j = h->last;
      } else if (h && (h->has(LexKind::kPerson) || h->has(LexKind::kSurname) || h->has(LexKind::kHonorific))) {
        // possessor: "Trump's envoy", "Mr Trump's envoy"
        std::uint32_t k = h->last;
        std::uint32_t name_a = j, name_b = h->last;
        if (h->has(LexKind::kHonorific)) {
          name_a = h->last;
          name_b = name_span(name_a);
          k = name_b;
        }
        if (k < L_ && tok(k).key == "'s"sv && name_b > name_a) {
          const Hit* t2 = hit_starting(k + 1);
          std::uint32_t k2 = k + 1;
          while (k2 < L_ && !hit_starting(k2) && adjective_skip(tok(k2)) && k2 < k + 3) ++k2;
          t2 = hit_starting(k2);
          if (t2 && t2->has(LexKind::kTitle)) {
            owner = person_from_name(name_a, name_b, "", "", "", true);
            if (owner >= 0) {
              country = ctx_.entities[static_cast<std::size_t>(owner)].country;
              push_actor(j, name_b, MKind::kPerson, owner);
              si_.mentions.back().possessive = true;
              si_.mentions.back().modifier = true;
            }
            j = k;
          }
        }
      }
      if (j < L_ && tok(j).key == "'s"sv) ++j;
    }
    // (an age too: "the 87-year-old pope")
    while (j < L_ && !hit_starting(j) && (adjective_skip(tok(j)) || tok(j).key.ends_with("-year-old")) &&
           tok(j).key != "and"sv && tok(j).key != ","sv && tok(j).key != "the"sv && tok(j).key != "a"sv &&
           tok(j).key != "an"sv) {
      ++j;
    }
    const Hit* th = hit_starting(j);
    if (!th) return i;
    // A singular people noun before a name works as a title: "North Korean leader Kim Jong Un",
    // "PLO leader Yasser Arafat", "his Ukrainian counterpart, Volodymyr Zelensky".
    const bool noun_title = !th->has(LexKind::kTitle) && th->has(LexKind::kPersonNoun) &&
                            !tok(th->last - 1).key.ends_with("s") &&
                            (name_span(th->last) > th->last ||
                             (th->last + 1 < L_ && tok(th->last).key == ","sv && name_span(th->last + 1) > th->last + 1));
    if (!th->has(LexKind::kTitle) && !noun_title) return i;
    std::string role = noun_title ? std::string() : ctx_.lex->titles()[th->get(LexKind::kTitle)->index].key;
    const std::string head = noun_title ? std::string() : ctx_.lex->titles()[th->get(LexKind::kTitle)->index].head;
    j = th->last;
    // more title words ("Prime Minister" after "Deputy"), a parenthetical gloss
    while (const Hit* more = hit_starting(j)) {
      if (!more->has(LexKind::kTitle) || amir_given_name(j)) break;
      role = ctx_.lex->titles()[more->get(LexKind::kTitle)->index].key;
      j = more->last;
    }
    // "the secretary of state": a form that names one country's office, when no country is said
    // (not "the Secretary of State for Defence", a minister's title in London)
    // (nor "the first pontiff to attend the talks": one of a kind the sentence counts, not the holder)
    const TokenKey before_title = th->first > F_ ? tok(th->first - 1).key : TokenKey();
    const bool counted = before_title == "first"sv || before_title == "second"sv || before_title == "only"sv ||
                         before_title == "last"sv || before_title == "third"sv;
    if (country.empty() && org.empty() && !noun_title && !counted && !(j < L_ && tok(j).key == "for"sv)) {
      const auto& forms = ctx_.lex->titles()[th->get(LexKind::kTitle)->index].form_countries;
      if (!forms.empty()) {
        const std::string said = name_key(text(th->first, th->last));
        for (const auto& [form, code] : forms) {
          if (form == said) country = code;
        }
      }
    }
    // "former Ukrainian president Leonid Kuchma": an office held no more is not noted as his, and
    // "the Ukrainian president" later in the text is someone else
    bool former = false;
    bool deputy = false;
    for (std::uint32_t k = i > F_ ? i - 1 : i; k < th->first; ++k) {
      const TokenKey fk = tok(k).key;
      former = former || fk == "former"sv || fk == "ex"sv || fk == "ex-"sv || fk == "late"sv;
      // ("a younger Xi Jinping, then China's vice-president", "the then prime minister": an office
      // held at the time told, not today's holder; not "and then the president met")
      if (fk == "then"sv && k + 1 < L_ && tok(k + 1).key != "the"sv && tok(k + 1).key != "a"sv) former = true;
      // ("the deputy American ambassador", "deputy ambassador Robert Wood": a deputy, not the holder)
      deputy = deputy || fk == "deputy"sv || fk == "vice"sv || fk == "assistant"sv;
    }
    if (j < L_ && tok(j).key == "("sv) {
      std::uint32_t k = j + 1;
      while (k < L_ && k < j + 8 && tok(k).key != ")"sv) ++k;
      if (k < L_ && tok(k).key == ")"sv) j = k + 1;
    }
    // "of Ukraine", "of the European Commission", "for Ukraine" (envoys)
    std::uint32_t of_end = j;
    if (j + 1 < L_ && (tok(j).key == "of"sv || tok(j).key == "for"sv)) {
      std::uint32_t k = j + 1;
      if (tok(k).key == "the"sv && k + 1 < L_) ++k;
      const Hit* oh = hit_starting(k);
      // the country or body is named too ("the prime minister of New Zealand"): it is mentioned
      if (oh && oh->has(LexKind::kCountry) && country.empty()) {
        country = ctx_.lex->countries()[oh->get(LexKind::kCountry)->index].code;
        of_end = oh->last;
        ++ctx_.entities[static_cast<std::size_t>(entity_for_country(ctx_, oh->get(LexKind::kCountry)->index))].mentions;
      } else if (oh && oh->has(LexKind::kOrg) && org.empty()) {
        org = ctx_.lex->orgs()[oh->get(LexKind::kOrg)->index].key;
        of_end = oh->last;
        ++ctx_.entities[static_cast<std::size_t>(entity_for_org(ctx_, oh->get(LexKind::kOrg)->index))].mentions;
      }
    }
    // ("the President of the House of Representatives, Mr Rachid Talbi Alami": a post in an
    // institution the lexicon does not know, in capitals, then the name of its holder)
    bool institution = false;
    if (of_end == j && country.empty() && org.empty() && j + 2 < L_ && tok(j).key == "of"sv) {
      std::uint32_t q = j + 1;
      if (tok(q).key == "the"sv) ++q;
      const std::uint32_t name_start = q;
      while (q < L_ && q < name_start + 8 &&
             ((tok(q).is(kWord) && tok(q).is(kCapital)) ||
              ((tok(q).key == "of"sv || tok(q).key == "and"sv) && q + 1 < L_ && tok(q + 1).is(kCapital)))) {
        ++q;
      }
      if (q > name_start && q + 1 < L_ && tok(q).key == ","sv) {
        std::uint32_t p = q + 1;
        if (const Hit* ph = hit_starting(p); ph != nullptr && ph->has(LexKind::kHonorific)) p = ph->last;
        if (name_span(p) >= p + 2) {
          of_end = q;
          institution = true;
        }
      }
    }
    // The name ("counterpart, Volodymyr Zelensky": a people noun's apposition names the person)
    std::uint32_t n = of_end > j ? of_end : j;
    // ("Iraq's prime minister, Mustafa al-Kadhimi": a country's or body's title too)
    if ((noun_title || !country.empty() || !org.empty() || institution) && n + 1 < L_ && tok(n).key == ","sv &&
        (name_span(n + 1) > n + 1 || institution)) {
      ++n;
    }
    const Hit* hon = hit_starting(n);
    if (hon && hon->has(LexKind::kHonorific)) n = hon->last;
    std::uint32_t ne = amir_given_name(n) ? name_span(n + 1) : name_span(n);
    const bool title_capital = tok(th->first).is(kCapital);
    // ("OFFICIAL TEXTS DIGEST - English service": a masthead in capitals, no official's name)
    if (ne > n && capitals_opening_line(ne) && (hit_index(n) < 0 || hit_starting(n) == nullptr)) ne = n;
    // ("Commander-in-Chief of the Kenya Defence Forces": a word of a name a people noun ends, the
    // name of a body, is no person's; not a name the lexicon knows)
    if (ne == n + 1 && ne < L_ && tok(ne).is(kWord) && tok(ne).is(kCapital) && hit_index(n) < 0) {
      if (const Hit* next = hit_starting(ne); next != nullptr && next->has(LexKind::kPersonNoun)) ne = n;
    }
    // (a place named after a titled person is none: "the King Abdulaziz International Conference Center")
    if (ne > n && names_a_place(ne)) return ne;
    // ("Amir Ohana met ...": the given name and the name after it)
    if (th->last == th->first + 1 && amir_given_name(th->first) && !det) {
      ne = name_span(th->first + 1);
      if (const int ent = ne > th->first + 1 ? person_from_name(th->first, ne, "", "", "", true) : -1; ent >= 0) {
        return push_actor(th->first, ne, MKind::kPerson, ent);
      }
      return ne > th->first + 1 ? ne : i;
    }
    if (ne > n) {
      const int ent = person_from_name(n, ne, former || deputy ? std::string() : role, country, org, true);
      if (ent >= 0) {
        (void)prefix_start;
        if (named_prefix >= 0) ++ctx_.entities[static_cast<std::size_t>(named_prefix)].mentions;
        return push_actor(det ? i + 1 : i, ne, MKind::kPerson, ent);
      }
      return ne;
    }
    // Title only: the role's holder in this document or in the lexicon on the document date.
    if (noun_title) return i;
    if (!det && !title_capital && country.empty() && org.empty()) return i;
    if (of_end == j && country.empty() && org.empty() && !det) return i;
    // Plural titles are groups ("foreign ministers"): handled as people nouns. (By the head noun, before
    // "of": "the Prince of Wales" is one.)
    std::uint32_t head_noun = th->last - 1;
    for (std::uint32_t k = th->first + 1; k + 1 < th->last; ++k) {
      if (tok(k).key == "of"sv) {
        head_noun = k - 1;
        break;
      }
    }
    // ("princess", "empress": a singular in -ss)
    if (tok(head_noun).key.ends_with("s") && !tok(head_noun).key.ends_with("ss") && tok(head_noun).key != "chancellors"sv &&
        role != "taoiseach"sv) {
      return i;
    }
    // "the prime minister", "the French president", "The President of Ukraine"
    // ("Ishiba, a prime minister fighting for his political life": an indefinite title describes,
    // and names no holder)
    const bool indefinite = det && (tok(i).key == "a"sv || tok(i).key == "an"sv);
    // ("became the first American president to visit Cuba", "every living American president": one
    // of a kind counted or all of them, not today's holder)
    bool one_of_many = false;
    for (std::uint32_t k = i > F_ ? i - 1 : F_; k < th->first && !one_of_many; ++k) {
      const TokenKey w = tok(k).key;
      one_of_many = w == "first"sv || w == "second"sv || w == "third"sv || w == "only"sv || w == "every"sv ||
                    w == "each"sv || w == "any"sv || w == "living"sv || w == "next"sv;
    }
    std::uint32_t end = of_end > j ? of_end : j;
    int ent = indefinite || one_of_many || deputy || former || named_after_comma(end) ? -1
              : country.empty() && org.empty()     ? bare_title_holder(role)
                                                   : person_by_role(ctx_, role, country, org);
    // ("The King and The Queen this evening attended": the court's style, "The" in capitals, names
    // the British sovereign and consort when the text and the countries it names give no other)
    // ("On Tuesday the King gave a banquet" in a text that names Britain: the same, with "the" in
    // lower case and "King" in capitals)
    if (ent < 0 && country.empty() && org.empty() && det && (role == "king"sv || role == "queen"sv) &&
        tok(i).key == "the"sv && !indefinite && !one_of_many && !former && ctx_.doc_date.full() &&
        ((tok(i).is(kCapital) && (i == F_ || tok(i - 1).is(kWord))) || tok(th->first).is(kCapital))) {
      // (not when the text names another kingdom: "trade with Spain and the United Kingdom. The King
      // welcomed Macron" is no one we can tell)
      const Date& day = ctx_.names_day.full() ? ctx_.names_day : ctx_.doc_date;
      bool other_kingdom = false;
      bool britain = false;
      for (const auto& x : ctx_.entities) {
        if (x.type != "country"sv || x.lex < 0 || other_kingdom) continue;
        const std::string& code = ctx_.lex->countries()[static_cast<std::size_t>(x.lex)].code;
        britain = britain || code == "GBR"sv;
        other_kingdom = code != "GBR"sv && (!ctx_.lex->holders("king", code, "", day).empty() ||
                                            !ctx_.lex->holders("queen", code, "", day).empty());
      }
      const bool court_style = tok(i).is(kCapital) && (i == F_ || tok(i - 1).is(kWord));
      if (!other_kingdom && (court_style || britain)) ent = person_by_role(ctx_, role, "GBR", "");
    }
    if (ent < 0 && country.empty() && org.empty() && (det || title_capital)) {
      // without a country, only someone this document already gave that title
      ent = -1;
    }
    // (in an apposition it is the person it describes, up to the comma that closes it: "Shigeru
    // Ishiba, a prime minister fighting for his political life, and Narendra Modi")
    if (indefinite && i > F_ + 1 && tok(i - 1).key == ","sv && !si_.mentions.empty() &&
        si_.mentions.back().last == i - 1 && si_.mentions.back().kind == MKind::kPerson && !si_.mentions.back().possessive) {
      ent = si_.mentions.back().entity;
      for (std::uint32_t k = end; k < L_ && k < end + 12; ++k) {
        const TokenKey kk = tok(k).key;
        if (kk == ","sv) {
          end = k;
          break;
        }
        if (kk == "."sv || kk == ";"sv || kk == ":"sv || kk == "who"sv || kk == "which"sv) break;
      }
    }
    if (ent >= 0) {
      if (named_prefix >= 0) ++ctx_.entities[static_cast<std::size_t>(named_prefix)].mentions;
      return push_actor(i, end, MKind::kPerson, ent);
    }
    if (!head.empty() && !country.empty() && !former && !deputy) {
      if (const auto c = ctx_.lex->country_by_code(country)) {
        return push_actor(i, end, MKind::kCountry, entity_for_country(ctx_, *c), true);
      }
    }
    Mention m;
    m.first = i;
    m.last = end;
    m.kind = MKind::kTitle;
    // ("A Downing Street spokesperson": whose country a title of no one speaks for)
    if (!country.empty()) {
      if (const auto c = ctx_.lex->country_by_code(country)) m.place_country = static_cast<int>(*c);
    }
    push(std::move(m));
    return end;
  }

  // Whether the title at `i` follows "and" after a person named by "the" and a title alone ("The
  // King and Queen met ..."): the determiner is shared.
  bool shares_determiner(std::uint32_t i) const {
    if (i < F_ + 3 || tok(i - 1).key != "and"sv || !tok(i).is(kCapital) || si_.mentions.empty()) return false;
    const Mention& before = si_.mentions.back();
    if (before.last != i - 1 || before.kind != MKind::kPerson || before.last != before.first + 2 ||
        tok(before.first).key != "the"sv) {
      return false;
    }
    const Hit* first_title = hit_starting(before.first + 1);
    const Hit* title = hit_starting(i);
    return first_title != nullptr && first_title->has(LexKind::kTitle) && title != nullptr &&
           title->has(LexKind::kTitle) && title->last < L_ && !tok(title->last).is(kCapital);
  }

  // Whether a person's name follows the comma at `at` ("the foreign secretary, Vikram Misri"): the
  // title before it is theirs, not its usual holder's.
  // (or in brackets, after an honorific: "the President of the Senate (Monsieur Gerard Larcher)")
  bool named_after_comma(std::uint32_t at) const {
    // (over what the title is of: "the President of the Senate (Monsieur Gerard Larcher)")
    if (at < L_ && tok(at).key == "of"sv) {
      std::uint32_t k = at + 1;
      while (k < L_ && k < at + 6 && tok(k).is(kWord)) ++k;
      if (k < L_ && tok(k).key == "("sv) at = k;
    }
    if (at + 1 < L_ && tok(at).key == "("sv) {
      const Hit* hon = hit_starting(at + 1);
      if (hon != nullptr && hon->has(LexKind::kHonorific) && hon->last < L_) at = hon->last - 1;
    } else if (at + 1 >= L_ || tok(at).key != ","sv) {
      return false;
    }
    if (at + 1 >= L_ || !tok(at + 1).is(kCapital)) return false;
    const Hit* h = hit_starting(at + 1);
    if (h != nullptr && (h->has(LexKind::kPerson) || h->has(LexKind::kSurname))) return true;
    if (h != nullptr && is_entity_hit(h)) return false;
    return name_span(at + 1) >= at + 3;  // two capitalised words at least
  }

  // "the president" (no country): the document's one holder of that role; with several (Trump,
  // Putin and Zelensky are all presidents), the one the document is about: named at least twice as
  // often as any other, else nobody (the last one named is not reliably the one meant).
  int bare_title_holder(const std::string& role) const {
    // ("The Prime Minister met Pakistan's prime minister" on a page the Prime Minister issued)
    if (ctx_.issuer >= 0 && ctx_.entities[static_cast<std::size_t>(ctx_.issuer)].role == role) return ctx_.issuer;
    // ("A Downing Street spokesperson said the Prime Minister met Li Qiang", or that line before it:
    // the holder in the country of the seat that speaks)
    std::string voice = speaking_seat(ctx_, si_, L_);
    if (voice.empty()) voice = ctx_.voice_country;
    if (!voice.empty() && ctx_.doc_date.full()) {
      if (const int p = person_by_role(ctx_, role, voice, ""); p >= 0) return p;
    }
    int holder = -1;
    std::uint32_t best = 0;
    std::uint32_t second = 0;
    for (std::size_t e = 0; e < ctx_.entities.size(); ++e) {
      const auto& x = ctx_.entities[e];
      if (x.type != "person"sv || x.role != role) continue;
      // (not a leader of the lexicon out of office on the article's date: Gordon Brown in 2005 is
      // not "the prime minister")
      if (x.lex >= 0 && !ctx_.lex->in_office_on(ctx_.lex->people()[static_cast<std::size_t>(x.lex)], ctx_.doc_date)) {
        continue;
      }
      if (holder < 0 || x.mentions > best) {
        second = holder < 0 ? 0 : best;
        best = x.mentions;
        holder = static_cast<int>(e);
      } else {
        second = std::max(second, x.mentions);
      }
    }
    if (holder >= 0 && second > 0 && best < 2 * second) return -1;
    // ("joined leaders at a reception given by His Majesty The King" on a page of the Prime
    // Minister's Office: the holder of that title in the issuer's country, on the page's date)
    if (holder < 0 && ctx_.issuer >= 0 && ctx_.doc_date.full()) {
      const std::string& country = ctx_.entities[static_cast<std::size_t>(ctx_.issuer)].country;
      if (!country.empty()) return person_by_role(ctx_, role, country, "");
    }
    // ("Special briefing on the Prime Minister's visit" under a first line "SOUTH BLOCK
    // TRANSCRIPTS": the holder of the title in the country whose seat of government heads the page)
    if (holder < 0 && !ctx_.seat_country.empty() && ctx_.doc_date.full()) {
      if (const int p = person_by_role(ctx_, role, ctx_.seat_country, ""); p >= 0) return p;
    }
    // ("received the King and Queen at the Arc de Triomphe" after the United Kingdom and France
    // were named: the one monarch in office among the countries the text has named)
    if (holder < 0 && (role == "king"sv || role == "queen"sv) && ctx_.doc_date.full()) {
      const Date& day = ctx_.names_day.full() ? ctx_.names_day : ctx_.doc_date;
      int monarch = -1;
      for (const auto& x : ctx_.entities) {
        if (x.type != "country"sv || x.lex < 0) continue;
        const std::string& code = ctx_.lex->countries()[static_cast<std::size_t>(x.lex)].code;
        for (const std::uint32_t p : ctx_.lex->holders(role, code, "", day)) {
          if (!ctx_.lex->in_office_on(ctx_.lex->people()[p], day)) continue;
          if (monarch >= 0 && static_cast<std::uint32_t>(monarch) != p) return -1;
          monarch = static_cast<int>(p);
        }
      }
      if (monarch >= 0) return entity_for_lex_person(ctx_, static_cast<std::uint32_t>(monarch));
    }
    // (in an undated article two people who held the office at some time may both be meant: Blair
    // and Brown were both prime minister, though Blair's last office is another)
    if (holder >= 0 && ctx_.doc_date.empty()) {
      int held = 0;
      for (const auto& x : ctx_.entities) {
        if (x.type != "person"sv) continue;
        bool ever = x.role == role;
        if (x.lex >= 0) {
          for (const auto& pos : ctx_.lex->people()[static_cast<std::size_t>(x.lex)].positions) ever = ever || pos.role == role;
        }
        held += ever ? 1 : 0;
      }
      if (held >= 2) return -1;
    }
    return holder;
  }

  // The speaker of a quotation: the actor next to a reporting verb outside the quotes.
  void find_speaker() {
    if (!has_quote_) return;
    for (const auto& c : si_.cues) {
      if (c.kind != "report"sv || si_.in_quote[c.first - F_]) continue;
      // "..., Macron said" / "..., said Macron" / "Macron said: ..."
      for (const std::uint32_t at : {c.first > F_ ? c.first - 1 : c.first, c.last}) {
        if (at < F_ || at >= L_) continue;
        const int m = si_.mention_at[at - F_];
        if (m < 0) continue;
        const auto& mm = si_.mentions[static_cast<std::size_t>(m)];
        if (mm.entity >= 0) {
          si_.speaker = mm.entity;
          return;
        }
        if (mm.kind == MKind::kPronoun && (mm.pronoun == "he"sv || mm.pronoun == "she"sv)) {
          si_.speaker = pronoun_person(mm.pronoun);
          return;
        }
      }
    }
    // "President Yoon: \"President Ghazouani and I have just co-chaired ...\"": a transcript's line,
    // the speaker and a colon before the quotation
    // (over the speaker's titles: "President Mohamed Ould Ghazouani, President of Mauritania and
    // Chairperson of the African Union: \"As chair ...\"")
    if (!si_.mentions.empty() && si_.in_quote[0] == 0) {
      const Mention& first = si_.mentions.front();
      std::uint32_t colon = first.last;
      while (colon < L_ && colon < first.last + 16 && tok(colon).key != ":"sv && si_.in_quote[colon - F_] == 0 &&
             !tok(colon).is(kQuote)) {
        ++colon;
      }
      if (first.first == F_ && first.kind == MKind::kPerson && first.entity >= 0 && colon + 2 < L_ &&
          tok(colon).key == ":"sv && (tok(colon + 1).is(kQuote) || si_.in_quote[colon + 1 - F_] != 0)) {
        si_.speaker = first.entity;
        return;
      }
    }
    // (a quotation with no speaker under a heading that gives someone's own words: theirs)
    if (ctx_.section_speaker >= 0) si_.speaker = ctx_.section_speaker;
  }

  // "his Russian counterpart": the holder, in that country at the article's date, of the office of
  // the one "his" stands for (Poroshenko, president of Ukraine: Putin). Returns the end, else i.
  std::uint32_t parse_counterpart(std::uint32_t i) {
    const Token& t = tok(i);
    if ((t.key != "his"sv && t.key != "her"sv) || i + 2 >= L_) return i;
    if (tok(i + 2).key == "and"sv) return parse_two_counterparts(i);
    // ("his Argentine homologue": the word Spanish and Portuguese use, in their English)
    if (tok(i + 2).key != "counterpart"sv && tok(i + 2).key != "homologue"sv && tok(i + 2).key != "homolog"sv) return i;
    const Hit* d = hit_starting(i + 1);
    if (d == nullptr || d->last != i + 2 || !d->has(LexKind::kDemonym)) return i;
    // "his Indian counterpart Rajnath Singh", "her French counterpart, Jean-Noel Barrot": the name
    // says who (the apposition is read as for any people noun)
    const std::uint32_t named = i + 3 < L_ && tok(i + 3).key == ","sv ? i + 4 : i + 3;
    if (named < L_ && tok(named).is(kWord) && tok(named).is(kCapital)) return i;
    const int ent = counterpart_of(i, *d);
    if (ent < 0) return i;
    const std::uint32_t end = i + 3;
    push_actor(i, end, MKind::kPerson, ent);
    return end;
  }

  // "his Lao and Thai counterparts": the holder of the office of each country ("his Lao" one
  // mention, "Thai counterparts" the other, with the "and" between them a list's).
  std::uint32_t parse_two_counterparts(std::uint32_t i) {
    if (i + 4 >= L_ || tok(i + 4).key != "counterparts"sv) return i;
    const Hit* d1 = hit_starting(i + 1);
    const Hit* d2 = hit_starting(i + 3);
    if (d1 == nullptr || d1->last != i + 2 || !d1->has(LexKind::kDemonym)) return i;
    if (d2 == nullptr || d2->last != i + 4 || !d2->has(LexKind::kDemonym)) return i;
    const int a = counterpart_of(i, *d1);
    const int b = counterpart_of(i, *d2);
    if (a < 0 || b < 0 || a == b) return i;
    push_actor(i, i + 2, MKind::kPerson, a);
    push_actor(i + 3, i + 5, MKind::kPerson, b);
    return i + 5;
  }

  // The counterpart, of the country of demonym hit d, of the person "his"/"her" at token i stands
  // for: the person this sentence named before holding an office ("Lavrov met his Chinese
  // counterpart"), else the one the text was about; -1 when the lexicon knows no holder.
  int counterpart_of(std::uint32_t i, const Hit& d) const {
    int who = -1;
    const char g = tok(i).key == "her"sv ? 'f' : 'm';
    for (auto m = si_.mentions.rbegin(); m != si_.mentions.rend() && who < 0; ++m) {
      if (m->last > i || m->kind != MKind::kPerson || m->possessive || !person_of_gender(m->entity, g)) continue;
      // (one who holds an office: not a name of a place, "Lahore's Allama Iqbal airport")
      const DocEntity& x = ctx_.entities[static_cast<std::size_t>(m->entity)];
      if (!x.role.empty() && !x.country.empty()) who = m->entity;
    }
    if (who < 0) who = pronoun_person(std::string(tok(i).key.view()));
    if (who < 0) return -1;
    const DocEntity& p = ctx_.entities[static_cast<std::size_t>(who)];
    const std::string& code = ctx_.lex->countries()[d.get(LexKind::kDemonym)->index].code;
    if (p.role.empty() || p.country.empty() || p.country == code) return -1;
    return person_by_role(ctx_, p.role, code, "");
  }

  // North Korea (or South Korea) when this text has named either Korea, else -1.
  int korea_spoken_of(bool north) const {
    bool named = false;
    for (const auto& e : ctx_.entities) named = named || e.id == "country:prk"sv || e.id == "country:kor"sv;
    if (!named) return -1;
    const auto c = ctx_.lex->country_by_code(north ? "PRK" : "KOR");
    return c ? entity_for_country(ctx_, *c) : -1;
  }

  // Whether tokens from the sentence's start to `end` open a line and are all in capitals (a
  // masthead or a section's heading: "SABANG STREET LIVE -- Running log").
  bool capitals_opening_line(std::uint32_t end) const {
    if (tok(F_).begin != 0 && ctx_.doc->text[tok(F_).begin - 1] != '\n') return false;
    for (std::uint32_t k = F_; k < end; ++k) {
      if (tok(k).is(kWord) && !tok(k).is(kAllCaps)) return false;
    }
    return true;
  }

  // Whether the sentence is a heading in capitals: two or more words, every one of them in capitals.
  bool caps_heading() const {
    if (caps_heading_ < 0) {
      int words = 0;
      bool caps = true;
      for (std::uint32_t k = F_; k < L_ && caps; ++k) {
        if (!tok(k).is(kWord)) continue;
        ++words;
        caps = tok(k).is(kAllCaps) || (tok(k).key.size() == 1 && tok(k).is(kCapital));
      }
      caps_heading_ = caps && words >= 2 ? 1 : 0;
    }
    return caps_heading_ == 1;
  }

  // Whether a hyphenated word names two parties by their countries or peoples ("Israeli-Palestinian",
  // "Indo-Pakistani" aside): a part the lexicon knows as a country or demonym.
  bool peoples_pair(const Token& t) const {
    const std::string_view k = t.key.view();
    const auto hyphen = k.find('-');
    if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 >= k.size()) return false;
    for (const std::string_view part : {k.substr(0, hyphen), k.substr(hyphen + 1)}) {
      const auto* entries = ctx_.lex->lookup(name_key(part));
      if (entries == nullptr) continue;
      for (const auto& en : *entries) {
        if (en.kind == LexKind::kDemonym || en.kind == LexKind::kCountry) return true;
      }
    }
    return false;
  }

  // The guest of `host` (-1: any host): the other side of the latest meeting reported, else (with a
  // host) the other person of the pair last named together; -1 if none.
  int guest_spoken_of(int host, bool possessed) const {
    if (possessed && host < 0) return -1;
    for (auto it = ctx_.pending.rbegin(); it != ctx_.pending.rend(); ++it) {
      if (it->relation != "met"sv || it->status != edge_status::kReported || it->target < 0) continue;
      if (ctx_.entities[static_cast<std::size_t>(it->subject)].type != "person"sv) continue;
      if (host < 0) return it->target;
      if (it->subject == host) return it->target;
      if (it->target == host) return it->subject;
    }
    if (host >= 0 && ctx_.last_group.size() == 2) {
      const int a = ctx_.last_group[0];
      const int b = ctx_.last_group[1];
      if (a == host && ctx_.entities[static_cast<std::size_t>(b)].type == "person"sv) return b;
      if (b == host && ctx_.entities[static_cast<std::size_t>(a)].type == "person"sv) return a;
    }
    // (the one other person the sentence before named: "Yoon and Kishida ended a quarrel")
    if (host >= 0) {
      int other = -1;
      for (const int x : ctx_.previous_sentence_people) {
        if (x == host || ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv) continue;
        if (other >= 0 && other != x) return -1;
        other = x;
      }
      return other;
    }
    return -1;
  }

  // Whether a lexicon phrase names a person, a country or a body (not a word of a trigger: "guest
  // at", "host").
  static bool names_someone(const Hit* h) {
    return h != nullptr && (h->has(LexKind::kPerson) || h->has(LexKind::kSurname) || h->has(LexKind::kCountry) ||
                            h->has(LexKind::kOrg) || h->has(LexKind::kTitle));
  }

  // The person last reported chairing or hosting a gathering of the document, -1 if none.
  int host_spoken_of() const {
    for (auto it = ctx_.pending.rbegin(); it != ctx_.pending.rend(); ++it) {
      if (it->relation != "chaired"sv || it->status != edge_status::kReported) continue;
      if (ctx_.entities[static_cast<std::size_t>(it->subject)].type == "person"sv) return it->subject;
    }
    return -1;
  }

  // A noun after "host" or "guest" that it only qualifies ("the host country", "the guest list").
  static bool compound_after_role(const Token& t) {
    static const WordSet kNouns = {
        "country", "countries", "city", "cities", "nation", "nations", "government", "governments", "committee",
        "broadcaster", "family", "families", "list", "house", "room", "rooms", "speaker", "speakers", "star",
        "book", "appearance", "worker", "workers", "of", "status", "nationality"};
    return t.is(kWord) && !t.is(kCapital) && kNouns.count(t.key.view()) != 0;
  }

  // The one organisation this text has named whose name ends in "Union", else -1 (none, two, or a
  // union and the Soviet Union).
  // The one body this text named whose name ends with `head` ("Union", "Assembly"), else -1.
  int body_spoken_of(std::string_view head) const {
    const std::string tail = " " + std::string(head);
    int found = -1;
    for (std::size_t e = 0; e < ctx_.entities.size(); ++e) {
      const auto& x = ctx_.entities[e];
      if (x.type == "person"sv || !x.label.ends_with(tail)) continue;
      if (found >= 0 || x.type != "organization"sv) return -1;
      found = static_cast<int>(e);
    }
    return found;
  }

  // Whether entity e is a person a pronoun of gender g ('m', 'f') can stand for.
  bool person_of_gender(int e, char g) const {
    if (e < 0) return false;
    const auto& x = ctx_.entities[static_cast<std::size_t>(e)];
    return x.type == "person"sv && (x.gender == '?' || x.gender == g);
  }

  // Whether the person pronoun `m` stands for is named again after it in its clause (the
  // sentence's mentions found so far, before any comma, "and", "who", "that" or report verb).
  bool named_later_in_clause(const Mention& m) const {
    for (std::uint32_t k = m.last; k < L_ && k < m.last + 10; ++k) {
      const TokenKey w = tok(k).key;
      if (tok(k).is(kPunct) || w == "and"sv || w == "but"sv || w == "who"sv || w == "that"sv || w == "said"sv ||
          w == "says"sv || w == "told"sv) {
        return false;
      }
      for (const Mention& o : si_.mentions) {
        if (o.first == k && o.kind == MKind::kPerson && o.entity == m.entity && !o.possessive) return true;
      }
    }
    return false;
  }

  int pronoun_person(const std::string& p) const {
    const char g = p == "she"sv || p == "her"sv ? 'f' : 'm';
    auto fits = [&](int e) { return person_of_gender(e, g); };
    if (fits(ctx_.last_subject_person)) return ctx_.last_subject_person;
    if (fits(ctx_.last_clause_subject_person)) return ctx_.last_clause_subject_person;
    if (fits(ctx_.last_person)) return ctx_.last_person;
    return -1;
  }

  // An event noun at `t`, or after one or two adjectives ("his first summit", "her recent talks").
  bool owns_event_noun(std::uint32_t t) const {
    for (std::uint32_t k = t; k < L_ && k < t + 3; ++k) {
      if (const Hit* h = hit_starting(k); h != nullptr && h->has(LexKind::kEventNoun)) return true;
      if (!tok(k).is(kWord) || tok(k).is(kCapital)) return false;
    }
    return false;
  }

  // A mention starting at `first` stands where an object does: after a preposition, an -ing form
  // ("after hosting Zelensky") or a verb of meeting ("met", "received").
  bool object_position(std::uint32_t first) const {
    if (first <= F_) return false;
    if (governs(first - 1)) return true;
    // ("with A and B": the next of a list whose first stands where an object does)
    if (first > F_ + 2 && tok(first - 1).key == "and"sv) {
      for (const Mention& o : si_.mentions) {
        if (o.last == first - 1 && o.first < first - 1 && !o.possessive && o.kind == MKind::kPerson) {
          return object_position(o.first);
        }
      }
    }
    // ("with Canada's Justin Trudeau": a person after a possessor that stands where an object does)
    if (first > F_ + 2 && tok(first - 1).key == "'s"sv) {
      for (const Mention& o : si_.mentions) {
        if (o.last == first - 1 && o.possessive && o.first < first - 1) return object_position(o.first);
        if (o.last == first && o.possessive && o.first < first - 1) return object_position(o.first);
      }
    }
    // "saw the country's senior foreign-policy official, Wang Yi" (a person named by a role noun),
    // "saw the country's foreign minister, S. Jaishankar", "saw Kenya's president, William Ruto"
    // (a name after a title and a comma): the description right after the verb or preposition
    std::uint32_t k = first - 1;
    if (tok(k).key == ","sv) {
      const int h = hit_index(k - 1);
      if (k <= F_ + 1 || h < 0 || !hits_[static_cast<std::size_t>(h)].has(LexKind::kTitle)) return false;
      --k;
    } else if (tok(first).is(kCapital)) {
      return false;
    }
    for (; k > F_ && k + 8 > first; --k) {
      const Token& w = tok(k);
      const bool det = w.key == "the"sv || w.key == "a"sv || w.key == "an"sv;
      if (det || w.is(kCapital)) {
        if (governs(k - 1)) return true;
        if (det) break;
        continue;
      }
      if (w.key != "'s"sv && (!w.is(kWord) || w.key == "and"sv)) break;
    }
    return false;
  }

  // Whether the token at i takes the phrase after it as its object: a preposition, a verb in -ing
  // or a trigger.
  bool governs(std::uint32_t i) const {
    const Token& p = tok(i);
    if (place_preposition(p) || p.key == "with"sv || p.key == "by"sv || p.key == "of"sv || p.key == "to"sv) return true;
    // (not "morning", "evening": "That morning Zelensky held talks")
    if (p.key.size() > 4 && p.key.ends_with("ing") && p.key != "morning"sv && p.key != "evening"sv) return true;
    return std::any_of(si_.triggers.begin(), si_.triggers.end(),
                       [&](const Trigger& t) { return i >= t.first && i < t.last; });
  }

  // Whether the pronoun at `at` opens what a report says ("to say he", "said that she") whose
  // speaker, right before the reporting verb, is a group or title phrase naming no one.
  bool reported_by_unnamed(std::uint32_t at) const {
    std::uint32_t r = at;
    if (r > F_ && tok(r - 1).key == "that"sv) --r;
    if (r <= F_) return false;
    const TokenKey v = tok(r - 1).key;
    if (v != "say"sv && v != "said"sv && v != "says"sv && v != "told"sv && v != "tells"sv) return false;
    std::uint32_t q = r - 1;
    if (q > F_ && tok(q - 1).key == "to"sv) --q;  // "prompted a donor to say"
    if (q <= F_) return false;
    const int mi = si_.mention_at[q - 1 - F_];
    if (mi < 0) {
      // a common noun in the singular: "a Labour donor to say he", "a spokesman said he" (not "his
      // aides said he", whose "he" is their principal)
      const Token& w = tok(q - 1);
      return w.is(kWord) && !w.is(kCapital) && !w.in(kClsPronoun) && w.key.view().size() > 3 &&
             w.key.view().back() != 's';
    }
    const Mention& sp = si_.mentions[static_cast<std::size_t>(mi)];
    return sp.entity < 0 && (sp.kind == MKind::kGeneric || sp.kind == MKind::kTitle);
  }

  // "Fiala said his government would not send troops": the government of the one "his" stands for
  // is that person's country, as "the Czech government" is.
  void governments_of_pronouns() {
    for (auto& m : si_.mentions) {
      if (m.kind != MKind::kPronoun || !m.possessive || m.entity < 0 || m.last >= L_) continue;
      if (m.pronoun != "his"sv && m.pronoun != "her"sv) continue;
      const TokenKey next = tok(m.last).key;
      if (next != "government"sv && next != "administration"sv && next != "cabinet"sv) continue;
      const DocEntity& person = ctx_.entities[static_cast<std::size_t>(m.entity)];
      if (person.type != "person"sv || person.country.empty()) continue;
      const auto c = ctx_.lex->country_by_code(person.country);
      if (!c) continue;
      m.kind = MKind::kCountry;
      m.entity = entity_for_country(ctx_, *c);
      m.last += 1;
      m.generic = true;
      m.possessive = m.last < L_ && tok(m.last).key == "'s"sv;
    }
  }

  void resolve_pronouns() {
    for (auto& m : si_.mentions) {
      if (m.kind != MKind::kPronoun) continue;
      if (m.pronoun == "he"sv || m.pronoun == "she"sv || m.pronoun == "him"sv || m.pronoun == "his"sv || m.pronoun == "her"sv) {
        // the nearest person before it in the same sentence ("Kim held his first summit", "Kim
        // said he would ..."), else the subject of the sentences before
        const char g = m.pronoun == "she"sv || m.pronoun == "her"sv ? 'f' : 'm';
        // "Trump ..., after hosting Zelensky, three days after his summit with Putin": the owner of a
        // meeting is the nearest person who is no object (of a preposition, a participle or a
        // verb of meeting); the nearest person otherwise
        const bool owns_event = (m.pronoun == "his"sv || m.pronoun == "her"sv) && owns_event_noun(m.last);
        // "Kim has met Moon twice, and he has travelled to China": the subject of a clause after
        // "and" or "but" is the first clause's subject, not its object
        // (also past a phrase of time: ", and a little later he and Putin talked")
        // (or a clause after a colon or semicolon: "Bolton is not new to the Russian leader: he was
        // received by Putin in June")
        bool coordinated = (m.pronoun == "he"sv || m.pronoun == "she"sv) && m.first > F_ &&
                           (tok(m.first - 1).key == ":"sv || tok(m.first - 1).key == ";"sv);
        // "chaired the summit with Li and Kishida at the guest house, rather than at the office,
        // where he had received each guest": the subject of a relative clause of place or time after
        // a comma is the sentence's first subject
        const bool relative = (m.pronoun == "he"sv || m.pronoun == "she"sv) && m.first > F_ + 1 &&
                              (tok(m.first - 1).key == "where"sv || tok(m.first - 1).key == "when"sv) &&
                              tok(m.first - 2).key == ","sv;
        if (!coordinated && (m.pronoun == "he"sv || m.pronoun == "she"sv)) {
          for (std::uint32_t k = m.first; k > F_ && k + 5 > m.first; --k) {
            const Token& w = tok(k - 1);
            if (w.key == "and"sv || w.key == "but"sv) {
              coordinated = k == m.first || (k >= F_ + 2 && tok(k - 2).key == ","sv);
              break;
            }
            // ("...; in the afternoon he met Biden": a clause after a semicolon, past its time)
            if (w.key == ";"sv) {
              coordinated = true;
              break;
            }
            // (over a day's name: ", and on Monday morning he held talks")
            if (!w.is(kWord) || (w.is(kCapital) && !w.in(kClsDateStart))) break;
          }
        }
        int local = -1, local_subject = -1;
        std::uint32_t local_first = 0, local_last = 0;
        // ("He said he appreciated Putin's statement ..., on the day he received Abe": a "he" that
        // goes on with the "he" before it is not the owner named in a possessive between them)
        const bool chained = (m.pronoun == "he"sv || m.pronoun == "she"sv) &&
                             std::any_of(si_.mentions.begin(), si_.mentions.end(), [&](const Mention& o) {
                               return o.first < m.first && o.kind == MKind::kPronoun && o.pronoun == m.pronoun &&
                                      o.entity >= 0;
                             });
        for (const auto& o : si_.mentions) {
          if (o.first >= m.first) break;
          // (the first clause's subject may be a pronoun: "he saw X, and later he was taken to")
          const bool subject_pronoun = coordinated && o.kind == MKind::kPronoun && (o.pronoun == "he"sv || o.pronoun == "she"sv);
          if (o.entity < 0 || o.modifier || (o.kind != MKind::kPerson && !subject_pronoun)) continue;
          if (chained && o.possessive && o.kind == MKind::kPerson) continue;
          if (o.partner >= 0) continue;  // ("the Bidens hosted him": a couple is no "he" or "him")
          const auto& e = ctx_.entities[static_cast<std::size_t>(o.entity)];
          if (e.gender != '?' && e.gender != g) continue;
          if (!subject_pronoun) {
            local = o.entity;
            local_first = o.first;
            local_last = o.last;
          }
          // (the first clause's subject, not a possessor inside its object: "he held talks with
          // Canada's Justin Trudeau and Indonesia's Joko Widodo; in the afternoon he met Biden")
          if ((owns_event || coordinated) && !object_position(o.first) && (owns_event || local_subject < 0)) {
            local_subject = o.entity;
          }
        }
        if (local_subject >= 0) local = local_subject;
        // (the person the sentence opens with)
        if (relative && !si_.mentions.empty()) {
          std::uint32_t w = F_;
          while (w < m.first && !tok(w).is(kWord)) ++w;
          const Mention& o = si_.mentions.front();
          if (o.first == w && o.kind == MKind::kPerson && o.entity >= 0 && !o.possessive && !o.modifier &&
              person_of_gender(o.entity, g)) {
            local = o.entity;
          }
        }
        // "Anwar welcomed him": an object pronoun is not the subject of its own clause; it is the
        // sentence's first subject ("He attended a dinner hosted by the King, and Trump met him"),
        // else the person of the sentences before
        int not_this = -1;
        if (m.pronoun == "him"sv && local >= 0 && local_subject < 0 && m.first - local_last <= 10) {
          bool same_clause = true;
          // ("The Emir, Sheikh Tamim, received him": the comma that closes an apposition)
          // ("Ukraine's prime minister, Denys Shmyhal, sat beside him": a mention holding its own
          // apposition, closed by a comma)
          bool inner_comma = false;
          for (std::uint32_t k = local_first; k < local_last && !inner_comma; ++k) inner_comma = tok(k).key == ","sv;
          const bool apposition = ((local_first > F_ && tok(local_first - 1).key == ","sv) || inner_comma) &&
                                  local_last < m.first && tok(local_last).key == ","sv;
          // ("Starmer and his wife, Victoria, met him": the spouse coordinated with the subject)
          std::uint32_t from = local_last;
          if (from + 3 < m.first && tok(from).key == "and"sv &&
              (tok(from + 1).key == "his"sv || tok(from + 1).key == "her"sv) &&
              (tok(from + 2).key == "wife"sv || tok(from + 2).key == "husband"sv || tok(from + 2).key == "partner"sv)) {
            from += 3;
            if (from + 2 < m.first && tok(from).key == ","sv) {
              std::uint32_t close = from + 1;
              while (close < m.first && close < from + 5 && tok(close).key != ","sv) ++close;
              if (close < m.first && tok(close).key == ","sv) from = close + 1;
            }
          }
          // ("President Zelensky and First Lady Olena Zelenska met him": over a coordinated subject)
          if (from + 1 < m.first && tok(from).key == "and"sv) {
            for (const Mention& o : si_.mentions) {
              if (o.first > from && o.first <= from + 4 && o.last < m.first && o.kind == MKind::kPerson && !o.possessive) {
                from = o.last;
                break;
              }
            }
          }
          for (std::uint32_t k = from; k < m.first && same_clause; ++k) {
            const TokenKey w = tok(k).key;
            if (k == local_last && apposition) continue;
            same_clause = !(tok(k).is(kPunct) || w == "and"sv || w == "but"sv || w == "who"sv || w == "that"sv ||
                            w == "said"sv || w == "says"sv || w == "told"sv);
          }
          if (same_clause) {
            not_this = local;
            local = -1;
            for (const auto& o : si_.mentions) {
              if (o.first >= m.first) break;
              if (o.entity < 0 || o.entity == not_this || o.modifier) continue;
              if (o.kind != MKind::kPerson && o.kind != MKind::kPronoun) continue;
              // (nor one coordinated with that subject: "Zelensky and First Lady Olena Zelenska met him")
              if (o.last < local_first && local_first - o.last <= 4 && tok(o.last).key == "and"sv) continue;
              const auto& e = ctx_.entities[static_cast<std::size_t>(o.entity)];
              if (e.type != "person"sv || (e.gender != '?' && e.gender != g) || object_position(o.first)) continue;
              local = o.entity;  // the first: coordinated objects ("by the King and Queen Maxima") look like subjects
              break;
            }
          }
        }
        // "Greeted at the Europa building by Costa and von der Leyen, he held talks": the subject
        // right after an opening participle's phrase is who the participle is about, not a person
        // inside the phrase
        if ((m.pronoun == "he"sv || m.pronoun == "she"sv) && m.first > F_ + 2 && tok(m.first - 1).key == ","sv) {
          std::uint32_t w = F_;
          while (w < m.first && !tok(w).is(kWord)) ++w;
          const TokenKey open = tok(w).key;
          bool one_phrase = true;
          for (std::uint32_t k = w; k + 1 < m.first && one_phrase; ++k) one_phrase = tok(k).key != ","sv;
          const Hit* opener = hit_starting(w);
          if (tok(w).is(kCapital) && open.size() >= 5 && (open.ends_with("ed") || open.ends_with("ing")) && one_phrase &&
              (opener == nullptr || !is_entity_hit(opener))) {
            // (the person the sentence before opened with, else the subject of those before)
            const int before = ctx_.previous_sentence_person;
            local = person_of_gender(before, g) ? before : -1;
            if (local < 0) {
              const int p = pronoun_person(m.pronoun);
              const bool inside = std::any_of(si_.mentions.begin(), si_.mentions.end(), [&](const Mention& o) {
                return o.first < m.first && o.entity == p && o.kind == MKind::kPerson;
              });
              local = inside ? -1 : p;
            }
            local_subject = -1;
          }
        }
        // "Without naming Viktor Orban he dismissed ...", "After meeting Scholz she flew on": the
        // same with a preposition and a gerund, and no comma
        if ((m.pronoun == "he"sv || m.pronoun == "she"sv) && m.first > F_ + 2 && local >= 0) {
          std::uint32_t w = F_;
          while (w < m.first && !tok(w).is(kWord)) ++w;
          const TokenKey open = tok(w).key;
          const bool preposition = open == "without"sv || open == "after"sv || open == "before"sv ||
                                   open == "despite"sv || open == "upon"sv || open == "while"sv;
          bool one_phrase = true;
          for (std::uint32_t k = w; k < m.first && one_phrase; ++k) one_phrase = tok(k).key != ","sv;
          if (preposition && one_phrase && w + 1 < m.first && tok(w + 1).key.size() > 4 && tok(w + 1).key.ends_with("ing")) {
            const int inside_person = local;
            const int before = ctx_.previous_sentence_person;
            local = person_of_gender(before, g) && before != inside_person ? before : -1;
            if (local < 0) {
              const int p = pronoun_person(m.pronoun);
              local = p != inside_person ? p : -1;
            }
            local_subject = -1;
          }
        }
        m.antecedent_here = local >= 0;
        m.entity = local >= 0 ? local : pronoun_person(m.pronoun);
        if (m.entity == not_this && not_this >= 0) m.entity = -1;
        // "he met Berri a second time": a subject pronoun is not the person its own clause names
        // after it; the next of those spoken of, if one fits
        if (local < 0 && m.entity >= 0 && (m.pronoun == "he"sv || m.pronoun == "she"sv) && named_later_in_clause(m)) {
          const int named = m.entity;
          m.entity = -1;
          for (const int alt : {ctx_.last_clause_subject_person, ctx_.last_person, ctx_.previous_sentence_person}) {
            if (alt != named && person_of_gender(alt, g)) {
              m.entity = alt;
              break;
            }
          }
        }
        // "prompted a Labour donor to say he will refuse": "he" after a report by someone the text
        // does not name is that someone, no one we know
        if ((m.pronoun == "he"sv || m.pronoun == "she"sv) && reported_by_unnamed(m.first)) {
          m.entity = -1;
          m.antecedent_here = false;
        }
      } else if ((m.pronoun == "we"sv || m.pronoun == "us"sv || m.pronoun == "our"sv || m.pronoun == "i"sv) &&
                 si_.in_quote[m.first - F_]) {
        m.entity = si_.speaker;
      } else if ((m.pronoun == "we"sv || m.pronoun == "i"sv || m.pronoun == "my"sv || m.pronoun == "me"sv ||
                  m.pronoun == "our"sv || m.pronoun == "us"sv) &&
                 (ctx_.post_author >= 0 || ctx_.section_speaker >= 0)) {
        // ("Today I met with leaders ..." in an embedded post: its author; under a heading giving
        // someone's own words, that person)
        m.entity = ctx_.post_author >= 0 ? ctx_.post_author : ctx_.section_speaker;
      }
    }
  }

  DocContext& ctx_;
  SentenceInfo& si_;
  const std::uint32_t F_, L_;
  FinderScratch& scratch_;
  std::vector<Hit>& hits_;
  std::vector<int>& hit_at_;
  bool has_event_noun_ = false;  // a hit of the sentence is an event noun (find_event_phrases has work)
  bool has_bracket_ = false;     // the sentence holds a "(" (parse_defined_org has work)
  bool has_quote_ = false;       // a token of the sentence is inside quotation marks (mark_quotes)
  mutable int caps_heading_ = -1;  // caps_heading(), once known (-1: not yet)
};

}  // namespace

void find_mentions(DocContext& ctx, SentenceInfo& si) {
  // One sentence after another reuses the same buffers: no allocation per sentence once they have
  // grown to the longest sentence's size.
  thread_local FinderScratch scratch;
  Finder f(ctx, si, scratch);
  f.run();
  // A pathological "sentence" (megabytes without a full stop) does not keep its buffers for the
  // rest of the run.
  constexpr std::size_t kKeepTokens = std::size_t{1} << 16;
  if (scratch.hit_at.capacity() > kKeepTokens) scratch = FinderScratch{};
}

}  // namespace evkg
