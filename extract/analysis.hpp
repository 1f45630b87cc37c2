// The working state of extraction for one document: its tokens and sentences, the entities it
// mentions (with within-document coreference), the events it speaks of, and per sentence the
// mentions, triggers, cues and dates found in it. Stages fill it in order:
//   tokenize/split -> find_mentions (per sentence) -> extract_relations (per sentence) -> result.
#pragma once
#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/date.hpp"
#include "extract/dates.hpp"
#include "extract/document.hpp"
#include "extract/lexicon.hpp"
#include "extract/sentence.hpp"
#include "extract/token.hpp"
#include "graph/assertion.hpp"

namespace evkg {

enum class MKind : std::uint8_t {
  kPerson,    // a person (entity)
  kCountry,   // a country or a country by metonymy (entity)
  kOrg,       // an organisation (entity)
  kPlace,     // a place (not an actor)
  kOutlet,    // a news outlet (never an actor)
  kTitle,     // a title that did not attach to a name and resolved to nobody
  kGeneric,   // people nouns with no identifiable actor ("26 leaders", "allies")
  kPronoun,   // he/she/they/we... (entity set once resolved)
  kEvent,     // an event noun phrase (event index set)
};

struct Mention {
  std::uint32_t first = 0;  // token range [first, last)
  std::uint32_t last = 0;
  MKind kind = MKind::kPerson;
  int entity = -1;       // index into DocContext::entities for actors
  int event = -1;        // index into DocContext::events for kEvent
  std::string place;     // kPlace: label ("Paris", "White House, Washington")
  std::string place_key; // kPlace: key used to identify events by place ("paris", "washington")
  int place_country = -1; // kPlace: lexicon country of a capital, seat or city; kTitle: the title's country
  bool possessive = false;  // followed by 's
  bool generic = false;     // a group phrase ("European leaders") standing for an actor
  bool metonym = false;     // a capital or seat standing for its country
  std::string pronoun;      // kPronoun: the word
  bool antecedent_here = false;  // kPronoun: resolved to a person named earlier in the same sentence
  bool modifier = false;    // names the place or group of an event ("a NATO summit"): not an actor
  int partner = -1;         // kPerson: a second person the mention names ("the Bidens": Joe and Jill Biden)
  // kEvent: what the noun phrase says of the event
  std::string ev_kind;
  std::string ev_group;
  Date ev_date;
  bool ev_definite = false;  // "the summit", "this gathering"
  bool ev_indefinite = false;  // "a summit": a gathering newly spoken of
  bool ev_tied = false;        // "RSF-linked talks": a bare phrase tied to someone, another gathering
};

// Sorts mentions by their first token. Most sentences' mentions are found left to right: when
// they are already strictly increasing (the only order a sort can give them), nothing is moved, as
// moving a Mention copies five strings.
inline void sort_by_first_token(std::vector<Mention>& mentions) {
  const auto out_of_order = [](const Mention& a, const Mention& b) { return a.first >= b.first; };
  if (std::adjacent_find(mentions.begin(), mentions.end(), out_of_order) == mentions.end()) return;
  std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

struct Trigger {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  std::uint32_t info = 0;  // index into Lexicon::triggers()
};

struct Cue {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  std::string kind;  // negation, planned, hypothetical, proposal, report, remote, deny_report
};

struct DocEntity {
  std::string id;
  std::string label;
  std::string type;  // person | country | organization
  std::vector<std::string> aliases;
  std::string country;      // persons: ISO alpha-3
  std::string org;          // persons: organisation key
  std::string role;         // persons: title key
  std::string surname_key;  // persons
  char gender = '?';
  int lex = -1;             // index into the lexicon's people/countries/orgs
  bool reliable = true;     // from the lexicon or a title pattern (unknown bare names are not)
  bool surname_only = false;
  bool commentator = false;  // introduced as one who comments ("a security analyst"): no party by itself
  bool in_a_place_name = false;  // named in a place's name ("Kim Il Sung Square")
  // Named only in a place's name so far: no one a surname or a title after it can be.
  bool only_in_a_place_name() const { return in_a_place_name && mentions == 0; }
  std::uint32_t mentions = 0;
  std::uint32_t named_mentions = 0;  // by name or title, not by pronoun ("her" is not "Obama")
};

struct DocEvent {
  std::string kind;       // summit, meeting, talks, conference, call, visit, ceremony
  std::string place;      // label
  std::string place_key;
  std::string group;      // organisation label ("Coalition of the Willing")
  std::string noun;       // a ceremony's own noun ("state funeral", "coronation"), for its alias
  Date date;
  Date end_date;          // its last day ("brought the summit to a close on Sunday")
  int days = 0;           // its length ("the two-day meeting"); 0 unknown
  int mentions = 0;
  bool used = false;      // some assertion refers to it
  bool named = false;     // an event noun phrase speaks of it ("the summit"), not only "met in X"
  bool to_come = false;   // "the next meeting": never the one being spoken of
  bool old = false;       // "the inaugural summit in Miami in 1994", an earlier year's, or an earlier
                          // item's of a digest: never what "the summit" speaks of
  bool many = false;      // a phrase said it gathers many leaders ("the meeting of South American presidents")
  std::size_t first_sentence = 0;  // the sentence that first spoke of it
  std::string id;         // set when the result is built
};

struct SentenceInfo {
  Sentence span;
  std::vector<Mention> mentions;         // sorted by first token
  std::vector<int> mention_at;           // per token of the sentence (index into mentions, -1 none)
  std::vector<Trigger> triggers;
  std::vector<Cue> cues;
  std::vector<int> cue_at;               // per token (index into cues, -1 none)
  std::vector<DateMention> dates;
  std::vector<DateMention> anchored_dates;  // "three days after" before a noun phrase (see find_dates)
  std::vector<std::uint8_t> in_quote;    // per token: inside quotation marks
  bool question = false;
  int speaker = -1;                      // entity speaking a quotation in this sentence
  // The constructions read without a trigger word, found by one pass over the sentence
  // (scan_anchors, relation_frames.hpp): the token each starts at, 0 for none.
  struct Anchors {
    bool scanned = false;
    std::uint32_t present_list = 0;    // "the leaders present in person were A, B": A
    std::uint32_t had_with_him = 0;    // "had his foreign minister, X, with him": "with"
    std::uint32_t in_place_with = 0;   // "Blinken is in Cairo with al-Sisi": "is"
    std::uint32_t meal_for = 0;        // "gave a state luncheon for him": "for"
    std::uint32_t meeting_was_with = 0;  // "His main meeting was with Berri": "with"
    std::uint32_t signing_watched = 0;   // "witnessed the signing of 11 documents": "witnessed"
    std::uint32_t adopted = 0;           // "by adopting the Jeddah Declaration": "adopting"
    std::uint32_t sanctions = 0;         // "not the time to lift any sanctions on Russia": "sanctions"
    std::uint32_t forces_sent = 0;       // "French troops will be sent to Ukraine": "troops"
    std::uint32_t delegation = 0;        // "Lavrov was in the Russian team": "team"
    std::uint32_t heard = 0;             // "The opening session also heard A and B": "heard"
    std::uint32_t asked_whether = 0;     // "asked whether Germany would join the coalition, declined": "whether"
    bool list = false;                 // a word of a list of commitments ("pledges", "steps")
    bool partnership = false;          // "partnership", "partnerships"
  } anchors;

  // Builds mention_at from mentions (after they are found, or after some are dropped).
  void index_mentions() {
    mention_at.assign(span.last - span.first, -1);
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      for (std::uint32_t t = mentions[m].first; t < mentions[m].last && t < span.last; ++t) {
        mention_at[t - span.first] = static_cast<int>(m);
      }
    }
  }

  // Empties it for the next sentence, keeping the vectors' storage.
  void reset(const Sentence& s) {
    span = s;
    mentions.clear();
    mention_at.clear();
    triggers.clear();
    cues.clear();
    cue_at.clear();
    dates.clear();
    anchored_dates.clear();
    in_quote.clear();
    question = false;
    speaker = -1;
    anchors = Anchors{};
  }
};

// An assertion before ids are assigned: endpoints are entity or event indices of the document.
struct PendingAssertion {
  std::string relation;
  int subject = -1;        // entity
  int target = -1;         // entity, or -1
  int target_event = -1;   // event, or -1
  std::string topic;       // target named only by the object ("ceasefire proposals")
  std::string object;
  std::string status = edge_status::kReported;
  Date date;
  std::string place;
  int event = -1;          // the event it happened at
  double confidence = 0.7;
  std::uint32_t begin = 0;  // sentence bytes
  std::uint32_t end = 0;
};

struct DocContext {
  const Document* doc = nullptr;
  const Lexicon* lex = nullptr;
  Date doc_date;
  // In a document with no date line: the last date the text gave with its weekday ("Saturday,
  // November 16" once the year is known), from which "on Friday" is counted.
  Date weekday_anchor;
  bool captions = false;  // a gallery of numbered captions, told in the present tense
  bool timeline = false;  // entries under headings of a day and a place ("FRIDAY, OCT. 13 - AMMAN")
  bool attendance_section = false;  // under a heading "Who was there?": its bullet lines list who came
  bool meeting_section = false;     // under a heading "Bilateral meetings on the sidelines": a bullet per meeting
  bool upcoming_section = false;    // under a heading "What comes next": its bullet lines are of what is to come
  std::uint32_t signatories_end = 0;  // the end of a sentence "Signatories." (a list of signatories follows)
  bool lede_read = false;  // the sentence opening with the dateline has been read
  bool preview = false;   // a look ahead ("The week ahead"): its present tense is to come
  bool live = false;      // a live report: entries that open with a time ("13:05 Merz received ...")
  bool eve_of_gathering = false;  // "the eve of the summit": the page is the day before it
  int sports_page = -1;   // a page of a game (a match report): 1 yes, 0 no, -1 not yet looked at
  std::size_t sentence_no = 0;  // the sentence being read
  // the day the lede tells of (its first date, within two days before the article's), and its sentence
  Date lede_day;
  std::size_t lede_sentence = 0;
  bool lede_awaits = false;  // the first sentences speak of a gathering still ahead
  bool lede_day_of_other = false;  // the lede's day is of a close, a denial or a journey
  // the day a caption's own dateline gave ("1. WASHINGTON, Wednesday, May 21, 2025."), or the day
  // heading a live report's entries ("SUNDAY, 14 DECEMBER")
  Date caption_day;
  std::string dateline;  // the place the article is filed from ("RIO DE JANEIRO - ..."), if it says
  std::vector<Token> tokens;
  KeyArena token_keys;  // where the tokens' keys are
  std::vector<Sentence> sentences;
  std::vector<DocEntity> entities;
  std::vector<std::size_t> entity_id_hashes;  // std::hash of each entity's id (doc_entities.cpp keeps it)
  // Names already turned into person entities by entity_for_named_person, with their entity: the
  // same text gives the same id, so a repeated name skips making the id again.
  std::vector<std::pair<std::string, int>> named_people;
  // Bodies the text itself introduces by name and abbreviation ("the Southern Debt Campaign Network
  // (SDCN)"): the abbreviation's key ("sdcn") and the body's entity, for its later mentions.
  std::vector<std::pair<std::string, int>> defined_orgs;
  std::vector<DocEvent> events;
  std::vector<PendingAssertion> pending;
  // The sentences (their first byte) that withdraw what was said: a correction ("An earlier version
  // wrongly said that ..."), a denial of a report ("denied reports that ..."), a deleted entry.
  std::vector<std::uint32_t> withdrawing_sentences;
  // A host who greeted every guest of a gathering ("greeted the leaders one by one at the door"):
  // once the document is read, the host met each one it places at that gathering (greeters_met_guests).
  struct Greeting {
    std::vector<int> hosts;
    int event = -1;  // -1: the document's main gathering
    Date date;
    std::vector<int> listed;  // guests named with the greeting ("as they came in: A, B and C")
    bool met_each = true;     // the host met each guest (not "leaders were welcomed at the door by X")
    std::uint32_t begin = 0, end = 0;  // the sentence's bytes
  };
  std::vector<Greeting> greetings;
  Date focus;             // the last full date spoken of
  // The day a sentence's names are read on: the first date of another year the sentence gives ("On
  // 2 December 1989 George Bush met Gorbachev": the father, not the son), else the focus.
  Date names_day;
  // The date a mention denotes in this document: counted from the article's date; a weekday in an
  // article without a full date, from the weekday date the narrative is at (the nearest such day:
  // "Meloni arrived on Wednesday" after "Tuesday 12 November").
  Date resolve(const DateMention& m, const Date& from_focus, Tense tense) const {
    // ("3. PM meeting with President X: 26 September 2024 ... The Prime Minister met X today": under a
    // dated entry heading, "today" and "yesterday" are counted from the heading's day)
    if (timeline && caption_day.full() && m.kind == DateKind::kDeictic && m.unit == DateUnit::kDay) {
      return resolve_date(m, caption_day, from_focus, tense);
    }
    if (m.kind == DateKind::kWeekday && !doc_date.full() && weekday_anchor.full()) {
      return resolve_date(m, weekday_anchor, from_focus, Tense::kPresent);
    }
    // ("in January 1979 ... That June he travelled to Vienna": a month "that" points back to is of
    // the year the text is telling of)
    if (m.kind == DateKind::kAbsolute && m.year == 0 && m.month != 0 && story_year != 0 && m.first > 0 &&
        m.first < tokens.size() && tokens[m.first - 1].key == std::string_view("that") &&
        valid_ymd(story_year, m.month, m.day == 0 ? 1 : m.day)) {
      return Date{story_year, m.month, m.day};
    }
    const Date r = resolve_date(m, doc_date, from_focus, tense);
    // ("on Sunday 29 July" in a text of 2025 about 1945: a weekday the day does not fall on in the
    // year found names the year the text has been telling of, when that day falls on it there)
    if (m.kind == DateKind::kAbsolute && m.year == 0 && m.weekday >= 0 && r.full() && weekday(r) != m.weekday &&
        story_year != 0 && story_year != r.year) {
      for (const int y : {story_year, story_year - 1, story_year + 1}) {
        const Date c{y, m.month, m.day};
        if (valid_ymd(y, m.month, m.day) && weekday(c) == m.weekday) return c;
      }
    }
    return r;
  }
  int story_year = 0;  // the year of the last date with a year the text gave (outside quotations)
  int last_person = -1;   // for he/she
  int last_subject_person = -1;
  int previous_sentence_person = -1;  // the person the sentence before opened with (-1: none)
  // The day the narrative is on for its opener: "Bessent arrived in Buenos Aires on Monday. He met
  // Milei": the one full day a sentence opening with a person gave, kept while the sentences after
  // it open with the same person and give no day of their own.
  Date narrative_day;
  int narrative_person = -1;
  std::vector<int> previous_sentence_people;  // the people the sentence before named, in order
  // The country recent pledges are for ("fresh promises for Kyiv", "pledged $1bn to Ukraine") and
  // the first token of the sentence that said so: later pledges that name no one are for it.
  int pledge_beneficiary = -1;
  std::uint32_t pledge_beneficiary_at = 0;
  // The fund recent money went to or was spoken of ("the loss and damage fund was put into
  // operation"), and where: later sums that name no recipient go to it.
  std::string pledge_fund;
  std::uint32_t pledge_fund_at = 0;
  // Commitments announced for a list ("Xi set out ten partnership actions. Among them:"): their
  // givers and edge status, the first token of the last sentence that is no line of a list, and
  // whether the lines that follow it are the commitments.
  struct CommitmentList {
    std::vector<int> givers;
    std::string status;
    int beneficiary = -1;  // whom they are for, when the announcing sentence says
    std::uint32_t at = 0;
    bool open = false;
  };
  CommitmentList commitment_list;
  // What the last sentences proposed ("Lula has argued for a common currency"): the tokens from the
  // proposal cue to its clause's end, and who proposed it; the latest few only.
  struct Proposal {
    std::uint32_t from = 0;
    std::uint32_t to = 0;
    int proposer = -1;
  };
  std::vector<Proposal> proposals;
  int last_clause_subject_person = -1;  // the person opening a later clause of that sentence ("...; Xi urged")
  std::vector<int> last_group;  // for they
  std::vector<int> door_hosts;  // who greeted the arrivals last listed ("First through the door was ...")
  int group_org = -1;  // the organisation of the last group phrase ("NATO leaders"), for "the allies"
  // The company that opened the last sentence to open with one, and that sentence's number: for
  // "the company", "the chipmaker" in the sentence after it
  int last_company = -1;
  std::size_t last_company_sentence = 0;
  std::string last_country;  // code of the country last named, or of the last royal named: for "the kingdom"
  int salient_event = -1;
  // The person a page is issued by ("From: Prime Minister's Office ... Sir Keir Starmer"): the holder
  // its bare titles mean ("The Prime Minister met ..."), -1 when none.
  int issuer = -1;
  // The country whose seat of government heads the page ("SOUTH BLOCK TRANSCRIPTS", "KREMLIN
  // READOUTS" on its first line): whose holders its bare titles mean when no one holds them in the
  // text ("the Prime Minister"); empty when none.
  std::string seat_country;
  // The country whose seat of government speaks in the sentence before ("Downing Street
  // spokesperson." over "The Prime Minister met Premier Li Qiang"): whose holders a bare title
  // there means; empty when none.
  std::string voice_country;
  // The last place the sentence before named, with its key ("Leaders gathered at Rajghat." before
  // "A and B laid wreaths"); empty when it named none.
  std::string previous_sentence_place;
  std::string previous_sentence_place_key;
  // An embedded post being read ("Justin Trudeau @JustinTrudeau" over its text and its time line):
  // its author, whom "I" and its subjectless lines stand for, and the sentence of its time line,
  // which ends it (-1: none); the day headings in force before it.
  int post_author = -1;
  // The person whose own words the page or its section gives, from a heading line ("President Yoon
  // Suk Yeol's posts of Monday", "I. President Yoon Suk Yeol, opening address"): whom "I" and "we"
  // outside quotation marks stand for, up to the next such heading (-1: none).
  int section_speaker = -1;
  std::ptrdiff_t post_end = -1;
  Date before_post_day;
  bool before_post_timeline = false;
  int event_phrases_seen = 0;  // event noun phrases read so far ("the summit" placed or not)

  // How many sentences lie between the one holding token `earlier` and the one holding `here`
  // (0: the same sentence).
  std::ptrdiff_t sentences_back(std::uint32_t earlier, std::uint32_t here) const {
    const auto at = [&](std::uint32_t t) {
      return std::partition_point(sentences.begin(), sentences.end(), [&](const Sentence& s) { return s.last <= t; });
    };
    return at(here) - at(earlier);
  }

  // The first token of the sentence `back` sentences before the one holding token `here` (that
  // sentence's own first token when there are fewer before it).
  std::uint32_t sentence_start_back(std::uint32_t here, int back) const {
    auto at = std::partition_point(sentences.begin(), sentences.end(), [&](const Sentence& s) { return s.last <= here; });
    std::uint32_t first = at != sentences.end() ? at->first : here;
    for (int n = 0; n < back && at != sentences.begin(); ++n) first = (--at)->first;
    return first;
  }

  std::string_view text_of(std::uint32_t first, std::uint32_t last) const {
    if (first >= last) return {};
    return std::string_view(doc->text).substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin);
  }
  TokenKey key(std::uint32_t i) const { return tokens[i].key; }
};

}  // namespace evkg
