#include "extract/relation_frames.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <string>
#include <string_view>
#include <vector>

#include "extract/clause.hpp"
#include "extract/event_mentions.hpp"
#include "extract/doc_entities.hpp"
#include "extract/relation_frames_internal.hpp"
#include "extract/word_classes.hpp"
#include "extract/word_set.hpp"

namespace evkg {

using namespace std::string_view_literals;  // "the"sv: comparisons check the length first

namespace detail {

UntriggeredWords untriggered_words(const DocContext& ctx, SentenceInfo& si) {
  const SentenceInfo::Anchors& a = scan_anchors(ctx, si);
  return UntriggeredWords{a.list || !ctx.commitment_list.givers.empty(), a.partnership};
}

void Frames::run() {
  heading_list();
  attendance_section_item();
  meeting_section_item();
  signatory_list();
  if (const std::uint32_t v = scan_anchors(ctx_, si_).heard; v != 0) gathering_heard(v);
  if (const std::uint32_t w = scan_anchors(ctx_, si_).asked_whether; w != 0) asked_whether_declined(w);
  participle_inversion();
  first_arrivals();
  // (read as the frame of "accompanied by", when the lexicon has it)
  const SentenceInfo::Anchors& anchors = scan_anchors(ctx_, si_);
  if (const std::uint32_t w = anchors.had_with_him; w != 0 && has_frame("accompanied")) {
    accompanied(Trigger{w, w + 2, frame_info("accompanied")});
  }
  for (const auto& t : si_.triggers) {
    const TriggerInfo& info = ctx_.lex->triggers()[t.info];
    if (inside_name(t)) continue;
    handle(t, info);
  }
  // (read as meetings: "is in", "for" and "with" are no triggers of their own)
  if (const std::uint32_t w = anchors.in_place_with; w != 0) in_place_with(Trigger{w, w + 2, frame_info("meet")});
  if (const std::uint32_t w = anchors.meal_for; w != 0) meal_for(w);
  if (const std::uint32_t w = anchors.meeting_was_with; w != 0) meeting_was_with(w);
  if (const std::uint32_t w = anchors.signing_watched; w != 0) signing_watched(w);
  reported_commitments();
  deal_terms();
  pledge_line();
  if (anchors.adopted != 0) adopted_text(anchors.adopted);
  if (anchors.sanctions != 0) sanctions_kept(anchors.sanctions);
  if (anchors.forces_sent != 0) forces_sent_to(anchors.forces_sent);
  if (anchors.delegation != 0) delegation_member(anchors.delegation);
  so_were_too();
  const UntriggeredWords words = untriggered_words(ctx_, si_);
  if (words.list) listed_commitments();
  if (words.partnership) partnership_raised();
  event_start_date();
  event_end_and_length();
  finish_sentence();
}

bool Frames::inside_name(const Trigger& t) const {
  const Mention* m = cv_.mention_at(t.first);
  return m != nullptr && (m->kind == MKind::kPerson || m->kind == MKind::kCountry || m->kind == MKind::kOrg) &&
         m->entity >= 0;
}

// A verb trigger used as a noun ("its veto", "the supply of") is no predicate.
bool Frames::noun_use(const Trigger& t) const {
  if (t.first == F()) return false;
  const TokenKey p = key(t.first - 1);
  return p == "the"sv || p == "a"sv || p == "an"sv || p == "its"sv || p == "their"sv || p == "his"sv || p == "her"sv ||
         p == "our"sv || p == "'s"sv || p == "this"sv || p == "that"sv;
}

// "reaffirmed its pledge to invest", "renewed their commitment to send": a pledge restated by its
// maker is one.
bool Frames::renewed_pledge(const Trigger& t) const {
  if (t.first < F() + 2 || t.last >= L() || key(t.last) != "to"sv) return false;
  if (ctx_.lex->triggers()[t.info].frame != "pledge"sv) return false;
  const TokenKey det = key(t.first - 1);
  if (det != "its"sv && det != "their"sv && det != "his"sv && det != "her"sv) return false;
  static const WordSet kVerbs = {
      "reaffirmed", "reaffirms", "renewed", "renews", "repeated", "repeats", "restated", "restates", "made",
      "makes", "kept", "keeps", "honoured", "honored", "fulfilled", "confirmed", "confirms", "stood", "stands"};
  return kVerbs.count(key(t.first - 2).view()) != 0;
}

// A verb trigger is a predicate only if what stands right before it can stand before a verb:
// "US television host Dick Clark" is no hosting, "Trump on Wednesday accused" is an accusation.
bool Frames::verb_position(const Trigger& t) const {
  // an infinitive ("stands ready to deploy"), also when "to" ends a cue
  if (t.first > F() && key(t.first - 1) == "to"sv) return true;
  std::uint32_t i = t.first;
  while (i > F()) {
    const std::uint32_t p = i - 1;
    const Token& tk = ctx_.tokens[p];
    if (!tk.is(kWord) || tk.is(kCapital) || tk.is(kDigit)) return true;  // punctuation, names, numbers
    if (cv_.mention_at(p) != nullptr) return true;
    if (si_.cue_at[p - F()] >= 0) {
      i = p;
      continue;
    }
    bool in_date = false;
    for (const auto& d : si_.dates) in_date = in_date || (p >= d.first && p < d.last);
    if (in_date) {
      i = p;
      continue;
    }
    static const WordSet kBefore = {
        "has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does",
        "did", "also", "then", "later", "now", "still", "just", "already", "again", "once", "more", "long", "first", "finally",
        "jointly", "together", "both", "all", "to", "and", "or", "but", "who", "which", "that", "on", "in",
        "at", "last", "this", "reportedly", "recently", "formally", "officially", "publicly", "privately",
        "personally", "separately", "briefly", "repeatedly", "subsequently", "previously", "eventually",
        "initially", "instead", "even", "only", "ever", "after", "before", "while", "when", "since", "without",
        "by", "not", "never", "emphatically", "firmly", "flatly", "quickly", "swiftly", "immediately", "he",
        "she", "they", "we", "it", "i", "you", "willing", "ready", "prepared", "able", "expected", "set",
        "due", "likely", "agreed", "decided", "promised", "pledged", "vowed", "offered", "refused", "declined",
        "sat", "so", "would", "will", "could", "should", "might", "may", "must", "can", "one", "two", "three",
        "leaders", "officials", "ministers", "diplomats", "men", "women", "sides", "countries", "nations",
        "where", "whom", "whose", "as", "if", "for", "with", "from", "of", "about", "upon", "during", "until",
        "because", "though", "although", "whether", "not", "no", "yet", "shortly", "soon", "earlier", "help",
        "helps", "helped", "helping", "keep", "keeps", "kept", "continue", "continues", "continued", "start",
        "begin", "stop", "each", "collectively", "himself", "herself", "itself", "themselves", "morning",
        "afternoon", "evening", "night"};
    if (kBefore.count(tk.key) != 0 || tk.key.ends_with("ly")) return true;
    // "stood at the entrance shaking hands with each guest": a participle after where its subject was
    if (key(t.first).ends_with("ing") && p >= F() + 2) {
      for (std::uint32_t b = p; b + 3 >= p && b > F(); --b) {
        const TokenKey w = key(b - 1);
        if (w == "at"sv || w == "on"sv || w == "outside"sv || w == "inside"sv || w == "by"sv) return true;
        if (!ctx_.tokens[b - 1].is(kWord) || ctx_.tokens[b - 1].is(kCapital)) break;
      }
    }
    return false;
  }
  return true;
}

void Frames::handle(const Trigger& t, const TriggerInfo& info) {
  const std::string& f = info.frame;
  // a capitalised trigger inside a sentence is part of a name or a title ("Meet the Fockers")
  // (but the noun of an event held is still the meeting: "held the Japan-EU Summit in Brussels with
  // Tusk")
  const Mention* named_event = f == "meeting_noun"sv ? cv_.mention_at(t.first) : nullptr;
  const bool held_event = named_event != nullptr && named_event->kind == MKind::kEvent && named_event->first > F() &&
                          (key(named_event->first - 1) == "held"sv || key(named_event->first - 1) == "hold"sv ||
                           key(named_event->first - 1) == "holds"sv || key(named_event->first - 1) == "holding"sv);
  if (t.first > F() && ctx_.tokens[t.first].is(kCapital) && !ctx_.tokens[t.first - 1].is(kQuote) &&
      key(t.first - 1) != ":"sv && key(t.first - 1) != "("sv && !held_event) {
    return;
  }
  // ("had a working lunch with": a meal noun whose verb stands before it)
  const bool meal_verb = f == "meet"sv && meal_predicate(t).first != t.first;
  if (f == "host"sv && host_apposition(t)) return;
  // ("China's undertaking not to sell arms": a noun whose possessor commits)
  if (f == "pledge"sv && possessed_commitment(t)) return;
  if (f != "meeting_noun"sv && f != "led_by"sv && f != "call"sv && f != "thank_to"sv && f != "present"sv &&
      f != "seated_across"sv && f != "seating"sv && f != "received_among"sv && f != "among_at_table"sv && f != "with_role"sv &&
      f != "guest_of"sv && f != "took_aside"sv && !meal_verb && noun_use(t) &&
      !renewed_pledge(t)) {
    return;
  }
  // ("was delivered by": a passive speech form starts with its auxiliary)
  const bool passive_form = key(t.first) == "was"sv || key(t.first) == "were"sv;
  if (!info.noun && f != "meeting_noun"sv && f != "led_by"sv && f != "call"sv && f != "thank_to"sv &&
      f != "present"sv && f != "seated_across"sv && f != "seating"sv && f != "received_among"sv &&
      f != "among_at_table"sv && f != "alongside"sv && f != "speak_with"sv && f != "include"sv && f != "with_role"sv &&
      f != "accompanied"sv && f != "guest_of"sv && f != "took_aside"sv && !meal_verb && !verb_position(t) && !renewed_pledge(t) && !(f == "speak_at"sv && passive_form) &&
      !(f == "pledge"sv && key(t.first).starts_with("commit"))) {  // ("the communique committed the allies to")
    return;
  }
  cur_ = &t;
  weekday_to_come_ = false;
  if ((f == "meet"sv || f == "receive"sv || f == "attend"sv || f == "join"sv) && passive(t)) return;
  if (f == "meet"sv || f == "alongside"sv) return meet(t, info);
  if (f == "host"sv) return host(t);
  if (f == "visit_person"sv) return visit_person(t, info);
  if (f == "guest_of"sv) return guest_of(t);
  if (f == "receive"sv) return receive(t);
  if (f == "gather"sv) return gather(t);
  if (f == "meeting_noun"sv) return meeting_noun(t);
  if (f == "attend"sv) return attend(t);
  if (f == "present"sv) return present(t);
  if (f == "seating"sv) return seating(t);
  if (f == "seated_across"sv) return seated_across(t);
  if (f == "received_among"sv) return received_among(t);
  if (f == "arrive"sv) return arrive(t);
  if (f == "among_at_table"sv) return among_at_table(t);
  if (f == "speak_at"sv) return speak_at(t);
  if (f == "pose"sv) return pose(t);
  if (f == "came_with"sv) return came_with(t);
  if (f == "escorted"sv) return escorted(t);
  if (f == "took_chair"sv) return took_chair(t);
  if (f == "lead_delegation"sv) return lead_delegation(t);
  if (f == "with_role"sv) return with_role(t);
  if (f == "hand_over"sv) return hand_over(t);
  if (f == "join"sv) return join(t);
  if (f == "represent"sv) return represent(t);
  if (f == "wreath"sv) return wreath(t);
  if (f == "include"sv) return include(t);
  if (f == "accompanied"sv) return accompanied(t);
  if (f == "bring_together"sv) return bring_together(t);
  if (f == "brought_people_together"sv) return brought_people_together(t);
  if (f == "face_to_face"sv) return face_to_face(t);
  if (f == "sat_across"sv) return sat_across(t);
  if (f == "took_aside"sv) return took_aside(t);
  if (f == "stand_between"sv) return stand_between(t);
  if (f == "looked_on_together"sv) return looked_on_together(t);
  if (f == "chair"sv) return chair(t);
  if (f == "led_by"sv) return led_by(t);
  if (f == "pledge"sv) return pledge(t);
  if (f == "supply"sv) return supply(t);
  if (f == "reject"sv) return reject(t);
  if (f == "withdraw"sv) return withdraw(t);
  if (f == "call"sv) return call(t, false);
  if (f == "speak_with"sv) return speak_with(t);
  if (f == "converse"sv) return converse(t, info);
  if (f == "call_verb"sv) return call(t, true);
  if (f == "accuse"sv) return direct(t, info.relation, 2);
  if (f == "call_on"sv) return call_on(t, info.relation);
  if (f == "thank_to"sv || f == "appeal"sv) return direct(t, info.relation, 3);
  if (f == "member"sv) return member(t);
}

// "meeting" is a verb after an actor, an auxiliary or "after"; else a noun.
bool Frames::verb_use(const Trigger& t) const {
  if (key(t.first) != "meeting"sv && key(t.first) != "meetings"sv) return true;
  if (key(t.first) == "meetings"sv) return false;
  if (t.first == F()) return false;
  const TokenKey p = key(t.first - 1);
  if (p == "is"sv || p == "are"sv || p == "was"sv || p == "were"sv || p == "been"sv || p == "be"sv || p == "after"sv ||
      p == "before"sv || p == "while"sv || p == "by"sv || p == "since"sv || p == "without"sv || p == "of"sv ||
      p == "following"sv || p == "upon"sv || p == "when"sv) {
    return true;
  }
  // ("arrived in Jerusalem, meeting Ariel Sharon": a participle whose object is a person)
  if (p == ","sv && t.last < L()) {
    const Mention* o = cv_.mention_at(t.last);
    if (o != nullptr && o->first == t.last && o->kind == MKind::kPerson && !o->possessive) return true;
  }
  // ("the foreign ministers' meeting": a plural possessive)
  if (p == "'"sv) return false;
  const Mention* m = cv_.mention_at(t.first - 1);
  return m != nullptr && cv_.is_actor(*m) && !m->possessive;
}

// "The two leaders agreed to resume shuttle diplomacy": pledges the two sides of a meeting made each
// other in this sentence are made at that meeting, which is what they point at (the gathering the
// text has placed people at, on a compatible day).
void Frames::mutual_pledges_at_event() {
  const int ev = ctx_.salient_event;
  if (ev < 0 || ctx_.events[static_cast<std::size_t>(ev)].to_come || !someone_at(ev)) return;
  const Date& day = ctx_.events[static_cast<std::size_t>(ev)].date;
  std::size_t first = ctx_.pending.size();
  while (first > 0 && ctx_.pending[first - 1].begin == si_.span.begin) --first;
  const auto side = [&](int x) { return x < 0 ? std::string() : country_code_of(ctx_, x); };
  std::vector<std::size_t> mutual;
  for (std::size_t i = first; i < ctx_.pending.size(); ++i) {
    const PendingAssertion& a = ctx_.pending[i];
    if (a.relation != "pledged"sv || a.target < 0 || a.status != edge_status::kReported || !compatible(a.date, day)) continue;
    const std::string sa = side(a.subject);
    const std::string ta = side(a.target);
    if (sa.empty() || ta.empty() || sa == ta) continue;
    // (sides of that meeting: "Russia and Ukraine had each agreed ..." after a lunch of Macron and
    // Carney is no pledge made at the lunch)
    const bool a_side_there = std::any_of(ctx_.pending.begin(), ctx_.pending.end(), [&](const PendingAssertion& p) {
      return p.relation == "attended"sv && p.target_event == ev && (side(p.subject) == sa || side(p.subject) == ta);
    });
    if (!a_side_there) continue;
    for (std::size_t j = first; j < ctx_.pending.size(); ++j) {
      const PendingAssertion& b = ctx_.pending[j];
      if (j == i || b.relation != "pledged"sv || b.target < 0 || b.object != a.object) continue;
      if (side(b.subject) == ta && side(b.target) == sa) {
        mutual.push_back(i);
        break;
      }
    }
  }
  for (const std::size_t i : mutual) {
    ctx_.pending[i].target = -1;
    ctx_.pending[i].target_event = ev;
  }
  if (!mutual.empty()) ctx_.events[static_cast<std::size_t>(ev)].used = true;
}

void Frames::finish_sentence() {
  mutual_pledges_at_event();
  // The date in focus for "three days later": the last date the text spoke of, even a partial
  // one ("last month"), after which such offsets stay unknown.
  if (!last_date_.empty()) {
    // ("Anwar, who chairs ASEAN this year, hosted the talks": the year of the day in focus leaves
    // the day in focus)
    const bool its_year = ctx_.focus.full() && last_date_.month == 0 && last_date_.year == ctx_.focus.year;
    if (!its_year) ctx_.focus = last_date_;
  } else {
    for (const auto& d : si_.dates) {
      // (a look back from the day the article is of: "He had landed on Sunday", in Monday's story)
      if (ctx_.focus.full() && ctx_.focus == ctx_.doc_date && looks_back(d)) continue;
      const Date r = ctx_.resolve(d, ctx_.focus, tense_at(ctx_, si_, d.first));
      if (r.full() || (r.month != 0 && d.kind == DateKind::kDeictic)) ctx_.focus = r;
    }
  }
  // ("Trump, for his part, committed ...": one of the group spoken of leaves it the group)
  const bool one_of_group = last_subject_.entities.size() == 1 && ctx_.last_group.size() >= 2 &&
                            std::find(ctx_.last_group.begin(), ctx_.last_group.end(), last_subject_.entities.front()) !=
                                ctx_.last_group.end();
  bool group_set = !last_subject_.empty() && !one_of_group;
  if (group_set) ctx_.last_group = last_subject_.entities;
  // "Modi met Trump on Thursday. The two leaders pledged ...": a meeting of the subject with one
  // other makes the two of them the group spoken of
  // ("Biden hosted Kishida and Yoon": the three of them)
  if (last_subject_.entities.size() == 1) {
    std::vector<int> group = {last_subject_.entities.front()};
    // (this sentence's assertions are the last ones: the loop stays within the sentence)
    for (auto it = ctx_.pending.rbegin(); it != ctx_.pending.rend() && it->begin == si_.span.begin; ++it) {
      const PendingAssertion& a = *it;
      if (a.relation != "met"sv || a.status != edge_status::kReported || a.target < 0) continue;
      const int x = a.subject == last_subject_.entities.front() ? a.target
                    : a.target == last_subject_.entities.front() ? a.subject
                                                                 : -1;
      if (x >= 0 && std::find(group.begin() + 1, group.end(), x) == group.end()) group.insert(group.begin() + 1, x);
    }
    if (group.size() >= 2) {
      ctx_.last_group = std::move(group);
      group_set = true;
    }
  }
  // ("Tinubu stands with Xi at the welcome ceremony": not Xi's group of the sentence before)
  note_sentence_people(ctx_, si_, group_set);
}

}  // namespace detail

namespace {

// "Nigeria's Bola Tinubu, in Beijing on a state visit, stands with Xi at the welcome ceremony": the
// person the sentence opens with and the one a verb puts them "with", the pair "the two leaders"
// after it are (empty when the sentence is no such pair).
std::vector<int> pair_standing_together(const DocContext& ctx, const SentenceInfo& si) {
  const Mention* first = nullptr;
  std::uint32_t opens = 0;  // where the sentence's first mention starts
  for (const Mention& m : si.mentions) {
    if (m.first < si.span.first) continue;
    if (first == nullptr) opens = m.first;
    first = &m;
    // (over the country a possessive puts before the name: "Nigeria's Bola Tinubu")
    if (!(m.kind == MKind::kCountry && m.possessive)) break;
  }
  if (first == nullptr || first->kind != MKind::kPerson || first->entity < 0) return {};
  std::uint32_t w = si.span.first;
  while (w < opens && !ctx.tokens[w].is(kWord)) ++w;
  if (w != opens) return {};
  for (std::uint32_t i = first->last; i + 1 < si.span.last && i < first->last + 16; ++i) {
    const TokenKey k = ctx.tokens[i].key;
    if (k == ";"sv || k == ":"sv || k == "and"sv) return {};
    if (k != "with"sv) continue;
    // (a verb of being somewhere together right before: "stands with", "poses with", "walks with")
    const Token& v = ctx.tokens[i - 1];
    if (!v.is(kWord) || v.is(kCapital) || v.key.size() < 4) return {};
    for (const Mention& m : si.mentions) {
      if (m.first != i + 1) continue;
      if (m.kind != MKind::kPerson || m.entity < 0 || m.entity == first->entity) return {};
      return {first->entity, m.entity};
    }
    return {};
  }
  return {};
}

// "The statement reaffirmed the declaration that Moon and Kim signed in April. The two leaders
// met again in May": the two people a sentence with no subject group names, and no one else, joined
// by "and", are who "the two" after it speaks of. Empty when the sentence is not such.
std::vector<int> pair_named_together(const DocContext& ctx, const SentenceInfo& si) {
  const Mention* a = nullptr;
  const Mention* b = nullptr;
  for (const Mention& m : si.mentions) {
    if (m.entity < 0 || m.modifier || ctx.entities[static_cast<std::size_t>(m.entity)].type != "person"sv) continue;
    if (m.kind != MKind::kPerson || m.possessive || b != nullptr) return {};
    (a == nullptr ? a : b) = &m;
  }
  if (b == nullptr || a->entity == b->entity || b->first != a->last + 1 || ctx.tokens[a->last].key != "and"sv) return {};
  if (si.in_quote[a->first - si.span.first]) return {};
  return {a->entity, b->entity};
}

}  // namespace

namespace {

// The narrative's day for the person a sentence opens with (DocContext::narrative_day): the one full
// day the sentence gives, counted from the article's date (not "two days later"); kept through a
// sentence of the same person that gives none; else none.
void note_narrative_day(DocContext& ctx, const SentenceInfo& si, int first_person) {
  if (first_person < 0) {
    ctx.narrative_day = Date{};
    ctx.narrative_person = -1;
    return;
  }
  Date day;
  bool dated = false;
  for (const auto& d : si.dates) {
    dated = true;
    if (d.kind == DateKind::kAnaphoric || si.in_quote[d.first - si.span.first]) {
      day = Date{};
      break;
    }
    const Date r = ctx.resolve(d, ctx.doc_date, tense_at(ctx, si, d.first));
    if (!r.full() || (day.full() && !(r == day))) {
      day = Date{};
      break;
    }
    day = r;
  }
  if (!dated && first_person == ctx.narrative_person) return;
  ctx.narrative_day = day;
  ctx.narrative_person = ctx.narrative_day.full() ? first_person : -1;
}

}  // namespace

void note_sentence_people(DocContext& ctx, SentenceInfo& si, bool group_known) {
  ClauseView cv(ctx, si);
  const std::uint32_t F = si.span.first;
  const std::uint32_t L = si.span.last;
  const auto key = [&](std::uint32_t i) { return ctx.tokens[i].key; };
  if (!group_known) {
    const Group g = cv.opening_group();
    if (std::vector<int> pair = g.entities.size() < 2 ? pair_standing_together(ctx, si) : std::vector<int>{};
        !pair.empty()) {
      ctx.last_group = std::move(pair);
    } else if (!g.empty()) {
      ctx.last_group = g.entities;
    } else if (std::vector<int> both = pair_named_together(ctx, si); !both.empty()) {
      ctx.last_group = std::move(both);
    }
  }
  // "fresh promises for Kyiv", "more weapons for Ukraine": whom the pledges that follow are for
  for (const Mention& m : si.mentions) {
    if (m.entity < 0 || m.first < F + 2 || m.possessive || m.modifier) continue;
    if (m.kind != MKind::kCountry && !(m.kind == MKind::kPlace && m.place_country >= 0)) continue;
    if (key(m.first - 1) != "for"sv && key(m.first - 1) != "to"sv) continue;
    static const WordSet kPledges = {
        "promises", "pledges", "aid", "support", "assistance", "weapons", "arms", "package", "packages", "help",
        "commitments", "offers"};
    bool pledges = false;
    for (std::uint32_t k = m.first - 1; k > F && k + 4 > m.first && !pledges; --k) {
      pledges = kPledges.count(key(k - 1).view()) != 0;
    }
    if (!pledges) continue;
    ctx.pledge_beneficiary = m.kind == MKind::kCountry
                                 ? m.entity
                                 : entity_for_country(ctx, static_cast<std::uint32_t>(m.place_country));
    ctx.pledge_beneficiary_at = F;
  }
  // "Lula has argued for a common currency": who proposed what, for a refusal of it later
  for (const Cue& c : si.cues) {
    if (c.kind != "proposal"sv || si.in_quote[c.first - F] || cv.in_condition(c.first)) continue;
    const Group g = cv.subject(c.first);
    // (a country's government read as a group phrase is the country: "The Spanish government
    // demanded a public apology")
    if (g.entities.size() != 1 ||
        (g.generic && ctx.entities[static_cast<std::size_t>(g.entities.front())].type != "country"sv)) {
      continue;
    }
    if (ctx.proposals.size() >= 4) ctx.proposals.erase(ctx.proposals.begin());
    const detail::Span sp = detail::proposed_span(ctx, cv, c, g.first, F);
    ctx.proposals.push_back({sp.from, sp.to, g.entities.front()});
  }
  for (const Mention& m : si.mentions) {
    if (m.kind == MKind::kOrg && m.generic && m.entity >= 0) ctx.group_org = m.entity;
    if (m.generic || m.modifier) continue;
    // a country, or a royal's ("the crown prince ... the kingdom"), not any person's
    if (std::string c = kingdom_code_of(ctx, m.entity); !c.empty()) ctx.last_country = std::move(c);
  }
  // he/she: the first person named in the sentence is its likely subject; after an opening
  // subordinate clause ("When Macron and Starmer sat with him ..., the president spoke ..."), the
  // first person after a comma and before a verb
  int first_person = -1;
  int main_person = -1;
  int clause_person = -1;  // "Takaichi raised ...; Xi urged her": the person opening a clause after a semicolon
  std::uint32_t w = F;
  while (w < L && !ctx.tokens[w].is(kWord)) ++w;
  TokenKey opener = w < L ? key(w) : TokenKey();
  // ("On Tuesday, before the presidents of Argentina and the prime minister of Peru, the
  // Bolivarian president took the floor": the clause after a time that opens the sentence)
  const bool dated_at = w + 1 < L && std::any_of(si.dates.begin(), si.dates.end(),
                                                 [&](const DateMention& d) { return d.first == w + 1; });
  if ((opener == "on"sv || opener == "in"sv) && dated_at) {
    std::uint32_t c = w + 1;
    while (c < L && c < w + 8 && key(c) != ","sv) ++c;
    if (c + 1 < L && key(c) == ","sv) opener = key(c + 1);
  }
  // (also a participle: "Arriving from Israel, where he and Lapid had signed ..., Biden stopped")
  const bool subordinate_first = opener == "when"sv || opener == "after"sv || opener == "before"sv ||
                                 opener == "while"sv || opener == "as"sv || opener == "if"sv ||
                                 opener == "although"sv || opener == "since"sv || opener == "though"sv ||
                                 opener == "without"sv || opener == "despite"sv || opener == "upon"sv ||
                                 (opener.size() > 5 && opener.ends_with("ing") && w < L && ctx.tokens[w].is(kCapital));
  int object_person = -1;  // "In the declaration signed with Lapid, the US commits": not the subject
  ctx.previous_sentence_people.clear();
  for (const auto& m : si.mentions) {
    if (m.entity < 0 || m.modifier) continue;
    if (ctx.entities[static_cast<std::size_t>(m.entity)].type != "person"sv) continue;
    if (m.kind == MKind::kPerson && !si.in_quote[m.first - F] &&
        std::find(ctx.previous_sentence_people.begin(), ctx.previous_sentence_people.end(), m.entity) ==
            ctx.previous_sentence_people.end()) {
      ctx.previous_sentence_people.push_back(m.entity);
    }
    const bool after_preposition = m.first > F && (key(m.first - 1) == "with"sv || key(m.first - 1) == "by"sv ||
                                                   key(m.first - 1) == "to"sv || key(m.first - 1) == "for"sv ||
                                                   key(m.first - 1) == "of"sv);
    if (object_person < 0 && m.kind != MKind::kPronoun && after_preposition) object_person = m.entity;
    // (a subject pronoun first keeps the person it stands for: "He had spent the morning in Kabul,
    // where he and Ghani opened ...; the day before, he had held talks")
    const bool subject_pronoun = m.kind == MKind::kPronoun && (m.pronoun == "he"sv || m.pronoun == "she"sv);
    // (nor one named in a clause of "that" after the sentence's own subject: "The talks came on the
    // evening that Mr Biden gave a dinner. He ..." is not Biden)
    const bool in_clause_after_subject = m.first > w + 1 && m.kind != MKind::kPronoun && key(m.first - 1) == "that"sv;
    if (first_person < 0 && (m.kind != MKind::kPronoun || subject_pronoun) && !after_preposition &&
        !in_clause_after_subject) {
      first_person = m.entity;
    }
    if (m.kind != MKind::kPronoun && m.first > F && key(m.first - 1) == ";"sv) clause_person = m.entity;
    if (subordinate_first && main_person < 0 && m.kind != MKind::kPronoun && m.first > F && key(m.first - 1) == ","sv &&
        m.last < L && ctx.tokens[m.last].is(kWord) && !ctx.tokens[m.last].is(kCapital) && key(m.last) != "and"sv &&
        key(m.last) != "or"sv) {
      main_person = m.entity;
    }
    ctx.last_person = m.entity;
  }
  if (main_person >= 0) first_person = main_person;
  // "For Tusk it was his second visit in a month. He had first seen Macron": the person a sentence
  // opens with after "For", with no subject person of its own, is who it is about
  if (first_person < 0 && object_person >= 0 && opener == "for"sv) {
    const auto topic = std::find_if(si.mentions.begin(), si.mentions.end(), [&](const Mention& m) {
      return m.first == w + 1 && m.entity == object_person && m.kind == MKind::kPerson;
    });
    if (topic != si.mentions.end()) first_person = object_person;
  }
  // "The work now falls to Mike Pompeo. He flew to Seoul": the one person of a sentence whose
  // subject is no one, named after "to" or "by", is who a "he" after it speaks of (not one named
  // after "with": "In the declaration signed with Lapid, the US commits")
  if (first_person < 0 && object_person >= 0 && ctx.previous_sentence_people.size() == 1 &&
      ctx.previous_sentence_people.front() == object_person) {
    const auto named = std::find_if(si.mentions.begin(), si.mentions.end(), [&](const Mention& m) {
      return m.entity == object_person && m.kind == MKind::kPerson && m.first > F;
    });
    if (named != si.mentions.end() && (key(named->first - 1) == "to"sv || key(named->first - 1) == "by"sv)) {
      first_person = object_person;
    }
  }
  // ("Asimo has already made his mark ... In August 2003 he even attended": a sentence whose
  // subject is a name the text knows nothing of, with a verb in the singular, is about someone no
  // "he" after it can be said to be one of the people named before)
  if (first_person < 0 && w + 1 < L && ctx.tokens[w].is(kCapital) && !ctx.tokens[w].in(kClsNotAName | kClsPronoun) &&
      si.mention_at[w - F] < 0 &&
      (key(w + 1) == "has"sv || key(w + 1) == "is"sv || key(w + 1) == "was"sv || key(w + 1) == "does"sv)) {
    ctx.last_subject_person = -1;
    ctx.last_clause_subject_person = -1;
    ctx.last_person = -1;
  }
  note_narrative_day(ctx, si, first_person);
  // (a person named only after a preposition is the sentence's opener for "him", not its subject)
  ctx.previous_sentence_person = first_person >= 0 ? first_person : object_person;
  ctx.voice_country = speaking_seat(ctx, si, L);
  // (the last place it named, for a sentence after it that names none: "Leaders gathered at
  // Rajghat. A and B laid wreaths")
  ctx.previous_sentence_place.clear();
  ctx.previous_sentence_place_key.clear();
  for (const Mention& m : si.mentions) {
    if (m.kind == MKind::kPlace && !m.place_key.empty() && !m.place.empty()) {
      ctx.previous_sentence_place = m.place;
      ctx.previous_sentence_place_key = m.place_key;
    }
  }
  if (first_person >= 0) {
    ctx.last_subject_person = first_person;
    ctx.last_clause_subject_person = clause_person;
  }
}

namespace {

// The heading of "In the room: A, B and C" (its words' keys joined by spaces) when the sentence
// opens with one: at most eight words, then a colon.
std::string heading_of(const DocContext& ctx, const SentenceInfo& si, std::uint32_t* colon) {
  std::uint32_t i = si.span.first;
  while (i < si.span.last && !ctx.tokens[i].is(kWord)) ++i;
  // most sentences have no colon near their start: no string is built for them
  bool colon_near = false;
  for (std::uint32_t k = i; k < si.span.last && k < i + 9 && !colon_near; ++k) colon_near = ctx.tokens[k].key == ":"sv;
  if (!colon_near) return {};
  std::string h;
  for (std::uint32_t k = i; k < si.span.last && k < i + 9; ++k) {
    const Token& t = ctx.tokens[k];
    if (t.key == ":"sv) {
      *colon = k;
      return h;
    }
    if (!t.is(kWord)) return {};
    if (!h.empty()) h.push_back(' ');
    h.append(t.key.view());
  }
  return {};
}

// Headings that list who took part.
// "On the American side:", "On the Russian side of the table:", "On one side: ... On the other:"
bool side_heading(const std::string& h) {
  if (h == "on one side"sv || h == "on the other"sv || h == "on the other side"sv) return true;
  return h.starts_with("on the ") && h.size() > 12 && (h.ends_with(" side") || h.ends_with(" side of the table"));
}

bool attendance_heading(const std::string& h) {
  static const WordSet kHeadings = {
      "in the room", "in person", "by video", "by video link", "via video", "via video link", "by videolink",
      "online", "remotely", "attending", "also attending", "present", "also present", "participants",
      "attendees", "in attendance", "taking part", "joining remotely", "joining by video", "joining online",
      "around the table", "at the table", "among them", "among the guests", "among those present",
      "among the leaders"};
  // "Among the first to arrive:", "Among the first to shake their hands:"
  if (kHeadings.count(h) != 0 || h.starts_with("among the first to ")) return true;
  // "Who is here:", "A reminder of who is here:", "Who took part:"
  for (const std::string_view w : {"who is here", "who's here", "who is there", "who was there", "who came",
                                   "who attended", "who is attending", "who took part", "who is taking part"}) {
    if (h == w || (h.ends_with(w) && h[h.size() - w.size() - 1] == ' ')) return true;
  }
  // "On the American side:", "On the Canadian side:"
  if (side_heading(h)) return true;
  // "Among the delegations in the front rows were:"
  static const WordSet kWho = {"delegations", "leaders", "guests", "dignitaries",
                                                            "heads", "mourners", "participants", "attendees"};
  if (h.starts_with("among the ") && (h.ends_with(" were") || h.ends_with(" are"))) {
    const std::string_view rest = std::string_view(h).substr(10);
    return kWho.count(rest.substr(0, rest.find(' '))) != 0;
  }
  return false;
}

}  // namespace

// `at` when a list of people starts there after an inverted verb (a person, a title, or a country's
// possessive before its person: "Brazil's President Lula"), else 0.
std::uint32_t people_listed_at(const SentenceInfo& si, std::uint32_t at) {
  const int m = si.mention_at[at - si.span.first];
  if (m < 0) return 0;
  const Mention& mm = si.mentions[static_cast<std::size_t>(m)];
  return mm.kind == MKind::kPerson || mm.kind == MKind::kTitle || (mm.kind == MKind::kCountry && mm.possessive) ? at : 0;
}

// "According to the communique, the leaders present in person were A, B and C", "the members of
// the Conference present were ...": the people listed after "were", for the "present" at `i`.
std::uint32_t present_list_from(const DocContext& ctx, const SentenceInfo& si, std::uint32_t i) {
  const TokenKey group = ctx.tokens[i - 1].key;
  bool named_group = group == "leaders"sv || group == "heads"sv || group == "members"sv || group == "delegates"sv ||
                     group == "participants"sv || group == "ministers"sv || group == "presidents"sv;
  // ("the Members of the Conference present": the group before its "of" phrase)
  for (std::uint32_t g = i; !named_group && g > si.span.first + 1 && g + 6 > i; --g) {
    const TokenKey k = ctx.tokens[g - 1].key;
    if (k == ","sv || k == "."sv) break;
    named_group = k == "members"sv || k == "leaders"sv || k == "heads"sv;
  }
  if (!named_group) return 0;
  std::uint32_t v = i + 1;
  if (v + 1 < si.span.last && ctx.tokens[v].key == "in"sv && ctx.tokens[v + 1].key == "person"sv) v += 2;
  if (v + 1 >= si.span.last || (ctx.tokens[v].key != "were"sv && ctx.tokens[v].key != "are"sv)) return 0;
  return people_listed_at(si, v + 1);
}

// "Working through the night in an adjoining hall were the four foreign ministers, A, B, C and D":
// a sentence that opens with a participle and inverts its subject after "were" or "was"; returns
// the token after that verb, else 0.
std::uint32_t participle_inversion_at(const DocContext& ctx, SentenceInfo& si) {
  if (const std::uint32_t at = scan_anchors(ctx, si).present_list; at != 0) return at;
  std::uint32_t w = si.span.first;
  while (w < si.span.last && !ctx.tokens[w].is(kWord)) ++w;
  if (w >= si.span.last || !ctx.tokens[w].is(kCapital)) return 0;
  const TokenKey k = ctx.tokens[w].key;
  // "With Kim are A, B and C": those with a principal at the table
  if (k == "with"sv) {
    const int pm = w + 1 < si.span.last ? si.mention_at[w + 1 - si.span.first] : -1;
    // (or "him" for one: "With him are ...")
    if (pm < 0) return 0;
    const Mention& principal = si.mentions[static_cast<std::size_t>(pm)];
    if (principal.kind != MKind::kPerson && !(principal.kind == MKind::kPronoun && principal.entity >= 0)) return 0;
    const std::uint32_t v = principal.last;
    if (v + 1 >= si.span.last || (ctx.tokens[v].key != "are"sv && ctx.tokens[v].key != "were"sv)) return 0;
    const int m = si.mention_at[v + 1 - si.span.first];
    if (m >= 0) {
      const MKind mk = si.mentions[static_cast<std::size_t>(m)].kind;
      return mk == MKind::kPerson || mk == MKind::kTitle ? v + 1 : 0;
    }
    // ("With him are two golfers his host admires, Ernie Els and Retief Goosen": the names after
    // the counted phrase and its comma)
    const TokenKey count = ctx.tokens[v + 1].key;
    if (count != "two"sv && count != "three"sv && count != "four"sv && count != "several"sv) return 0;
    for (std::uint32_t i = v + 2; i + 1 < si.span.last && i < v + 10; ++i) {
      const TokenKey k2 = ctx.tokens[i].key;
      if (k2 == "."sv || k2 == ";"sv || k2 == ":"sv) return 0;
      if (k2 != ","sv) continue;
      const int named = si.mention_at[i + 1 - si.span.first];
      return named >= 0 && si.mentions[static_cast<std::size_t>(named)].kind == MKind::kPerson ? i + 1 : 0;
    }
    return 0;
  }
  // "Among the leaders in the room for Monday's plenary were A, B and C": a group at the gathering
  // (the leaders, guests, delegates ...) that the list after "were" names, whatever stands between (the
  // lexicon's fixed forms, "among the leaders in the room were", read only some)
  if (k == "among"sv) {
    const TokenKey group = w + 2 < si.span.last ? ctx.tokens[w + 2].key : TokenKey();
    if (ctx.tokens[w + 1].key != "the"sv || (group != "leaders"sv && group != "guests"sv && group != "delegates"sv &&
                                               group != "participants"sv && group != "heads"sv)) {
      return 0;
    }
    for (std::uint32_t i = w + 2; i + 1 < si.span.last && i < w + 12; ++i) {
      const TokenKey v = ctx.tokens[i].key;
      if (v == "."sv || v == ";"sv || v == ":"sv || v == ","sv) return 0;
      // (not a group somewhere named: "Among the leaders in Brasilia were ..." may be elsewhere)
      if (const int pm = si.mention_at[i - si.span.first];
          pm >= 0 && (si.mentions[static_cast<std::size_t>(pm)].kind == MKind::kPlace ||
                      si.mentions[static_cast<std::size_t>(pm)].kind == MKind::kCountry)) {
        return 0;
      }
      if (v != "were"sv && v != "are"sv) continue;
      return people_listed_at(si, i + 1);
    }
    return 0;
  }
  // "From Europe came A, B and C", "From the Gulf came ...": the people listed after the verb
  if (k == "from"sv) {
    for (std::uint32_t i = w + 1; i + 1 < si.span.last && i < w + 6; ++i) {
      const TokenKey v = ctx.tokens[i].key;
      if (v == ","sv || v == "."sv || v == ";"sv) return 0;
      if (v != "came"sv && v != "come"sv) continue;
      return people_listed_at(si, i + 1);
    }
    return 0;
  }
  // "On the American side sat A, B and C", "Across the table from Witkoff and Kushner sit A and B":
  // a place phrase, then a verb of sitting or standing and the people there
  if (k == "on"sv || k == "across"sv || k == "beside"sv || k == "opposite"sv || k == "next"sv || k == "alongside"sv ||
      k == "behind"sv || k == "around"sv || k == "at"sv) {
    // (an opener that is a trigger has a frame of its own: "Beside them sat ...")
    for (const Trigger& t : si.triggers) {
      if (t.first == w) return 0;
    }
    for (std::uint32_t i = w + 1; i + 1 < si.span.last && i < w + 12; ++i) {
      const TokenKey v = ctx.tokens[i].key;
      if (v == "."sv || v == ";"sv || v == ":"sv) return 0;
      if (v != "sat"sv && v != "sit"sv && v != "sits"sv && v != "stood"sv && v != "stand"sv && v != "stands"sv) continue;
      const int m = si.mention_at[i + 1 - si.span.first];
      if (m < 0) return 0;
      const MKind mk = si.mentions[static_cast<std::size_t>(m)].kind;
      return mk == MKind::kPerson || mk == MKind::kTitle ? i + 1 : 0;
    }
    return 0;
  }
  if (k.size() < 6 || !k.ends_with("ing") || k == "during"sv || k == "including"sv || k == "following"sv ||
      k == "according"sv || k == "regarding"sv || k == "concerning"sv || k == "excluding"sv) {
    return 0;
  }
  // (an opener that is a trigger has a frame of its own: "Joining the allies were ...")
  for (const Trigger& t : si.triggers) {
    if (t.first == w) return 0;
  }
  for (std::uint32_t i = w + 1; i < si.span.last && i < w + 14; ++i) {
    const TokenKey v = ctx.tokens[i].key;
    if (v == "."sv || v == ";"sv || v == ":"sv) return 0;
    // (no one named before the verb: "Addressing the forum, the Russian leader said ... were")
    // (an object in the participle's phrase is fine: "Sitting opposite them, next to Moon, were")
    const TokenKey before = ctx.tokens[i - 1].key;
    // (and the participle's own object: "Facing Zelensky across the table were")
    const bool object = before == "to"sv || before == "with"sv || before == "of"sv || before == "beside"sv ||
                        before == "opposite"sv || before == "behind"sv || before == "for"sv || i - 1 == w;
    if (const int m = si.mention_at[i - si.span.first]; m >= 0 && !object) {
      const Mention& mm = si.mentions[static_cast<std::size_t>(m)];
      if (mm.kind == MKind::kPerson || mm.kind == MKind::kTitle || mm.kind == MKind::kCountry ||
          mm.kind == MKind::kOrg || mm.kind == MKind::kGeneric ||
          (mm.kind == MKind::kPronoun && (mm.pronoun == "he"sv || mm.pronoun == "she"sv || mm.pronoun == "they"sv ||
                                          mm.pronoun == "we"sv || mm.pronoun == "i"sv))) {
        return 0;
      }
    }
    if ((v == "were"sv || v == "was"sv) && i + 1 < si.span.last) {
      // (the inverted subject names people at once: "were the four foreign ministers, A, B",
      // not "was a way for Putin to avoid a meeting")
      for (std::uint32_t j = i + 1; j < si.span.last && j < i + 8; ++j) {
        const int m = si.mention_at[j - si.span.first];
        if (m < 0) continue;
        const Mention& mm = si.mentions[static_cast<std::size_t>(m)];
        if (mm.kind == MKind::kPronoun && mm.possessive) continue;  // "were his chief of staff, Im Jong-seok"
        const bool people = mm.kind == MKind::kPerson || mm.kind == MKind::kTitle || mm.kind == MKind::kGeneric;
        return people ? i + 1 : 0;
      }
      return 0;
    }
  }
  return 0;
}

// "First through the door was Zelensky, followed by Starmer, Merz and Meloni", "First to arrive
// were A and B": an arrival told inverted, no one named before the verb and a person right after
// it; returns the token after the verb, else 0.
std::uint32_t first_arrival_at(const DocContext& ctx, const SentenceInfo& si) {
  // a person named at token i, also after a possessor ("Iran's Masoud Pezeshkian")
  const auto person_at = [&](std::uint32_t i) {
    for (int n = 0; n < 2 && i < si.span.last; ++n) {
      const int m = si.mention_at[i - si.span.first];
      if (m < 0) return false;
      const Mention& mm = si.mentions[static_cast<std::size_t>(m)];
      if (mm.first != i) return false;
      if (mm.kind == MKind::kPerson) return true;
      if (!mm.possessive) return false;
      i = mm.last;
      if (i < si.span.last && ctx.tokens[i].key == "'s"sv) ++i;
    }
    return false;
  };
  std::uint32_t w = si.span.first;
  while (w < si.span.last && !ctx.tokens[w].is(kWord)) ++w;
  if (w >= si.span.last || !ctx.tokens[w].is(kCapital)) return 0;
  const TokenKey opener = ctx.tokens[w].key;
  // "Among the first to arrive were", "Among some 160 guests were"; "They were followed by" after
  // such a sentence
  if (opener == "they"sv && w + 3 < si.span.last && ctx.tokens[w + 1].key == "were"sv &&
      ctx.tokens[w + 2].key == "followed"sv && ctx.tokens[w + 3].key == "by"sv) {
    std::uint32_t b = ctx.sentence_start_back(si.span.first, 1);
    while (b < si.span.first && !ctx.tokens[b].is(kWord)) ++b;
    const TokenKey k = b < si.span.first ? ctx.tokens[b].key : TokenKey();
    const bool followed =
        k == "first"sv || (k == "among"sv && b + 2 < si.span.first && ctx.tokens[b + 2].key == "first"sv);
    return followed && person_at(w + 4) ? w + 4 : 0;
  }
  if (opener != "first"sv && opener != "among"sv) return 0;
  if (opener == "among"sv) {
    bool arrivals = false;
    for (std::uint32_t i = w + 1; i < si.span.last && i < w + 6; ++i) {
      const TokenKey k = ctx.tokens[i].key;
      arrivals = arrivals || k == "first"sv || k == "guests"sv || k == "arrivals"sv || k == "leaders"sv ||
                 k == "those"sv;
    }
    if (!arrivals) return 0;
  }
  for (std::uint32_t i = w + 1; i + 1 < si.span.last && i < w + 7; ++i) {
    const TokenKey k = ctx.tokens[i].key;
    if (si.mention_at[i - si.span.first] >= 0 || k == ","sv || k == "."sv) return 0;
    if (k != "was"sv && k != "were"sv) continue;
    return person_at(i + 1) ? i + 1 : 0;
  }
  return 0;
}

namespace {

// "Al-Sharaa had his foreign minister, Asaad al-Shaibani, with him": whether the "with" at `i`
// (before "him" or "her") ends a clause after "had" or "has".
bool had_with_him_from(const DocContext& ctx, const SentenceInfo& si, std::uint32_t i) {
  const auto& tk = ctx.tokens;
  if (tk[i + 1].key != "him"sv && tk[i + 1].key != "her"sv) return false;
  const TokenKey after = tk[i + 2].key;
  if (after != ";"sv && after != "."sv && after != ","sv) return false;
  for (std::uint32_t h = i; h > si.span.first && h + 14 > i; --h) {
    const TokenKey k = tk[h - 1].key;
    if (k == "had"sv || k == "has"sv) return true;
    if (k == ";"sv || k == "."sv) break;
  }
  return false;
}

// "Blinken is in Cairo with President al-Sisi": whether the "in" at `i` follows "is" (or was, are,
// were) and comes before a place and "with".
bool in_place_with_from(const DocContext& ctx, const SentenceInfo& si, std::uint32_t i) {
  const auto& tk = ctx.tokens;
  const TokenKey k = tk[i - 1].key;
  if (k != "is"sv && k != "was"sv && k != "are"sv && k != "were"sv) return false;
  const int m = si.mention_at[i + 1 - si.span.first];
  if (m < 0) return false;
  const Mention& pl = si.mentions[static_cast<std::size_t>(m)];
  if (pl.first != i + 1 || (pl.kind != MKind::kPlace && pl.kind != MKind::kCountry)) return false;
  std::uint32_t w = pl.last;
  while (w < si.span.last && w < pl.last + 3 && tk[w].is(kWord) && tk[w].is(kCapital)) ++w;  // "Palace"
  return w + 1 < si.span.last && tk[w].key == "with"sv;
}

// "Harris and Blinken gave a state luncheon for him", "the king held an official welcome for Xi":
// whether the "for" at `f` follows a verb of giving or holding and a meal or a welcome.
bool meal_for_from(const DocContext& ctx, const SentenceInfo& si, std::uint32_t f) {
  const auto& tk = ctx.tokens;
  const TokenKey noun = tk[f - 1].key;
  if (!detail::meal_noun(noun) && noun != "welcome"sv) return false;
  // back over "a", "an" and up to two words ("a state luncheon", "an official welcome") to the verb
  for (std::uint32_t i = f - 1; i > si.span.first && i + 4 > f - 1; --i) {
    if (detail::hosting_verb(tk[i - 1].key)) return true;
    if (!tk[i - 1].is(kWord) || tk[i - 1].is(kCapital)) break;
  }
  return false;
}

// "His main meeting was with the Speaker of Parliament, Nabih Berri": whether the "with" at `i`
// follows a possessor's meeting and "was".
bool meeting_was_with_from(const DocContext& ctx, const SentenceInfo& si, std::uint32_t i) {
  const auto& tk = ctx.tokens;
  const std::uint32_t F = si.span.first;
  if (tk[i - 1].key != "was"sv && tk[i - 1].key != "were"sv) return false;
  const std::uint32_t n = i - 1;
  if (n == F || (tk[n - 1].key != "meeting"sv && tk[n - 1].key != "talks"sv)) return false;
  std::uint32_t o = n - 1;
  while (o > F && o + 4 > n && tk[o - 1].is(kWord) && !tk[o - 1].is(kCapital) && tk[o - 1].key != "his"sv &&
         tk[o - 1].key != "her"sv) {
    --o;  // "main", "first", "only"
  }
  return o > F && (tk[o - 1].key == "his"sv || tk[o - 1].key == "her"sv || tk[o - 1].key == "'s"sv);
}

}  // namespace

// "The two presidents witnessed the signing of", "watched as their ministers signed", "presided over
// the signing of", "looked on as officials signed": the verb of those watching a signing at token
// `sign` (the signing, "sign" or "signed"), a few words before it; 0 when none.
std::uint32_t signing_watcher(const DocContext& ctx, const SentenceInfo& si, std::uint32_t sign) {
  static const WordSet kWatch = {"witnessed", "witness", "witnesses", "watched", "watch", "watches",
                                 "presided", "oversaw", "looked"};
  const std::uint32_t F = si.span.first;
  for (std::uint32_t i = sign; i > F && i + 6 > sign; --i) {
    if (kWatch.count(ctx.tokens[i - 1].key.view()) != 0 && i - 1 > F) return i - 1;
  }
  return 0;
}

std::uint32_t diary_heading_colon(const DocContext& ctx, const SentenceInfo& si) {
  const std::uint32_t F = si.span.first;
  const std::uint32_t L = si.span.last;
  if (ctx.issuer < 0 || L < F + 3) return 0;
  if (!detail::bullet_mark(ctx.tokens[F].key.view())) return 0;
  for (std::uint32_t k = F + 1; k + 1 < L && k < F + 8; ++k) {
    const Token& next = ctx.tokens[k + 1];
    if (ctx.tokens[k].key == ":"sv && next.is(kWord) && !next.is(kDigit)) return next.is(kCapital) ? 0 : k;
  }
  return 0;
}

const SentenceInfo::Anchors& scan_anchors(const DocContext& ctx, SentenceInfo& si) {
  SentenceInfo::Anchors& a = si.anchors;
  if (a.scanned) return a;
  a.scanned = true;
  const auto& tk = ctx.tokens;
  const std::uint32_t F = si.span.first;
  const std::uint32_t L = si.span.last;
  // one pass, each construction found by the word it turns on (the first one of each)
  for (std::uint32_t i = F; i < L; ++i) {
    const TokenKey k = tk[i].key;
    switch (k.size()) {
      case 2:
        if (k == "in"sv && a.in_place_with == 0 && i >= F + 2 && i + 2 < L && in_place_with_from(ctx, si, i)) {
          a.in_place_with = i - 1;
        }
        break;
      case 5:
        if (k == "would"sv && a.forces_sent == 0 && i > F && detail::Frames::forces_noun(tk[i - 1].key)) a.forces_sent = i - 1;
        if (k == "heard"sv && a.heard == 0 && i > F) a.heard = i;
        break;
      case 6:
        if (k == "signed"sv && a.signing_watched == 0) a.signing_watched = signing_watcher(ctx, si, i);
        if (k == "signed"sv && a.adopted == 0 && i > F) a.adopted = i;
        break;
      case 3:
        if (k == "for"sv && a.meal_for == 0 && i >= F + 3 && i + 1 < L && meal_for_from(ctx, si, i)) a.meal_for = i;
        break;
      case 4:
        if (k == "team"sv && a.delegation == 0 && i > F + 4) a.delegation = i;
        if (k == "will"sv && a.forces_sent == 0 && i > F && detail::Frames::forces_noun(tk[i - 1].key)) a.forces_sent = i - 1;
        if (k == "sign"sv && a.signing_watched == 0) a.signing_watched = signing_watcher(ctx, si, i);
        if (k == "with"sv && i >= F + 2) {
          if (a.had_with_him == 0 && i + 2 < L && had_with_him_from(ctx, si, i)) a.had_with_him = i;
          if (a.meeting_was_with == 0 && i + 1 < L && meeting_was_with_from(ctx, si, i)) a.meeting_was_with = i;
        }
        break;
      case 7:
        if (k == "present"sv && a.present_list == 0 && i >= F + 1 && i + 2 < L) a.present_list = present_list_from(ctx, si, i);
        if (k == "whether"sv && a.asked_whether == 0 && i > F && tk[i - 1].key != "or"sv) a.asked_whether = i;
        if (k == "signing"sv && a.signing_watched == 0) a.signing_watched = signing_watcher(ctx, si, i);
        if ((k == "adopted"sv || k == "adopts"sv) && a.adopted == 0 && i > F) a.adopted = i;
        break;
      case 8:
        if ((k == "adopting"sv || k == "approved"sv || k == "endorsed"sv) && a.adopted == 0 && i > F) a.adopted = i;
        break;
      case 9:
        if (k == "entourage"sv && a.delegation == 0 && i > F + 4) a.delegation = i;
        if (k == "approving"sv && a.adopted == 0 && i > F) a.adopted = i;
        if (a.sanctions == 0 && detail::Frames::sanctions_anchor(k)) a.sanctions = i;
        break;
      case 10:
      case 11:
        if (a.delegation == 0 && i > F + 4 && detail::Frames::delegation_anchor(k)) a.delegation = i;
        break;
      default:
        break;
    }
    // (the words of a list of commitments and of a partnership; the shortest is "steps")
    if (k.size() >= 5) {
      const char last = k.view().back();
      if (last == 's') {
        a.list = a.list || detail::listed_commitment_noun(k);
        a.partnership = a.partnership || detail::partnership_noun(k);
      } else if (last == 'p') {
        a.partnership = a.partnership || detail::partnership_noun(k);
      }
    }
  }
  return a;
}

namespace {

// Whether the sentence starting at byte `at` opens a line of the text (past spaces and tabs).
bool opens_text_line(std::string_view text, std::size_t at) {
  std::size_t b = at;
  while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
  return b == 0 || text[b - 1] == '\n';
}

// Whether the text from `at` is a bullet of a list ("- ", "-- ", "* ", a bullet or a dash sign).
bool bullet_text(std::string_view rest) {
  return rest.starts_with("- ") || rest.starts_with("-- ") || rest.starts_with("\u2022") || rest.starts_with("* ") ||
         rest.starts_with("\u2013 ");
}

}  // namespace

void note_attendance_section(DocContext& ctx, const SentenceInfo& si) {
  // ("Signatories." as a sentence of its own: the list after it is of those who signed)
  if (si.span.last - si.span.first <= 3 && ctx.tokens[si.span.first].key == "signatories"sv) {
    ctx.signatories_end = si.span.last;
  }
  // (only a question or a line in capitals can open the section, "Who was there?", "WHO CAME
  // (selection)", and only a line can close it; so for a section of what is to come, "WHAT COMES
  // NEXT", "What's next?")
  bool caps_line = si.span.last - si.span.first <= 8;
  for (std::uint32_t k = si.span.first, depth = 0; k < si.span.last && caps_line; ++k) {
    const TokenKey w = ctx.tokens[k].key;
    if (w == "("sv) ++depth;
    if (w == ")"sv && depth > 0) --depth;
    if (depth == 0 && ctx.tokens[k].is(kWord) && !ctx.tokens[k].is(kAllCaps)) caps_line = false;
    if (w == "."sv || w == ","sv || w == ":"sv) caps_line = false;
  }
  if (!ctx.attendance_section && !ctx.upcoming_section && !si.question && !caps_line) return;
  const std::string_view text = ctx.doc->text;
  const std::size_t at = ctx.tokens[si.span.first].begin;
  if (!opens_text_line(text, at)) return;  // (a sentence within a line says nothing of the section)
  if ((si.question || caps_line) && si.span.last - si.span.first <= 8) {
    std::string h;
    for (std::uint32_t k = si.span.first, depth = 0; k < si.span.last; ++k) {
      if (ctx.tokens[k].key == "("sv) ++depth;
      if (ctx.tokens[k].key == ")"sv && depth > 0) --depth;
      if (!ctx.tokens[k].is(kWord) || depth > 0) continue;
      if (!h.empty()) h.push_back(' ');
      h.append(ctx.tokens[k].key.view());
    }
    static const WordSet kHeadings = {"who was there", "who is there", "who was here", "who is here", "who came",
                                      "who attended", "who took part", "who was in the room", "who was at the table",
                                      "who was at the summit", "who was at the meeting", "who turned up"};
    ctx.attendance_section = kHeadings.count(h) != 0;
    static const WordSet kUpcoming = {"what comes next", "what s next", "what next", "what is next", "coming up",
                                      "next steps", "what to watch", "looking ahead", "the road ahead", "upcoming",
                                      "up next", "what happens next", "dates ahead", "key dates ahead"};
    ctx.upcoming_section = kUpcoming.count(h) != 0;
    return;
  }
  if (!bullet_text(text.substr(at))) {
    ctx.attendance_section = false;
    ctx.upcoming_section = false;
  }
}

void note_meeting_section(DocContext& ctx, const SentenceInfo& si) {
  const std::string_view text = ctx.doc->text;
  const std::size_t at = ctx.tokens[si.span.first].begin;
  if (!opens_text_line(text, at)) return;  // (a sentence within a line says nothing of the section)
  const std::string_view rest = text.substr(at);
  if (bullet_text(rest) || rest.starts_with("(")) return;  // (a bullet, or a note in brackets under the heading)
  ctx.meeting_section = false;
  const std::uint32_t n = si.span.last - si.span.first;
  if (n < 2 || n > 10 || ctx.tokens[si.span.last - 1].key == "."sv) return;
  std::size_t e = ctx.tokens[si.span.last - 1].end;
  while (e < text.size() && (text[e] == ' ' || text[e] == '\t')) ++e;
  if (e < text.size() && text[e] != '\n') return;  // (a heading is a line of its own)
  bool meetings = false;
  for (std::uint32_t k = si.span.first; k < si.span.last; ++k) {
    const TokenKey w = ctx.tokens[k].key;
    // (not "Expected, or not held", "Brief encounters (not counted as bilateral meetings)")
    if (w == "not"sv || w == "expected"sv || w == "planned"sv || w == "cancelled"sv || w == "canceled"sv ||
        w == "no"sv || w == "brief"sv || w == "possible"sv) {
      return;
    }
    meetings = meetings || w == "meetings"sv || w == "bilaterals"sv || (w == "met"sv && k + 1 < si.span.last &&
                                                                       ctx.tokens[k + 1].key == "whom"sv);
  }
  ctx.meeting_section = meetings;
}

bool signatory_list_at(const DocContext& ctx, const SentenceInfo& si) {
  const auto heading = [&](std::uint32_t w) {
    return ctx.tokens[w].key == "signatories"sv ||
           (ctx.tokens[w].key == "signed"sv && w + 1 < si.span.last && ctx.tokens[w + 1].key == "by"sv);
  };
  std::uint32_t from = si.span.first;
  while (from < si.span.last && !ctx.tokens[from].is(kWord)) ++from;
  if (from >= si.span.last || !ctx.tokens[from].is(kCapital)) return false;
  if (heading(from)) {
    from += ctx.tokens[from].key == "signed"sv ? 2 : 1;
    return from < si.span.last && ctx.tokens[from].key == ":"sv;
  }
  // (the heading as a sentence of its own, right before: see note_attendance_section)
  return ctx.signatories_end != 0 && ctx.signatories_end == si.span.first;
}

bool opens_with_heading(const DocContext& ctx, SentenceInfo& si) {
  if (ctx.attendance_section || ctx.meeting_section) return true;
  std::uint32_t colon = 0;
  const std::string h = heading_of(ctx, si, &colon);
  const SentenceInfo::Anchors& a = scan_anchors(ctx, si);
  return (!h.empty() && attendance_heading(h)) || participle_inversion_at(ctx, si) != 0 || signatory_list_at(ctx, si) ||
         first_arrival_at(ctx, si) != 0 || a.had_with_him != 0 || a.in_place_with != 0 || a.meal_for != 0 ||
         a.meeting_was_with != 0;
}

// "In the room: Macron, Zelenskyy and Costa", "By video: Starmer, Merz and Meloni": the people
// listed attended the summit the document speaks of most.
void detail::Frames::heading_list() {
  std::uint32_t colon = 0;
  const std::string h = heading_of(ctx_, si_, &colon);
  // "Chair: Sonexay Siphandone, Prime Minister of the Lao PDR", "Presided by: ...": a fact sheet's
  // field naming who chaired the gathering it is about (or will, on a page that looks ahead)
  static const WordSet kChairFields = {"chair", "chairs", "co-chair", "co-chairs", "chaired by", "presided by",
                                       "presiding", "chairman", "chairwoman", "chairperson"};
  if (!h.empty() && kChairFields.count(h) != 0 && ctx_.salient_event >= 0) {
    const int ev = main_event();
    if (ev < 0) return;
    const std::string status = si_.question ? edge_status::kHypothetical
                               : ctx_.preview ? edge_status::kPlanned
                                              : edge_status::kReported;
    for (const int a : people_listed(colon + 1)) {
      add("chaired", a, -1, ev, "", status, {}, "", -1, 0.7);
      add("attended", a, -1, ev, "", status, {}, "", -1, 0.7);
    }
    return;
  }
  if (h.empty() || !attendance_heading(h) || ctx_.salient_event < 0) return;
  // "Among them:" after a sentence about the leaders or guests who came (see among_at_table)
  if (h == "among them"sv) {
    static const WordSet kWho = {"leaders", "heads", "guests", "delegations",
                                                              "participants", "dignitaries", "presidents"};
    bool leaders = false;
    for (std::uint32_t i = ctx_.sentence_start_back(F(), 1); i < F() && !leaders; ++i) {
      leaders = kWho.count(key(i).view()) != 0;
    }
    if (!leaders) return;
  }
  const int ev = main_event();
  if (ev < 0) return;
  const std::vector<int> who = people_listed(colon + 1);
  const std::string status = si_.question ? edge_status::kHypothetical : edge_status::kReported;
  for (const int a : who) add("attended", a, -1, ev, "", status, {}, "", -1, 0.7);
  // "On the American side: A, B. On the Canadian side: C, D": each side met those of other
  // countries at the gathering (the principals, and the side listed before)
  if (side_heading(h)) met_across_sides(who, ev, status);
  // "Hollande and Ban are greeting the leaders one by one. Among the first to shake their hands: A,
  // B and C": each of those listed met those greeting
  if (h.starts_with("among the first to ") &&
      (h.find("hands") != std::string::npos || h.find("greet") != std::string::npos) && ctx_.last_group.size() >= 1) {
    met_at_door(ctx_.last_group, who, status, ev);
  } else if (h == "among them"sv) {
    // "Xi and his wife welcomed the arriving leaders one by one. Among them: A, B and C"
    met_at_door(hosts_greeting_before(), who, status, ev);
  }
}

// "Who was there? / - Deputies: Sheikh Mansour for the UAE, Sayyid Asaad for Oman": the people a
// bullet line of the section names came to the gathering the document is about (not when the line
// denies, plans or supposes: "- X had been expected but did not come").
void detail::Frames::attendance_section_item() {
  if (!ctx_.attendance_section || ctx_.salient_event < 0) return;
  // (not a cue in a quotation or in what the person said there: "spoke on Friday, saying China was
  // ready to take part")
  std::uint32_t said = L();
  for (std::uint32_t k = F(); k < L() && said == L(); ++k) {
    if (key(k) == "saying"sv || key(k) == "said"sv || key(k) == "says"sv) said = k;
  }
  for (const auto& c : si_.cues) {
    if (c.first >= said || si_.in_quote[c.first - F()]) continue;
    if (c.kind == "negation"sv || c.kind == "planned"sv || c.kind == "hypothetical"sv) return;
  }
  const int ev = main_event();
  if (ev < 0) return;
  for (const Mention& m : si_.mentions) {
    if (m.kind != MKind::kPerson || m.entity < 0 || m.modifier || m.possessive) continue;
    if (ctx_.entities[static_cast<std::size_t>(m.entity)].type != "person"sv) continue;
    add("attended", m.entity, -1, ev, "", edge_status::kReported, {}, "", -1, 0.65);
  }
}

// "Bilateral meetings on the sidelines / - Thu 10 Oct: Shigeru Ishiba (Japan) and Li Qiang (China).":
// under that heading, a bullet whose day is followed by a colon and two people, with no predicate
// of their own, is a meeting of the two on that day (not when the line denies, plans or supposes).
void detail::Frames::meeting_section_item() {
  if (!ctx_.meeting_section || !bullet_mark(key(F()).view())) return;
  std::uint32_t colon = F() + 1;
  while (colon < L() && colon < F() + 8 && key(colon) != ":"sv) ++colon;
  if (colon >= L() || key(colon) != ":"sv) return;
  const auto day = std::find_if(si_.dates.begin(), si_.dates.end(), [&](const DateMention& d) {
    return d.first > F() && d.last <= colon;
  });
  if (day == si_.dates.end()) return;
  // the two named in the first clause after the colon, with no predicate in it
  std::uint32_t end = colon + 1;
  while (end < L() && key(end) != "."sv && key(end) != ";"sv && !(key(end) == ","sv && end + 1 < L() &&
                                                                 !ctx_.tokens[end + 1].is(kCapital))) {
    ++end;
  }
  for (const auto& t : si_.triggers) {
    if (t.first > colon && t.first < end) return;
  }
  for (const auto& c : si_.cues) {
    if (c.first > colon && c.first < end) return;
  }
  std::vector<int> people;
  for (const Mention& m : si_.mentions) {
    if (m.first <= colon || m.first >= end || m.modifier || m.possessive || m.entity < 0) continue;
    if (m.kind != MKind::kPerson || ctx_.entities[static_cast<std::size_t>(m.entity)].type != "person"sv) continue;
    if (std::find(people.begin(), people.end(), m.entity) == people.end()) people.push_back(m.entity);
  }
  if (people.size() != 2) return;
  const Date date = ctx_.resolve(*day, ctx_.focus.full() ? ctx_.focus : ctx_.doc_date, Tense::kPast);
  add("met", people[0], people[1], -1, "", edge_status::kReported, date, "", -1, 0.65);
}

// "Signatories. Australia; Brazil; ...; United States of America." (or "Signatories: ..."): under that
// heading, the countries and bodies listed signed the declaration of the gathering the text is about,
// and pledged it there.
// "The opening session also heard French President Emmanuel Macron, German Chancellor Olaf Scholz
// and Sunak", "the summit heard from Zelensky": those a gathering heard spoke at it, so attended.
void detail::Frames::gathering_heard(std::uint32_t v) {
  std::uint32_t s = v;
  while (s > F() && (key(s - 1) == "also"sv || key(s - 1) == "then"sv || key(s - 1) == "first"sv)) --s;
  Mention* evm = nullptr;
  for (Mention& m : si_.mentions) {
    if (m.kind == MKind::kEvent && m.last == s) evm = &m;
  }
  if (evm == nullptr || v + 1 >= L()) return;
  std::uint32_t from = v + 1;
  if (key(from) == "from"sv) ++from;
  const int ev = event_in_clause(*evm);
  if (ev < 0) return;
  const std::string status = cv_.status(evm->last, v, false);
  const Date date = date_for(evm->first, cv_.clause_end(v), v);
  for (const int a : people_listed(from)) add("attended", a, -1, ev, "", status, date, "", -1, 0.7);
}

void detail::Frames::signatory_list() {
  if (!signatory_list_at(ctx_, si_)) return;
  const int ev = gathering_of_many_spoken_of();
  if (ev < 0) return;
  int listed = 0;
  for (const Mention& m : si_.mentions) {
    if ((m.kind == MKind::kCountry || m.kind == MKind::kOrg) && m.entity >= 0 && !m.modifier) ++listed;
  }
  if (listed < 2) return;
  for (const Mention& m : si_.mentions) {
    if ((m.kind != MKind::kCountry && m.kind != MKind::kOrg) || m.entity < 0 || m.modifier) continue;
    add("pledged", m.entity, -1, ev, "declaration", edge_status::kReported, ctx_.events[static_cast<std::size_t>(ev)].date,
        "", -1, 0.6);
  }
}

// Each of `who` met each person of `hosts` at event ev, on its day (hosts greeting arrivals).
void detail::Frames::met_at_door(const std::vector<int>& hosts, const std::vector<int>& who, const std::string& status,
                                 int ev) {
  const Date& date = ctx_.events[static_cast<std::size_t>(ev)].date;
  for (const int g : hosts) {
    if (ctx_.entities[static_cast<std::size_t>(g)].type != "person"sv) continue;
    for (const int a : who) {
      if (a != g) add("met", g, a, -1, "", status, date, "", ev, 0.65);
    }
  }
}

// Each person of `side` met each person the text places at event ev who is of another country (one
// side of a table facing the other: "On the American side: A, B", "A and B sat on the American side").
void detail::Frames::met_across_sides(const std::vector<int>& side, int ev, const std::string& status) {
  if (status != edge_status::kReported) return;
  // (people whose country is known: of another country, or of the same)
  const auto placed = [&](int x) {
    const auto& e = ctx_.entities[static_cast<std::size_t>(x)];
    return e.type == "person"sv && !e.country.empty();
  };
  std::vector<int> there;
  for (const auto& p : ctx_.pending) {
    if (p.relation != "attended"sv || p.target_event != ev || p.status != edge_status::kReported) continue;
    if (placed(p.subject) && std::find(there.begin(), there.end(), p.subject) == there.end()) there.push_back(p.subject);
  }
  const Date& day = ctx_.events[static_cast<std::size_t>(ev)].date;
  for (const int a : side) {
    if (!placed(a)) continue;
    for (const int b : there) {
      if (!same_country(a, b)) add("met", b, a, -1, "", status, day, "", ev, 0.65);
    }
  }
}

bool detail::Frames::same_country(int a, int b) const {
  const std::string& ca = ctx_.entities[static_cast<std::size_t>(a)].country;
  return !ca.empty() && ca == ctx_.entities[static_cast<std::size_t>(b)].country;
}

// "Facing Zelensky across the table were Vance, Rubio and Hegseth" (an inversion whose list starts at
// `from`): each of them met the one faced.
// Whether the text has reported someone at event ev.
bool detail::Frames::someone_at(int ev) const {
  return std::any_of(ctx_.pending.begin(), ctx_.pending.end(), [&](const PendingAssertion& p) {
    return p.relation == "attended"sv && p.target_event == ev && p.status == edge_status::kReported;
  });
}

void detail::Frames::facing_inversion(std::uint32_t from) {
  std::uint32_t w = F();
  while (w < L() && !ctx_.tokens[w].is(kWord)) ++w;
  const TokenKey opener = key(w);
  std::uint32_t o = w + 1;
  if (opener == "across"sv) {
    // "Across the table from Witkoff and Kushner sit A, B and C"
    if (o + 1 < L() && key(o) == "the"sv && (key(o + 1) == "table"sv || key(o + 1) == "room"sv)) o += 2;
    if (o >= L() || key(o) != "from"sv) return;
    ++o;
  } else if (opener != "opposite"sv) {
    if (opener != "facing"sv && opener != "sitting"sv && opener != "seated"sv) return;
    if (o < L() && (key(o) == "opposite"sv || key(o) == "across"sv)) ++o;
    if (o < L() && key(o) == "from"sv) ++o;
    if (opener != "facing"sv && o == w + 1) return;  // ("Sitting X" faces no one: "Sitting opposite X")
  }
  const Mention* first = o < L() ? cv_.mention_at(o) : nullptr;
  if (first == nullptr || first->first != o || first->kind != MKind::kPerson || first->possessive || first->entity < 0) {
    return;
  }
  const Group faced = cv_.object(o, 2);
  if (faced.empty()) return;
  for (const int x : faced.entities) {
    if (ctx_.entities[static_cast<std::size_t>(x)].type != "person"sv) return;
  }
  const std::string status = cv_.status(0, from, false);
  Date date = date_for(F(), L(), from);
  // (at the meeting the one faced was last said to hold, and on its day when this sentence says none)
  int at = -1;
  for (auto it = ctx_.pending.rbegin(); it != ctx_.pending.rend(); ++it) {
    if (it->relation != "met"sv || it->status != edge_status::kReported ||
        (it->subject != first->entity && it->target != first->entity)) {
      continue;
    }
    at = it->event;
    if (date.empty()) date = it->date;
    break;
  }
  // (else at the meeting the text is about: "Merz received Zelensky at the chancellery. Across the
  // table from Witkoff and Kushner sat ...")
  if (at < 0 && ctx_.salient_event >= 0) {
    if (someone_at(ctx_.salient_event)) {
      at = ctx_.salient_event;
      if (date.empty()) date = ctx_.events[static_cast<std::size_t>(at)].date;
    }
  }
  for (const int a : people_listed(from)) {
    for (const int b : faced.entities) {
      if (a != b) add("met", a, b, -1, "", status, date, "", at, 0.7);
    }
  }
}

// Those listed after the inverted verb were at the gathering of many the text is about; "who
// haggled with one another" after the list: they met each other.
void detail::Frames::participle_inversion() {
  const std::uint32_t from = participle_inversion_at(ctx_, si_);
  if (from == 0) return;
  facing_inversion(from);
  int ev = gathering_of_many_spoken_of();
  // ("With Kim are A and B": at the talks of the principal the text is about)
  std::uint32_t w = F();
  while (w < L() && !ctx_.tokens[w].is(kWord)) ++w;
  // ("On the American side sat A and B": at the meeting the text has placed people at)
  if (ev < 0 && w < L() && key(w) != "with"sv && ctx_.salient_event >= 0 && key(from - 1).starts_with("s")) {
    if (someone_at(ctx_.salient_event)) ev = ctx_.salient_event;
  }
  if (ev < 0 && w < L() && key(w) == "with"sv && ctx_.salient_event >= 0) {
    const Mention* pm = cv_.mention_at(w + 1);
    const int principal = pm != nullptr ? pm->entity : -1;
    const bool there = std::any_of(ctx_.pending.begin(), ctx_.pending.end(), [&](const PendingAssertion& p) {
      return p.relation == "attended"sv && p.subject == principal && p.target_event == ctx_.salient_event &&
             p.status == edge_status::kReported;
    });
    if (there) ev = ctx_.salient_event;
  }
  if (ev < 0) return;
  const std::vector<int> who = people_listed(from);
  if (who.empty()) return;
  const std::string status = cv_.status(0, from, false);
  for (const int a : who) add("attended", a, -1, ev, "", status, {}, "", -1, 0.7);
  bool each_other = false;
  for (std::uint32_t i = from; i + 1 < L() && !each_other; ++i) {
    each_other = (key(i) == "each"sv && key(i + 1) == "other"sv) || (key(i) == "one"sv && key(i + 1) == "another"sv);
  }
  if (!each_other || who.size() < 2) return;
  meeting_among(who, status, ctx_.events[static_cast<std::size_t>(ev)].date, "", ev, 0.65);
}

// Those listed after a sentence's opening "First ... was" (see first_arrival_at) attended the
// gathering of many the text is about. After hosts greeting or welcoming their guests in the
// sentence before, each of those listed met them.
void detail::Frames::first_arrivals() {
  const std::uint32_t from = first_arrival_at(ctx_, si_);
  if (from == 0) return;
  const int ev = gathering_of_many_spoken_of();
  if (ev < 0) return;
  const std::vector<int> who = people_listed(from);
  const std::string status = cv_.status(0, from, false);
  if (status != edge_status::kReported) return;
  for (const int a : who) add("attended", a, -1, ev, "", status, {}, "", -1, 0.7);
  // the hosts at the door: those of the list this one goes on from ("They were followed by"), else
  // the person the sentence before opened with, and the group it named, when it greets or welcomes
  std::vector<int> hosts;
  if (key(from - 1) == "by"sv) {
    hosts = ctx_.door_hosts;
  } else {
    hosts = hosts_greeting_before();
    ctx_.door_hosts = hosts;
  }
  met_at_door(hosts, who, status, ev);
}

std::vector<int> detail::Frames::hosts_greeting_before() const {
  bool greeted = false;
  for (std::uint32_t i = ctx_.sentence_start_back(F(), 1); i < F() && !greeted; ++i) {
    const TokenKey k = key(i);
    greeted = k.starts_with("welcom") || k.starts_with("greet");
  }
  if (!greeted) return {};
  std::vector<int> hosts = ctx_.last_group;
  if (ctx_.previous_sentence_person >= 0 &&
      std::find(hosts.begin(), hosts.end(), ctx_.previous_sentence_person) == hosts.end()) {
    hosts.push_back(ctx_.previous_sentence_person);
  }
  return hosts;
}

void extract_relations(DocContext& ctx, SentenceInfo& si) {
  detail::Frames f(ctx, si);
  f.run();
}

void chairs_attended(DocContext& ctx) {
  std::set<std::tuple<int, int, std::string>> attended;  // subject, event, status
  for (const auto& p : ctx.pending) {
    if (p.relation == "attended"sv && p.target_event >= 0) attended.emplace(p.subject, p.target_event, p.status);
  }
  const std::size_t n = ctx.pending.size();
  for (std::size_t i = 0; i < n; ++i) {
    const PendingAssertion& c = ctx.pending[i];
    if (c.relation != "chaired"sv || c.target_event < 0) continue;
    if (!attended.emplace(c.subject, c.target_event, c.status).second) continue;
    PendingAssertion a = c;
    a.relation = "attended";
    ctx.pending.push_back(std::move(a));
  }
}

void greeters_met_guests(DocContext& ctx) {
  if (ctx.greetings.empty()) return;
  // the gathering most people attended, for a greeting that named none
  std::map<int, int> attendance;
  for (const auto& p : ctx.pending) {
    if (p.relation == "attended"sv && p.target_event >= 0 && p.status == edge_status::kReported) ++attendance[p.target_event];
  }
  int main = -1;
  for (const auto& [ev, n] : attendance) {
    if (main < 0 || n > attendance[main]) main = ev;
  }
  const std::size_t n = ctx.pending.size();
  for (const auto& g : ctx.greetings) {
    const int ev = g.event >= 0 ? g.event : main;
    if (ev < 0) continue;
    // (not one who took part from afar: "joined the sessions by video link from Moscow")
    const auto from_afar = [&](const PendingAssertion& p) {
      const std::string_view said = std::string_view(ctx.doc->text).substr(p.begin, p.end - p.begin);
      return said.find("video") != std::string_view::npos || said.find("virtual") != std::string_view::npos ||
             said.find("remotely") != std::string_view::npos || said.find("online") != std::string_view::npos;
    };
    std::set<int> guests;
    for (std::size_t i = 0; i < n; ++i) {
      const PendingAssertion& p = ctx.pending[i];
      if (p.relation != "attended"sv || p.target_event != ev || p.status != edge_status::kReported) continue;
      if (ctx.entities[static_cast<std::size_t>(p.subject)].type != "person"sv) continue;
      if (std::find(g.hosts.begin(), g.hosts.end(), p.subject) != g.hosts.end()) continue;
      if (from_afar(p)) continue;
      guests.insert(p.subject);
    }
    const Date date = g.date.full() ? g.date : ctx.events[static_cast<std::size_t>(ev)].date;
    // (an assertion of the greeting's sentence)
    const auto assert_ = [&](const char* relation, int subject, int target, int target_event, const Date& when,
                             double confidence) {
      PendingAssertion a;
      a.relation = relation;
      a.subject = subject;
      a.target = target;
      a.target_event = target_event;
      a.event = target_event < 0 ? ev : -1;
      a.date = when;
      a.confidence = confidence;
      a.begin = g.begin;
      a.end = g.end;
      ctx.pending.push_back(std::move(a));
    };
    for (const int b : g.listed) {
      assert_("attended", b, -1, ev, {}, 0.7);
      guests.insert(b);
    }
    for (const int host : g.hosts) {
      assert_("attended", host, -1, ev, date, 0.65);
      if (!g.met_each) continue;
      for (const int guest : guests) assert_("met", host, guest, -1, date, 0.65);
    }
  }
}

void extract_untriggered_commitments(DocContext& ctx, SentenceInfo& si) {
  // (only a sentence with a modal can report one or tell an agreement's terms, and only one with a
  // colon near its start can list a giver's sum: most have neither)
  bool report = false;
  bool modal = false;
  for (const Cue& c : si.cues) {
    report = report || c.kind == "report"sv;
    const TokenKey k = ctx.tokens[c.first].key;
    modal = modal || k == "would"sv || k == "will"sv || k == "'ll"sv || k == "is"sv || k == "are"sv;
  }
  bool line = false;
  for (std::uint32_t i = si.span.first; i < si.span.last && i < si.span.first + 10 && !line; ++i) {
    line = ctx.tokens[i].key == ":"sv;
  }
  const detail::UntriggeredWords words = detail::untriggered_words(ctx, si);
  // ("The leaders adopted the Jeddah Declaration": a text the gathering spoken of adopts)
  const std::uint32_t adopted = ctx.salient_event >= 0 ? scan_anchors(ctx, si).adopted : 0;
  const std::uint32_t sanctions = scan_anchors(ctx, si).sanctions;
  const std::uint32_t forces = scan_anchors(ctx, si).forces_sent;
  const std::uint32_t delegation = scan_anchors(ctx, si).delegation;
  // ("So were A, B and C")
  const bool so_were = si.span.last > si.span.first + 2 && ctx.tokens[si.span.first].key == "so"sv &&
                       (ctx.tokens[si.span.first + 1].key == "were"sv || ctx.tokens[si.span.first + 1].key == "was"sv);
  if (!modal && !line && !words.list && !words.partnership && adopted == 0 && sanctions == 0 && forces == 0 &&
      delegation == 0 && !so_were) {
    return;
  }
  detail::Frames f(ctx, si);
  if (adopted != 0) f.adopted_text(adopted);
  if (sanctions != 0) f.sanctions_kept(sanctions);
  if (forces != 0) f.forces_sent_to(forces);
  if (delegation != 0) f.delegation_member(delegation);
  if (so_were) f.so_were_too();
  if (words.list) f.listed_commitments();
  if (words.partnership) f.partnership_raised();
  if (report && modal) f.reported_commitments();
  if (modal) f.deal_terms();
  if (line) f.pledge_line();
}

}  // namespace evkg
