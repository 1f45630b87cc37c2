// Event noun phrases ("a Paris summit", "the summit in Paris on Thursday", "a meeting of the G7
// leaders", "talks at the White House") and the document's event table:
// mentions of one event within a document are one DocEvent (anaphoric "the meeting" included).
#pragma once
#include <functional>

#include "extract/analysis.hpp"

namespace evkg {

// Adds kEvent mentions for event nouns not already inside another mention.
void find_event_phrases(DocContext& ctx, SentenceInfo& si, const std::function<int(std::uint32_t)>& hit_index,
                        const std::function<const LexEntry*(std::uint32_t, LexKind)>& hit_kind);

// The document event these facts describe: an existing compatible one, or a new one. `many`: the
// phrase says it gathers many leaders ("the meeting of South American presidents"), so it is no
// meeting of two spoken of before. `noun`: a ceremony's noun when known ("wreath-laying", "dinner"),
// so that it is not another ceremony of that place and day known by another noun.
int register_event(DocContext& ctx, const std::string& kind, const std::string& place, const std::string& place_key,
                   const std::string& group, const Date& date, bool definite = false, bool to_come = false,
                   bool many = false, std::string_view noun = {});

// The end of an event mention's own words, before a day word it ends with ("the state dinner
// tonight": the end of "dinner").
std::uint32_t event_phrase_end(const DocContext& ctx, const Mention& m);

// The most mentioned event of a kind in the document so far, or -1.
// When the document ends: an event known only by its last day and its length is dated by its first
// ("the two-day meeting" brought "to a close on Sunday" began on Saturday), also when the only date
// it had was that of its close.
void date_events_by_their_close(DocContext& ctx);

// The day's gathering of a live report (lines opening with times) is dated by the article.
void date_live_report_event(DocContext& ctx);

// "presided over Wednesday's sessions" in a report on a NATO summit in Madrid: a dated summit,
// conference or session with neither place nor body, within the days of the document's main
// gathering (the most spoken-of one with a place and a body), is held there by that body.
void place_anonymous_gatherings(DocContext& ctx);

// The last event of a kind the text spoke of most; for a ceremony, one whose noun ends with `head`
// when both are known ("the state dinner" is not the wreath-laying of that morning).
int last_event_of_kind(const DocContext& ctx, const std::string& kind, std::string_view head = {});

// Whether every word of the sentence is in capitals (a heading line: "MONDAY, 26 FEBRUARY - THE
// ELYSEE CONFERENCE", "LIVE: CORONATION DAY").
bool all_caps_line(const DocContext& ctx, const SentenceInfo& si);
// A people's or region's adjective ("Arab", "African"), or a hyphenated format of two capitalised
// parts ("Arab-Islamic", "China-Africa"), that may stand before an event noun: what kind of
// gathering it is, not where it is held.
bool region_adjective(const Token& t);
bool format_word(const Token& t);
// A word that names a sea's or a region's feature before "of" ("Bay", "Gulf", "Horn").
bool geographic_feature(TokenKey k);

// The event an event mention refers to, registering it when needed (-1 when it is too vague).
int event_of_mention(DocContext& ctx, Mention& m);

// Tense at token `at`: future after a plan cue ("will", "is set to"), past after a past-tense
// marker, else present.
Tense tense_at(const DocContext& ctx, const SentenceInfo& si, std::uint32_t at);

// Whether token t lies in a relative clause set off by commas that closes before `at` ("Trump, who
// will be sworn in on January 20, was received"): its mood is not that of the predicate at `at`.
bool in_relative_clause_before(const DocContext& ctx, const SentenceInfo& si, std::uint32_t t, std::uint32_t at);

}  // namespace evkg
