// Relation frames: pledges ("pledged $2 billion to Ukraine", "vowed to provide security
// guarantees"), what is pledged and to whom; a negated pledge is a refusal.

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

#include "core/fold.hpp"
#include "extract/doc_entities.hpp"
#include "extract/word_classes.hpp"
#include "extract/relation_frames_internal.hpp"
#include "extract/word_set.hpp"

namespace evkg::detail {

using namespace std::string_view_literals;  // "the"sv: comparisons check the length first
namespace {

bool pledgeable(const std::string& object_key) {
  static const char* kWords[] = {"troop", "soldier", "forces", "force", "aid", "assistance", "support", "weapon",
                                 "arms", "missile", "munition", "ammunition", "tank", "jet", "aircraft", "drone",
                                 "air defen", "system", "guarantee", "security", "fund", "money", "dollar", "euro",
                                 "billion", "million", "package", "loan", "grant", "vaccine", "peacekeep", "equipment",
                                 "training", "reconstruction", "shell", "artillery", "boots", "personnel", "mission",
                                 "contingent", "warship", "ship", "fighter", "rocket", "$", "£", "€", "help", "police",
                                 "officers", "doctors", "experts", "observers", "monitors", "advisers", "instructors",
                                 "medical", "humanitarian", "vaccines", "demining",
                                 "backing", "investment", "relief", "food", "fuel", "energy", "gas", "vehicle",
                                 "armoured", "armored", "helicopter", "howitzer", "interceptor", "batter",
                                 "launcher", "radar", "patriot", "kit", "dose", "hospital", "medicine", "grain", "generator", "deployment",
                                 "visa", "reactor", "satellite", "oil", "coal", "wheat", "fertili", "electricity",
                                 "technolog", "intelligence", "expertise", "scholarship", "train", "trillion", "yen", "pounds",
                                 "yuan", "rupees", "francs", "mineral", "rare earth", "military", "offensive",
                                 "second front", "invasion"};
  if (std::any_of(std::begin(kWords), std::end(kWords), [&](const char* w) { return starts_word(object_key, w); })) {
    return true;
  }
  // ("$100m", "2bn": a sum with its unit in one word)
  for (std::size_t at = 0; at < object_key.size();) {
    std::size_t end = object_key.find(' ', at);
    if (end == std::string::npos) end = object_key.size();
    const std::string_view w(object_key.data() + at, end - at);
    if (w.size() >= 2 && w.front() >= '0' && w.front() <= '9' && (w.ends_with("m") || w.ends_with("bn"))) return true;
    at = end + 1;
  }
  return false;
}

// Nouns of a financial instrument or a scheme a name before them qualifies ("World Bank loan
// guarantees", "EU funds").
bool instrument_noun(TokenKey k) {
  static const WordSet kNouns = {
      "loan", "loans", "guarantee", "guarantees", "fund", "funds", "bond", "bonds", "credit", "credits",
      "facility", "programme", "program", "scheme", "budget", "assets", "reserves", "rules", "standards"};
  return kNouns.count(k.view()) != 0;
}

bool pledge_context_word(std::string_view k) {
  static const WordSet kWords = {
      "willing", "ready", "prepared", "will", "would", "'ll", "pledge", "pledged", "pledges", "pledging", "promise",
      "promised", "promises", "promising", "commitment", "commitments", "committed", "announcements", "announcement",
      "announced", "vow", "vowed", "vows", "agreed", "agree", "agrees", "decided", "offered", "offer", "offers",
      "undertook", "intends", "pledge", "determined", "ready", "guaranteed"};
  return kWords.count(k) != 0;
}

// Verbs whose object is whom the pledge helps: "support Ukraine", "stand with Kyiv".
bool helps_someone(TokenKey k) {
  return k == "support"sv || k == "help"sv || k == "assist"sv || k == "defend"sv || k == "back"sv || k == "stand"sv;
}

bool reflexive_pronoun(TokenKey k) {
  return k == "themselves"sv || k == "itself"sv || k == "himself"sv || k == "herself"sv || k == "ourselves"sv;
}

// "promised", "assured", "pledged", "vowed", "guaranteed": a verb whose that-clause is a promise.
bool promise_verb(TokenKey k) {
  return k.starts_with("promis") || k.starts_with("assur") || k.starts_with("pledg") || k.starts_with("vow") ||
         k.starts_with("guarant");
}

}  // namespace

bool pledgeable_object(const std::string& object_key) { return pledgeable(object_key); }

// What a pledge can be to do when it names no supply verb: trade, money and prisoner commitments
// ("agreed to resume buying American soybeans", "committed to releasing 18 Cambodian soldiers").
bool pledged_action(std::string_view verb) {
  static const WordSet kActions = {
      "buy", "purchase", "import", "invest", "spend", "fund", "finance", "resume", "release", "free",
      "halve", "cut", "lower", "reduce", "lift", "suspend", "scrap", "waive", "ease", "remove", "raise",
      "increase", "double", "boost", "rebuild", "restore", "reopen", "return", "hand", "train", "protect", "step",
      "stop", "curb", "halt", "intercept", "mobilise", "mobilize", "allocate", "earmark", "channel", "begin", "start",
      "launch", "establish", "create", "build", "expand", "extend", "drop", "withhold", "support", "help", "assist",
      "defend", "back", "stand", "work", "delay", "postpone", "freeze", "pause", "open", "recover", "repatriate",
      "implement", "normalise", "normalize", "withdraw", "dismantle", "maintain", "continue", "sustain",
      "act", "order", "allow", "let", "end", "respect", "grant", "speed", "accelerate", "simplify", "facilitate",
      "pay", "introduce", "admit"};
  if (kActions.count(verb) != 0) return true;
  if (verb.size() < 5 || !verb.ends_with("ing")) return false;
  // the -ing form of one ("releasing", "buying", "cutting")
  std::string stem(verb.substr(0, verb.size() - 3));
  if (kActions.count(stem) != 0) return true;
  if (stem.size() > 2 && stem[stem.size() - 1] == stem[stem.size() - 2] && kActions.count(stem.substr(0, stem.size() - 1)) != 0) {
    return true;
  }
  stem.push_back('e');
  return kActions.count(stem) != 0;
}

// Verbs that commit two or more sides to each other ("agreed to consult one another", "to hold
// exercises together every year", "to deepen their partnership"), besides those of pledged_action.
// Any other verb a commitment can be made to ("undertook to press the Duma", "agreed to let NATO
// move supplies"), for the verbs of commitment themselves: not talk of talks, visits, thought or
// threats ("agreed to discuss", "promised to visit", "vowed to retaliate").
bool committed_verb(std::string_view verb) {
  static const WordSet kNot = {
      "be", "have", "meet", "talk", "discuss", "consider", "study", "examine", "look", "explore", "review", "visit",
      "travel", "attend", "come", "go", "speak", "think", "wait", "see", "try", "seek", "differ", "disagree",
      "retaliate", "respond", "fight", "punish", "destroy", "crush", "defeat", "avenge", "resist", "hit", "strike",
      "attack", "kill", "sue", "challenge", "oppose", "block", "veto", "reject", "refuse", "leave", "quit",
      "resign", "step", "stay", "remain", "do", "make", "get", "take", "give", "put", "let", "say", "tell", "ask",
      "call", "keep", "find", "use", "know", "push", "press", "pursue", "continue", "explain", "clarify", "brief",
      "inform", "report", "describe", "aim", "strive", "hope", "plan", "intend", "want", "wish"};
  if (verb.size() < 2 || kNot.count(verb) != 0) return false;
  for (const char c : verb) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

bool joint_action(std::string_view verb) {
  static const WordSet kJoint = {
      "consult", "share", "hold", "deepen", "intensify", "strengthen", "cooperate", "co-operate", "coordinate",
      "act", "develop", "set", "conduct", "exchange", "upgrade", "elevate", "form", "pursue", "meet", "negotiate",
      "keep"};
  return kJoint.count(verb) != 0;
}

namespace {

// Limits one side puts on another, named with what they are on ("restrictions on arms exports").
bool restriction_noun(TokenKey k) {
  static const WordSet kNouns = {
      "restrictions", "restriction", "curbs", "controls", "sanctions", "tariffs", "tariff", "ban", "bans",
      "limits", "embargo", "duties", "duty", "levies", "quotas"};
  return kNouns.count(k.view()) != 0;
}

// What a country's being helped is named by: "Ukraine's security", "Kyiv's air defences".
bool possessed_by_beneficiary(std::string_view head) {
  static const WordSet kNouns = {
      "security", "defence", "defense", "defences", "defenses", "sovereignty", "reconstruction", "recovery",
      "army", "armed", "forces", "military", "air", "economy", "budget", "war", "energy", "rebuilding"};
  return kNouns.count(head) != 0;
}

// Whether an object can be pledged: aid, arms, money, troops; not talks, a meeting or words ("a
// message of support").
bool pledged_thing(const std::string& object) {
  const std::string okey = name_key(object);
  if (object.empty() || !pledgeable(okey)) return false;
  for (const std::string_view w : {"talks"sv, "negotiations"sv, "dialogue"sv, "meeting"sv, "condolences"sv,
                                   "congratulations"sv, "message"sv, "messages"sv, "statement"sv, "words"sv,
                                   "letter"sv, "expression"sv, "show"sv, "summit"sv, "conference"sv, "visit"sv}) {
    if (okey.starts_with(w) || okey.starts_with(std::string("a ").append(w)) ||
        okey.starts_with(std::string("the ").append(w))) {
      return false;
    }
  }
  return true;
}

}  // namespace

// The end of the clause from `from`, reading past a converted amount in brackets ("a 2.26
// billion-pound ($2.8 billion) loan to Ukraine").
std::uint32_t Frames::clause_end_past_amounts(std::uint32_t from) const {
  std::uint32_t end = cv_.clause_end(from);
  while (end + 2 < L() && key(end) == "("sv) {
    std::uint32_t close = end + 1;
    bool digit = false;
    for (; close < L() && close < end + 7 && key(close) != ")"sv; ++close) {
      digit = digit || ctx_.tokens[close].is(kDigit);
    }
    if (close >= L() || key(close) != ")"sv || !digit) break;
    end = cv_.clause_end(close + 1);
  }
  return end;
}

// The country of a demonym adjective at `t` ("British" in "The British contribution", "American soybeans"), or -1.
int Frames::demonym_country(std::uint32_t t) const {
  if (!ctx_.tokens[t].is(kCapital) || cv_.mention_at(t) != nullptr) return -1;
  return demonym_entity(key(t).view());
}

// The country of a demonym's key ("french"), or -1.
int Frames::demonym_entity(std::string_view k) const {
  const auto* entries = ctx_.lex->lookup(k);
  if (entries == nullptr) return -1;
  for (const auto& en : *entries) {
    if (en.kind == LexKind::kDemonym) return entity_for_country(ctx_, en.index);
  }
  return -1;
}

// "to Russian tourists", "Indian workers": the country of a demonym right before a noun of its
// people (a demonym is no mention), or -1.
int Frames::demonym_people(std::uint32_t i) const {
  static const WordSet kPeople = {
      "citizens", "nationals", "tourists", "visitors", "workers", "students", "professionals", "pilots",
      "soldiers", "troops", "refugees", "farmers", "firms", "companies", "businesses", "exporters",
      "investors", "families", "travellers", "travelers", "researchers", "scientists", "engineers"};
  if (i + 1 >= L() || kPeople.count(key(i + 1).view()) == 0) return -1;
  return demonym_country(i);
}

Frames::Offer Frames::offer_after(std::uint32_t from) {
  Offer r;
  const std::uint32_t end = clause_end_past_amounts(from);
  std::uint32_t i = from;
  // "grant Russian citizens free visas": the people of a country, then what they are given
  static const WordSet kNoObject = {"to", "for", "in", "into", "with", "from", "of",
                                                                  "on", "at", "and", "or", "who", "that", "which"};
  if (const int c = demonym_people(i); c >= 0 && i + 2 < end && ctx_.tokens[i + 2].is(kWord) &&
                                       kNoObject.count(key(i + 2).view()) == 0) {
    const std::uint32_t e = np_end(i + 2, end);
    if (e > i + 2) {
      r.beneficiary = c;
      r.object = trimmed_np(i + 2, e);
      r.object_first = i + 2;
      return r;
    }
  }
  // "provide Ukraine with security guarantees", "supply the United States with drones"
  if (i + 1 < end && key(i) == "the"sv && cv_.mention_at(i) == nullptr) {
    if (const Mention* m = cv_.mention_at(i + 1); m != nullptr && m->first == i + 1 && cv_.is_actor(*m)) ++i;
  }
  if (const Mention* m = cv_.mention_at(i); m && m->first == i && cv_.is_actor(*m) && !m->possessive) {
    const std::uint32_t after = m->last;
    // "offer US military support": a country before a lower-case noun is an adjective
    static const WordSet kQuantity = {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "dozens",
        "several", "hundreds", "thousands", "millions", "billions", "tens", "one", "another", "extra"};
    const bool new_np =
        after < end && (key(after) == "with"sv || ctx_.tokens[after].is(kDigit) || key(after) == "$"sv ||
                        determiner(key(after)) || key(after) == "more"sv || key(after) == "additional"sv ||
                        key(after) == "new"sv || key(after) == "further"sv || kQuantity.count(key(after)) != 0);
    if (new_np && key(after) == "with"sv) {
      r.beneficiary = m->entity;
      const std::uint32_t e = what_for_end(after + 1, np_end(after + 1, end), end);
      r.object = trimmed_np(after + 1, e);
      r.object_first = after + 1;
      return r;
    }
    // "pledged Ukraine $2 billion"
    if (new_np && !cv_.boundary(after)) {
      const std::uint32_t e = what_for_end(after, np_end(after, end), end);
      if (e > after) {
        r.beneficiary = m->entity;
        r.object = trimmed_np(after, e);
        r.object_first = after;
        return r;
      }
    }
  }
  // "guarantee Ukraine's security", "fund Ukraine's reconstruction": the possessor is the one
  // helped
  if (const Mention* m = cv_.mention_at(i); m && m->first == i && m->possessive && cv_.is_actor(*m) &&
                                             m->kind != MKind::kPronoun) {
    std::uint32_t head = m->last;
    if (head < end && (key(head) == "'s"sv || key(head) == "'"sv)) ++head;
    if (head < end && possessed_by_beneficiary(key(head))) {
      const std::uint32_t e = np_end(head, end);
      r.beneficiary = m->entity;
      r.object = trimmed_np(head, e);
      r.object_first = head;
      return r;
    }
  }
  const std::uint32_t e = np_end(i, end);
  r.object = trimmed_np(i, what_for_end(i, e, end));
  r.object_first = i;
  if (e < end && (key(e) == "to"sv || key(e) == "for"sv)) {
    std::uint32_t b = e + 1;
    if (b < end && (key(b) == "help"sv || key(b) == "assist"sv || key(b) == "support"sv || key(b) == "the"sv)) ++b;
    const Mention* m = cv_.mention_at(b);
    // "for the US market": the name qualifies a noun; "to help Ukraine buy" it does not
    static const WordSet kQualified = {
        "market", "markets", "economy", "industry", "government", "military", "company", "companies", "firms",
        "consumers", "users", "audience", "side", "team", "budget", "operations", "units", "army"};
    // but "a loan to Ukraine's military": what is given to a country's forces is given to it
    const bool forces =
        m != nullptr && m->possessive && key(e) == "to"sv && m->last + 1 < L() &&
        (key(m->last + 1) == "military"sv || key(m->last + 1) == "army"sv || key(m->last + 1) == "forces"sv ||
         key(m->last + 1) == "armed"sv || key(m->last + 1) == "defence"sv || key(m->last + 1) == "defense"sv);
    const bool qualifies =
        m != nullptr && ((m->possessive && !forces) || (m->last < L() && kQualified.count(key(m->last)) != 0));
    if (m && cv_.is_actor(*m) && !qualifies) r.beneficiary = m->entity;
    if (m == nullptr) r.beneficiary = demonym_people(b);  // "to Russian tourists"
    if (m && m->kind == MKind::kPlace && m->place_country >= 0 && !qualifies) {
      r.beneficiary = entity_for_country(ctx_, static_cast<std::uint32_t>(m->place_country));
    }
    // "to help his country": the country of the one the pronoun stands for
    if (m && m->kind == MKind::kPronoun && m->possessive && m->entity >= 0 && m->last < end &&
        (key(m->last) == "country"sv || key(m->last) == "nation"sv)) {
      if (const auto c = ctx_.lex->country_by_code(country_code_of(ctx_, m->entity))) {
        r.beneficiary = entity_for_country(ctx_, *c);
      }
    }
  }
  // an actor inside the object ("troops in Ukraine"), or after what the offer is for ("$1 billion
  // for air defence for Ukraine")
  if (r.beneficiary < 0) {
    for (std::uint32_t k = i; k < end && k < e + 8; ++k) {
      const Mention* m = cv_.mention_at(k);
      if (m == nullptr || k <= i || m->first != k) continue;
      // a place of a known country stands for it ("to restore water services in Gaza")
      const bool place = m->kind == MKind::kPlace && m->place_country >= 0 && !m->possessive;
      if (!cv_.is_actor(*m) && !place) continue;
      // ("in World Bank loan guarantees": whose instrument, not whom it is for)
      if (m->last < end && !m->possessive && instrument_noun(key(m->last))) continue;
      // the preposition, over "the" ("investment in the United States")
      const TokenKey p = key(k - 1) == "the"sv && k > i + 1 ? key(k - 2) : key(k - 1);
      const bool named_for = p == "for"sv && k > e + 1 && !m->possessive && !cv_.adjectival(*m);
      // "20 billion dollars of public and private finance to help Indonesia shut down coal plants"
      const bool helped = (p == "help"sv || p == "assist"sv) && k >= i + 2 && key(k - 2) == "to"sv && !m->possessive;
      if (p == "in"sv || p == "to"sv || named_for || helped) {
        r.beneficiary = place ? entity_for_country(ctx_, static_cast<std::uint32_t>(m->place_country)) : m->entity;
        break;
      }
    }
  }
  return r;
}

// "equipment for five air-defence systems", "funding for three hospitals": a noun that says only
// what kind of help is given, [first, e), goes on with what it is for, when that names no one;
// returns the end of what is given.
std::uint32_t Frames::what_for_end(std::uint32_t first, std::uint32_t e, std::uint32_t end) const {
  static const WordSet kVague = {"equipment", "funding", "funds", "money", "financing", "materiel", "components",
                                 "parts", "resources", "support", "assistance", "aid", "help"};
  if (e <= first || e + 1 >= end || key(e) != "for"sv || kVague.count(key(e - 1).view()) == 0) return e;
  const std::uint32_t b = key(e + 1) == "the"sv ? e + 2 : e + 1;
  if (const Mention* m = b < end ? cv_.mention_at(b) : nullptr; m != nullptr && (cv_.is_actor(*m) || m->kind == MKind::kPlace)) {
    return e;
  }
  const std::uint32_t more = np_end(e + 1, end);
  return more > e + 1 ? more : e;
}

// Whether tokens (from, to) deny an intention right before the verb: "did not plan to", "does not
// intend to", "has no plans to", "had no intention of".
bool Frames::intention_denied(std::uint32_t from, std::uint32_t to) const {
  if (to < from + 3 || (key(to - 1) != "to"sv && key(to - 1) != "of"sv)) return false;
  const TokenKey intent = key(to - 2);
  const bool verb = intent == "plan"sv || intent == "intend"sv;
  const bool noun = intent == "plans"sv || intent == "plan"sv || intent == "intention"sv;
  if (!verb && !noun) return false;
  const TokenKey neg = key(to - 3);
  if (noun && neg == "no"sv) return true;  // "has no plans to", "had no intention of"
  return verb && key(to - 1) == "to"sv && (neg == "not"sv || neg == "n't"sv);
}

// "... but did not rule them out", "nothing is ruled out": after `from` in the sentence, a negated
// "rule out".
bool Frames::not_ruled_out_after(std::uint32_t from) const {
  for (std::uint32_t i = from; i + 1 < L(); ++i) {
    const TokenKey k = key(i);
    if (k != "rule"sv && k != "ruled"sv && k != "ruling"sv) continue;
    const bool out = key(i + 1) == "out"sv || (i + 2 < L() && key(i + 2) == "out"sv);
    if (!out) continue;
    for (std::uint32_t j = i > from + 3 ? i - 3 : from; j < i; ++j) {
      if (key(j) == "not"sv || key(j) == "n't"sv || key(j) == "never"sv || key(j) == "nothing"sv) return true;
    }
  }
  return false;
}

void Frames::emit_pledge(const Group& s, const Trigger& t, const Offer& o, bool strong) {
  if (!pledged_thing(o.object)) return;
  (void)strong;
  // "ruled out sending troops", "did not rule out sending troops": a refusal's object is the
  // refusal frame's business (and a negated refusal is none)
  for (const auto& r : si_.triggers) {
    if (r.last == t.first && ctx_.lex->triggers()[r.info].frame == "reject"sv) return;
  }
  std::string status = cv_.status(s.last, t.first, true);
  std::string rel = "pledged";
  // "did not plan to send its soldiers", "had no intention of sending troops": an intention
  // denied is a refusal
  if (intention_denied(s.last, t.first)) status = edge_status::kDenied;
  if (status == edge_status::kDenied) {
    // ("An earlier version of this article said Iraq had pledged $20m in total": a report withdrawn
    // is no refusal)
    if (std::any_of(si_.cues.begin(), si_.cues.end(),
                    [&](const Cue& c) { return c.kind == "deny_report"sv && c.last <= t.first; })) {
      return;
    }
    // "America did not offer a constricting belt": a statement of what was not done, no refusal
    // (a refusal is "declined to", "refused to", "will not", "would not")
    // (nor is "stopped short of approving a loan", "refrained from", "failed to")
    for (std::uint32_t i = s.last; i < t.first; ++i) {
      const TokenKey k = key(i);
      if ((((k == "did"sv || k == "does"sv || k == "do"sv || k == "has"sv || k == "have"sv || k == "had"sv) &&
            (key(i + 1) == "not"sv || key(i + 1) == "n't"sv)) ||
           k == "didn't"sv || k == "doesn't"sv || k == "don't"sv || k == "hasn't"sv || k == "haven't"sv ||
           k == "hadn't"sv) &&
          !intention_denied(s.last, t.first)) {
        return;
      }
      if ((k == "short"sv && key(i + 1) == "of"sv) || k.starts_with("refrain") || k == "failed"sv || k == "fails"sv ||
          k == "fail"sv) {
        return;
      }
    }
    // ("The United States put no money on the table": nothing given, told in a plain tense, with no
    // modal before the verb, is what was not done)
    if (t.last < L() && (key(t.last) == "no"sv || key(t.last) == "nothing"sv)) {
      bool modal = false;
      for (std::uint32_t i = s.last; i < t.first && !modal; ++i) {
        const TokenKey k = key(i);
        modal = k == "will"sv || k == "would"sv || k == "wo"sv || k == "'ll"sv || k == "shall"sv || k == "can"sv ||
                k == "could"sv || k == "ca"sv || k == "to"sv;
      }
      if (!modal) return;
    }
    // a refusal, unless the sentence takes it back: "declined to commit troops but did not rule
    // them out either"
    rel = "rejected";
    status = not_ruled_out_after(t.last) ? edge_status::kHypothetical : edge_status::kReported;
  }
  const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
  // "$2 billion in military assistance, ..., along with a loan of $2.3 billion to help Ukraine
  // rebuild": a second thing pledged, whose beneficiary is also the first's when that has none
  Offer more = rel == "pledged"sv ? added_offer(o.object_first) : Offer{};
  if (!pledged_thing(more.object)) more = Offer{};
  if (more.beneficiary < 0) more.beneficiary = o.beneficiary;
  int beneficiary = o.beneficiary >= 0 ? o.beneficiary : more.object.empty() ? -1 : more.beneficiary;
  // "On Afghanistan, Sarkozy pledged to send a battalion to the east of the country": the country
  // this sentence named before the pledge
  if (beneficiary < 0 && rel == "pledged"sv) {
    const std::uint32_t end = cv_.clause_end(o.object_first);
    bool the_country = false;
    for (std::uint32_t k = o.object_first; k + 1 < end && !the_country; ++k) {
      the_country = key(k) == "the"sv && key(k + 1) == "country"sv;
    }
    for (std::uint32_t k = F(); the_country && k < t.first; ++k) {
      const Mention* m = cv_.mention_at(k);
      if (m != nullptr && m->first == k && m->kind == MKind::kCountry && m->entity >= 0 && !same_side(s, m->entity)) {
        beneficiary = m->entity;
      }
    }
  }
  // "Several allies arrived with fresh promises for Kyiv. ... France would supply SCALP missiles",
  // "was welcomed by Zelensky ... and promised further non-lethal aid": the one the pledges of the
  // last sentences were for, else the one just met
  // (not when the object names what it is for: "30 billion euros to a data centre campus")
  if (beneficiary < 0 && rel == "pledged"sv) {
    const std::uint32_t oe = np_end(o.object_first, clause_end_past_amounts(o.object_first));
    // ("300 million euros for drones" says what the money buys, not whom it is for)
    const bool purpose = oe + 1 < L() && key(oe) == "for"sv && ctx_.tokens[oe + 1].is(kWord) &&
                         !ctx_.tokens[oe + 1].is(kCapital) && !determiner(key(oe + 1)) && cv_.mention_at(oe + 1) == nullptr;
    const bool recipient_named =
        oe < L() && (key(oe) == "to"sv || (key(oe) == "for"sv && !purpose) || key(oe) == "in"sv || key(oe) == "into"sv);
    // ("would support training Ukrainian pilots": the people the object names it is for)
    for (std::uint32_t k = o.object_first; k < oe && !recipient_named && beneficiary < 0; ++k) {
      const Mention* m = cv_.mention_at(k);
      if (m != nullptr && m->first == k && m->kind == MKind::kCountry && m->entity >= 0 && !same_side(s, m->entity)) {
        beneficiary = m->entity;
      } else if (const int d = m == nullptr ? demonym_country(k) : -1; d >= 0 && !same_side(s, d)) {
        beneficiary = d;
      }
    }
    if (!recipient_named && beneficiary < 0) beneficiary = recent_beneficiary(s);
  }
  if (beneficiary >= 0 && rel == "pledged"sv) {
    ctx_.pledge_beneficiary = beneficiary;
    ctx_.pledge_beneficiary_at = F();
  }
  // "announced 3 billion dollars for the Green Climate Fund": money for a fund or a programme is
  // pledged to it
  std::string fund;
  if (beneficiary < 0 && rel == "pledged"sv) {
    const std::uint32_t end = clause_end_past_amounts(o.object_first);
    const std::uint32_t oe = np_end(o.object_first, end);
    if (oe + 2 < end && (key(oe) == "for"sv || key(oe) == "to"sv)) {
      // the phrase up to its head noun, within a few words ("the loss and damage fund")
      static const WordSet kFunds = {"fund", "facility", "bank", "programme",
                                                                 "program", "initiative", "appeal"};
      for (std::uint32_t fe = oe + 1; fe < end && fe < oe + 8 && ctx_.tokens[fe].is(kWord); ++fe) {
        if (kFunds.count(key(fe).view()) != 0) {
          fund = trimmed_np(oe + 1, fe + 1);
          break;
        }
      }
    }
    // "The loss and damage fund opened on Thursday. ... Meloni promised 100 million euros": a sum
    // that names no recipient goes to the fund of the last sentences
    const bool sum = sum_between(o.object_first, oe, false);
    const bool recipient_named =
        oe < end && (key(oe) == "to"sv || key(oe) == "for"sv || key(oe) == "in"sv || key(oe) == "into"sv);
    if (fund.empty() && sum && !recipient_named) {
      if (!ctx_.pledge_fund.empty() && ctx_.sentences_back(ctx_.pledge_fund_at, F()) <= 2) fund = ctx_.pledge_fund;
      if (fund.empty()) fund = fund_spoken_of();
    }
  }
  if (!fund.empty()) {
    ctx_.pledge_fund = fund;
    ctx_.pledge_fund_at = F();
  }
  // ("Britain and Ukraine agreed a loan for Ukraine's defence", "Starmer and Zelensky announced a
  // loan for Ukraine": the country the thing is for, and its leader, receive it; they do not pledge)
  std::string receiving;
  if (rel == "pledged"sv && s.entities.size() >= 2) {
    const std::uint32_t oe = np_end(o.object_first, clause_end_past_amounts(o.object_first));
    const Mention* r = oe + 1 < L() && (key(oe) == "for"sv || key(oe) == "to"sv) ? cv_.mention_at(oe + 1) : nullptr;
    if (r != nullptr && r->first == oe + 1 && r->kind == MKind::kCountry && r->entity >= 0) {
      receiving = country_code_of(ctx_, r->entity);
    }
  }
  const auto receives = [&](int a) {
    if (receiving.empty()) return false;
    const DocEntity& x = ctx_.entities[static_cast<std::size_t>(a)];
    return (x.type == "person"sv ? x.country : country_code_of(ctx_, a)) == receiving;
  };
  const bool some_give = std::any_of(s.entities.begin(), s.entities.end(), [&](int a) { return !receives(a); });
  for (const int a : s.entities) {
    if (some_give && receives(a)) continue;
    // a pledge is made to someone: without a beneficiary it is a budget line or a promise to
    // voters; a refusal needs none ("would not deploy troops")
    if (!fund.empty()) {
      add(rel, a, -1, -1, o.object, status, date, "", -1, 0.7, fund);
    } else if (beneficiary >= 0) {
      add(rel, a, beneficiary, -1, o.object, status, date, "", -1, 0.75);
    } else if (rel == "rejected"sv || unowed_supply(s, o)) {
      add(rel, a, -1, -1, o.object, status, date, "", -1, 0.6, o.object);
    }
    if (!more.object.empty() && more.beneficiary >= 0) {
      add(rel, a, more.beneficiary, -1, more.object, status, date, "", -1, 0.7);
    }
  }
  // "Germany pledged 100 million dollars to the fund, and the United States 17.5 million": the
  // verb left out of a second conjunct is the first's
  if (rel != "pledged"sv || (fund.empty() && beneficiary < 0)) return;
  for (const auto& [who, first, last] : gapped_amounts(o.object_first)) {
    const std::string amount = trimmed_np(first, last);
    if (!fund.empty()) {
      add(rel, who, -1, -1, amount, status, date, "", -1, 0.65, fund);
    } else if (who != beneficiary) {
      add(rel, who, beneficiary, -1, amount, status, date, "", -1, 0.65);
    }
  }
}

// After a pledged object that starts at `from`, the conjuncts that leave the verb out: ", and
// Japan 10 million", "; Italy 50 million euros". Each is an actor right before an amount that ends
// its conjunct.
std::vector<Frames::GappedAmount> Frames::gapped_amounts(std::uint32_t from) const {
  std::vector<GappedAmount> r;
  for (std::uint32_t i = from + 1; i + 2 < L(); ++i) {
    const TokenKey k = key(i);
    if (k == "."sv) break;
    if (k != ","sv && k != ";"sv) continue;
    std::uint32_t a = i + 1;
    if (key(a) == "and"sv || key(a) == "while"sv || key(a) == "with"sv) ++a;
    if (a < L() && key(a) == "the"sv) ++a;
    const Mention* m = cv_.mention_at(a);
    if (m == nullptr || m->first != a || !cv_.is_actor(*m) || m->possessive || m->entity < 0) continue;
    const std::uint32_t n = m->last;
    // (a sign outside ASCII may open the number's token: "€2.25bn")
    const auto signed_number = [&](std::string_view w) {
      for (const std::string_view sign : {"\u20ac"sv, "\u00a3"sv}) {
        if (w.size() > sign.size() && w.starts_with(sign) && w[sign.size()] >= '0' && w[sign.size()] <= '9') return true;
      }
      return false;
    };
    if (n >= L() || !(ctx_.tokens[n].is(kDigit) || key(n) == "$"sv || key(n) == "€"sv || key(n) == "£"sv ||
                      signed_number(key(n).view()))) {
      continue;
    }
    std::uint32_t e = n + 1;
    while (e < L() && e < n + 6 && key(e) != ","sv && key(e) != ";"sv && key(e) != "."sv && key(e) != "and"sv) ++e;
    // the conjunct ends with its amount: no verb of its own ("and Japan 10 million more than planned")
    if (e < L() && key(e) != ","sv && key(e) != ";"sv && key(e) != "."sv && key(e) != "and"sv) continue;
    r.push_back({m->entity, n, e});
    i = e - 1;
  }
  return r;
}

// "sent their crown prince and a deputy prime minister (to the summit)": countries as subjects, and
// right after the verb only officials named by their titles. Returns whether it read the sentence so.
bool Frames::sent_officials(const Trigger& t) {
  static const WordSet kOfficials = {
      "prince", "minister", "envoy", "president", "vice-president", "delegation", "emir", "king", "representative",
      "ambassador", "premier", "chancellor", "secretary", "deputy", "delegate", "delegates", "ministers"};
  std::uint32_t i = t.last;
  bool official = false;
  while (i < L() && i < t.last + 10) {
    const TokenKey k = key(i);
    if (k == "to"sv || cv_.boundary(i) || k == ","sv) break;
    // (a name is not ours; a title read as its holder is: "their crown prince")
    if (const Mention* nm = cv_.mention_at(i);
        nm != nullptr && nm->kind != MKind::kTitle && ctx_.tokens[nm->first].is(kCapital)) {
      return false;
    }
    if (ctx_.tokens[i].is(kCapital) && cv_.mention_at(i) == nullptr) return false;
    official = official || kOfficials.count(k.view()) != 0;
    ++i;
  }
  if (!official || i == t.last || (key(t.last) != "their"sv && key(t.last) != "its"sv)) return false;
  const Group s = subject_of(t);
  if (s.empty() || s.generic) return false;
  for (const int x : s.entities) {
    if (ctx_.entities[static_cast<std::size_t>(x)].type != "country"sv) return false;
  }
  int ev = -1;
  if (Mention* evm = cv_.event_after(i, 3)) ev = event_in_clause(*evm);
  if (ev < 0) ev = gathering_of_many_spoken_of();
  if (ev < 0) return true;
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
  for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.7);
  return true;
}

// "the loss and damage fund was put into operation": the last fund named, as "the ... fund", in
// this sentence before the pledge or in the two before it; empty when none.
std::string Frames::fund_spoken_of() const {
  const std::uint32_t floor = ctx_.sentence_start_back(F(), 2);
  static const WordSet kNotInName = {"will", "would", "to", "can", "could",
                                                                  "should", "may", "must", "help", "helps"};
  for (std::uint32_t i = cur_ != nullptr ? cur_->first : F(); i-- > floor + 1;) {
    if (key(i) != "fund"sv) continue;
    std::uint32_t b = i;
    while (b > floor && b + 6 > i && ctx_.tokens[b - 1].is(kWord) && key(b - 1) != "the"sv &&
           kNotInName.count(key(b - 1).view()) == 0) {
      --b;
    }
    if (b > floor && b < i && key(b - 1) == "the"sv) return text(b, i + 1);
  }
  return {};
}

// "The first statement commits both governments to deepen their partnership", "a joint declaration
// committing them to negotiate security arrangements with Ukraine", "the communique committed the
// allies to ...": those committed, not the text, pledge. Returns whether it read the trigger so.
bool Frames::causative_commitment(const Trigger& t) {
  if (!key(t.first).starts_with("commit") || t.last >= L()) return false;
  std::uint32_t to = t.last;
  while (to < L() && to < t.last + 5 && key(to) != "to"sv && !cv_.boundary(to) && key(to) != ","sv) ++to;
  if (to == t.last || to + 1 >= L() || key(to) != "to"sv) return false;
  Group g;
  const TokenKey first = key(t.last);
  if (first == "them"sv) {
    // the group this sentence opened with ("Biden, Sunak and Macron issued a declaration committing
    // them to"), else the last one named together
    const Group og = cv_.opening_group();
    if (!og.empty() && og.last <= t.first) {
      g.entities = og.entities;
    } else if (ctx_.last_group.size() >= 2) {
      g.entities = ctx_.last_group;
    }
  } else if ((first == "both"sv || (first == "the"sv && t.last + 1 < to && key(t.last + 1) == "two"sv)) &&
             ctx_.last_group.size() == 2) {
    g.entities = ctx_.last_group;
  } else if (first == "the"sv && t.last + 1 < to && (key(t.last + 1) == "allies"sv || key(t.last + 1) == "members"sv) &&
             ctx_.group_org >= 0) {
    g.entities.push_back(ctx_.group_org);
  } else if (const Mention* m = cv_.mention_at(t.last); m != nullptr && m->first == t.last && cv_.is_actor(*m) &&
                                                          !m->possessive && m->kind != MKind::kPronoun &&
                                                          !cv_.adjectival(*m)) {
    g = cv_.object(t.last, 1);
  }
  if (g.entities.empty()) return false;
  g.first = t.last;
  g.last = to;
  std::uint32_t v = to + 1;
  while (v < L() && key(v).ends_with("ly")) ++v;
  // each verb it commits them to: "commits them to oppose protectionism, to extend their promise
  // ... and to set up a forum"
  std::vector<std::uint32_t> verbs = {v};
  for (std::uint32_t i = v + 1; i + 2 < L(); ++i) {
    if (key(i) == "."sv || key(i) == ";"sv || key(i) == ":"sv || key(i) == "but"sv) break;
    if ((key(i) == "and"sv || key(i) == ","sv) && key(i + 1) == "to"sv) verbs.push_back(i + 2);
  }
  bool any = false;
  for (const std::uint32_t w : verbs) {
    if (w >= L()) continue;
    const bool joint = g.entities.size() >= 2 && joint_action(key(w).view());
    const bool supplied = std::any_of(si_.triggers.begin(), si_.triggers.end(), [&](const Trigger& o) {
      return o.first == w && ctx_.lex->triggers()[o.info].frame == "supply"sv;
    });
    if (!(pledged_action(key(w)) || joint || supplied || key(w) == "stand"sv)) continue;
    causative_ = true;  // (the verb committed to is ours though it has a frame of its own: "to deliver")
    action_pledge(t, g, w);
    causative_ = false;
    any = true;
  }
  return any;
}

// Whether `x` is one of `s` or of the country of one of them (Kyiv and Zelensky are one side).
bool Frames::same_side(const Group& s, int x) const {
  if (std::find(s.entities.begin(), s.entities.end(), x) != s.entities.end()) return true;
  const std::string c = country_code_of(ctx_, x);
  return !c.empty() &&
         std::any_of(s.entities.begin(), s.entities.end(), [&](int y) { return country_code_of(ctx_, y) == c; });
}

// Whom a pledge that names no one is for: the party met in this sentence, else the country the
// pledges of this sentence or the two before were for (never the pledger's own side); -1 if none.
int Frames::recent_beneficiary(const Group& s) const {
  auto own = [&](int x) { return same_side(s, x); };
  for (auto it = ctx_.pending.rbegin(); it != ctx_.pending.rend() && it->begin == si_.span.begin; ++it) {
    if (it->relation != "met"sv || it->status != edge_status::kReported || it->target < 0) continue;
    const bool ours = std::find(s.entities.begin(), s.entities.end(), it->subject) != s.entities.end();
    const bool theirs = std::find(s.entities.begin(), s.entities.end(), it->target) != s.entities.end();
    const int other = ours ? it->target : theirs ? it->subject : -1;
    if (other >= 0 && !own(other)) return other;
  }
  if (ctx_.pledge_beneficiary < 0 || own(ctx_.pledge_beneficiary)) return -1;
  // within the last three sentences
  return ctx_.sentences_back(ctx_.pledge_beneficiary_at, F()) <= 2 ? ctx_.pledge_beneficiary : -1;
}

bool Frames::sum_between(std::uint32_t a, std::uint32_t b, bool in_words) const {
  return std::any_of(ctx_.tokens.begin() + a, ctx_.tokens.begin() + b, [&](const Token& tk) {
    return tk.is(kDigit) || tk.key == "$"sv || (in_words && (tk.key == "billion"sv || tk.key == "million"sv));
  });
}

bool Frames::unowed_supply(const Group& s, const Offer& o) const {
  if (reported_ || s.generic || s.entities.empty() || s.entities.size() > 2) return false;
  const std::uint32_t end = np_end(o.object_first, clause_end_past_amounts(o.object_first));
  if (!sum_between(o.object_first, end, true) && !std::all_of(s.entities.begin(), s.entities.end(),
                           [&](int x) { return ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv; })) {
    return false;
  }
  for (std::uint32_t k = o.object_first; k < end; ++k) {
    const Mention* m = cv_.mention_at(k);
    if (m != nullptr && cv_.is_actor(*m) && m->entity >= 0 && same_side(s, m->entity)) return false;
  }
  return true;
}

// After a pledged object that starts at `from`, one added by ", along with", "as well as" or
// ", plus" before any next predicate of the sentence, and whom it is for ("to help Ukraine
// rebuild", "for Ukraine"); no object when there is none.
Frames::Offer Frames::added_offer(std::uint32_t from) const {
  Offer r;
  // past the commas of a list inside the object ("including drones, ammunition and vehicles")
  std::uint32_t end = std::min<std::uint32_t>(L(), from + 40);
  for (std::uint32_t i = from; i < end; ++i) {
    if (key(i) == ";"sv || key(i) == "."sv) end = i;
  }
  for (std::uint32_t i = from + 1; i + 2 < end; ++i) {
    std::uint32_t start = 0;
    if (key(i) == ","sv && key(i + 1) == "along"sv && key(i + 2) == "with"sv) start = i + 3;
    if (key(i) == "as"sv && key(i + 1) == "well"sv && key(i + 2) == "as"sv) start = i + 3;
    if (key(i) == ","sv && key(i + 1) == "plus"sv) start = i + 2;
    if (start == 0 || start >= end) continue;
    const bool predicate_before = std::any_of(si_.triggers.begin(), si_.triggers.end(), [&](const Trigger& t) {
      return t.first > from && t.first < i;
    });
    // not another actor ("along with France")
    if (const Mention* m = cv_.mention_at(start); predicate_before || (m != nullptr && cv_.is_actor(*m))) return r;
    const std::uint32_t e = np_end(start, end);
    r.object = trimmed_np(start, e);
    r.object_first = start;
    if (e + 1 < end && (key(e) == "to"sv || key(e) == "for"sv)) {
      std::uint32_t b = e + 1;
      if (key(b) == "help"sv || key(b) == "assist"sv || key(b) == "support"sv || key(b) == "the"sv) ++b;
      const Mention* m = cv_.mention_at(b);
      if (m != nullptr && m->first == b && cv_.is_actor(*m) && !m->possessive) r.beneficiary = m->entity;
    }
    return r;
  }
  return r;
}

namespace {

// The noun of a commitment: "undertaking", "commitment", "pledge", "promise".
bool commitment_noun(TokenKey k) {
  return k == "undertaking"sv || k == "commitment"sv || k == "pledge"sv || k == "promise"sv;
}

}  // namespace

// "Macron presented China's undertaking not to sell arms to Russia", "welcomed Beijing's
// commitment to buy more Airbus jets": the possessor made the commitment (not the one who speaks of
// it), to do or not to do what follows; whom it is owed to is named in the clause. Returns whether
// the trigger was read so.
bool Frames::possessed_commitment(const Trigger& t) {
  if (!commitment_noun(key(t.first)) || t.first < F() + 2 || t.last + 2 >= L()) return false;
  std::uint32_t p = t.first - 1;
  if (key(p) == "'s"sv || key(p) == "'"sv) --p;
  const Mention* owner = cv_.mention_at(p);
  if (owner == nullptr || !owner->possessive || owner->entity < 0 || !cv_.is_actor(*owner) ||
      owner->kind == MKind::kPronoun) {
    return false;
  }
  std::uint32_t v = t.last;
  const bool negative = key(v) == "not"sv;
  if (negative) ++v;
  if (v + 1 >= L() || key(v) != "to"sv || ctx_.tokens[v + 1].is(kCapital)) return false;
  ++v;
  if (!pledged_action(key(v)) && !committed_verb(key(v).view()) && key(v) != "sell"sv && key(v) != "supply"sv &&
      key(v) != "send"sv && key(v) != "provide"sv) {
    return false;
  }
  const std::uint32_t end = cv_.clause_end(v);
  const std::uint32_t e = np_end(v + 1, end);
  Group s;
  s.entities.push_back(owner->entity);
  s.first = owner->first;
  s.last = owner->last;
  std::uint32_t reach = e;
  while (reach < end && reach < e + 6 && key(reach) != ","sv) ++reach;
  const int beneficiary = beneficiary_in(v + 1, reach, s);
  const std::string object = trimmed_np(negative ? t.last : v - 1, e);
  if (cv_.status(0, t.first, true) != edge_status::kReported) return true;
  const Date date = date_for(F(), end, t.first);
  if (beneficiary >= 0) {
    add("pledged", owner->entity, beneficiary, -1, object, edge_status::kReported, date, "", -1, 0.6);
  } else {
    add("pledged", owner->entity, -1, -1, object, edge_status::kReported, date, "", -1, 0.55, object);
  }
  return true;
}

// "Zambia and its government creditors, China among them, agreed to restructure $6.3 billion of
// loans", "Ghana's creditors, including China and France, agreed to reschedule its debt": the
// creditors named among those of a country pledged it the relief. Returns whether it read t so.
bool Frames::creditors_relief(const Trigger& t) {
  if (t.last + 1 >= L() || key(t.last) != "to"sv) return false;
  static const WordSet kRelief = {"restructure", "reschedule", "forgive", "cancel", "write", "relieve",
                                  "suspend", "reduce", "rework", "refinance", "defer"};
  if (kRelief.count(key(t.last + 1).view()) == 0) return false;
  std::uint32_t cred = L();
  for (std::uint32_t k = cv_.clause_start(t.first); k < t.first; ++k) {
    if (key(k) == "creditors"sv || key(k) == "lenders"sv) cred = k;
  }
  if (cred == L()) return false;
  // whose creditors: "Zambia's creditors", "Zambia and its creditors"
  int owner = -1;
  for (std::uint32_t k = cred; k > cv_.clause_start(t.first) && k + 6 > cred; --k) {
    const Mention* m = cv_.mention_at(k - 1);
    if (m == nullptr || m->kind != MKind::kCountry || m->entity < 0) continue;
    const bool possessor = m->possessive || (m->last + 1 < cred && key(m->last) == "and"sv && key(m->last + 1) == "its"sv);
    if (possessor) owner = m->entity;
    break;
  }
  if (owner < 0) return false;
  // those named among them: ", China among them,", "including China and France", "such as China"
  std::vector<int> members;
  for (std::uint32_t k = cred + 1; k < t.first; ++k) {
    const Mention* m = cv_.mention_at(k);
    if (m == nullptr || m->first != k || !cv_.is_actor(*m) || m->entity < 0 || m->entity == owner) continue;
    if (m->kind != MKind::kCountry && m->kind != MKind::kOrg) continue;
    members.push_back(m->entity);
    k = m->last - 1;
  }
  bool among = false;
  for (std::uint32_t k = cred + 1; k < t.first; ++k) {
    among = among || key(k) == "among"sv || key(k) == "including"sv || (key(k) == "such"sv && key(k + 1) == "as"sv);
  }
  if (members.empty() || !among) return false;
  const std::string status = cv_.status(cv_.clause_start(t.first), t.first, true);
  const std::uint32_t end = cv_.clause_end(t.last);
  const std::string object = trimmed_np(t.last + 1, np_end(t.last + 2, end));
  const Date date = date_for(cv_.clause_start(t.first), end, t.first);
  for (const int a : members) add("pledged", a, owner, -1, object, status, date, "", -1, 0.65);
  return true;
}

void Frames::pledge(const Trigger& t) {
  // "By agreeing to build a plant in Mexico, Ford angered the White House": the participle's subject
  // is the main clause's, after it, not whoever the text spoke of before
  if (t.first > F() && key(t.first - 1) == "by"sv && key(t.first).ends_with("ing")) return;
  if (creditors_relief(t)) return;
  if (possessed_commitment(t)) return;
  // "Starmer and Macron agreed a returns scheme", "agreed a new deal on migration": a text agreed,
  // as one signed (British usage; not "agreed to", "agreed on", "agreed that")
  if (key(t.first) == "agreed"sv && t.last + 1 < L() &&
      (key(t.last) == "a"sv || key(t.last) == "an"sv || key(t.last) == "the"sv || key(t.last) == "new"sv)) {
    const std::uint32_t oe = np_end(t.last + 1, cv_.clause_end(t.last));
    static const WordSet kAgreed = {"deal", "pact", "agreement", "accord", "treaty", "scheme", "framework", "partnership",
                                    "package", "declaration", "communique", "roadmap"};
    if (oe > t.last + 1 && kAgreed.count(key(oe - 1).view()) != 0) {
      cosigned(t);
      return;
    }
  }
  // "pledged to send ..." is the supply verb's business; "agreed to resume buying soybeans",
  // "pledged that its carrier would buy 30 aircraft" are pledges to act
  // ("undertake in it to drop": over a short phrase saying where)
  std::uint32_t to_at = t.last;
  // "committed themselves to carrying out their obligations", "pledged itself to": over the reflexive
  // (of sides named, not "both sides", whose sides the clause does not say)
  const bool reflexive = to_at + 1 < L() && reflexive_pronoun(key(to_at)) && key(to_at + 1) == "to"sv;
  if (reflexive) {
    const Group named = subject_or_group(t.first);
    const Mention* m = named.empty() ? nullptr : cv_.mention_at(named.first);
    if (m == nullptr || named.generic || m->kind == MKind::kGeneric || m->kind == MKind::kPronoun ||
        !ctx_.tokens[named.first].is(kCapital)) {
      return;
    }
    ++to_at;
  }
  if (to_at + 2 < L() && key(to_at) == "in"sv && (key(to_at + 1) == "it"sv || key(to_at + 1) == "this"sv) &&
      key(to_at + 2) == "to"sv) {
    to_at += 2;
  }
  // "announced their intention to share missile warning data", "its decision to": over the noun
  if (to_at + 2 < L() && (key(to_at) == "their"sv || key(to_at) == "its"sv || key(to_at) == "his"sv || key(to_at) == "her"sv) &&
      (key(to_at + 1) == "intention"sv || key(to_at + 1) == "decision"sv || key(to_at + 1) == "commitment"sv) &&
      key(to_at + 2) == "to"sv) {
    to_at += 2;
  }
  // "agreed in principle to admit Timor-Leste": over the reservation
  if (to_at + 2 < L() && key(to_at) == "in"sv && key(to_at + 1) == "principle"sv && key(to_at + 2) == "to"sv) to_at += 2;
  // "agreed on Friday to raise trade": over the day it was agreed
  for (const DateMention& d : si_.dates) {
    const std::uint32_t at = d.first > to_at && key(to_at) == "on"sv ? to_at + 1 : to_at;
    if (d.first == at && d.last < L() && (key(d.last) == "to"sv || key(d.last) == "that"sv)) to_at = d.last;
  }
  if (to_at + 1 < L() && key(to_at) == "to"sv && key(t.first).starts_with("agree") && agreed_terms(t, to_at + 1)) return;
  // "Seoul committed to a $350 billion investment fund in the United States": a sum committed to
  if (to_at + 2 < L() && key(to_at) == "to"sv && determiner(key(to_at + 1)) &&
      (key(t.first).starts_with("commit") || key(t.first).starts_with("pledg"))) {
    bool sum = false;
    for (std::uint32_t k = to_at + 1; k < L() && k < to_at + 6 && !sum; ++k) {
      sum = ctx_.tokens[k].is(kDigit) || key(k) == "$"sv || key(k) == "\u20ac"sv || key(k) == "\u00a3"sv ||
            key(k) == "billion"sv || key(k) == "million"sv || key(k) == "trillion"sv;
    }
    if (sum) {
      const Offer o = offer_after(to_at + 1);
      const Group s = subject_or_group(t.first);
      if (!o.object.empty() && !s.empty()) {
        emit_pledge(s, t, o, true);
        last_subject_ = s;
        remember(s, t);
      }
      return;
    }
  }
  // "Kim had promised him that Pyongyang would not resume testing": a promise to someone that
  // something will not be done is a pledge of restraint made to the one promised
  if (restraint_promised(t, to_at)) return;
  // "Sony announced it would be using the technology": a that-clause without "that" is read as one
  const bool bare_that = to_at + 1 < L() && key(t.first).starts_with("announc") &&
                         (key(to_at) == "it"sv || key(to_at) == "they"sv || key(to_at) == "he"sv ||
                          key(to_at) == "she"sv || key(to_at) == "we"sv) &&
                         (key(to_at + 1) == "would"sv || key(to_at + 1) == "will"sv);
  if (to_at < L() && (key(to_at) == "to"sv || key(to_at) == "that"sv || bare_that)) {
    std::uint32_t v = to_at + 1;
    if (key(to_at) == "that"sv || bare_that) {
      const std::uint32_t end = cv_.clause_end(v);
      while (v < end && key(v) != "would"sv && key(v) != "will"sv && key(v) != "'ll"sv) ++v;
      if (v >= end) return;
      ++v;
    }
    while (v < L() && key(v).ends_with("ly")) ++v;
    // "pledged to more than double trade", "to at least triple"
    if (v + 2 < L() && ((key(v) == "more"sv && key(v + 1) == "than"sv) || (key(v) == "at"sv && key(v + 1) == "least"sv))) {
      v += 2;
    }
    // (a predicate after "and" shares the subject of the one before: "Sunak met Rutte on Tuesday and
    // promised to build a coalition" is Sunak's promise, not Rutte's)
    Group s = subject_of(t);
    if (s.empty()) s = subject_or_group(t.first);
    if (s.empty()) return;
    const bool joint = s.entities.size() >= 2 && v < L() && joint_action(key(v).view());
    // ("agreed to hold off on the tariff increase")
    const bool hold_off = v + 1 < L() && key(v) == "hold"sv && key(v + 1) == "off"sv;
    // ("would help guarantee Ukraine's security": the verb helped is the predicate)
    const bool helps_a_verb = v + 1 < L() && (key(v) == "help"sv || key(v) == "assist"sv) &&
                              std::any_of(si_.triggers.begin(), si_.triggers.end(),
                                          [&](const Trigger& o) { return o.first == v + 1; });
    // (what is agreed with another side, or what two sides commit to together: any verb; "Erdogan
    // agreed to submit the protocol", "Belgrade and Sarajevo agreed to recognise each other"; not
    // one side's promise to itself: "Merz pledged to bring stability to the coalition")
    const bool committing = key(to_at) == "to"sv && v == to_at + 1 && v < L() && !ctx_.tokens[v].is(kCapital) &&
                            !determiner(key(v)) && !ctx_.tokens[v].in(kClsPronoun) &&
                            (key(t.first).starts_with("agree") ||
                             (s.entities.size() >= 2 &&
                              (key(t.first).starts_with("undert") || key(t.first).starts_with("commit") ||
                               key(t.first).starts_with("pledg") || key(t.first).starts_with("promis")))) &&
                            committed_verb(key(v).view());
    // ("pledged to bring forward the delivery of 140 missiles to Ukraine": a schedule moved up)
    const bool bring_forward = v + 1 < L() && key(v) == "bring"sv && key(v + 1) == "forward"sv;
    // ("would keep up its arms deliveries": what is kept up, maintained)
    const bool keep_up = v + 2 < L() && key(v) == "keep"sv && key(v + 1) == "up"sv && !ctx_.tokens[v + 2].is(kCapital);
    if (v < L() && !helps_a_verb &&
        (pledged_action(key(v)) || spending_verb_with_target(v) || joint || hold_off || committing || bring_forward ||
         keep_up)) {
      action_pledge(t, s, v);
    }
    // "agreed to suspend the controls ..., and to resume buying American soybeans", "undertook to
    // establish new relations, to hold talks every year and to recover the remains"
    // (also a series told with semicolons: "to cut ...; to reduce ...; and to rebuild ...")
    for (std::uint32_t i = v + 1; i + 2 < L(); ++i) {
      const bool series = key(i) == ";"sv && (key(i + 1) == "to"sv || (key(i + 1) == "and"sv && key(i + 2) == "to"sv));
      if (key(i) == "."sv || (key(i) == ";"sv && !series) || key(i) == ":"sv || key(i) == "but"sv) break;
      if ((key(i) == "and"sv || key(i) == ","sv || key(i) == ";"sv) && key(i + 1) == "to"sv &&
          (pledged_action(key(i + 2)) || (s.entities.size() >= 2 && joint_action(key(i + 2).view())))) {
        action_pledge(t, s, i + 2);
      }
    }
    return;
  }
  if (causative_commitment(t)) return;
  Group s = subject_or_group(t.first);
  if (s.empty()) return;
  emit_pledge(s, t, offer_after(t.last), true);
  last_subject_ = s;
  remember(s, t);
}

// "Kim had promised him that Pyongyang would not resume testing of nuclear devices", "assured
// Trump that Japan will not use": a promise (to the person after the verb, when named) that
// something will not be done. Emits the pledge of restraint and returns whether the clause was one.
bool Frames::restraint_promised(const Trigger& t, std::uint32_t to_at) {
  if (!promise_verb(key(t.first))) return false;
  int promisee = -1;
  std::uint32_t that = to_at;
  if (that + 1 < L() && key(that) != "that"sv && key(that + 1) == "that"sv) {
    const Mention* pm = cv_.mention_at(that);
    if (pm == nullptr || pm->first != that || pm->last != that + 1 ||
        (pm->kind != MKind::kPronoun && pm->kind != MKind::kPerson)) {
      return false;
    }
    promisee = pm->entity;
    ++that;
  }
  // (a vow to no one named, "vowed that he would not allow Israel to annex the West Bank", is left
  // to the clause's own verbs)
  if (that >= L() || key(that) != "that"sv || promisee < 0) return false;
  const std::uint32_t end = cv_.clause_end(that + 1);
  std::uint32_t v = that + 1;
  while (v < end && key(v) != "would"sv && key(v) != "will"sv) ++v;
  if (v + 2 >= end || (key(v + 1) != "not"sv && key(v + 1) != "never"sv)) return false;
  const std::uint32_t neg = v + 1;
  const std::uint32_t act = neg + 1;
  if (!ctx_.tokens[act].is(kWord) || ctx_.tokens[act].is(kCapital)) return false;
  Group s = subject_of(t);
  if (s.empty()) s = subject_or_group(t.first);
  if (s.empty()) return true;
  const std::string status = cv_.status(s.last, t.first, true);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  const std::string object = trimmed_np(neg, np_end(act + 1, end));
  for (const int a : s.entities) {
    if (promisee != a) add("pledged", a, promisee, -1, object, status, date, "", -1, 0.7);
  }
  last_subject_ = s;
  remember(s, t);
  return true;
}

// Whether the trigger at `at` is inside a that-clause of a promise of restraint ("promised him that
// Pyongyang would not resume testing"), which Frames::restraint_promised reads.
bool Frames::in_promised_restraint(std::uint32_t at) const {
  for (std::uint32_t k = at; k > F() + 1 && k + 16 > at; --k) {
    if (key(k - 1) != "that"sv) continue;
    std::uint32_t p = k - 1;
    if (p > F() && (ctx_.tokens[p - 1].in(kClsPronoun) || cv_.mention_at(p - 1) != nullptr)) --p;
    if (p == F()) return false;
    if (!promise_verb(key(p - 1))) return false;
    if (p == k - 1) return false;  // (a promise to no one named: see Frames::restraint_promised)
    for (std::uint32_t w = k; w + 1 < at; ++w) {
      if ((key(w) == "would"sv || key(w) == "will"sv) && (key(w + 1) == "not"sv || key(w + 1) == "never"sv)) return true;
    }
    return false;
  }
  return false;
}

// "Thailand and Cambodia agreed on Monday to an immediate ceasefire", "Kyiv agreed to the plan":
// terms agreed to (a noun phrase after "to", not a verb) are a pledge of each side to the other, or
// of a state to the side it is negotiating with. Returns whether "to" was read so.
bool Frames::agreed_terms(const Trigger& t, std::uint32_t np) {
  static const WordSet kTerms = {
      "ceasefire", "cease-fire", "truce", "armistice", "deal", "agreement", "accord", "pact", "plan", "framework",
      "roadmap", "compromise", "settlement", "moratorium", "swap", "exchange", "terms", "package", "proposal",
      "proposals", "declaration", "treaty", "memorandum", "pause", "freeze", "withdrawal", "de-escalation"};
  if (np >= L() || !(determiner(key(np)) || (ctx_.tokens[np].is(kWord) && !ctx_.tokens[np].is(kCapital)))) return false;
  const std::uint32_t end = cv_.clause_end(np);
  const std::uint32_t e = np_end(np, end);
  bool terms = false;
  for (std::uint32_t k = np; k < e && !terms; ++k) terms = kTerms.count(key(k).view()) != 0;
  // (a verb after "to" is the verb's frame: "agreed to withdraw", "agreed to plan talks")
  if (!terms || pledged_action(key(np)) || joint_action(key(np).view())) return false;
  const Group s = subject_or_group(t.first);
  if (s.empty() || s.generic) return true;
  const std::string status = cv_.status(s.last, t.first, true);
  if (status == edge_status::kDenied) return true;
  const std::string object = trimmed_np(np, e);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  // (sides of different countries, or states and bodies: "Israel and Hamas agreed to a truce")
  const bool bodies = s.entities.size() >= 2 && s.entities.size() <= 4 &&
                      std::all_of(s.entities.begin(), s.entities.end(), [&](int x) {
                        const std::string& type = ctx_.entities[static_cast<std::size_t>(x)].type;
                        return type == "country"sv || type == "organization"sv;
                      });
  if (distinct_countries(s) || bodies) {
    for (const int a : s.entities) {
      for (const int b : s.entities) {
        if (a != b) add("pledged", a, b, -1, object, status, date, "", -1, 0.7);
      }
    }
  } else if (const int other = talks_counterpart(s); other >= 0) {
    for (const int a : s.entities) add("pledged", a, other, -1, object, status, date, "", -1, 0.65);
  }
  last_subject_ = s;
  remember(s, t);
  return true;
}

// "Lee gave Trump a working lunch at the palace on Monday": giving someone a meal is meeting them.
// Returns whether it was one.
bool Frames::gave_a_meal(const Trigger& t) {
  const TokenKey v = key(t.first);
  if ((v != "gave"sv && v != "gives"sv && v != "give"sv && v != "giving"sv) || t.last >= L()) return false;
  const Mention* m = cv_.mention_at(t.last);
  if (m == nullptr || m->first != t.last || m->kind != MKind::kPerson || m->entity < 0 || m->possessive) return false;
  const Group who = cv_.group_from(static_cast<std::size_t>(m - si_.mentions.data()));
  std::uint32_t k = who.last;
  if (k < L() && (key(k) == "a"sv || key(k) == "an"sv)) ++k;
  for (std::uint32_t n = 0; n < 2 && k + 1 < L() && ctx_.tokens[k].is(kWord) && !ctx_.tokens[k].is(kCapital) &&
                            !meal_noun(key(k));
       ++n) {
    ++k;
  }
  if (k >= L() || !meal_noun(key(k))) return false;
  const Group s = subject_of(t);
  if (s.empty() || s.generic) return true;
  const std::uint32_t end = cv_.clause_end(k);
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  // (a meal is a meeting where it was held, not a gathering of its own: see Frames::meet)
  std::string place, pkey;
  if (const Mention* pl = cv_.place_between(k + 1, end)) place_of(*pl, &place, &pkey);
  meeting_between(s, who, status, date, place, -1);
  last_subject_ = s;
  return true;
}

void Frames::supply(const Trigger& t) {
  // ("Yukos has been presented with a $27.5bn tax demand": the subject of a passive of giving
  // receives)
  if (t.first > F() && t.last < L() && key(t.last) == "with"sv &&
      (key(t.first - 1) == "been"sv || key(t.first - 1) == "was"sv || key(t.first - 1) == "were"sv ||
       key(t.first - 1) == "is"sv || key(t.first - 1) == "are"sv)) {
    return;
  }
  // "Turkey sent Fidan", "Russia sent Maxim Oreshkin in place of Putin", "Turkey sent its foreign
  // minister, Hakan Fidan": a country or body sends a person to the event named after, else to the
  // one the text is about; no pledge
  if (const TokenKey v = key(t.first); (v == "sent"sv || v == "sends"sv) && t.last < L()) {
    std::uint32_t at = t.last;
    if (key(at) == "its"sv || key(at) == "their"sv || key(at) == "his"sv || key(at) == "her"sv) {
      // (over the role, in capitals or not: "sent his Technology Secretary, Peter Kyle")
      std::uint32_t c = at + 1;
      while (c < L() && c < at + 6 && ctx_.tokens[c].is(kWord) && (!ctx_.tokens[c].is(kCapital) || cv_.mention_at(c) == nullptr ||
                                                                  cv_.mention_at(c)->kind == MKind::kTitle)) {
        ++c;
      }
      if (c > at + 1 && c + 1 < L() && key(c) == ","sv) at = c + 1;
    } else {
      // ("China sent Vice Premier He Lifeng": past a title the lexicon does not hold)
      while (at < L() && at < t.last + 4 && ctx_.tokens[at].is(kWord) && ctx_.tokens[at].is(kCapital) &&
             cv_.mention_at(at) == nullptr) {
        ++at;
      }
    }
    const Mention* m = cv_.mention_at(at);
    if (m != nullptr && m->first == at && m->kind == MKind::kPerson && m->entity >= 0 && !m->possessive) {
      const Group s = subject_of(t);
      if (s.empty() || s.generic) return;
      const Group who = cv_.object(at, 1);
      // a person sends someone only "in his place" or "instead" ("Xi stayed at home and sent
      // Vice-Premier Ding Xuexiang in his place")
      bool in_place = false;
      for (std::uint32_t k = who.last; k < L() && k < who.last + 4 && !cv_.boundary(k); ++k) {
        in_place = in_place || key(k) == "instead"sv ||
                   (key(k) == "place"sv && k > who.last && (key(k - 1) == "his"sv || key(k - 1) == "her"sv));
      }
      for (const int x : s.entities) {
        if (ctx_.entities[static_cast<std::size_t>(x)].type == "person"sv && !in_place) return;
      }
      int ev = -1;
      if (Mention* evm = cv_.event_after(who.last, 3)) ev = event_in_clause(*evm);
      if (ev < 0 && ctx_.salient_event >= 0 && ctx_.events[static_cast<std::size_t>(ctx_.salient_event)].used) {
        ev = main_event();
      }
      // (talks the text is about, where each side sends a delegation, though no one is at them yet:
      // "China sent Vice Premier He Lifeng")
      if (ev < 0) ev = gathering_with_delegations();
      if (ev < 0) return;
      // ("chose not to come and sent his prime minister in his place": the negation is the first verb's)
      const bool second_verb = t.first > s.last && key(t.first - 1) == "and"sv;
      const std::string status = cv_.status(second_verb ? t.first - 1 : s.last, t.first, false);
      const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
      for (const int a : who.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.7);
      return;
    }
  }
  if (gave_a_meal(t)) return;
  if (in_promised_restraint(t.first)) return;  // (Frames::restraint_promised reads it)
  // "to give up a supplier", "gave in": no supply
  if ((key(t.first).starts_with("giv") || key(t.first) == "gave"sv) && t.last < L() &&
      (key(t.last) == "up"sv || key(t.last) == "in"sv || key(t.last) == "way"sv)) {
    return;
  }
  // "China's undertaking not to sell arms": the commitment noun's business when a named possessor
  // made it (not "its pledge to invest", which the subject of the clause made)
  if (t.first >= F() + 2 && key(t.first - 1) == "to"sv) {
    const std::uint32_t noun = key(t.first - 2) == "not"sv && t.first >= F() + 3 ? t.first - 3 : t.first - 2;
    if (commitment_noun(key(noun)) && noun > F()) {
      const std::uint32_t p = (key(noun - 1) == "'s"sv || key(noun - 1) == "'"sv) && noun > F() + 1 ? noun - 2 : noun - 1;
      const Mention* owner = cv_.mention_at(p);
      if (owner != nullptr && owner->possessive && owner->kind != MKind::kPronoun) return;
    }
  }
  // "Gorbachev offered to halve the strategic arsenals": an offer to act is a pledge to act
  if (key(t.first).starts_with("offer") && t.last + 1 < L() && key(t.last) == "to"sv && pledged_action(key(t.last + 1))) {
    // (not one turned down: "Trump offered to help; India turned the offer down")
    for (const auto& o : si_.triggers) {
      if (o.first <= t.last || ctx_.lex->triggers()[o.info].frame != "reject"sv) continue;
      for (std::uint32_t k = o.last; k < L() && k < o.last + 3; ++k) {
        if (key(k) == "offer"sv || key(k) == "it"sv) return;
      }
    }
    const Group s = subject_or_group(t.first);
    if (!s.empty() && !s.generic) action_pledge(t, s, t.last + 1);
    return;
  }
  // "Kuwait and Oman sent their crown prince and a deputy prime minister": countries sending
  // officials named by their titles took part in the gathering
  if (const TokenKey v = key(t.first); (v == "sent"sv || v == "sends"sv) && sent_officials(t)) return;
  if (key(t.first).starts_with("resum") && t.first > F() && key(t.first - 1) == "to"sv) return;  // a pledge to act
  // a pledge only when something commits to it: "vowed to provide", "willing to send", "will send"
  // (further back for a second verb: "will lift its pause on intelligence sharing and resume ...")
  const std::uint32_t reach = t.first > F() && key(t.first - 1) == "and"sv ? 14 : 7;
  const std::uint32_t lo = t.first > F() + reach ? t.first - reach : F();
  bool context = false;
  for (std::uint32_t i = lo; i < t.first; ++i) context = context || pledge_context_word(key(i));
  // "handed over four field hospitals", "presented Ukraine with four field hospitals": a gift is
  // given, no promise needed
  const TokenKey v0 = key(t.first);
  const bool gift = (v0.starts_with("hand") && t.last > t.first + 1) || v0.starts_with("present");
  context = context || gift || signed_to_supply(t);
  // nominal "the supply of X to Y"
  if (t.first > F() && (key(t.first - 1) == "the"sv || key(t.first - 1) == "a"sv)) return;
  Group s = subject_of(t);
  if (s.empty()) {
    // "announcements from Coalition of the Willing partners to supply ..."
    const Mention* m = nullptr;
    for (std::uint32_t i = t.first; i > lo && m == nullptr; --i) {
      const Mention* c = cv_.mention_at(i - 1);
      if (c && cv_.is_actor(*c)) m = c;
    }
    if (m != nullptr && m->first > F() && key(m->first - 1) == "from"sv && context) {
      s = cv_.group_ending(static_cast<std::size_t>(m - si_.mentions.data()));
    }
  }
  if (s.empty()) s = subject_or_group(t.first);
  if (s.empty()) return;
  // ("Before Wednesday's announcement, BMW had invested some £280m": a word of promise in a phrase
  // set off by a comma before the subject promises nothing of the subject's)
  if (context && !gift && s.first > lo && s.first < t.first) {
    bool own = signed_to_supply(t);
    for (std::uint32_t i = lo; i < t.first && !own; ++i) {
      if (!pledge_context_word(key(i))) continue;
      bool set_off = false;
      for (std::uint32_t k = i + 1; k < s.first && !set_off; ++k) set_off = key(k) == ","sv;
      own = !set_off;
    }
    context = own;
  }
  const std::string status = cv_.status(s.last, t.first, true);
  if (!context && status != edge_status::kDenied) return;
  // "contribute to a reassurance force for Ukraine": what is given to is what is pledged
  const bool contribute_to = key(t.first).starts_with("contribut") && t.last < L() && key(t.last) == "to"sv;
  Offer o = offer_after(contribute_to ? t.last + 1 : t.last);
  if (gift) gift_offer(s, o);
  emit_pledge(s, t, o, true);
  last_subject_ = s;
  remember(s, t);
}

// "Britain had signed the contract to supply the weapons to India's army", "signed a deal to sell":
// a text signed to supply commits the signer as a promise does.
bool Frames::signed_to_supply(const Trigger& t) const {
  if (t.first < F() + 3 || key(t.first - 1) != "to"sv) return false;
  const TokenKey text = key(t.first - 2);
  if (text != "contract"sv && text != "contracts"sv && text != "deal"sv && text != "agreement"sv && text != "accord"sv) {
    return false;
  }
  for (std::uint32_t i = t.first - 2; i > F() && i + 5 > t.first - 2; --i) {
    const TokenKey v = key(i - 1);
    if (v == "signed"sv || v == "signs"sv || v == "sign"sv || v == "won"sv || v == "wins"sv) return true;
  }
  return false;
}

// A gift handed over: a name of the thing given is followed by what it is ("four BHISHM cubes,
// mobile field hospitals"), and a gift at talks that names no one is for the other side of them.
void Frames::gift_offer(const Group& s, Offer& o) {
  if (!o.object.empty() && !pledged_thing(o.object)) {
    const std::uint32_t end = cv_.clause_end(o.object_first);
    const std::uint32_t e = np_end(o.object_first, end);
    if (e + 2 < end && key(e) == ","sv && ctx_.tokens[e + 1].is(kWord) && !ctx_.tokens[e + 1].is(kCapital)) {
      const std::string what = trimmed_np(e + 1, np_end(e + 1, end));
      if (pledged_thing(what)) o.object.append(", ").append(what);
    }
  }
  if (o.beneficiary < 0 && !o.object.empty()) o.beneficiary = talks_counterpart(s);
}

// A pledge to act: what is to be done, to whom (an actor, a demonym or a place of a country in
// the phrase). Without anyone to whom it is owed, a state's or a body's pledge is one of the act
// itself (a topic); a politician's is a promise to voters, and no pledge here.
void Frames::action_pledge(const Trigger& t, const Group& s, std::uint32_t verb) {
  // "agreed to provide ...": that verb's own frame ("agreed to resume buying soybeans" is ours:
  // "resume" is a supply verb only after "will": "will resume security assistance to Ukraine")
  // (three or more sides pledging together are ours: "the four governments pledged to extend"; a
  // verb of assent is a refusal's only when negated: "pledged to support Ukraine" is ours)
  // ("undertook to meet every year": a standing commitment, not a meeting to come)
  const bool standing_meeting = verb + 1 < L() && key(verb) == "meet"sv &&
                                (key(verb + 1) == "every"sv || key(verb + 1) == "regularly"sv ||
                                 key(verb + 1) == "annually"sv || key(verb + 1) == "each"sv);
  // (a supply verb whose object is nothing supplied is ours: "agreed to extend the deadline")
  const auto supplies_nothing = [&](const Trigger& other) {
    if (ctx_.lex->triggers()[other.info].frame != "supply"sv) return false;
    return !pledgeable_object(name_key(trimmed_np(verb + 1, np_end(verb + 1, cv_.clause_end(verb)))));
  };
  for (const auto& other : si_.triggers) {
    if (other.first == verb && !key(verb).starts_with("resum") && s.entities.size() < 3 &&
        ctx_.lex->triggers()[other.info].frame != "reject"sv && !standing_meeting && !causative_ &&
        !supplies_nothing(other)) {
      return;
    }
  }
  const std::uint32_t end = cv_.clause_end(verb);
  std::uint32_t e = np_end(verb + 1, end);
  // "to recover and repatriate the remains": two verbs of one object
  if (e == verb + 1 && e + 2 < end && key(e) == "and"sv && pledged_action(key(e + 1))) e = np_end(e + 2, end);
  // "to drop their restrictions on arms exports": what the restrictions are on
  if (e + 1 < end && key(e) == "on"sv && restriction_noun(key(e - 1))) e = np_end(e + 1, end);
  // "to carry out their obligations under the road map": what the obligations are under
  if (e + 1 < end && key(e) == "under"sv &&
      (key(e - 1) == "obligations"sv || key(e - 1) == "commitments"sv || key(e - 1) == "duties"sv)) {
    e = np_end(e + 1, end);
  }
  // "to cut the time needed to license a new reactor": an infinitive that says which (not "to
  // Ukraine", nor "to help")
  // ("to support a joint effort to train Ukrainian pilots": the effort says which)
  if (e > verb + 1 && e + 2 < end && key(e) == "to"sv && !ctx_.tokens[e + 1].is(kCapital) &&
      (key(e - 1) == "needed"sv || key(e - 1) == "required"sv || key(e - 1) == "it"sv || key(e - 1) == "ability"sv ||
       key(e - 1) == "effort"sv || key(e - 1) == "efforts"sv || key(e - 1) == "plan"sv || key(e - 1) == "programme"sv ||
       key(e - 1) == "program"sv || key(e - 1) == "scheme"sv || key(e - 1) == "initiative"sv || key(e - 1) == "mission"sv)) {
    e = np_end(e + 2, end);
  }
  // "to work for better relations", "to work towards a settlement": what is worked for
  if (e == verb + 1 && e + 1 < end && key(verb) == "work"sv &&
      (key(e) == "for"sv || key(e) == "towards"sv || key(e) == "toward"sv)) {
    e = np_end(e + 1, end);
  }
  // "to order an end to the embargo": what is ended
  if (e > verb + 1 && e + 1 < end && key(e) == "to"sv && key(e - 1) == "end"sv) e = np_end(e + 1, end);
  // "to raise trade to 100 billion dollars a year", "to more than 100 billion dollars": the figure
  // it is raised to
  if (e > verb + 1 && e + 1 < end && key(e) == "to"sv) {
    std::uint32_t f = e + 1;
    if (f + 2 < end && ((key(f) == "more"sv && key(f + 1) == "than"sv) || (key(f) == "at"sv && key(f + 1) == "least"sv) ||
                        (key(f) == "over"sv) || (key(f) == "nearly"sv) || (key(f) == "almost"sv))) {
      f += key(f) == "more"sv || key(f) == "at"sv ? 2 : 1;
    }
    if (ctx_.tokens[f].is(kDigit) || key(f) == "$"sv || key(f) == "€"sv || key(f) == "£"sv) e = np_end(f, end);
  }
  // "to work with France on a call for a global truce": what the work is on
  if (key(verb) == "work"sv && e + 2 < end && key(e) == "on"sv) {
    e = np_end(e + 1, end);
    if (e + 2 < end && key(e) == "for"sv) e = np_end(e + 1, end);  // ("a call for a global truce")
  }
  // "to resume negotiations on the second phase of their free trade agreement", "to speed up the
  // negotiations on strategic weapons": talks on a thing to be agreed are a commitment to it (not
  // "to hold talks next month", a meeting to come); what they are on runs to the clause's next comma
  bool talks_on_a_thing = false;
  if (e > verb + 1 && e + 2 < end && (key(e) == "on"sv || key(e) == "over"sv || key(e) == "towards"sv || key(e) == "toward"sv) &&
      (key(e - 1) == "talks"sv || key(e - 1) == "negotiations"sv || key(e - 1) == "discussions"sv)) {
    static const WordSet kLaunch = {"resume", "begin", "start", "launch", "open", "restart", "speed", "accelerate",
                                    "intensify", "conclude", "complete", "continue", "relaunch", "expedite"};
    if (kLaunch.count(key(verb).view()) != 0) {
      talks_on_a_thing = true;
      std::uint32_t q = e + 1;
      while (q < end && q < e + 16 && key(q) != ","sv && key(q) != ";"sv) ++q;
      e = q;
    }
  }
  // "to act against companies that make the chemicals": a relative clause says which
  if (e > verb + 1 && e + 1 < end && (key(e) == "that"sv || key(e) == "which"sv || key(e) == "who"sv) &&
      ctx_.tokens[e + 1].is(kWord) && !ctx_.tokens[e + 1].is(kCapital) && !determiner(key(e + 1)) &&
      !ctx_.tokens[e + 1].in(kClsPronoun)) {
    e = np_end(e + 1, end);
  }
  // "to open consulates in Bengaluru and Ahmedabad", "to build a plant in Gujarat": where, a place
  // of a country (not the country, which is whom it is owed to)
  if (e > verb + 1 && e + 1 < end && key(e) == "in"sv &&
      (key(verb) == "open"sv || key(verb) == "build"sv || key(verb) == "establish"sv || key(verb) == "set"sv)) {
    std::uint32_t q = e + 1;
    while (q < end) {
      const Mention* pm = cv_.mention_at(q);
      if (pm == nullptr || pm->first != q || pm->kind != MKind::kPlace) break;
      q = pm->last;
      if (q + 1 < end && (key(q) == "and"sv || key(q) == ","sv) && cv_.mention_at(q + 1) != nullptr &&
          cv_.mention_at(q + 1)->kind == MKind::kPlace) {
        ++q;
        continue;
      }
      e = q;
      break;
    }
  }
  // "agreed to let food and water into the Strip", "let workers renew their visas": letting
  // something pledgeable through (not "let the matter rest"), and not letting others act ("let the
  // US and Europe offer Ukraine protection"); what is let runs to the clause's end
  if (key(verb) == "let"sv) {
    if (!pledgeable_object(name_key(text(verb + 1, std::min(end, verb + 14))))) return;
    if (verb + 2 < end) {
      const std::uint32_t w = key(verb + 1) == "the"sv ? verb + 2 : verb + 1;
      const Mention* lm = cv_.mention_at(w);
      if (lm != nullptr && lm->first == w && cv_.is_actor(*lm) && !cv_.adjectival(*lm)) return;
    }
    e = verb + 1;
    while (e < end && e < verb + 16 && key(e) != ";"sv && key(e) != "."sv &&
           !(key(e) == ","sv && e + 1 < end && (key(e + 1) == "and"sv || key(e + 1) == "but"sv || key(e + 1) == "which"sv))) {
      ++e;
    }
  }
  // ("committed to implementing it in full": what "it" is, the sentence before says, not this one)
  if (e == verb + 2 && (key(verb + 1) == "it"sv || key(verb + 1) == "them"sv || key(verb + 1) == "this"sv) &&
      !helps_someone(key(verb))) {
    return;
  }
  const std::string object = trimmed_np(verb, e);
  const std::string okey = name_key(object);
  // (meeting again is a plan, not a pledge; meeting every year is a standing commitment)
  const bool standing = okey.find("every year") != std::string::npos || okey.find("annual") != std::string::npos ||
                        okey.find("regularly") != std::string::npos;
  // ("to negotiate long-term security arrangements with Ukraine": arrangements, owed to Ukraine)
  bool arrangements = false;
  if (key(verb) == "negotiate"sv) {
    std::uint32_t w = verb + 1;
    while (w < e && key(w) != "with"sv) ++w;
    const Mention* pm = w + 1 < end ? cv_.mention_at(w + 1) : nullptr;
    arrangements = w < e && w > verb + 1 && pledged_thing(trimmed_np(verb + 1, w)) && pm != nullptr && cv_.is_actor(*pm);
  }
  // (also past a comma between adjectives: "to launch immediate, good-faith bilateral negotiations")
  std::string talk_key = okey;
  if (e + 1 < end && key(e) == ","sv && ctx_.tokens[e + 1].is(kWord) && !ctx_.tokens[e + 1].is(kCapital) &&
      !pledged_action(key(e + 1)) && key(e + 1) != "and"sv) {
    talk_key += " " + name_key(trimmed_np(e + 1, np_end(e + 1, end)));
  }
  for (const std::string_view w : {"talk"sv, "negotiat"sv, "meet"sv, "dialogue"sv, "contact"sv, "summit"sv}) {
    if (talk_key.find(w) != std::string::npos && !standing && !arrangements && !talks_on_a_thing) return;
  }
  // "begin", "start": a pledge of what is begun when that can be pledged ("begin deployments of
  // long-range weapons in Germany"), not "start work on ending the war"
  if ((key(verb) == "begin"sv || key(verb) == "start"sv) && !pledged_thing(trimmed_np(verb + 1, e))) return;
  // (past a short phrase of the object: "drop their restrictions on arms exports to Turkey")
  std::uint32_t reach = e;
  while (reach < end && reach < e + 6 && key(reach) != ","sv) ++reach;
  int beneficiary = beneficiary_in(verb + 1, reach, s, reported_);
  // "support Ukraine", "help Papua New Guinea", "stand with Kyiv": those helped are named right after
  // the verb ("assist the government with its case against Mr Ebbers" helps no one named)
  if (const TokenKey vk = key(verb); helps_someone(vk)) {
    std::uint32_t o = verb + 1;
    if (vk == "stand"sv && o < L() && (key(o) == "with"sv || key(o) == "by"sv || key(o) == "behind"sv)) ++o;
    const Mention* m = o < L() ? cv_.mention_at(o) : nullptr;
    // (or after "for": "support observer status for the Soviet Union")
    bool for_beneficiary = false;
    for (std::uint32_t i = verb + 2; i < reach && beneficiary >= 0 && !for_beneficiary; ++i) {
      const Mention* fm = cv_.mention_at(i);
      const std::uint32_t p = i > verb + 2 && key(i - 1) == "the"sv ? i - 2 : i - 1;
      // (or where what is supported is: "support a peaceful solution in Sudan")
      for_beneficiary = fm != nullptr && fm->first == i && fm->entity == beneficiary &&
                        (key(p) == "for"sv || (key(p) == "in"sv && vk != "assist"sv));
      // (or the people of the country it serves: "support training Ukrainian pilots")
      for_beneficiary = for_beneficiary || (fm == nullptr && demonym_country(i) == beneficiary);
    }
    beneficiary = m != nullptr && m->first == o && cv_.is_actor(*m) && m->entity >= 0 && !same_side(s, m->entity)
                      ? m->entity
                  : for_beneficiary ? beneficiary
                                    : -1;
  }
  // "pledged to raise defence spending to 3% of GDP": a spending target is owed to the subject's
  // own side (its country, or the alliance whose members commit to it)
  const bool spending_target = spending_target_in(verb, std::min<std::uint32_t>(end, e + 8));
  if (beneficiary < 0 && spending_target) beneficiary = own_side(s);
  // (a country's own target is no pledge to itself: "Berlin would keep raising its defence budget")
  if (spending_target && beneficiary >= 0 && ctx_.entities[static_cast<std::size_t>(beneficiary)].type == "country"sv &&
      std::find(s.entities.begin(), s.entities.end(), beneficiary) != s.entities.end()) {
    beneficiary = -1;
  }
  // "Trump agreed to halve the tariff" after "Trump met Xi": owed to the other side of the talks
  // (two or more sides of different countries pledge to each other first: "Olmert and Abbas agreed
  // to ..." after both met Bush is no pledge to the United States)
  const bool distinct_sides = distinct_countries(s);
  if (beneficiary < 0 && !spending_target && !distinct_sides && !owed_to_unknown_party(verb + 1, reach)) {
    beneficiary = talks_counterpart(s);
  }
  // "The two leaders pledged to double trade", "the three governments undertake to consult one
  // another": sides of different countries pledge to each other
  bool mutual = beneficiary < 0 && !spending_target && distinct_sides;
  // three or four sides commit to each other only by a verb of doing things together ("consult one
  // another", "hold exercises together"); a club's decision ("agreed to more than double the size of
  // their club") is no pledge of each member to each other
  // (a sum is a joint pledge: "the four governments pledged to extend more than 50 billion dollars")
  const bool sum = sum_between(verb, e, false);
  if (mutual && s.entities.size() > 2 && (s.entities.size() > 4 || !(joint_action(key(verb).view()) || sum))) {
    mutual = false;
  }
  // "Tehran undertook to cut its centrifuges by two-thirds": a commitment to act that names no
  // one it is owed to is a pledge of that act (a topic), when the act is one of those pledged
  // (of one or two states or bodies: a club's decision is no pledge, and a politician's promise to
  // cut taxes is made to voters; not by a participle whose subject comes after it, "By agreeing to
  // launch ..., Google has"; and one owed to a country named further on, "to return antiquities
  // smuggled out of India", is owed to it)
  const bool states = std::all_of(s.entities.begin(), s.entities.end(), [&](int x) {
    return ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv;
  });
  // (what is done must be named: not "agreed to suspend for a year the controls")
  // (a commitment only reported in indirect speech must name whom it is owed to, or a sum of money,
  // "Albanese said Australia would spend about 400 million dollars on the initiative", or a number of
  // things that can be pledged, "Britain would buy 12 F-35A fighter jets"; not a company's promise to
  // raise what it pays its shareholders by a share)
  const bool money = std::any_of(ctx_.tokens.begin() + verb + 1, ctx_.tokens.begin() + e, [](const Token& tk) {
    return tk.key == "million"sv || tk.key == "billion"sv || tk.key == "trillion"sv || tk.key == "$"sv ||
           tk.key == "€"sv || tk.key == "£"sv;
  });
  bool unowed = beneficiary < 0 && !mutual && (!reported_ || money || (sum && pledgeable_object(okey))) && s.entities.size() <= 2 && states &&
                !key(t.first).ends_with("ing") && e > verb + 1 && pledged_action(key(verb).view());
  if (unowed) {
    std::uint32_t stop = e;
    static const WordSet kClauseOpeners = {
        ",", ".", ";", ":", "once", "when", "if", "after", "before", "until", "unless", "while", "because", "as", "but"};
    while (stop < L() && kClauseOpeners.count(key(stop).view()) == 0 &&
           std::none_of(si_.triggers.begin(), si_.triggers.end(), [&](const Trigger& o) { return o.first == stop; })) {
      ++stop;
    }
    beneficiary = beneficiary_in(e, stop, s);
    unowed = beneficiary < 0;
  }
  if (beneficiary < 0 && !mutual && !unowed) return;
  // a verb that commits sides only to each other is no pledge to a third ("agreed to hold talks")
  const bool hold_off = verb + 1 < L() && key(verb) == "hold"sv && key(verb + 1) == "off"sv;
  const bool keep_up = verb + 1 < L() && key(verb) == "keep"sv && key(verb + 1) == "up"sv;
  if (!mutual && joint_action(key(verb).view()) && !pledged_action(key(verb).view()) && !hold_off && !keep_up &&
      !arrangements) {
    return;
  }
  const std::string status = cv_.status(s.last, t.first, true);
  if (status == edge_status::kDenied) return;
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  for (const int a : s.entities) {
    if (unowed) {
      add("pledged", a, -1, -1, object, status, date, "", -1, 0.6, object);
      continue;
    }
    if (!mutual) {
      add("pledged", a, beneficiary, -1, object, status, date, "", -1, 0.7);
      continue;
    }
    for (const int to : s.entities) {
      if (to != a) add("pledged", a, to, -1, object, status, date, "", -1, 0.7);
    }
  }
  last_subject_ = s;
  remember(s, t);
}

// "would double its aid to Africa", "aid to the Sahel": tokens [a, b) name whom it is owed to, a
// name that is no party the lexicon knows (a continent, a region), so it is not owed to the other
// side of the talks told before.
bool Frames::owed_to_unknown_party(std::uint32_t a, std::uint32_t b) const {
  for (std::uint32_t i = a; i + 1 < b && i + 1 < L(); ++i) {
    if (key(i) != "to"sv) continue;
    const std::uint32_t n = key(i + 1) == "the"sv && i + 2 < b ? i + 2 : i + 1;
    if (!ctx_.tokens[n].is(kCapital) || ctx_.tokens[n].is(kDigit)) continue;
    const Mention* m = cv_.mention_at(n);
    if (m == nullptr || !cv_.is_actor(*m)) return true;
  }
  return false;
}

// "pledged to bring defence spending to 2% of GDP": verbs that make a pledge only with a target.
bool Frames::spending_verb_with_target(std::uint32_t verb) const {
  static const WordSet kVerbs = {"bring", "reach", "hit", "meet", "push", "take",
                                                              "get", "keep", "lift", "ramp", "step"};
  return kVerbs.count(key(verb)) != 0 && spending_target_in(verb + 1, cv_.clause_end(verb));
}

// Whether tokens [a, b) set a national target: a share of GDP ("2% of GDP", "3.5 per cent of gross
// domestic product"), a defence budget ("defence spending", "military budget") or emissions.
bool Frames::spending_target_in(std::uint32_t a, std::uint32_t b) const {
  for (std::uint32_t i = a; i < b && i < L(); ++i) {
    const TokenKey k = key(i);
    if (k == "gdp"sv || (k == "gross"sv && i + 1 < L() && key(i + 1) == "domestic"sv)) return true;
    // a national emissions target: "cut its greenhouse gas emissions by 81 per cent"
    if (k == "emissions"sv) return true;
    const bool military = k == "defence"sv || k == "defense"sv || k == "military"sv;
    if (military && i + 1 < b && (key(i + 1) == "spending"sv || key(i + 1) == "budget"sv ||
                                  key(i + 1) == "budgets"sv || key(i + 1) == "expenditure"sv)) {
      return true;
    }
  }
  return false;
}

bool Frames::distinct_countries(const Group& s) const {
  if (s.entities.size() < 2) return false;
  std::vector<std::string> sides;
  for (const int x : s.entities) {
    std::string c = country_code_of(ctx_, x);
    if (c.empty() || std::find(sides.begin(), sides.end(), c) != sides.end()) return false;
    sides.push_back(std::move(c));
  }
  return true;
}

// The side a group speaks for: the one country of its people and countries, or the one
// organisation it names; -1 when it is mixed or unknown. "The allies" at an alliance's summit
// are the alliance (the group phrase resolves to it).
int Frames::own_side(const Group& s) {
  int side = -1;            // an organisation or country entity
  std::string code;         // or a country code, whose entity is made only when it is the answer
  for (const int x : s.entities) {
    if (ctx_.entities[static_cast<std::size_t>(x)].type == "organization"sv) {
      if ((side >= 0 && side != x) || !code.empty()) return -1;
      side = x;
      continue;
    }
    std::string c = country_code_of(ctx_, x);
    if (c.empty() || side >= 0 || (!code.empty() && code != c)) return -1;
    code = std::move(c);
  }
  if (side >= 0 || code.empty()) return side;
  const auto c = ctx_.lex->country_by_code(code);
  return c ? entity_for_country(ctx_, *c) : -1;
}

// The other side of the talks the document has reported for the subjects ("Trump met Xi", then
// "Trump agreed to halve the tariff": China): the one other country met by the subjects' countries,
// -1 when there is none or more than one, or when a subject's country is unknown.
int Frames::talks_counterpart(const Group& s) {
  // compared by country code: entities are not created while the document's meetings are scanned,
  // only for the counterpart found
  const auto code_of = [&](int e) { return country_code_of(ctx_, e); };
  std::vector<std::string> sides;
  for (const int x : s.entities) {
    std::string c = code_of(x);
    if (c.empty()) return -1;
    sides.push_back(std::move(c));
  }
  const auto ours = [&](const std::string& c) { return std::find(sides.begin(), sides.end(), c) != sides.end(); };
  std::string other;
  // (the latest meetings only: a bound on the work in a document of endless pledges)
  const std::size_t from = ctx_.pending.size() > kRecentAssertions ? ctx_.pending.size() - kRecentAssertions : 0;
  for (std::size_t i = from; i < ctx_.pending.size(); ++i) {
    const PendingAssertion& p = ctx_.pending[i];
    if (p.relation != "met"sv || p.status != edge_status::kReported) continue;
    const std::string a = code_of(p.subject);
    const std::string b = code_of(p.target);
    if (a.empty() || b.empty() || a == b) continue;
    const std::string o = ours(a) ? b : ours(b) ? a : std::string();
    if (o.empty() || ours(o)) continue;
    if (!other.empty() && other != o) return -1;
    other = o;
  }
  if (other.empty()) return -1;
  const auto c = ctx_.lex->country_by_code(other);
  return c ? entity_for_country(ctx_, *c) : -1;
}

// The first party named in tokens [a, b) other than the subjects and their own countries: an
// actor, the country of a demonym ("American soybeans") or of a place ("in Gaza").
int Frames::beneficiary_in(std::uint32_t a, std::uint32_t b, const Group& s, bool skip_with) const {
  auto own = [&](int entity) {
    const auto& ent = ctx_.entities[static_cast<std::size_t>(entity)];
    for (const int x : s.entities) {
      if (x == entity) return true;
      const auto& subj = ctx_.entities[static_cast<std::size_t>(x)];
      if (subj.type == "person"sv && ent.type == "country"sv && ent.lex >= 0 && !subj.country.empty() &&
          ctx_.lex->countries()[static_cast<std::size_t>(ent.lex)].code == subj.country) {
        return true;
      }
    }
    return false;
  };
  for (std::uint32_t i = a; i < b; ++i) {
    // ("a hotline between Zhang Zhijun and Andrew Hsia": those it links, not those it is for)
    if (key(i) == "between"sv) return -1;
    const Mention* m = cv_.mention_at(i);
    // (a partner in the act: "stop the exercises it holds with South Korea")
    if (skip_with && m != nullptr && m->first == i && i > a &&
        (key(i - 1) == "with"sv || (key(i - 1) == "the"sv && i > a + 1 && key(i - 2) == "with"sv))) {
      continue;
    }
    // ("3 billion dollars in World Bank loan guarantees": a name that says whose instrument it is)
    if (m != nullptr && m->first == i && !m->possessive && m->last < b && instrument_noun(key(m->last))) {
      i = m->last;
      continue;
    }
    if (m != nullptr && m->first == i && m->entity >= 0 && (cv_.is_actor(*m) || m->possessive) &&
        m->kind != MKind::kPronoun && !own(m->entity)) {
      return m->entity;
    }
    const TokenKey prep = i > a && key(i - 1) == "the"sv ? (i > a + 1 ? key(i - 2) : TokenKey()) : (i > a ? key(i - 1) : TokenKey());
    if (m != nullptr && m->first == i && m->kind == MKind::kPlace && m->place_country >= 0 &&
        (prep == "in"sv || prep == "to"sv || prep == "for"sv)) {
      const int c = entity_for_country(ctx_, static_cast<std::uint32_t>(m->place_country));
      if (!own(c)) return c;
    }
    if (const int c = demonym_country(i); c >= 0 && !own(c)) return c;
  }
  return -1;
}

}  // namespace evkg::detail
