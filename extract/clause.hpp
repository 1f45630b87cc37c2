// Clause-level analysis over a sentence's mentions: coordinated actor groups ("France, the UK and
// Belgium"), the subject of a trigger (skipping appositions, relative clauses, prepositional
// objects; following "who" to its antecedent, "they" to the subject of "said", participles to the
// main subject), its object, clause ends, and the status (reported/planned/denied/hypothetical)
// that negation and modality cues give it.
#pragma once
#include <initializer_list>
#include <string>
#include <vector>

#include "extract/analysis.hpp"

namespace evkg {

struct Group {
  std::vector<int> entities;   // distinct entity indices, in order
  std::uint32_t first = 0;     // token span of the group
  std::uint32_t last = 0;
  bool generic = false;        // only group phrases ("European leaders")
  bool empty() const { return entities.empty(); }
};

class ClauseView {
 public:
  ClauseView(DocContext& ctx, SentenceInfo& si) : ctx_(ctx), si_(si) {}

  const Mention* mention_at(std::uint32_t tok) const;
  Mention* mention_starting(std::uint32_t tok);
  bool is_actor(const Mention& m) const;
  bool cue_is(std::uint32_t tok, const char* kind) const;
  // Whether a cue of one of these kinds covers a token of [from, end).
  bool cue_between(std::uint32_t from, std::uint32_t end, std::initializer_list<const char*> kinds) const;

  // Where the sentence's own words start: after a dateline that opens it ("RIO DE JANEIRO - ",
  // "WASHINGTON, July 11 (Agency) - "), else its first token.
  std::uint32_t story_start() const;
  // The group of actors that contains or starts at mention index m, extending right.
  void semicolon_members(Group& g) const;
  Group group_from(std::size_t m) const;
  // Whether mention i is a country's title not resolved to its holder and the person named right
  // after it between commas is that holder ("Iceland's prime minister, Kristrun Frostadottir,").
  bool title_before_holder(std::size_t i) const;
  // Whether mention i is a country whose own person follows it after a comma ("the presidents of
  // Rwanda, Paul Kagame, Uganda, Yoweri Museveni"): the country qualifies the person.
  bool country_before_its_person(std::size_t i) const;
  // The group whose last mention ends at or before `end`, extending left.
  // Whether `named` is a person's name in apposition to "the host" (`host`, resolved to the host
  // told of before): "the host, President Emomali Rahmon, chaired".
  bool host_apposition(const Mention& host, const Mention& named) const;
  Group group_ending(std::size_t m) const;

  // The group of two or more actors the sentence opens with ("A, B, C and D arrived in Kyiv."), which
  // a "they" in the next sentence refers to even when no relation was found here; else empty.
  Group opening_group() const;

  // Subject of the predicate whose first token is `at` (empty group when none).
  Group subject(std::uint32_t at) const;
  // First actor group to the right of `from`, before a clause boundary (within `max_gap` tokens).
  Group object(std::uint32_t from, int max_gap = 8) const;
  // First token after `from` that ends the clause.
  std::uint32_t clause_end(std::uint32_t from) const;
  // First token of the clause containing `at`.
  std::uint32_t clause_start(std::uint32_t at) const;
  // Whether `at` is in a condition ("if he wanted a meeting", "unless they agree"): "if", "unless"
  // or "whether" before it within its clause.
  bool in_condition(std::uint32_t at) const;

  // Status of a predicate at [first, last) whose subject ends at subject_last.
  // `pledge` relaxes future modals ("will send", "would be willing to") which a pledge contains.
  std::string status(std::uint32_t subject_last, std::uint32_t first, bool pledge) const;
  // For noun triggers: cues in the window before the noun (and its governing verb).
  std::string noun_status(std::uint32_t first) const;

  // The event mention at or right after `from` ("at the summit", "the Paris summit").
  Mention* event_after(std::uint32_t from, int max_gap = 5);
  // The place mention ("in Paris", "at the White House") between from and end.
  const Mention* place_between(std::uint32_t from, std::uint32_t end) const { return place_between(from, end, false); }
  // The place of what a gathering is about in [from, end): "a plan to end the war in Gaza".
  const Mention* situation_place_between(std::uint32_t from, std::uint32_t end) const {
    return place_between(from, end, true);
  }
  // The date mention nearest to `at` within [from, end).
  const DateMention* date_between(std::uint32_t from, std::uint32_t end, std::uint32_t at) const;

  bool boundary(std::uint32_t tok) const;
  // A name that only qualifies the noun after it ("his visit", "IMF support").
  bool adjectival(const Mention& m) const;

  static constexpr std::uint32_t kNoToken = ~std::uint32_t{0};
  // For the comma closing ", who ... ," or ", financed by ... ," right before a predicate: the
  // comma that opens it, else kNoToken.
  std::uint32_t qualifying_clause_start(std::uint32_t comma) const;

  // The person named after a role and a comma from `from` ("national security adviser, Ajit
  // Doval"), else nullptr.
  std::uint32_t who_clause_in_list(const Mention& cur) const;
  bool opens_next_clause(std::uint32_t sep, const Mention& nm) const;
  bool predicate_after_bare_comma(std::uint32_t sep, const Mention& nm) const;
  const Mention* member_after_apposition(std::uint32_t from) const;
  const Mention* named_after_role(std::uint32_t from) const;

 private:
  const Mention* place_between(std::uint32_t from, std::uint32_t end, bool situation) const;
  std::size_t index_of(const Mention* m) const { return static_cast<std::size_t>(m - si_.mentions.data()); }
  bool separator_at(std::uint32_t tok, std::uint32_t* next) const;
  Group subject_left_of(std::uint32_t at, int depth) const;
  // A report the sentence calls untrue says what the predicate at `first` tells ("Reports that A
  // met B were false"); "neither" right after it negates its object ("met neither A nor B").
  bool refuted_report(std::uint32_t first) const;
  // A verb of opinion before the predicate at `first` makes what it tells a view ("argues that
  // Paris would send instructors", "expects Moscow to veto").
  bool opinion_before(std::uint32_t first) const;
  bool neither_after(std::uint32_t first) const;
  bool unconfirmed_before(std::uint32_t first) const;
  // A cue of time to come ("next year", "later this month", "tomorrow") after the predicate at
  // `first`, in its clause and before any coordinated clause.
  bool future_time_after(std::uint32_t first) const;
  // The relative pronoun ("who", "whom", "which") whose clause has the mention starting at `mf` after
  // its verb, or kNoToken.
  std::uint32_t relative_pronoun_before(std::uint32_t mf) const;
  // "Trump addresses the Knesset and holds talks": m is the object of a verb coordinated with the
  // predicate at `at`, not its subject.
  bool object_of_coordinated_verb(const Mention& m, std::uint32_t at) const;
  // "the two men", "both leaders" before pos: the last two people named in the sentence, else the
  // two that "they" stands for; empty when there are not two.
  // With `leaders` ("the two leaders"), never a minister, envoy or adviser: then the two leaders
  // who met most.
  // With `gender` ('m' for "the two men", 'f' for "the two women"), never someone of the other.
  Group pair_before(std::uint32_t pos, bool leaders = false, char gender = '?') const;
  // "sides" at t in a phrase of a preposition ("companies on both sides", "from the two sides"):
  // not the pair as a subject.
  bool sides_in_phrase(std::uint32_t t) const;
  // Mention i is a country or body qualifying the person named just before ("Macron of France").
  bool of_apposition(std::size_t i) const;
  // Mention i is "his"/"her" before a word of kinship or office and a comma, and the person named
  // after that comma is the one it points to ("his father, the former president George H.W. Bush"):
  // that person's mention index; npos otherwise.
  std::size_t kin_apposition(std::size_t i) const;


  DocContext& ctx_;
  SentenceInfo& si_;
};

}  // namespace evkg
