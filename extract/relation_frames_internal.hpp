// The relation frames' shared part, internal to extract/: the Frames object that handles the
// triggers of one sentence, whose member functions are defined in the relation_frames_*.cpp files
// named at each group below, and the word tests that several of those files use.
// extract_relations() (relation_frames.hpp) is the entry.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/analysis.hpp"
#include "extract/clause.hpp"

namespace evkg::detail {

// How far back in a document's assertions a frame looks for what was said of an event or a person
// (a bound on the work in a document of endless lists).
constexpr std::size_t kRecentAssertions = 2000;

// A gathering of many: a summit, a conference or a body's meeting (not a meeting of two), the kind
// whose sidelines, sessions and guests a text speaks of.
inline bool many_gathering(const DocEvent& e) {
  return e.kind == "summit" || e.kind == "conference" || !e.group.empty();
}

// w occurs in k at the start of a word ("partnerships" does not contain the word "ship").
inline bool starts_word(const std::string& k, const char* w) {
  const std::string_view needle(w);
  for (std::size_t at = k.find(needle); at != std::string::npos; at = k.find(needle, at + 1)) {
    if (at == 0 || k[at - 1] == ' ' || k[at - 1] == '-' || needle[0] == '$' ||
        static_cast<unsigned char>(needle[0]) >= 0x80) {
      return true;
    }
  }
  return false;
}

// "the", "a", "its", "these", ...: a word that opens a noun phrase (the relation frames skip it).
inline bool determiner(std::string_view k) {
  using namespace std::string_view_literals;  // "the"sv: comparisons check the length first
  return k == "the"sv || k == "a"sv || k == "an"sv || k == "any"sv || k == "its"sv || k == "their"sv || k == "his"sv ||
         k == "her"sv || k == "some"sv || k == "all"sv || k == "this"sv || k == "that"sv || k == "these"sv ||
         k == "those"sv;
}

// What a pledge can be to do when it names no supply verb ("agreed to resume buying American
// soybeans", "undertook to lift the ban"): relation_frames_pledge.cpp.
bool pledged_action(std::string_view verb);
// Whether an object (its name_key) names something that can be pledged: aid, arms, money, troops,
// security, ...
bool pledgeable_object(const std::string& object_key);
// Verbs that commit two or more sides to each other ("consult", "exchange", "cooperate").
bool joint_action(std::string_view verb);

// A verb of giving or holding a meal or a welcome for someone ("gave a state luncheon for him",
// "held an official welcome for Xi").
inline bool hosting_verb(std::string_view k) {
  using namespace std::string_view_literals;
  return k == "gave"sv || k == "gives"sv || k == "held"sv || k == "holds"sv || k == "hosted"sv || k == "hosts"sv ||
         k == "threw"sv || k == "offered"sv;
}

// A meal leaders share ("lunch", "a state banquet"): sharing one is meeting where it was held.
// The key of a token that opens a bullet line: "-", "--", "•", "*", "–".
inline bool bullet_mark(std::string_view k) {
  using namespace std::string_view_literals;
  return k == "-"sv || k == "--"sv || k == "\u2022"sv || k == "*"sv || k == "\u2013"sv;
}

inline bool meal_noun(std::string_view k) {
  using namespace std::string_view_literals;
  return k == "lunch"sv || k == "dinner"sv || k == "breakfast"sv || k == "banquet"sv || k == "luncheon"sv ||
         k == "supper"sv;
}

// What a proposal cue at c proposes, as a token span: what follows it ("argued for a common
// currency"), or the noun phrase a relative clause of it is about ("the 'Libya model' of
// disarmament that Bolton had floated"). `subject_first` is the first token of the cue's subject.
struct Span {
  std::uint32_t from = 0;
  std::uint32_t to = 0;
};
Span proposed_span(const DocContext& ctx, const ClauseView& cv, const Cue& c, std::uint32_t subject_first,
                   std::uint32_t sentence_first);

// "measures", "actions", "commitments"... (relation_frames_listed_commitments.cpp) and
// "partnership" (relation_frames_partnership.cpp).
bool listed_commitment_noun(TokenKey k);
bool partnership_noun(TokenKey k);
// A verb of a journey told done ("flew", "travelled", "arrived", "returned", "landed").
bool journey_verb(TokenKey k);

// Which frames without a trigger of their own a sentence may hold: a list of commitments announced
// (or a line of one), a partnership raised. Most sentences hold neither; one pass over the tokens
// tells (relation_frames.cpp).
struct UntriggeredWords {
  bool list = false;
  bool partnership = false;
};
UntriggeredWords untriggered_words(const DocContext& ctx, SentenceInfo& si);


class Frames {
 public:
  Frames(DocContext& ctx, SentenceInfo& si) : ctx_(ctx), si_(si), cv_(ctx, si) {}

  // Every trigger of the sentence through its frame, then what the sentence leaves for the next.
  void run();
  // The commitments the sentence reports in indirect speech: "X said S would V"
  // (relation_frames_reported_pledge.cpp).
  void reported_commitments();
  // The terms of an agreement told as future facts: "S will V" after a deal is spoken of
  // (relation_frames_deal_terms.cpp).
  void deal_terms();
  // "- Norway: up to three billion dollars": a giver's line of a list of pledges
  // (relation_frames_pledge_lines.cpp).
  void pledge_line();
  void adopted_text(std::uint32_t from);
  // "not the time to lift any sanctions on Russia": sanctions kept (relation_frames_sanctions.cpp)
  void sanctions_kept(std::uint32_t at);
  // "A Franco-British military delegation will travel to Ukraine": forces named by the peoples that
  // send them, said to go to another country (relation_frames_pledge_forces.cpp)
  void forces_sent_to(std::uint32_t head);
  // "Lavrov was in the Russian team": a delegation's member at the gathering
  // (relation_frames_delegation_member.cpp)
  void delegation_member(std::uint32_t first);
  // "So were A, B and C" after a sentence putting someone at a gathering (relation_frames_lists.cpp)
  void so_were_too();
  void delegation_member_at(std::uint32_t at);
  static bool delegation_anchor(TokenKey k);
  static bool forces_noun(TokenKey k);
  int peoples_country(std::uint32_t at, std::uint32_t head, std::vector<int>& out);
  const Mention* journey_place_before(std::uint32_t at) const;
  std::uint32_t journey_for(std::uint32_t first) const;
  static bool sanctions_anchor(TokenKey k);
  int gathering_voice(int ev);
  bool said_by_the_gathering(std::uint32_t v) const;
  // "Xi set out ten actions. Among them:" and the lines after it: each line a pledge of the one who
  // announced them (relation_frames_listed_commitments.cpp).
  void listed_commitments();
  // "The two leaders announced a comprehensive strategic partnership": each side commits to the
  // other (relation_frames_partnership.cpp).
  void partnership_raised();

 private:
  // What follows a pledge or supply verb: beneficiary and object.
  struct GappedAmount {
    int who;
    std::uint32_t first;
    std::uint32_t last;
  };
  struct Offer {
    int beneficiary = -1;
    std::string object;
    std::uint32_t object_first = 0;
  };

  TokenKey key(std::uint32_t i) const { return ctx_.tokens[i].key; }
  std::uint32_t F() const { return si_.span.first; }
  std::uint32_t L() const { return si_.span.last; }
  std::string text(std::uint32_t a, std::uint32_t b) const { return std::string(ctx_.text_of(a, b)); }

  // Dispatch (relation_frames.cpp): which trigger is a predicate, and its frame.
  bool inside_name(const Trigger& t) const;
  bool noun_use(const Trigger& t) const;
  bool renewed_pledge(const Trigger& t) const;
  bool verb_position(const Trigger& t) const;
  bool verb_use(const Trigger& t) const;
  void handle(const Trigger& t, const TriggerInfo& info);
  void finish_sentence();

  // Arguments (relation_frames_arguments.cpp): subject, noun phrase, date.
  Group subject_of(const Trigger& t);
  Group subject_or_group(std::uint32_t at);
  void remember(const Group& s, const Trigger& t);
  Group diary_entry_subject(const Trigger& t) const;
  bool purpose_after(const std::string& object) const;
  std::uint32_t diary_heading_colon() const;
  std::uint32_t np_end(std::uint32_t from, std::uint32_t limit) const;
  std::string trimmed_np(std::uint32_t a, std::uint32_t b) const;
  std::string rejectable_before(std::uint32_t at, std::uint32_t* noun_at = nullptr) const;
  std::string document_before(std::uint32_t at) const;
  int proposer_of(std::uint32_t noun) const;
  bool same_side(const Group& s, int x) const;
  // Two or more sides, each of a known country and no two of one.
  bool distinct_countries(const Group& s) const;
  int recent_beneficiary(const Group& s) const;
  // Whether a supply named for no one ("India promised 7.5 million dollars in testing kits") is a
  // pledge of what is supplied: by one or two states or bodies, outside indirect speech, of a thing
  // that names none of the subject's side ("supply Great Britain squads with their kit" is for its own).
  bool unowed_supply(const Group& s, const Offer& o) const;
  // Whether tokens [a, b) name a sum: a figure or a currency sign (or, with in_words, "a billion").
  bool sum_between(std::uint32_t a, std::uint32_t b, bool in_words) const;
  bool agreed_terms(const Trigger& t, std::uint32_t np);
  void signed_by(const Trigger& t);
  void signing_spoken_of(const Trigger& t, std::uint32_t o, std::uint32_t end);
  bool negated_political_verb(const Trigger& t) const;
  bool perfect_before(std::uint32_t at) const;
  std::uint32_t perfect_auxiliary(std::uint32_t at) const;
  bool intention_denied(std::uint32_t from, std::uint32_t to) const;
  std::uint32_t own_clause_after_and(std::uint32_t from) const;
  Date day_of_what_came(std::uint32_t a) const;
  const Mention* place_of_where_clause(std::uint32_t at) const;
  int meal_attended(const Trigger& t);
  std::string noun_at(std::uint32_t at, std::uint32_t from) const;
  std::uint32_t what_for_end(std::uint32_t first, std::uint32_t e, std::uint32_t end) const;
  bool continues_narrative(std::uint32_t at) const;
  bool present_predicate(std::uint32_t at) const;
  bool same_day_cue(std::uint32_t a, std::uint32_t b) const;
  Date date_for(std::uint32_t from, std::uint32_t end, std::uint32_t at, std::uint32_t tense_of = ClauseView::kNoToken);

  // Records (relation_frames_records.cpp): assertions, and the events they are about.
  void add(const std::string& rel, int s, int target, int target_event, const std::string& object,
           const std::string& status, const Date& date, const std::string& place, int event, double conf,
           const std::string& topic = {});
  int meeting_event(const std::string& kind, std::uint32_t from, std::uint32_t end, const Date& date,
                    std::string* place_out);
  void place_of(const Mention& pl, std::string* place, std::string* key_out) const;
  int event_at(const Mention& pl, const std::string& kind, const Date& date, std::string* place_out);
  static bool names_a_place(const Mention& m);
  void chaired_event(const Group& s, const Trigger& t, int ev, std::uint32_t end, double conf);
  int event_in_clause(Mention& evm);
  void event_start_date();
  void event_end_and_length();
  void meeting_between(const Group& a, const Group& b, const std::string& status, const Date& date,
                       const std::string& place, int ev);
  void meeting_among(const std::vector<int>& who, const std::string& status, const Date& date,
                     const std::string& place, int ev, double conf);

  // Participant lists (relation_frames_lists.cpp): "and with B", "including A, B", "as did A".
  Group with_second_partner(Group o) const;
  Group partners_after_colon(std::uint32_t colon) const;
  void delegations_after_colon(const Group& s, const Group& o, int ev, const Date& date);
  bool hosted_for_a_meal(const Trigger& t, const Group& s, const std::string& status, const Date& date);
  Group family_spoken_of(std::uint32_t from, const Group& s) const;
  void companions_at_the_sides(const Group& s, const Group& o, int ev, const Date& date);
  Group with_included(Group g) const;
  void as_did(const Trigger& t, int ev, const std::string& status, const Date& date);

  // The passive with an agent (relation_frames_passive.cpp): "was received by", "was attended by".
  bool passive(const Trigger& t);
  bool named_before(const std::vector<int>& entities, std::uint32_t pos) const;
  int meeting_event_of(const Group& s) const;

  // Meeting verbs (relation_frames_meet.cpp): meet and alongside, host, receive, gather.
  void meet(const Trigger& t, const TriggerInfo& info);
  bool unnamed_gathering(const Trigger& t);
  void host(const Trigger& t);
  bool host_apposition(const Trigger& t);
  void receive(const Trigger& t);
  bool hosted_crowd_for_event(const Trigger& t, const Group& s);
  std::string welcomed_to_place(std::uint32_t to, std::uint32_t end) const;
  void gather(const Trigger& t);
  // "Macron visited Scholz in Berlin", "paid a visit to Scholz": visiting a person is meeting them
  // (visiting a country or a city is a journey, relation_frames_travel.cpp's).
  void visit_person(const Trigger& t, const TriggerInfo& info);
  // "A, B and C gathered in Elmau for the summit": without an object, those gathered attended it.
  void gathered_for(const Trigger& t, const Group& s);

  // Meeting nouns (relation_frames_meeting_noun.cpp): "a meeting between", "held a meeting",
  // "X's meetings with".
  void meeting_noun(const Trigger& t);

  // Journeys (relation_frames_travel.cpp): "travelled to Kyiv for talks with".
  bool travel_for_talks(const Trigger& t, const std::string& kind, std::uint32_t end);
  bool meeting_sequel(const Trigger& t, const std::string& kind);

  // Attendance (relation_frames_attend.cpp): attend, present, join, bring_together.
  bool inverted_attendance(const Trigger& t);
  void attend(const Trigger& t);
  void present(const Trigger& t);
  // "In the front pew sat A and B", "Behind them were C, then D and E": the people seated at the
  // gathering spoken of attended it.
  void seating(const Trigger& t);
  void seated_across(const Trigger& t);
  void received_among(const Trigger& t);
  void among_at_table(const Trigger& t);
  bool chair_apposition(const Trigger& t);
  void arrive(const Trigger& t);
  bool arrive_for_ceremony(const Trigger& t);
  bool attended_at(const Trigger& t);
  bool fronted_at(Mention& em, std::uint32_t start, std::uint32_t at);
  std::size_t holder_after_title(std::size_t i) const;
  int legislature_sitting(const Trigger& t, const Group& s, std::uint32_t from);
  std::uint32_t legislature_at(std::uint32_t from) const;
  void speak_at(const Trigger& t);
  void join(const Trigger& t);
  void represent(const Trigger& t);
  void wreath(const Trigger& t);
  void heading_list();
  void attendance_section_item();
  void meeting_section_item();
  void participle_inversion();
  void first_arrivals();
  void met_at_door(const std::vector<int>& hosts, const std::vector<int>& who, const std::string& status, int ev);
  // When the sentence before greets or welcomes: the person it opened with and the group it named
  // (the hosts at the door); else none.
  std::vector<int> hosts_greeting_before() const;
  void facing_inversion(std::uint32_t from);
  void guests_of_event(const Group& host, const Trigger& t, std::uint32_t w, int ev, const Date& date);
  void companions(const Group& s, const Group& who, const Trigger& t);
  void met_across_sides(const std::vector<int>& side, int ev, const std::string& status);
  // Two people of one known country (colleagues at one side of a table).
  bool same_country(int a, int b) const;
  // (`post`, when given, says whether the person was named after the post they hold: "by its
  // acting ambassador in Pretoria, Dana Brown")
  Group representative_after(std::uint32_t by, bool* post_named = nullptr) const;
  std::vector<int> delegations_listed(std::uint32_t from) const;
  std::vector<int> people_listed(std::uint32_t from, std::uint32_t end = ~0U) const;
  std::uint32_t list_opening(std::uint32_t from, std::uint32_t reach, bool among_them) const;
  std::vector<int> list_past_relatives(std::uint32_t from) const;
  std::vector<int> along_with(std::uint32_t at) const;
  // "the two-day meeting, which Ramaphosa hosted", "the meeting, over which Lee presided": the
  // event a relative clause opened right before the subject `s` is about, or null.
  Mention* relative_event_before(const Group& s);
  void include(const Trigger& t);
  void accompanied(const Trigger& t);
  // The event the document speaks of most (the salient one on a tie), or -1.
  int main_event() const;
  int gathering_spoken_of() const;
  // Whether every one of `g` is already placed at event `ev` by a reported assertion.
  bool all_at_event(const Group& g, int ev) const;
  void bring_together(const Trigger& t);
  void brought_people_together(const Trigger& t);

  // Chairing (relation_frames_chair.cpp): chair, led_by.
  void chair(const Trigger& t);
  void led_by(const Trigger& t);
  void delegation_led_by(const Trigger& t, Mention* evm);

  // Pledges (relation_frames_pledge.cpp): pledge, supply.
  std::uint32_t clause_end_past_amounts(std::uint32_t from) const;
  std::vector<GappedAmount> gapped_amounts(std::uint32_t from) const;
  bool seeing_is_meeting(const Trigger& t) const;
  Group counted_group(std::uint32_t start, std::uint32_t at) const;
  Group counted_group_at(std::uint32_t the) const;
  Group group_of_count(TokenKey count) const;
  void lead_delegation(const Trigger& t);
  void with_role(const Trigger& t);
  void hosted_as_guests(const Trigger& t);
  bool role_between_commas(const Trigger& t);
  void with_role_of(const Trigger& t, const Mention& who);
  bool sent_officials(const Trigger& t);
  bool gave_a_meal(const Trigger& t);
  void call_on(const Trigger& t, const std::string& rel);
  void face_to_face(const Trigger& t);
  void sat_across(const Trigger& t);
  void took_aside(const Trigger& t);
  bool teams_playing() const;
  std::string object_named_before(const std::string& object) const;
  void stand_between(const Trigger& t);
  void looked_on_together(const Trigger& t);
  std::vector<int> side_of(std::uint32_t from, std::uint32_t to) const;
  bool opening_chaired_by(const Trigger& t);
  void guest_of(const Trigger& t);
  void guests_of_host(const Trigger& t);
  int body_gathering(std::uint32_t from, std::uint32_t end, const Date& date);
  const Mention* adverbial_meeting_owner(std::uint32_t p, std::uint32_t noun) const;
  std::string phrase_predicate_status(std::uint32_t from, std::uint32_t end, const std::string& status) const;
  int opening_place_event(std::uint32_t before, const std::string& kind, const Date& date, std::string* place_out);
  int body_named_at(std::uint32_t j, std::uint32_t end, const Date& date);
  bool joined_by(const Trigger& t);
  std::vector<int> people_joined() const;
  bool joined_their_meeting(const Trigger& t, const Group& s, const Group& joined, const std::string& status);
  void signing_watched(std::uint32_t watch);
  int gathering_of_body(const OrgInfo& org, const Date& date);
  const OrgInfo* meeting_body_at(std::uint32_t j, std::uint32_t end) const;
  bool welcomed_the_guest(const Trigger& t, const Group& s);
  bool every_guest_at(std::uint32_t i, std::uint32_t* after) const;
  bool greeted_every_guest(const Trigger& t, const Group& s, std::uint32_t object);
  std::string fund_spoken_of() const;
  bool opening_participle_meeting(const Trigger& t);
  bool gathering_of_many(int ev) const;
  int gathering_of_many_spoken_of() const;
  // that, else the talks the text is about (where each side sends a delegation); -1 if none
  int gathering_with_delegations() const;
  bool opening_participle_passive(const Trigger& t);
  void cosigned(const Trigger& t);
  std::string object_context(std::uint32_t from, std::uint32_t oe, const Group& s) const;
  bool vote_without_object(const Trigger& t, const Group& s);
  std::string voted_text_before(std::uint32_t at) const;
  static bool committing_text(const std::string& okey);
  // Who signed a text: the subject, then those it signed with ("signed trade agreements with
  // Cambodia and Malaysia"), each bound to the subject only.
  struct Signatories {
    const Group& all;          // the subject's entities first, then the partners'
    std::size_t subject;       // how many of all.entities are the subject's
    bool has_partners() const { return subject < all.entities.size(); }
    bool bound_to_each_other(std::size_t i, std::size_t j) const { return i != j && (i < subject || j < subject); }
  };
  void signed_texts_pledged(const Signatories& by, const Trigger& t, std::uint32_t o, std::uint32_t end,
                            const std::string& status, const Date& date);
  bool causative_commitment(const Trigger& t);
  bool called_groundless(const Trigger& t);
  bool called_to_gathering(const Trigger& t);
  Group profile_line_subject(const Trigger& t) const;
  void signatory_list();
  void gathering_heard(std::uint32_t v);
  void asked_whether_declined(std::uint32_t whether);
  std::uint32_t day_of_gathering_end(std::uint32_t from) const;
  bool creditors_relief(const Trigger& t);
  Trigger meal_predicate(const Trigger& t) const;
  bool colon_list_attended(const Trigger& t);
  void hand_over(const Trigger& t);
  Group group_after_comma(std::uint32_t from, std::uint32_t limit, std::uint32_t* comma) const;
  // Whether token `i` is inside a date of this sentence ("on Sunday", "that afternoon").
  bool in_date(std::uint32_t i) const {
    return std::any_of(si_.dates.begin(), si_.dates.end(), [&](const DateMention& d) { return i >= d.first && i < d.last; });
  }
  Offer offer_after(std::uint32_t from);
  int demonym_people(std::uint32_t i) const;
  bool not_ruled_out_after(std::uint32_t from) const;
  void emit_pledge(const Group& s, const Trigger& t, const Offer& o, bool strong);
  Group commitments_announced(std::string* status, int* beneficiary);
  void gift_offer(const Group& s, Offer& o);
  std::uint32_t closing_verb_after(const Mention& m) const;
  bool began_hours_from(const Mention& m) const;
  void more_agents(Group& agent) const;
  std::vector<int> people_with(std::uint32_t with) const;
  bool someone_at(int ev) const;
  bool seen_by_the_reporters(const Trigger& t);
  void pose(const Trigger& t);
  int margins_of_main_event(std::uint32_t from, std::uint32_t end, const Date& date);
  bool signed_to_supply(const Trigger& t) const;
  int pledged_to(int s, int target);
  bool time_spent_with(const Trigger& t) const;
  void came_with(const Trigger& t);
  void in_place_with(const Trigger& t);
  void escorted(const Trigger& t);
  void took_chair(const Trigger& t);
  void same_place(std::uint32_t from, std::uint32_t end, std::string* place, std::string* place_key) const;
  bool looks_back(const DateMention& d) const;
  bool restraint_promised(const Trigger& t, std::uint32_t to_at);
  bool in_promised_restraint(std::uint32_t at) const;
  std::string ceremony_noun(const Mention& evm) const;
  int meal_gathering(const Mention& evm, const std::string& place, const std::string& place_key, const Date& date);
  int meal_gathering(const std::string& noun, const std::string& place, const std::string& place_key, const Date& date);
  void meal_for(std::uint32_t for_at);
  void meeting_was_with(std::uint32_t with_at);
  // the index of a trigger of `frame` in the lexicon (0 when it has none), for a construction read
  // as that frame without a trigger of its own
  std::uint32_t frame_info(std::string_view frame) const;
  bool has_frame(std::string_view frame) const;
  // whether the group names people only (no country or body)
  bool people_only(const Group& g) const;
  void mutual_pledges_at_event();
  const Mention* place_before(std::uint32_t at) const;
  int where_clause_event(std::uint32_t subject_first, const Date& date, std::string* place_out);
  bool received_at_place(const Trigger& t, std::uint32_t p);
  void signed_up_to(const Group& s, const Trigger& t, std::uint32_t o, std::uint32_t end);
  bool signed_at_gathering(const Group& s, const Trigger& t, std::uint32_t o, std::uint32_t end);
  void chaired_and_attended(const Group& s, const Trigger& t, int ev, const std::string& status, const Date& date,
                            double conf);
  Offer added_offer(std::uint32_t from) const;
  void pledge(const Trigger& t);
  bool possessed_commitment(const Trigger& t);
  void action_pledge(const Trigger& t, const Group& s, std::uint32_t verb);
  int beneficiary_in(std::uint32_t a, std::uint32_t b, const Group& s, bool skip_with = false) const;
  int talks_counterpart(const Group& s);
  bool spending_target_in(std::uint32_t a, std::uint32_t b) const;
  bool owed_to_unknown_party(std::uint32_t a, std::uint32_t b) const;
  bool spending_verb_with_target(std::uint32_t verb) const;
  int own_side(const Group& s);
  bool reported_action(std::uint32_t v) const;
  void second_meeting(const Group& s, const Group& o, const Trigger& t, const std::string& kind,
                      const std::string& status, const Date& date);
  void supply(const Trigger& t);

  // Commitments in indirect speech (relation_frames_reported_pledge.cpp).
  std::uint32_t modal_verb_after(std::uint32_t at) const;
  std::uint32_t pledge_trigger_info() const;
  bool reported_pledge_of(const Group& s, std::uint32_t v);
  bool agreement_spoken_of(std::uint32_t at) const;
  std::uint32_t past_time_phrase(std::uint32_t at) const;
  int demonym_entity(std::string_view k) const;
  int demonym_country(std::uint32_t t) const;

  // Refusals (relation_frames_reject.cpp).
  // "refused to sit down with X": X refused as a partner (the meeting itself is negated by its verb)
  void refused_partner(const Trigger& t, const Trigger& meet);
  void reject(const Trigger& t);
  void withdraw(const Trigger& t);
  bool stated_stance(const Trigger& t, const Group& s) const;
  bool denied_claim(const Trigger& t, const Group& s);
  bool denied_report(TokenKey verb, std::uint32_t from) const;
  bool co_chair_aside(const Trigger& t, const Group& s);
  std::uint32_t coordinated_passive_aux(std::uint32_t and_at) const;

  // Calls (relation_frames_call.cpp): call, call_verb, speak_with.
  void call(const Trigger& t, bool bare_verb);
  void speak_with(const Trigger& t);
  void converse(const Trigger& t, const TriggerInfo& info);
  bool from_afar(std::uint32_t i) const;
  bool recorded_message(std::uint32_t from) const;
  void seated_beside_met(const Group& s, const Trigger& t);
  void guests_greeted_by(const Group& guests, const Group& hosts, const Trigger& t, std::uint32_t end);
  std::uint32_t place_before_partner(std::uint32_t at, std::uint32_t end) const;
  std::uint32_t between_after_held(std::uint32_t at, std::uint32_t end) const;

  // The actor right after the verb (relation_frames_direct.cpp): accuse, thank_to, call_on, appeal,
  // member.
  void direct(const Trigger& t, const std::string& rel, int gap);
  void member(const Trigger& t);

  DocContext& ctx_;
  SentenceInfo& si_;
  ClauseView cv_;
  Group last_subject_;
  Group prev_subject_;
  bool shared_subject_ = false;
  bool causative_ = false;  // reading the verb a text commits its parties to
  bool reported_ = false;   // reading a commitment reported in indirect speech (reported_commitments)
  Date prev_date_;
  // The last date_for() found a weekday still to come (present tense, no article date).
  // where a body's people meeting among themselves registered their gathering ("NATO leaders met in
  // Brussels"), 0 when none in this sentence
  std::uint32_t gathering_met_ = 0;
  bool weekday_to_come_ = false;
  std::uint32_t prev_trigger_last_ = 0;
  const Trigger* cur_ = nullptr;
  Date last_date_;
};

}  // namespace evkg::detail
