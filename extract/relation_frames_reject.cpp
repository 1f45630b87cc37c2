// Relation frames: refusals ("rejected the ceasefire proposal", "refused to recognise X"), what is
// rejected and whose it was.

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

#include "core/fold.hpp"
#include "extract/calendar_words.hpp"
#include "extract/doc_entities.hpp"
#include "extract/number_words.hpp"
#include "extract/relation_frames_internal.hpp"
#include "extract/word_classes.hpp"
#include "extract/word_set.hpp"

namespace evkg::detail {

using namespace std::string_view_literals;  // "the"sv: comparisons check the length first
namespace {

// What is rejected in international affairs: proposals, plans, demands, troops, talks...
bool policy_object(const std::string& k) {
  static const char* kWords[] = {
      "proposal", "plan", "offer", "demand", "deal", "ceasefire", "cease-fire", "truce", "troop", "soldier",
      "force", "peace", "talks", "negotiat", "sanction", "resolution", "bid", "request", "call", "idea",
      "concept", "agreement", "accord", "presence", "deployment", "invitation", "ultimatum", "claim",
      "accusation", "allegation", "terms", "condition", "referendum", "treaty", "membership", "initiative",
      "draft", "package", "framework", "roadmap", "road map", "settlement", "compromise", "mediation",
      "intervention", "annexation", "occupation", "recognition", "independence", "quota", "tariff", "aid",
      "meeting", "summit", "visit", "election", "vote", "appeal", "ultimatum", "pressure", "recogni",
      "statement", "declaration", "communique", "target", "pact", "condemnation", "criticism",
      "interference", "mission", "base", "missile", "weapon", "nuclear", "inspection", "withdrawal",
      "exchange", "corridor", "guarantee", "security", "arms", "moratorium", "embargo", "blockade", "strike",
      "attack", "war", "invasion", "buffer", "zone", "border", "partition", "extradition", "asylum",
      "protest", "complaint", "objection", "initiative", "belt and road", "speech", "remark", "comment", "overture",
      "charge", "scheme", "effort", "apolog", "payment", "reparation", "compensation", "text", "section", "wording",
      "language", "clause", "passage", "paragraph", "document", "loan", "currency", "project", "programme", "program", "memorand",
      "charter", "protocol", "convention", "assertion", "contention", "version", "account", "conclusion",
      "finding", "suggestion", "phase-out", "phase-down", "federal", "autonomy", "territory", "territories", "role", "visa", "visas", "article",
      "expansion", "enlargement", "accession", "candidacy", "conference", "control", "restriction", "ban", "veto",
      "renewal", "extension", "amendment", "reactivation", "revival", "relaunch", "creation", "re-establishment",
      "measure", "policy", "reform", "regulation", "timetable", "deadline", "status", "transfer", "displacement",
      "expulsion", "relocation", "resettlement", "deportation", "responsibility", "blame", "ruling", "verdict",
      "judgment", "judgement", "attempt", "ceiling", "cap on", "limit on", "limits on",
      // the stances of official readouts ("opposed hegemonism and power politics", "opposes
      // unilateral coercive measures", "rejects bloc confrontation")
      "hegemon", "power politics", "unilateral", "protectionis", "coerci", "bullying", "decoupling",
      "bloc confrontation", "bloc politics", "camp-based", "confrontation", "cold war", "separatis", "use of force", "threat",
      "militaris", "militariz", "politicis", "politiciz", "weaponis", "weaponiz", "double standard",
      "containment", "encirclement", "expansionis", "colonialis", "imperialis", "provocation",
      "escalation", "aggression", "meddling",
      // a government's stand and what it decided ("rejected the French position", "rejected the
      // decision"), and a joint appearance turned down
      "position", "stance", "decision", "appearance",
      // what a trade or a peace negotiation is asked to give ("ruled out any cut in the duties",
      // "rejected any territorial concessions")
      "concession", "cut", "duty", "duties", "levy", "levies", "reduction", "exemption", "waiver",
      // another government's act ("rejected Starmer's move within hours")
      "move",
      // ties restored ("rejected normalisation with Damascus")
      "normalis", "normaliz", "rapprochement"};
  for (const char* w : kWords) {
    if (starts_word(k, w)) return true;
  }
  return false;
}

// Verbs of assent that are refusals when negated ("would not sign", "did not support").
bool political_verb(TokenKey k) {
  static const WordSet kVerbs = {
      "sign", "signs", "signed", "endorse", "endorses", "endorsed", "ratify", "ratifies", "ratified", "accept",
      "accepts", "accepted", "support", "supports", "supported", "normalise", "normalize", "permit", "permits",
      "tolerate", "tolerates"};
  return kVerbs.count(k.view()) != 0;
}

// "the Ukraine crisis", "the Gaza war": a name before one of these says which situation is meant
bool situation_noun(TokenKey k) {
  return k == "crisis"sv || k == "conflict"sv || k == "situation"sv || k == "question"sv || k == "issue"sv ||
         k == "problem"sv || k == "war"sv || k == "file"sv || k == "dossier"sv || k == "affair"sv;
}

// Texts put to a vote or a decision, which may be said to be about something ("a draft on Sudan",
// "a resolution about Gaza").
bool about_noun(TokenKey k) {
  static const WordSet kNouns = {"draft", "drafts", "resolution", "resolutions", "text", "texts", "motion",
                                 "motions", "bill", "bills", "proposal", "proposals", "plan", "plans", "statement"};
  return kNouns.count(k.view()) != 0;
}

// "it", "this", "that" standing for what is rejected
bool pronoun_object(TokenKey k) { return k == "it"sv || k == "this"sv || k == "that"sv || k == "them"sv; }

}  // namespace

// "would not sign", "did not support", "will never accept": a political verb right after a negated
// auxiliary.
bool Frames::negated_political_verb(const Trigger& t) const {
  if (!political_verb(key(t.first)) || t.first < F() + 2) return false;
  std::uint32_t i = t.first;
  while (i > F() && key(i - 1).ends_with("ly")) --i;  // "would not formally endorse"
  if (i < F() + 2) return false;
  const TokenKey neg = key(i - 1);
  const TokenKey aux = key(i - 2);
  if (neg != "not"sv && neg != "n't"sv && neg != "never"sv) return false;
  static const WordSet kAux = {"would", "will", "did", "does", "do", "could",
                                                            "can", "shall", "wo", "ca"};
  if (kAux.count(aux.view()) == 0) return false;
  // ("would not permit the forced relocation of Palestinians"; not "did not permit journalists to
  // enter the base", a rule of access)
  if (key(t.first).starts_with("permit") || key(t.first).starts_with("tolerat")) {
    for (std::uint32_t k = t.last; k + 1 < L() && k < t.last + 6; ++k) {
      if (key(k) == "to"sv && ctx_.tokens[k + 1].is(kWord) && !ctx_.tokens[k + 1].is(kCapital)) return false;
    }
  }
  // not "has not yet signed": a refusal, not a delay
  return !(t.last < L() && key(t.last) == "yet"sv);
}

// What "it" stands for in "Kyiv rejected it": the last thing that can be rejected named in this
// sentence before `at` or in the two before ("Putin declared a unilateral truce"), as a noun phrase
// from its determiner to its noun; empty when there is none.
std::string Frames::rejectable_before(std::uint32_t at, std::uint32_t* noun_at) const {
  // the two sentences before this one (sentences are in text order): "The summit adopted a
  // communique. India declined to sign. Saudi Arabia did not sign either."
  const std::uint32_t floor = ctx_.sentence_start_back(F(), 2);
  for (std::uint32_t i = at; i-- > floor;) {
    const Token& tok = ctx_.tokens[i];
    if (!tok.is(kWord) || tok.is(kCapital) || !policy_object(std::string(key(i).view()))) continue;
    // the head noun: not a modifier of the next word ("the truce proposal" is the proposal)
    if (i + 1 < at && ctx_.tokens[i + 1].is(kWord) && !ctx_.tokens[i + 1].is(kCapital) &&
        policy_object(std::string(key(i + 1).view()))) {
      continue;
    }
    std::uint32_t b = i;
    // (a name that is no actor's is part of it: "for Tomahawk cruise missiles")
    while (b > floor && b + 4 > i && ctx_.tokens[b - 1].is(kWord) &&
           (!ctx_.tokens[b - 1].is(kCapital) || (b - 1 > floor && key(b - 2) == "for"sv)) &&
           cv_.mention_at(b - 1) == nullptr && !determiner(key(b - 1)) && key(b - 1) != "of"sv &&
           key(b - 1) != "to"sv && key(b - 1) != "for"sv) {
      --b;
    }
    // only words of the phrase itself, after its determiner or "for"
    if (b > floor && !determiner(key(b - 1)) && key(b - 1) != "for"sv) b = i;
    if (noun_at != nullptr) *noun_at = i;
    return trimmed_np(b, i + 1);
  }
  return {};
}

// The text a signature is refused to ("Stalin did not sign it"): the latest document named in this
// sentence or the two before, by its noun ("the declaration") or its name ("the Potsdam
// Declaration"); empty when none is.
std::string Frames::document_before(std::uint32_t at) const {
  static const WordSet kDocuments = {"declaration", "agreement", "treaty", "accord", "accords", "charter",
                                     "communique", "communiqué", "protocol", "memorandum", "statement", "deal",
                                     "pact", "resolution", "convention", "text", "document", "act", "plan"};
  const std::uint32_t floor = ctx_.sentence_start_back(F(), 2);
  for (std::uint32_t i = at; i-- > floor;) {
    if (!ctx_.tokens[i].is(kWord) || kDocuments.count(key(i).view()) == 0) continue;
    std::uint32_t b = i;
    if (ctx_.tokens[i].is(kCapital)) {
      while (b > floor && ctx_.tokens[b - 1].is(kWord) && ctx_.tokens[b - 1].is(kCapital) && b + 5 > i) --b;
    } else {
      while (b > floor && b + 3 > i && ctx_.tokens[b - 1].is(kWord) && !determiner(key(b - 1)) &&
             key(b - 1) != "of"sv && key(b - 1) != "to"sv && cv_.mention_at(b - 1) == nullptr) {
        --b;
      }
    }
    return trimmed_np(b, i + 1);
  }
  return {};
}

Span proposed_span(const DocContext& ctx, const ClauseView& cv, const Cue& c, std::uint32_t subject_first,
                   std::uint32_t sentence_first) {
  const auto key = [&](std::uint32_t i) { return ctx.tokens[i].key; };
  if (subject_first > sentence_first + 2 && (key(subject_first - 1) == "that"sv || key(subject_first - 1) == "which"sv)) {
    // back over the noun phrase to its determiner ("the", "a"), a few words at most
    const std::uint32_t last = subject_first - 1;
    for (std::uint32_t i = last; i > sentence_first && i + 9 > last; --i) {
      const TokenKey k = key(i - 1);
      if (k == ","sv || k == ";"sv || k == ":"sv) break;
      if (k == "the"sv || k == "a"sv || k == "an"sv || k == "this"sv) return {i - 1, last};
    }
  }
  return {c.last, cv.clause_end(c.last)};
}

// Who proposed the thing named at token `noun`: the subject of a proposal ("argued for", "wants",
// "called for") before it in its clause, in this sentence or, by the memory of proposals, in one of
// the two before; -1 if nobody we know.
int Frames::proposer_of(std::uint32_t noun) const {
  if (noun >= F()) {
    for (const Cue& c : si_.cues) {
      if (c.kind != "proposal"sv || c.last > noun || si_.in_quote[c.first - F()] || cv_.in_condition(c.first)) {
        continue;
      }
      if (cv_.clause_end(c.last) < noun) continue;
      const Group g = cv_.subject(c.first);
      return g.entities.size() == 1 && !g.generic ? g.entities.front() : -1;
    }
    return -1;
  }
  for (const auto& pr : ctx_.proposals) {
    if (noun >= pr.from && noun < pr.to && ctx_.sentences_back(pr.from, F()) <= 2) return pr.proposer;
  }
  return -1;
}

// "Biden and Lapid signed the Jerusalem Declaration", "Erdogan, Niinisto and Andersson signed a
// three-way memorandum": people who sign a text together met; not countries ("both countries have
// signed the treaty"), nor one person alone.
// ("Starmer and Macron agreed a returns scheme": a text agreed is one signed)
void Frames::cosigned(const Trigger& t) {
  if ((key(t.first) != "signed"sv && key(t.first) != "agreed"sv) || t.last >= L()) return;
  std::uint32_t o = t.last;
  while (o < L() && o < t.last + 5 && (determiner(key(o)) || (ctx_.tokens[o].is(kWord) && cv_.mention_at(o) == nullptr &&
                                                               !policy_object(std::string(key(o).view()))))) {
    ++o;
  }
  if (o >= L() || !policy_object(std::string(key(o).view()))) {
    // a named text: "signed the Jerusalem Declaration"
    if (!(o < L() && ctx_.tokens[o].is(kCapital))) return;
  }
  // ("looked on as ministers signed agreements": the ministers signed, not those looking on)
  if (const Mention* g = t.first > F() ? cv_.mention_at(t.first - 1) : nullptr;
      g != nullptr && g->kind == MKind::kGeneric && g->last == t.first && g->first > F() &&
      (key(g->first - 1) == "as"sv || key(g->first - 1) == "while"sv || key(g->first - 1) == "when"sv)) {
    return;
  }
  Group s = subject_of(t);
  // "The three leaders signed a joint declaration": as many as the text just named together
  if (s.empty()) s = counted_group(cv_.clause_start(t.first), t.first);
  const std::uint32_t end = cv_.clause_end(t.last);
  if (s.empty() || s.generic) {
    signing_spoken_of(t, o, end);
    return;
  }
  // "Kishida signed a separate accord with the Ukrainian president": the one signed with too
  std::uint32_t partner_end = 0;
  const std::size_t signers = s.entities.size();  // (the subject's; partners are added after them)
  for (std::uint32_t w = o + 1; w + 1 < end && w < o + 4; ++w) {
    if (key(w) != "with"sv) continue;
    const Group partner = cv_.object(w + 1, 2);
    for (const int x : partner.entities) {
      if (std::find(s.entities.begin(), s.entities.end(), x) == s.entities.end()) s.entities.push_back(x);
    }
    partner_end = partner.empty() ? 0 : partner.last;
    break;
  }
  if (partner_end == 0 && signed_at_gathering(s, t, o, end)) return;
  if (s.entities.size() < 2) {
    signed_up_to(s, t, o, end);
    return;
  }
  for (const int x : s.entities) {
    if (ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv) {
      // ("The two governments signed an agreement easing the movement of workers": countries commit
      // to each other, though no one met)
      // (not some of many: "About sixty countries, China and India among them, signed")
      bool some_of_many = false;
      for (std::uint32_t w = cv_.clause_start(s.first); w < t.first; ++w) {
        some_of_many = some_of_many || key(w) == "among"sv || key(w) == "including"sv || ctx_.tokens[w].is(kDigit) ||
                       small_number(key(w).view()) > 2;
      }
      // (nor those leading the group that signed: "A coalition of eleven countries, led by Denmark
      // and the Netherlands, signed")
      some_of_many = some_of_many || (s.first > F() + 1 && key(s.first - 1) == "by"sv &&
                                      (key(s.first - 2) == "led"sv || key(s.first - 2) == "headed"sv));
      if (const std::string status = cv_.status(s.last, t.first, false);
          status == edge_status::kReported && s.entities.size() <= 4 && !some_of_many) {
        signed_texts_pledged({s, signers}, t, o, end, status, date_for(std::min(s.first, t.first), end, t.first));
      }
      signing_spoken_of(t, o, end);
      return;
    }
  }
  const std::string status = cv_.status(s.last, t.first, false);
  if (status != edge_status::kReported) return;
  // (the time said before the verb or right after the text: "a document reaffirming the deal
  // reached in July" dates the deal, not the signing)
  std::uint32_t date_end = std::max(np_end(std::min(o + 1, end), end), partner_end);
  const std::uint32_t date_reach = date_end + 12;
  // (over the rest of the text's name and where it was signed: "and rare earths at the White House
  // on Monday"; not past a participle: "the deal reached in July")
  while (date_end < end && date_end < date_reach && key(date_end) != ","sv && key(date_end) != ";"sv &&
         !(ctx_.tokens[date_end].is(kWord) && !ctx_.tokens[date_end].is(kCapital) &&
           (key(date_end).ends_with("ed") || key(date_end).ends_with("ing")))) {
    ++date_end;
  }
  const Date date = date_for(std::min(s.first, t.first), std::min(date_end, end), t.first);
  // (the place said in the signing's own phrase, not in a main clause after a comma)
  std::uint32_t phrase_end = t.last;
  while (phrase_end < end && key(phrase_end) != ","sv) ++phrase_end;
  std::string place;
  if (const Mention* pl = cv_.place_between(t.last, phrase_end)) {
    std::string pkey;
    place_of(*pl, &place, &pkey);
  }
  // (signed at a place on a day: a gathering they attended)
  int ev = -1;
  if (!place.empty() && date.full()) {
    ev = meeting_event("ceremony", t.last, phrase_end, date, &place);
    for (const int a : s.entities) add("attended", a, -1, ev, "", status, date, "", -1, 0.7);
  }
  for (std::size_t a = 0; a < s.entities.size(); ++a) {
    for (std::size_t b = a + 1; b < s.entities.size(); ++b) {
      add("met", s.entities[a], s.entities[b], -1, "", status, date, place, ev, 0.7);
    }
  }
  signed_texts_pledged({s, signers}, t, o, end, status, date);
  last_subject_ = s;
  remember(s, t);
}

// "Olaf Scholz, asked in Reykjavik whether Germany would join the coalition, declined", "Macron,
// asked whether France would send warplanes, said that was not the plan": the answer after the
// question refuses what it asked about (the noun phrase after the question's verb).
void Frames::asked_whether_declined(std::uint32_t whether) {
  // the question: "asked ... whether X would|will V ...," before the answer
  std::uint32_t asked = whether;
  while (asked > F() && whether - asked < 8 && key(asked - 1) != "asked"sv) --asked;
  if (asked == F() || key(asked - 1) != "asked"sv) return;
  std::uint32_t modal = whether + 1;
  while (modal < L() && modal < whether + 6 && key(modal) != "would"sv && key(modal) != "will"sv) ++modal;
  if (modal + 2 >= L() || (key(modal) != "would"sv && key(modal) != "will"sv)) return;
  const std::uint32_t verb = modal + 1;
  std::uint32_t comma = verb;
  while (comma < L() && comma < verb + 12 && key(comma) != ","sv) ++comma;
  if (comma + 1 >= L() || key(comma) != ","sv) return;
  // the answer right after the comma
  std::uint32_t a = comma + 1;
  const TokenKey k = key(a);
  const auto said_not = [&]() {  // "said that was not the plan", "said it would not", "said no"
    if (k != "said"sv && k != "replied"sv && k != "answered"sv) return false;
    for (std::uint32_t i = a + 1; i < L() && i < a + 6; ++i) {
      if (key(i) == "not"sv || key(i) == "no"sv || key(i) == "n't"sv || key(i) == "never"sv) return true;
      if (key(i) == ","sv || key(i) == "."sv) break;
    }
    return false;
  };
  const bool declined = k == "declined"sv || k == "refused"sv || said_not() ||
                        (k == "ruled"sv && a + 2 < L() && key(a + 2) == "out"sv);
  if (!declined) return;
  // who answered: the sentence's subject before "asked"
  const std::uint32_t before = asked - 1;
  if (before <= F() || key(before - 1) != ","sv) return;
  const Mention* who = nullptr;
  for (const Mention& m : si_.mentions) {
    if (m.last == before - 1 && cv_.is_actor(m) && !m.possessive) who = &m;
  }
  if (who == nullptr) return;
  std::uint32_t o = verb + 1;
  while (o < comma && (determiner(key(o)) || key(o) == "any"sv || key(o) == "more"sv)) ++o;
  const std::uint32_t oe = np_end(o, comma);
  const std::string object = trimmed_np(o, oe);
  if (object.empty()) return;
  const std::string status = cv_.status(F(), who->first, false);
  const Date date = date_for(F(), comma, who->first);
  add("rejected", who->entity, -1, -1, object, status, date, "", -1, 0.6, object);
}

// "28 countries and the European Union signed the Bletchley declaration", "China, the United States
// and the EU signed the declaration" at a gathering of many: a text of the gathering, each country
// or body that signed it pledged what it says at that gathering (not to each other, as the parties to
// a treaty). Returns whether the signing was read so.
bool Frames::signed_at_gathering(const Group& s, const Trigger& t, std::uint32_t o, std::uint32_t end) {
  if (o >= end) return false;
  std::uint32_t oe = np_end(std::min(o + 1, end), end);
  while (oe > o + 1 && !ctx_.tokens[oe - 1].is(kWord)) --oe;
  const TokenKey noun = key(oe - 1);
  if (noun != "declaration"sv && noun != "communique"sv && noun != "communiqué"sv && noun != "statement"sv &&
      noun != "charter"sv && noun != "compact"sv && noun != "pact"sv) {
    return false;
  }
  // ("a joint declaration": the two sides' own text, read as an agreement between them)
  for (std::uint32_t w = o; w < oe; ++w) {
    if (key(w) == "joint"sv || key(w) == "bilateral"sv) return false;
  }
  const int ev = gathering_of_many_spoken_of();
  if (ev < 0) return false;
  std::vector<int> who;
  for (const int x : s.entities) {
    if (ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv) who.push_back(x);
  }
  // ("Trump, Sisi, Tamim and Erdogan signed the declaration": three leaders or more who sign the
  // gathering's text there pledge it at the gathering they attend, not to one another, and did not
  // each meet the others by signing it)
  const bool leaders = who.empty() && s.entities.size() >= 3 && people_only(s);
  if (leaders) who = s.entities;
  if (who.empty()) return false;
  const std::string status = cv_.status(s.last, t.first, false);
  if (status != edge_status::kReported) return true;
  const std::string object = trimmed_np(o, oe);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  for (const int x : who) {
    add("pledged", x, -1, ev, object, status, date, "", -1, 0.65);
    if (leaders) add("attended", x, -1, ev, "", status, date, "", -1, 0.7);
  }
  last_subject_ = s;
  remember(s, t);
  return true;
}

// "India signed up to the Artemis Accords": one side joining a named text of many commits to it,
// owed to the other side of the talks reported (else to the text itself).
void Frames::signed_up_to(const Group& s, const Trigger& t, std::uint32_t o, std::uint32_t end) {
  if (s.entities.size() != 1 || t.last + 2 >= L() || key(t.last) != "up"sv || key(t.last + 1) != "to"sv) return;
  if (o >= end || !ctx_.tokens[o].is(kCapital)) return;
  const std::string status = cv_.status(s.last, t.first, false);
  if (status != edge_status::kReported) return;
  while (o > t.last + 2 && ctx_.tokens[o - 1].is(kCapital)) --o;  // "the Artemis Accords", whole
  std::uint32_t e = o;
  while (e < end && (ctx_.tokens[e].is(kCapital) || key(e) == "of"sv || key(e) == "on"sv) && e < o + 8) ++e;
  while (e > o && !ctx_.tokens[e - 1].is(kCapital)) --e;
  const std::string object = trimmed_np(o, e);
  if (object.empty() || !policy_object(name_key(object))) return;
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  const int to = talks_counterpart(s);
  if (to >= 0) {
    add("pledged", s.entities.front(), to, -1, object, status, date, "", -1, 0.65);
  } else {
    add("pledged", s.entities.front(), -1, -1, object, status, date, "", -1, 0.6, object);
  }
  last_subject_ = s;
  remember(s, t);
}

// Whether signed texts commit their signatories: by what they name, a supply, money or security ("a
// ten-year security agreement"), or by their kind, a treaty, an agreement, a declaration, a
// memorandum, a protocol, so many cooperation documents (not "a short document"); and not texts
// gathered under another noun ("a package of agreements").
bool Frames::committing_text(const std::string& okey) {
  static const char* kTexts[] = {"treaty", "agreement", "agreements", "accord", "accords", "memorandum",
                                 "memorandums", "memoranda", "declaration", "documents", "protocol", "charter",
                                 "letter of intent", "partnership", "framework", "roadmap", "road map",
                                 "pact", "deal", "scheme"};
  const bool binding = std::any_of(std::begin(kTexts), std::end(kTexts), [&](const char* w) {
    return okey.find(w) != std::string::npos;
  });
  return (pledgeable_object(okey) || binding) && okey.find("of agreements") == std::string::npos &&
         okey.find("of accords") == std::string::npos && okey.find("of documents") == std::string::npos &&
         okey.find("of deals") == std::string::npos && okey.find("of other agreements") == std::string::npos;
}

// Signatories of different countries commit to each other to what they signed ("signed a
// ten-year security agreement", "signed an accord on trade", "an agreement easing visas"), to each
// text of a list ("signed a defence agreement, a framework on critical minerals and a memorandum on
// artificial intelligence"): the text and what it is about.
// (partners named after "with" are bound to the subject only: "Washington signed trade agreements
// with Cambodia and Malaysia" commits no partner to another)
void Frames::signed_texts_pledged(const Signatories& by, const Trigger& t, std::uint32_t o, std::uint32_t end,
                                  const std::string& status, const Date& date) {
  const Group& s = by.all;
  if (!distinct_countries(s) || o >= L() || !policy_object(std::string(key(o).view()))) return;
  std::uint32_t first = t.last;
  for (int n = 0; n < 6 && first < end; ++n) {
    std::uint32_t oe = np_end(std::min((n == 0 ? o : first) + 1, end), end);
    // ("an accord on trade", "an agreement to build a corridor")
    if (oe + 1 < end && (key(oe) == "on"sv || key(oe) == "to"sv || key(oe) == "for"sv) &&
        !ctx_.tokens[oe + 1].is(kCapital)) {
      oe = np_end(oe + 1, end);
    }
    // ("an agreement on Tuesday to train Ukrainian pilots": over the day it was signed)
    for (const DateMention& d : si_.dates) {
      const std::uint32_t at = key(oe) == "on"sv ? oe + 1 : oe;
      if (d.first == at && d.last + 1 < end && key(d.last) == "to"sv && !ctx_.tokens[d.last + 1].is(kCapital)) {
        oe = np_end(d.last + 1, end);
      }
    }
    // ("a joint declaration aimed at ending the border conflict": what it is aimed at)
    if (oe + 1 < end && key(oe) == "at"sv && key(oe - 1) == "aimed"sv) oe = np_end(oe + 1, end);
    // (the text, not whom it was signed with: "trade agreements with Cambodia and Malaysia")
    for (std::uint32_t w = first; w < oe && by.has_partners(); ++w) {
      if (key(w) == "with"sv) oe = w;
    }
    const std::string object = trimmed_np(first, oe);
    if (n > 0 && !committing_text(name_key(object))) break;  // a list goes on only with texts
    // ("the Declaration of the Three Powers regarding Iran", "a declaration on Iran": a text about a
    // country that did not sign it commits its signers to that country)
    int about = -1;
    for (std::uint32_t w = first + 1; w < std::min(oe + 2, end) && about < 0; ++w) {
      const TokenKey p = key(w - 1);
      if (p != "regarding"sv && p != "concerning"sv && p != "on"sv && p != "about"sv) continue;
      const Mention* m = cv_.mention_at(w);
      if (m == nullptr || m->first != w || m->entity < 0 || m->kind != MKind::kCountry) continue;
      const std::string code = country_code_of(ctx_, m->entity);
      const bool signer = std::any_of(s.entities.begin(), s.entities.end(),
                                      [&](int x) { return x == m->entity || country_code_of(ctx_, x) == code; });
      if (!signer) about = m->entity;
    }
    if (about >= 0 && committing_text(name_key(object))) {
      for (const int x : s.entities) add("pledged", x, about, -1, object, status, date, "", -1, 0.65);
    } else if (committing_text(name_key(object))) {
      for (std::size_t i = 0; i < s.entities.size(); ++i) {
        for (std::size_t j = 0; j < s.entities.size(); ++j) {
          if (by.bound_to_each_other(i, j)) {
            add("pledged", s.entities[i], s.entities[j], -1, object, status, date, "", -1, 0.65);
          }
        }
      }
    }
    // the next text of a list: ", a framework on ...", "and a memorandum on ..."
    std::uint32_t next = oe;
    if (next < end && key(next) == ","sv) ++next;
    if (next < end && key(next) == "and"sv) ++next;
    if (next == oe || next >= end || !determiner(key(next))) break;
    first = next;
  }
}

// "Hun Sen and Pham Minh Chinh witnessed the signing of 11 cooperation documents", "The two
// presidents watched as their governments signed 15 agreements", "presided over the signing of
// twenty-two agreements between the two governments": the two leaders who watched texts signed
// between their governments committed their countries to each other (one leader alone, to the
// other side of the talks told before).
void Frames::signing_watched(std::uint32_t watch) {
  const std::uint32_t end = cv_.clause_end(watch);
  // the texts: after "the signing of", or after the verb "sign"/"signed" of those who signed them
  std::uint32_t text = watch + 1;
  while (text < end && text < watch + 7 && key(text) != "signing"sv && key(text) != "sign"sv && key(text) != "signed"sv) {
    ++text;
  }
  if (text >= end) return;
  text += key(text) == "signing"sv && text + 1 < end && key(text + 1) == "of"sv ? 2 : 1;
  if (text >= end) return;
  std::uint32_t oe = np_end(text, end);
  // ("an intergovernmental agreement on the supply of petroleum products", "agreements covering
  // trade"): what the texts are on
  if (oe + 1 < end && (key(oe) == "on"sv || key(oe) == "covering"sv) && !ctx_.tokens[oe + 1].is(kCapital)) {
    oe = np_end(oe + 1, end);
  }
  const std::string object = trimmed_np(text, oe);
  const std::string okey = name_key(object);
  if (object.empty() || !committing_text(okey) || !policy_object(okey)) return;
  // (nor commercial deals, whose parties are companies: "witnessed the signing of commercial
  // agreements worth 21 billion dollars")
  if (okey.find("commercial") != std::string::npos || okey.find("business") != std::string::npos ||
      okey.find("contract") != std::string::npos) {
    return;
  }
  Group s = subject_or_group(watch);
  if (s.empty() || s.generic) return;
  const std::string status = cv_.status(s.last, watch, false);
  if (status != edge_status::kReported) return;
  if (s.entities.size() == 1) {
    const int other = talks_counterpart(s);
    if (other < 0) return;
    s.entities.push_back(other);
  }
  // (two sides: three leaders watching a memorandum signed are not each bound to each other)
  if (!distinct_countries(s) || s.entities.size() != 2) return;
  const Date date = date_for(std::min(s.first, watch), end, watch);
  for (const int a : s.entities) {
    for (const int b : s.entities) {
      if (a != b) add("pledged", a, b, -1, object, status, date, "", -1, 0.65);
    }
  }
  last_subject_ = s;
}

// "The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on Friday": a
// signing by no one named, at a place on a day, is a gathering the text speaks of (those who signed
// are named later: "The document was signed ... by A and by B").
void Frames::signing_spoken_of(const Trigger& t, std::uint32_t o, std::uint32_t end) {
  if (o >= L() || !policy_object(std::string(key(o).view()))) return;
  if (cv_.status(0, t.first, false) != edge_status::kReported) return;
  std::uint32_t phrase_end = t.last;
  while (phrase_end < end && key(phrase_end) != ","sv) ++phrase_end;
  const Date date = date_for(F(), phrase_end, t.first);
  if (!date.full() || cv_.place_between(t.last, phrase_end) == nullptr) return;
  std::string place;
  (void)meeting_event("ceremony", t.last, phrase_end, date, &place);
}

// "The document was signed at the State Department by Therese Kayikwamba Wagner, Congo's foreign
// minister, and by her Rwandan counterpart, Olivier Nduhungirehe": people who signed one text met,
// at the gathering of the place and day it was signed (the day the text gives, else the one spoken
// of).
void Frames::signed_by(const Trigger& t) {
  if (t.first <= F() || (key(t.first - 1) != "was"sv && key(t.first - 1) != "were"sv)) return;
  const std::uint32_t end = cv_.clause_end(t.last);
  std::uint32_t by = t.last;
  while (by < end && by < t.last + 8 && key(by) != "by"sv) ++by;
  if (by >= end || key(by) != "by"sv) return;
  // the signers: "by A and by B", "by A and B", over a title in apposition after each
  std::vector<int> who;
  for (std::uint32_t k = by + 1; k < end && k < by + 40; ++k) {
    const Mention* m = cv_.mention_at(k);
    if (m == nullptr || m->first != k) continue;
    if (m->kind == MKind::kPerson && m->entity >= 0 && !m->possessive) {
      if (std::find(who.begin(), who.end(), m->entity) == who.end()) who.push_back(m->entity);
    }
    k = m->last - 1;
  }
  if (who.size() < 2) return;
  const std::string status = cv_.status(0, t.first, false);
  if (status != edge_status::kReported) return;
  const Date date = date_for(F(), end, t.first);
  std::string place;
  // the place of the signing's own phrase, else (undated, as "The document was signed at the State
  // Department by ..." after "signed a peace agreement in Washington on Friday") the one spoken of
  const bool spoken_of =
      !date.full() && ctx_.salient_event >= 0 && ctx_.events[static_cast<std::size_t>(ctx_.salient_event)].date.full();
  int ev = spoken_of ? -1 : meeting_event("ceremony", t.last, by, date, &place);
  if (ev < 0 && ctx_.salient_event >= 0) {
    ev = main_event();
    if (ev >= 0) place = ctx_.events[static_cast<std::size_t>(ev)].place;
  }
  for (std::size_t a = 0; a < who.size(); ++a) {
    if (ev >= 0) add("attended", who[a], -1, ev, "", status, date, "", -1, 0.7);
    for (std::size_t b = a + 1; b < who.size(); ++b) add("met", who[a], who[b], -1, "", status, date, place, ev, 0.7);
  }
}

// "Szijjarto denied a report that Xi would travel to Pecs", "dismissed reports of a rift", "rejected
// an American newspaper's story": what a report or a rumour says is denied (the clause's business),
// but the denial of a report refuses nothing.
bool Frames::denied_report(TokenKey verb, std::uint32_t from) const {
  if (!verb.starts_with("den") && !verb.starts_with("dismiss") && !verb.starts_with("reject")) return false;
  static const WordSet kReport = {"report", "reports", "rumour", "rumours", "rumor", "rumors", "speculation", "story", "stories"};
  for (std::uint32_t i = from; i < L() && i < from + 6; ++i) {
    const TokenKey k = key(i);
    if (kReport.count(k.view()) != 0) return true;
    // (over a plural possessive's mark: "the newspapers' reports"; "'s" is a word)
    if (ctx_.tokens[i].is(kPunct) && k != "'"sv) return false;
    if (k == "that"sv || k == "of"sv) return false;
  }
  return false;
}

// "Putin denied that Russian soldiers were in the Donbass", "Riyadh denies the prince had any part
// in the killing": a state's, a body's or a leader's denial of a claim refuses the claim,
// the clause it denies. Returns whether the trigger denies a clause (a clause that has a relation
// of its own, "denied that they had met", is that relation negated, and no refusal); false for
// "denied the allegation", the refusal of a noun phrase.
bool Frames::denied_claim(const Trigger& t, const Group& s) {
  std::uint32_t c = t.last;
  const bool that = c < L() && key(c) == "that"sv;
  if (that) ++c;
  // a clause: a finite verb a few words on, before any punctuation (not "denied that quote"); a
  // verb in -ed only after "that" (not "deny people the hours enjoyed elsewhere")
  static const WordSet kFinite = {"was", "were", "is", "are", "had", "has",
                                                               "have", "did", "would", "could", "will"};
  const auto finite = [&](std::uint32_t v) {
    return kFinite.count(key(v).view()) != 0 || (that && key(v).ends_with("ed") && !ctx_.tokens[v].is(kCapital));
  };
  // ("denied having anything to do with the drones": a gerund clause)
  const bool having = !that && c < L() && key(c) == "having"sv;
  std::uint32_t v = c;
  while (!having && v < L() && v < c + 7 && ctx_.tokens[v].is(kWord) && !finite(v)) ++v;
  if (!having && (v == c || v >= L() || !finite(v))) return false;
  const std::uint32_t end = std::min(cv_.clause_end(c), c + 16);
  if (end <= c + 1) return true;
  if (std::any_of(si_.triggers.begin(), si_.triggers.end(), [&](const Trigger& o) { return o.first >= c && o.first < end; })) {
    return true;
  }
  const std::string object = trimmed_np(c, end);
  if (object.empty()) return true;
  int target = -1;
  for (std::uint32_t i = c; i < end && target < 0; ++i) {
    const Mention* m = cv_.mention_at(i);
    // (a state or a body the claim is about; a person named in it is part of the claim)
    if (m != nullptr && m->first == i && cv_.is_actor(*m) && m->entity >= 0 && m->kind != MKind::kPronoun &&
        !m->possessive && !same_side(s, m->entity) &&
        ctx_.entities[static_cast<std::size_t>(m->entity)].type != "person"sv) {
      target = m->entity;
    }
  }
  const std::string status = cv_.status(s.last, t.first, false);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  for (const int a : s.entities) {
    if (target >= 0) {
      add("rejected", a, target, -1, object, status, date, "", -1, 0.6);
    } else {
      add("rejected", a, -1, -1, object, status, date, "", -1, 0.55, object);
    }
  }
  last_subject_ = s;
  remember(s, t);
  return true;
}

void Frames::refused_partner(const Trigger& t, const Trigger& meet) {
  std::uint32_t o = meet.last;
  if (o < L() && (key(o) == "with"sv || key(o) == "to"sv)) ++o;
  const Group partner = cv_.object(o, 1);
  if (partner.empty() || partner.generic) return;
  const Group s = subject_of(t);
  if (s.empty() || s.generic) return;
  const std::string status = cv_.status(s.last, t.first, false);
  // (refusing is what is reported; "refused to" is its negation cue, not a denial of the refusal)
  if (status == edge_status::kPlanned || status == edge_status::kHypothetical) return;
  const Date date = date_for(std::min(s.first, t.first), cv_.clause_end(t.last), t.first);
  const std::string object = trimmed_np(meet.first, partner.last);
  for (const int a : s.entities) {
    for (const int b : partner.entities) {
      if (a != b && !same_side(s, b)) add("rejected", a, b, -1, object, edge_status::kReported, date, "", -1, 0.7);
    }
  }
}

namespace {

// The nouns of a document or scheme a text names once in full and then by its noun alone ("the
// Abraham Accords" ... "the accords").
bool document_noun(std::string_view w) {
  static const WordSet kNouns = {
      "accord", "accords", "agreement", "agreements", "treaty", "plan", "initiative", "deal", "declaration",
      "pact", "convention", "protocol", "consensus", "charter", "act", "framework", "roadmap", "resolution"};
  return kNouns.count(w) != 0;
}

}  // namespace

// What a refusal's object leaves to the context, as text to append to it: the full name of a
// document it names by its noun ("the accords" -> " (Abraham Accords)"), the topic a sentence opens
// with ("On the Abraham Accords the crown prince declined to commit"), or the label of a list line
// ("Dairy, edible oils and apples: New Delhi refused to open these markets").
std::string Frames::object_context(std::uint32_t from, std::uint32_t oe, const Group& s) const {
  std::string more;
  // "the accords": the last name ending in that noun in this sentence or the five before
  for (std::uint32_t i = from; i + 1 < oe; ++i) {
    if (key(i) != "the"sv || !document_noun(key(i + 1).view()) || ctx_.tokens[i + 1].is(kCapital)) continue;
    const TokenKey noun = key(i + 1);
    const std::uint32_t floor = ctx_.sentence_start_back(F(), 5);
    for (std::uint32_t k = i; k-- > floor + 1;) {
      const TokenKey w = key(k);
      const bool same = w == noun || (w.size() + 1 == noun.size() && noun.view().starts_with(w.view())) ||
                        (noun.size() + 1 == w.size() && w.view().starts_with(noun.view()));
      if (!same || !ctx_.tokens[k].is(kCapital) || !ctx_.tokens[k - 1].is(kCapital)) continue;
      std::uint32_t b = k - 1;
      while (b > floor && b + 5 > k && (ctx_.tokens[b - 1].is(kCapital) || key(b - 1) == "and"sv) &&
             !(key(b - 1) == "and"sv && !ctx_.tokens[b - 2].is(kCapital)) && key(b - 1) != "the"sv) {
        --b;
      }
      // (not the sentence's first word alone: "Agreement was reached")
      if (b == ctx_.sentence_start_back(k, 0) && k == b) continue;
      more.append(" (").append(text(b, k + 1)).push_back(')');
      break;
    }
    break;
  }
  // the topic the sentence opens with, before the subject: "On the Abraham Accords, the crown prince"
  const std::uint32_t start = F();
  // (not a day: "On Monday, 18 November, Russia vetoed ...")
  const bool day_opens = std::any_of(si_.dates.begin(), si_.dates.end(), [&](const DateMention& d) { return d.first == start + 1; });
  if (s.first > start + 2 && !day_opens && (key(start) == "on"sv || key(start) == "regarding"sv || key(start) == "over"sv)) {
    std::uint32_t e = s.first;
    if (key(e - 1) == ","sv) --e;
    if (e > start + 1 && e < start + 10) more.append(" (").append(text(start + 1, e)).push_back(')');
  }
  // the label of a list line: "Dairy, edible oils and apples: New Delhi refused to open these markets"
  bool anaphoric = false;
  for (std::uint32_t i = from; i < oe && !anaphoric; ++i) {
    anaphoric = key(i) == "these"sv || key(i) == "this"sv || key(i) == "those"sv || key(i) == "them"sv || key(i) == "it"sv;
  }
  if (anaphoric) {
    std::uint32_t i = start;
    while (i < s.first && (key(i) == "-"sv || key(i) == "•"sv || key(i) == "*"sv)) ++i;
    std::uint32_t colon = i;
    while (colon < s.first && colon < i + 10 && key(colon) != ":"sv) ++colon;
    if (colon < s.first && key(colon) == ":"sv && colon > i) more.append(" (").append(text(i, colon)).push_back(')');
  }
  return more;
}

// The text last put to a vote before `at`, in this sentence or the three before: from the word after
// its determiner to its noun, with what it is about ("American draft about Gaza"); empty if none.
std::string Frames::voted_text_before(std::uint32_t at) const {
  const std::uint32_t floor = ctx_.sentence_start_back(F(), 3);
  std::string bare;  // "the text": the fuller phrase it goes back to, if any, is said before it
  for (std::uint32_t i = at; i-- > floor;) {
    if (!ctx_.tokens[i].is(kWord) || ctx_.tokens[i].is(kCapital) || !about_noun(key(i))) continue;
    if (key(i) == "plan"sv || key(i) == "plans"sv || key(i) == "statement"sv) continue;
    std::uint32_t b = i;
    while (b > floor && b + 4 > i && ctx_.tokens[b - 1].is(kWord) && !determiner(key(b - 1)) && key(b - 1) != "on"sv &&
           key(b - 1) != "of"sv && key(b - 1) != "to"sv && key(b - 1) != "for"sv && key(b - 1) != "by"sv) {
      --b;
    }
    std::uint32_t e = i + 1;
    // ("an American draft about Gaza": what it is about, a name; "the resolution drafted by Ukraine
    // and the Europeans": whose it is)
    if (e + 1 < at && (key(e) == "about"sv || key(e) == "on"sv) && ctx_.tokens[e + 1].is(kWord) &&
        month_from_word(key(e + 1).view()) == 0 && weekday_from_word(key(e + 1).view()) < 0) {
      const bool name = ctx_.tokens[e + 1].is(kCapital);
      const std::uint32_t after = e + 1;
      e += 2;
      while (e < at && e < after + 4 && ctx_.tokens[e].is(kWord) && ctx_.tokens[e].is(kCapital) == name &&
             !determiner(key(e)) && key(e) != "and"sv && key(e) != "that"sv && key(e) != "which"sv) {
        ++e;
      }
    }
    if (e + 2 < at && key(e + 1) == "by"sv &&
        (key(e) == "drafted"sv || key(e) == "written"sv || key(e) == "tabled"sv || key(e) == "presented"sv ||
         key(e) == "sponsored"sv || key(e) == "proposed"sv)) {
      if (ctx_.tokens[e + 2].is(kCapital)) {
        e += 2;
        while (e < at && ctx_.tokens[e].is(kCapital)) ++e;
      }
    }
    // ("a short Algerian draft recommending that Palestine be admitted": what it asks, briefly)
    if (e + 1 < at && key(e).size() > 5 && key(e).ends_with("ing") && !ctx_.tokens[e].is(kCapital) &&
        (key(e).starts_with("recommend") || key(e).starts_with("call") || key(e).starts_with("demand") ||
         key(e).starts_with("condemn") || key(e).starts_with("urg") || key(e).starts_with("seek"))) {
      std::uint32_t c = e + 1;
      while (c < at && c < e + 10 && key(c) != ","sv && key(c) != "."sv && key(c) != ";"sv) ++c;
      e = c;
    }
    const bool definite_bare = b == i && e == i + 1 && i > floor && (key(i - 1) == "the"sv || key(i - 1) == "this"sv);
    if (!definite_bare) return trimmed_np(b, e);
    if (bare.empty()) bare = trimmed_np(b, e);
  }
  return bare;
}

// "Russia and China cast vetoes", "Algeria also voted against", "Russia voted no": a vote against
// the text last put to the vote (voted_text_before). Returns whether the trigger was
// such a vote with no object of its own.
bool Frames::vote_without_object(const Trigger& t, const Group& s) {
  const TokenKey k0 = key(t.first);
  if (t.last <= t.first + 1 || (k0 != "cast"sv && !k0.starts_with("vot"))) return false;
  if (t.last < L() && ctx_.tokens[t.last].is(kWord) && key(t.last) != "and"sv && key(t.last) != "alongside"sv &&
      key(t.last) != "which"sv && key(t.last) != "too"sv) {
    return false;
  }
  std::string object = voted_text_before(t.first);
  if (object.empty()) return true;
  object.insert(0, "vote against ");
  const std::string status = cv_.status(s.last, t.first, false);
  const std::uint32_t end = cv_.clause_end(t.last);
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  std::vector<int> voters = s.entities;
  // ("The United States voted against, alongside Russia, Belarus and Hungary": they too)
  if (t.last + 1 < L() && key(t.last) == ","sv && key(t.last + 1) == "alongside"sv) {
    for (std::uint32_t i = t.last + 2; i < L() && key(i) != ";"sv && key(i) != "."sv; ++i) {
      const Mention* m = cv_.mention_at(i);
      if (m == nullptr || m->first != i || m->entity < 0 || m->kind != MKind::kCountry) continue;
      if (std::find(voters.begin(), voters.end(), m->entity) == voters.end()) voters.push_back(m->entity);
      i = m->last - 1;
    }
  }
  for (const int a : voters) add("rejected", a, -1, -1, object, status, date, "", -1, 0.6, object);
  last_subject_ = s;
  remember(s, t);
  return true;
}

// "China will oppose all attempts at external interference, Xi said", "Beijing will firmly oppose
// any such move": a side that says it will oppose or reject something states its stance now, as a
// pledge is made now about what it will do. Not a forecast by someone else ("analysts said Tehran
// will reject the offer"): whoever says it is the side itself or one of its own.
bool Frames::stated_stance(const Trigger& t, const Group& s) const {
  const TokenKey k0 = key(t.first);
  if (!k0.starts_with("oppos") && !k0.starts_with("reject")) return false;
  std::uint32_t v = t.first;
  while (v > s.last + 1 && (key(v - 1) == "firmly"sv || key(v - 1) == "resolutely"sv || key(v - 1) == "always"sv ||
                            key(v - 1) == "strongly"sv || key(v - 1) == "categorically"sv)) {
    --v;
  }
  if (v == 0 || v <= s.last || (key(v - 1) != "will"sv && key(v - 1) != "'ll"sv)) return false;
  for (std::uint32_t r = F(); r < L(); ++r) {
    if (r >= s.first && r < t.last) continue;  // the clause itself
    if (!cv_.cue_is(r, "report") || si_.in_quote[r - F()] != 0) continue;
    int sayer = -1;
    if (r < s.first) {
      const Group g = cv_.subject(r);
      if (!g.empty()) sayer = g.entities.front();
    } else {
      // after the clause: ", Xi said", ", officials in Washington said", ", said Xi"
      std::uint32_t from = r;
      while (from > t.last && key(from - 1) != ","sv) --from;
      for (std::uint32_t k = from; k < L() && k < r + 3 && sayer < 0; ++k) {
        const Mention* m = cv_.mention_at(k);
        if (m != nullptr && m->first == k && cv_.is_actor(*m) && m->entity >= 0) sayer = m->entity;
        if (k > r && key(k) == ","sv) break;
      }
    }
    if (sayer < 0 || !same_side(s, sayer)) return false;
  }
  return true;
}

void Frames::reject(const Trigger& t) {
  const TokenKey k0 = key(t.first);
  if (t.first > F()) {
    const TokenKey p = key(t.first - 1);
    if (p == "been"sv || p == "be"sv || p == "being"sv || p == "was"sv || p == "were"sv || p == "is"sv ||
        p == "are"sv) {
      // ("The accord was signed by A and by B": a signing, no refusal)
      if (k0 == "signed"sv) signed_by(t);
      return;
    }
  }
  std::uint32_t from = t.last;
  // ("cast the veto on the draft": what it was cast on)
  if (k0 == "cast"sv && t.last > t.first + 1 && from + 1 < L() && key(from) == "on"sv) ++from;
  if ((k0.starts_with("refus") || k0.starts_with("declin")) && t.last < L() && key(t.last) == "to"sv) {
    // "refused to send troops" is the negated verb's business; "refused to back X's bid" is ours
    // ("refused to join the summit" is an absence; "refused to join the sanctions" ours)
    for (const auto& other : si_.triggers) {
      const std::string& of = ctx_.lex->triggers()[other.info].frame;
      if (other.first != t.last + 1 || of == "reject"sv) continue;
      // ("declined to commit": a pledge with nothing pledged is a refusal of the sentence's topic)
      if (of == "pledge"sv && key(other.first) == "commit"sv &&
          (other.last >= L() || !ctx_.tokens[other.last].is(kWord) || key(other.last) == "to"sv)) {
        continue;
      }
      if ((of == "join"sv && cv_.event_after(other.last, 4) == nullptr) || of == "member"sv) continue;
      // ("refused to hand over territory": handing over is refused as a political act)
      if (of == "supply"sv && key(other.first) == "hand"sv) continue;
      // ("refused to give Russia a veto": what is refused is named after the verb)
      if (of == "supply"sv && key(other.first) == "give"sv) {
        bool named = false;  // a thing refused right after it (not "give succour to suggestions")
        for (std::uint32_t k = other.last; k < L() && k < other.last + 4 && !named && key(k) != "to"sv; ++k) {
          named = policy_object(std::string(key(k).view()));
        }
        if (named) continue;
      }
      // "Israel refused to sit down with the PLO", "declined to meet Mugabe": the meeting is negated
      // (the verb's business), and the one not met is refused as a partner
      if (of == "meet"sv) refused_partner(t, other);
      return;
    }
    static const WordSet kPolitical = {
        "recognise", "recognize", "accept", "back", "support", "endorse", "sign", "ratify", "join", "allow",
        "extradite", "withdraw", "release", "negotiate", "cooperate", "co-operate", "lift", "end", "halt",
        "stop", "hand", "approve", "implement", "honour", "honor", "comply", "abide", "disarm", "accede", "give",
        "commit", "open", "reopen", "resume", "restore", "apologise", "apologize", "retract", "pay", "normalise", "enter",
        "normalize"};
    if (t.last + 1 >= L() || kPolitical.count(key(t.last + 1)) == 0) return;
    if (t.last + 2 < L() && key(t.last + 2) == "that"sv) return;
    // ("declined to give details of its plan", "refused to give figures": withholding what is known,
    // not refusing what was proposed)
    if (key(t.last + 1) == "give"sv) {
      static const WordSet kInformation = {"details", "detail", "information", "figures", "figure", "comment",
                                           "reasons", "reason", "specifics", "evidence", "names", "numbers",
                                           "a", "any", "further", "more", "its", "their"};
      std::uint32_t w = t.last + 2;
      while (w < L() && w < t.last + 5 && (key(w) == "a"sv || key(w) == "any"sv || key(w) == "further"sv ||
                                           key(w) == "more"sv || key(w) == "its"sv || key(w) == "their"sv)) {
        ++w;
      }
      if (w < L() && kInformation.count(key(w).view()) != 0) return;
    }
    // ("refused to enter the war", "declined to enter talks"; not "refused to enter the room")
    if (key(t.last + 1) == "enter"sv) {
      bool political = false;
      for (std::uint32_t i = t.last + 2; i < L() && i < t.last + 5 && !political; ++i) {
        const TokenKey w = key(i);
        political = w == "war"sv || w == "talks"sv || w == "negotiations"sv || w == "conflict"sv || w == "alliance"sv ||
                    w == "coalition"sv || w == "agreement"sv || w == "treaty"sv || w == "government"sv;
      }
      if (!political) return;
    }
    from = t.last + 1;
  }
  if (from < L() && key(from) == "of"sv) return;  // "ruled out of the game": excluded, not rejected
  // "rejected as unacceptable a newspaper article": the object after the judgement
  if (from + 3 < L() && key(from) == "as"sv && ctx_.tokens[from + 1].is(kWord) && !ctx_.tokens[from + 1].is(kCapital) &&
      (determiner(key(from + 2)) || (key(from + 2) == "and"sv && from + 4 < L() && determiner(key(from + 4))))) {
    from += key(from + 2) == "and"sv ? 4 : 2;
  }
  // "turned the offer down", "ruled it out": the verb alone, its object, then the particle
  // ("brushed the criticism aside", "waved the proposal away")
  std::uint32_t particle_at = L();
  const std::string_view particle = k0.starts_with("turn")    ? "down"sv
                                    : k0.starts_with("rul")   ? "out"sv
                                    : k0.starts_with("brush") ? "aside"sv
                                    : k0.starts_with("wav")   ? "away"sv
                                                              : std::string_view();
  if (t.last == t.first + 1 && !particle.empty()) {
    auto is_particle = [&](TokenKey k) { return k == particle || (particle == "away"sv && k == "aside"sv); };
    if (t.last >= L() || is_particle(key(t.last))) return;  // the two-word trigger's business
    for (std::uint32_t i = t.last + 1; i < L() && i < t.last + 5 && !cv_.boundary(i) && key(i) != ","sv; ++i) {
      if (is_particle(key(i))) {
        particle_at = i;
        break;
      }
    }
    if (particle_at == L()) return;
    if (!pronoun_object(key(t.last)) && !determiner(key(t.last))) return;
  }
  // "France would not sign the agreement", "Milei did not support several passages": a political
  // verb refused
  const bool refused_verb = negated_political_verb(t);
  if (political_verb(k0) && !refused_verb) {
    cosigned(t);
    return;
  }
  Group s = subject_of(t);
  // "The leaders rejected foreign interference": the gathering's voice, at the gathering
  int voiced_at = -1;
  if (s.entities.empty() && ctx_.salient_event >= 0 && said_by_the_gathering(t.first)) {
    voiced_at = main_event();
    const int voice = voiced_at >= 0 ? gathering_voice(voiced_at) : -1;
    if (voice >= 0) {
      s.entities = {voice};
      s.generic = false;
    }
  }
  if (s.empty() || s.entities.empty()) return;
  if (denied_report(k0, from)) return;
  if (k0.starts_with("den")) {
    // ("denied it", "denied this": too vague to say what; only a state, a body or a leader or
    // minister of the lexicon denies as policy, not a defendant denying the charges)
    if (t.last < L() && (key(t.last) == "it"sv || key(t.last) == "this"sv ||
                         (key(t.last) == "that"sv && (t.last + 1 >= L() || !ctx_.tokens[t.last + 1].is(kWord))))) {
      return;
    }
    for (const int x : s.entities) {
      const auto& e = ctx_.entities[static_cast<std::size_t>(x)];
      if (e.type == "person"sv && e.lex < 0) return;
    }
    if (denied_claim(t, s)) return;
  }
  if (vote_without_object(t, s)) return;
  const std::uint32_t end = std::min(cv_.clause_end(t.last), particle_at);
  std::uint32_t oe = from;
  // "and" ends the object, except inside a name ("the Belt and Road Initiative")
  auto name_and = [&](std::uint32_t i) {
    return i > from && i + 1 < end && ctx_.tokens[i - 1].is(kCapital) && ctx_.tokens[i + 1].is(kCapital) &&
           cv_.mention_at(i + 1) == nullptr;
  };
  // ("all attempts at external interference": what the attempts are at is what is opposed)
  auto attempt_at = [&](std::uint32_t i) {
    return key(i) == "at"sv && (key(i - 1).starts_with("attempt") || key(i - 1).starts_with("effort"));
  };
  // ("vetoed a draft on Sudan": what a text is about is part of it; not a day, "the plan on Tuesday")
  auto text_about = [&](std::uint32_t i) {
    return (key(i) == "on"sv || key(i) == "about"sv) && about_noun(key(i - 1)) && i + 1 < end &&
           ctx_.tokens[i + 1].is(kCapital) && std::none_of(si_.dates.begin(), si_.dates.end(), [&](const DateMention& d) {
             return d.first == i + 1;
           });
  };
  while (oe < end && key(oe) != ","sv && !(key(oe) == "as"sv && oe > from + 1) && (key(oe) != "and"sv || name_and(oe)) &&
         !(oe > from + 1 &&
           (key(oe) == "in"sv || (key(oe) == "on"sv && !text_about(oe)) || key(oe) == "that"sv || key(oe) == "which"sv ||
            key(oe) == "during"sv || key(oe) == "after"sv || (key(oe) == "at"sv && !attempt_at(oe)) || key(oe) == "because"sv ||
            key(oe) == "within"sv || key(oe) == "amid"sv || key(oe) == "despite"sv || key(oe) == "including"sv)) &&
         oe < from + 14) {
    ++oe;
  }
  if (oe == from) return;
  // not an adverb after the object ("rejected the scheme outright"), nor "both" before it
  // ("rejected the idea out of hand")
  if (oe > from + 3 && key(oe - 1) == "hand"sv && key(oe - 2) == "of"sv && key(oe - 3) == "out"sv) oe -= 3;
  while (oe > from + 1 && (key(oe - 1) == "outright"sv || key(oe - 1) == "again"sv || key(oe - 1) == "later"sv ||
                           key(oe - 1) == "instead"sv || key(oe - 1) == "too"sv || key(oe - 1) == "anyway"sv ||
                           key(oe - 1) == "today"sv || key(oe - 1) == "yesterday"sv ||
                           (key(oe - 1).ends_with("ly") && !ctx_.tokens[oe - 1].is(kCapital)))) {
    --oe;
  }
  // ("ruled out taking part in a televised debate": an act refused goes on over its phrase)
  if (k0.starts_with("rul") && oe + 1 < end && oe > from && (key(oe) == "in"sv || key(oe) == "at"sv) &&
      key(from).ends_with("ing") && !ctx_.tokens[from].is(kCapital)) {
    oe = np_end(oe + 1, end);
  }
  const std::uint32_t object_from = from < oe && (key(from) == "both"sv || key(from) == "either"sv) ? from + 1 : from;
  std::string object = trimmed_np(object_from, oe);
  int target = -1;
  std::uint32_t target_at = oe;
  int demonym_target = -1;
  std::uint32_t demonym_at = oe;
  // "ruled out making up for the shortfall": an act refused, named by its -ing form; "ruled out
  // Europe covering the gap": the actor before it is the act's doer, not the one refused
  const auto gerund = [&](std::uint32_t i) {
    return i < oe && ctx_.tokens[i].is(kWord) && !ctx_.tokens[i].is(kCapital) && key(i).size() > 5 &&
           key(i).ends_with("ing") && !determiner(key(i));
  };
  std::uint32_t doer_end = from;
  if (const Mention* d = cv_.mention_at(from); d != nullptr && d->first == from && cv_.is_actor(*d) && gerund(d->last)) {
    doer_end = d->last;
  } else if (d == nullptr && ctx_.tokens[from].is(kCapital) && gerund(from + 1)) {
    doer_end = from + 1;  // ("Europe covering the gap": a region the lexicon does not name as an actor)
  }
  const bool act_refused = gerund(doer_end);
  for (std::uint32_t i = doer_end; i < oe; ++i) {
    const Mention* m = cv_.mention_at(i);
    const auto& subj = ctx_.entities[static_cast<std::size_t>(s.entities.front())];
    // (nor a country's own leader: "Iran declined the invitation sent to President Masoud
    // Pezeshkian")
    const bool own_country =
        m != nullptr && m->entity >= 0 &&
        ((subj.type == "person"sv && !subj.country.empty() &&
          ctx_.entities[static_cast<std::size_t>(m->entity)].type == "country"sv &&
          ctx_.entities[static_cast<std::size_t>(m->entity)].lex >= 0 &&
          ctx_.lex->countries()[static_cast<std::size_t>(ctx_.entities[static_cast<std::size_t>(m->entity)].lex)].code ==
              subj.country) ||
         (subj.type == "country"sv && ctx_.entities[static_cast<std::size_t>(m->entity)].type == "person"sv &&
          same_side(s, m->entity)));
    // ("attempts to use the Ukraine crisis to shift blame": a name that only says which crisis is
    // no one whose claim is rejected)
    if (m && m->first == i && m->last < oe && situation_noun(key(m->last)) && !ctx_.tokens[m->last].is(kCapital)) {
      i = m->last;
      continue;
    }
    // ("a draft on Sudan written by Britain": what the text is about is not whose it is)
    if (m && m->first == i && i > from && text_about(i - 1)) {
      i = m->last - 1;
      continue;
    }
    if (m && m->first == i && cv_.is_actor(*m) && m->entity != s.entities.front() && !own_country) {
      target = m->entity;
      target_at = i;
      break;
    }
    // "an Israeli ceasefire proposal": the author named by a demonym (not the rejecter's own
    // country: "ruled out sending German soldiers")
    if (m == nullptr && ctx_.tokens[i].is(kCapital) && demonym_target < 0) {
      if (const auto* entries = ctx_.lex->lookup(key(i))) {
        for (const auto& e : *entries) {
          if (e.kind == LexKind::kDemonym) {
            const int c = entity_for_country(ctx_, e.index);
            const auto& rejecter = ctx_.entities[static_cast<std::size_t>(s.entities.front())];
            const std::string& own = rejecter.type == "person"sv ? rejecter.country : std::string();
            if (c != s.entities.front() && ctx_.lex->countries()[e.index].code != own) {
              demonym_target = c;
              demonym_at = i;
            }
            break;
          }
        }
      }
    }
  }
  // ("refused to stop buying Russian oil": a political verb refused needs no policy noun, and the
  // demonym says whose oil, not whom it refuses)
  // (joining is refused only with what can be refused: "refused to join the sanctions", not a club)
  const bool verb_refused = (from == t.last + 1 && t.last < L() && key(t.last) == "to"sv && key(from) != "join"sv &&
                             key(from) != "give"sv) ||
                            (act_refused && k0.starts_with("rul"));
  if (target < 0 && demonym_target >= 0 && !verb_refused) {
    target = demonym_target;
    target_at = demonym_at;
  }
  // "Spain demanded a public apology from Milei. Milei refused to apologise": the act demanded in
  // one of the two sentences before is refused to the one who demanded it
  if (target < 0 && verb_refused && key(from).size() >= 5) {
    const std::string_view stem = key(from).view().substr(0, 5);
    for (const auto& pr : ctx_.proposals) {
      if (ctx_.sentences_back(pr.from, F()) > 2 || pr.to > F()) continue;
      for (std::uint32_t i = pr.from; i < pr.to && target < 0; ++i) {
        if (key(i).view().starts_with(stem) && pr.proposer != s.entities.front()) target = pr.proposer;
      }
    }
  }
  // (an apology, a retraction or a payment refused is a refusal of someone's demand: with no one
  // who asked for it, it is no policy refused)
  if (target < 0 && verb_refused &&
      (key(from) == "apologise"sv || key(from) == "apologize"sv || key(from) == "retract"sv || key(from) == "pay"sv)) {
    return;
  }
  // "sending troops to Ukraine": the object stops before the beneficiary
  if (target >= 0 && target_at > from + 1 && (key(target_at - 1) == "to"sv || key(target_at - 1) == "in"sv)) {
    object = trimmed_np(from, target_at - 1);
  }
  // "dismissed the idea that Kyiv should give up territory": the idea is what the clause says
  // (also past an aside between commas: "the idea, floated in some Western capitals, that ...")
  std::uint32_t that_at = oe;
  if (oe < end && key(oe) == ","sv) {
    std::uint32_t c = oe + 1;
    while (c < end && c < oe + 12 && key(c) != ","sv) ++c;
    if (c + 1 < end && key(c) == ","sv && key(c + 1) == "that"sv) that_at = c + 1;
  }
  if (const std::string ik = name_key(object);
      that_at + 2 < end && key(that_at) == "that"sv && !ctx_.tokens[that_at + 1].is(kPunct) &&
      (ik == "idea"sv || ik == "suggestion"sv || ik == "notion"sv || ik == "claim"sv || ik == "assertion"sv ||
       ik == "demand"sv || ik == "proposal"sv || ik == "call"sv)) {
    std::uint32_t ce = that_at + 1;
    while (ce < end && ce < that_at + 14 && key(ce) != ","sv) ++ce;
    object.append(" ").append(text(that_at, ce));
  }
  // "rejected the concept/idea/proposal": what the sentence proposed before, and who proposed it
  const std::string okey = name_key(object);
  if (okey == "concept"sv || okey == "idea"sv || okey == "proposal"sv || okey == "plan"sv || okey == "offer"sv ||
      okey == "suggestion"sv || okey == "initiative"sv || okey == "request"sv || okey == "demand"sv ||
      okey == "appeal"sv) {
    for (const auto& tr : si_.triggers) {
      if (tr.first >= t.first) break;
      const TriggerInfo& ti = ctx_.lex->triggers()[tr.info];
      if (ti.frame != "meeting_noun"sv || cv_.noun_status(tr.first) == edge_status::kReported) continue;
      std::uint32_t e = tr.last;
      while (e < t.first && key(e) != ","sv && key(e) != "but"sv && key(e) != ";"sv) ++e;
      // "offer (a meeting in Moscow)": what was rejected, and what it proposed
      object.append(" (").append(trimmed_np(tr.first, e)).push_back(')');
      // the proposer: who said it ("Putin said Zelensky could come to Moscow if he wanted a
      // meeting; Kyiv dismissed the offer"), else the subject of the clause that proposes
      std::uint32_t said = tr.first;
      for (std::uint32_t r = F(); r < tr.first; ++r) {
        if (cv_.cue_is(r, "report") && !si_.in_quote[r - F()]) said = r;
      }
      const Group prop = cv_.subject(said);
      if (!prop.empty() && prop.entities.front() != s.entities.front()) target = prop.entities.front();
      break;
    }
    // "Lula proposed a common currency. India rejected the idea": the last proposal's author
    if (target < 0) {
      int by = -1;
      std::uint32_t what = 0;
      std::uint32_t what_end = 0;
      for (const Cue& c : si_.cues) {
        if (c.kind != "proposal"sv || c.last > t.first || si_.in_quote[c.first - F()] || cv_.in_condition(c.first)) {
          continue;
        }
        by = proposer_of(c.last);
        const Span sp = proposed_span(ctx_, cv_, c, cv_.subject(c.first).first, F());
        what = sp.from;
        what_end = std::min(sp.to, t.first);
      }
      if (by < 0 && !ctx_.proposals.empty() && ctx_.sentences_back(ctx_.proposals.back().from, F()) <= 1) {
        by = ctx_.proposals.back().proposer;
        what = ctx_.proposals.back().from;
        what_end = ctx_.proposals.back().to;
      }
      // what it proposed, when short ("idea (a common currency for the bloc)"), also when the one
      // who asked is not named ("British officials had hoped to come away with an end to the tariff
      // on steel, but the American side turned down the request")
      const bool theirs = by >= 0 && !same_side(s, by);
      if (theirs) target = by;
      if ((theirs || (by < 0 && what_end > what && what >= F())) && what_end > what && what_end <= what + 12) {
        object.append(" (").append(trimmed_np(what, what_end)).push_back(')');
      }
    }
  }
  // "Kyiv rejected it (as a stunt)", "refused to sign it": what "it" stands for
  {
    const std::uint32_t p = from + 1 < oe && from == t.last + 1 && key(t.last) == "to"sv ? from + 1 : from;
    const bool pronoun = p < oe && (key(p) == "it"sv || key(p) == "them"sv || (pronoun_object(key(p)) &&
                                                         (p + 1 == oe || !ctx_.tokens[p + 1].is(kWord) ||
                                                          key(p + 1) == "as"sv)));
    // (a signature refused is refused to a text: "Stalin did not sign it" after "the Potsdam
    // Declaration", not to the last thing refused; none when no text is named)
    const bool signature = k0.starts_with("sign") || k0.starts_with("endors") || k0.starts_with("ratif");
    if (target < 0 && pronoun && signature) {
      const std::string text_signed = document_before(t.first);
      if (text_signed.empty()) return;
      object = p == from ? text_signed : text(from, p) + " " + text_signed;
    } else if (target < 0 && pronoun) {
      std::uint32_t noun = 0;
      if (const std::string what = rejectable_before(t.first, &noun); !what.empty()) {
        object = p == from ? what : text(from, p) + " " + what;
        // "Lula has argued for a common currency ... India had ruled that out": rejected, it is
        // the proposer's
        if (const int by = proposer_of(noun); by >= 0 && !same_side(s, by)) {
          target = by;
        }
      }
    }
  }
  // "wording that Beijing rejected on Thursday": what the relative clause is about
  if (target < 0 && (object.empty() || !policy_object(name_key(object))) && s.first > F() + 1 &&
      (key(s.first - 1) == "that"sv || key(s.first - 1) == "which"sv)) {
    object = rejectable_before(s.first - 1);
  }
  // "India declined to sign", "Saudi Arabia did not sign either": the text spoken of
  const TokenKey verb = from > t.last ? key(from) : k0;
  const bool no_object = object.empty() || object == "either"sv || object == "too"sv || object == verb.view();
  if (no_object && target < 0) {
    if (verb == "sign"sv || verb == "endorse"sv || verb == "ratify"sv) {
      if (const std::string what = rejectable_before(t.first); !what.empty()) {
        object = std::string(verb.view()) + " " + what;  // "endorse communique", "ratify treaty"
      }
    }
  }
  if (object.empty()) return;
  // "ruled out a 'Minsk-3', any deal that would let Russia rearm": the apposition says what it is
  if (!policy_object(name_key(object)) && oe + 2 < end && key(oe) == ","sv &&
      (key(oe + 1) == "any"sv || key(oe + 1) == "a"sv || key(oe + 1) == "an"sv || key(oe + 1) == "the"sv)) {
    std::uint32_t ae = oe + 2;
    while (ae < end && ae < oe + 6 && ctx_.tokens[ae].is(kWord) && key(ae) != "that"sv && key(ae) != "which"sv) ++ae;
    const std::string apposition = trimmed_np(oe + 1, ae);
    if (policy_object(name_key(apposition))) object.append(", ").append(apposition);
  }
  object.append(object_context(from, oe, s));
  // ("would not normalise relations with Damascus": the ties are refused as a normalisation)
  if (refused_verb && k0.starts_with("normali")) object = std::string(k0.view()) + " " + object;
  if (object == "commit"sv) return;  // "declined to commit" to what the sentence does not say
  if (!verb_refused && !policy_object(name_key(object))) return;
  std::string status = cv_.status(s.last, t.first, false);
  if (refused_verb && status == edge_status::kDenied) {
    // ("Beijing, one assumes, would not sign it again": a refusal the writer supposes)
    const bool supposed = std::any_of(si_.cues.begin(), si_.cues.end(), [&](const Cue& c) {
      if (c.kind != "hypothetical"sv || c.first < s.last || c.last > t.first) return false;
      const TokenKey w = key(c.first);
      return w != "would"sv && w != "could"sv && w != "might"sv && w != "may"sv && w != "can"sv && w != "should"sv;
    });
    status = supposed ? edge_status::kHypothetical : edge_status::kReported;
  }
  if (status == edge_status::kPlanned && stated_stance(t, s)) status = edge_status::kReported;
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  for (const int a : s.entities) {
    // (a gathering's stand is taken at it: "rejected any displacement of the Palestinian people"
    // refuses no Palestinian)
    if (voiced_at >= 0) {
      add("rejected", a, -1, voiced_at, object, status, date, "", -1, 0.6);
    } else if (target >= 0 && target != a) {
      add("rejected", a, target, -1, object, status, date, "", -1, 0.75);
    } else {
      add("rejected", a, -1, -1, object, status, date, "", -1, 0.6, object);
    }
  }
  last_subject_ = s;
  remember(s, t);
}

// "Panama was withdrawing from the Belt and Road Initiative", "pulled out of the Paris agreement",
// "would quit the nuclear deal": a state or a leader leaving an agreement refuses it (said or
// announced to come, too: the decision is the refusal). Not leaving a place, a room or a meeting,
// nor withdrawing troops; nor leaving a body ("quit the party", "left the EU in 2020"), which the
// sets this was measured on count as often as not.
void Frames::withdraw(const Trigger& t) {
  std::uint32_t o = t.last;
  // (what is left follows the verb: not "left with a loan agreement", "left for Paris")
  if (o >= L() || !ctx_.tokens[o].is(kWord) || ctx_.tokens[o].in(kClsPlacePrep) || key(o) == "with"sv) return;
  if (determiner(key(o))) ++o;
  if (o >= L()) return;
  const std::uint32_t end = cv_.clause_end(o);
  std::uint32_t e = np_end(o, end);
  // (a name in capitals goes on over "and" and "of": "the Belt and Road Initiative")
  while (e + 1 < end && (key(e) == "and"sv || key(e) == "of"sv) && ctx_.tokens[e - 1].is(kCapital) &&
         ctx_.tokens[e + 1].is(kCapital)) {
    e = std::max(np_end(e + 1, end), e + 2);
  }
  if (e <= o) return;
  static const WordSet kAgreements = {
      "agreement", "accord", "accords", "treaty", "deal", "pact", "initiative", "convention", "framework",
      "partnership", "protocol", "compact"};
  bool agreement = false;
  // ("the European Convention on Human Rights": a treaty the lexicon knows, by its name)
  int treaty = -1;
  if (const Mention* m = cv_.mention_at(o); m != nullptr && m->first == o && m->kind == MKind::kOrg && m->entity >= 0) {
    for (std::uint32_t i = m->first; i < m->last && treaty < 0; ++i) {
      if (kAgreements.count(key(i).view()) != 0) treaty = m->entity;
    }
    if (treaty >= 0) e = std::max(e, m->last);
  }
  for (std::uint32_t i = o; i < e && treaty < 0; ++i) {
    // (a body named in it makes it the body's: "withdrew from the WHO pandemic accord" is left to the
    // body's reading)
    if (const Mention* m = cv_.mention_at(i); m != nullptr && m->kind == MKind::kOrg) return;
    agreement = agreement || kAgreements.count(key(i).view()) != 0;
  }
  if (!agreement && treaty < 0) return;
  const Group s = subject_of(t);
  if (s.empty() || s.generic) return;
  // ("its call for the UK to leave": a wish, not a withdrawal)
  if (s.first > F() && key(s.first - 1) == "for"sv) return;
  for (const int x : s.entities) {
    const std::string& type = ctx_.entities[static_cast<std::size_t>(x)].type;
    if (type != "country"sv && type != "person"sv) return;
  }
  std::string status = cv_.status(s.last, t.first, true);
  const std::string object = trimmed_np(o, e);
  if (object.empty()) return;
  // "would never withdraw from the Convention", "will not leave the treaty": a refusal to withdraw,
  // a rejection of the withdrawal (not "did not withdraw", a fact)
  std::string what = object;
  if (status == edge_status::kDenied) {
    bool refusal = false;
    for (std::uint32_t k = s.last; k < t.first; ++k) {
      const TokenKey w = key(k);
      refusal = refusal || w == "never"sv ||
                ((w == "will"sv || w == "would"sv || w == "shall"sv || w == "wo"sv) && k + 1 < t.first &&
                 (key(k + 1) == "not"sv || key(k + 1) == "n't"sv));
    }
    if (!refusal) return;
    status = edge_status::kReported;
    what = "withdrawal from " + object;
  }
  const Date date = date_for(std::min(s.first, t.first), end, t.first);
  for (const int a : s.entities) {
    if (treaty >= 0) {
      add("rejected", a, treaty, -1, what, status, date, "", -1, 0.55);
    } else {
      add("rejected", a, -1, -1, what, status, date, "", -1, 0.55, object);
    }
  }
  last_subject_ = s;
  remember(s, t);
}

}  // namespace evkg::detail
