// Relation extraction for one sentence: every trigger found in it is handled by its frame (the
// argument pattern named in data/triggers.json), which finds subject, object, event, place, date
// and status through ClauseView and records PendingAssertions in the document context.
#pragma once
#include "extract/analysis.hpp"

namespace evkg {

// Whether the sentence opens with a short heading and a colon ("In the room: A, B and C"), a list
// that extract_relations reads even without a trigger.
bool opens_with_heading(const DocContext& ctx, SentenceInfo& si);
// "Signatories: A; B; C", or a list right after a sentence "Signatories.": a list of those who signed.
bool signatory_list_at(const DocContext& ctx, const SentenceInfo& si);

// "Who was there?" on a line of its own opens a section whose bullet lines ("- Deputies: A for the
// UAE, B for Kuwait") list who came to the gathering the document is about; a line that is no
// bullet closes it. Keeps ctx.attendance_section up to date for each sentence, in order.
void note_attendance_section(DocContext& ctx, const SentenceInfo& si);
// "Bilateral meetings on the sidelines": a heading line over bullets that each name a meeting
// (DocContext::meeting_section); another line that is no bullet and no bracketed note ends it.
void note_meeting_section(DocContext& ctx, const SentenceInfo& si);

// The colon that closes the heading of a line of a page's diary of what its issuer did ("- Morning:
// welcomed ...", "- 16:45: joined ..."): a bullet, a few words or a time, the first colon before a
// word (not a digit), which is in lower case; 0 when the sentence is no such line or the page names
// no issuer (ctx.issuer).
std::uint32_t diary_heading_colon(const DocContext& ctx, const SentenceInfo& si);

void extract_relations(DocContext& ctx, SentenceInfo& si);

// Whoever chaired an event attended it: an attendance for each reported chair that has none (of
// the same event and status), after the document's last sentence.
void chairs_attended(DocContext& ctx);
// The constructions of the sentence that are read without a trigger (SentenceInfo::Anchors), found
// by one pass over it the first time they are asked for.
const SentenceInfo::Anchors& scan_anchors(const DocContext& ctx, SentenceInfo& si);
// A host who greeted every guest of a gathering met each one the document places there.
void greeters_met_guests(DocContext& ctx);

// For a sentence without a trigger: the commitments it reports in indirect speech ("Cameron said
// Britain would lift the ban on Indian visitors"), the terms of an agreement it lists ("Under the
// deal, India will cut its tariff") and a giver's line of a list of pledges ("- Norway: up to three
// billion dollars"), which extract_relations also reads.
void extract_untriggered_commitments(DocContext& ctx, SentenceInfo& si);

// What a sentence leaves for the pronouns of the next ones: the person who is its likely subject
// (he/she/his), the last person named, and (unless `group_known`, when a relation already gave it)
// the group of actors it opens with (they). extract_relations() calls it; the extractor calls it
// for sentences without a trigger.
void note_sentence_people(DocContext& ctx, SentenceInfo& si, bool group_known);

}  // namespace evkg
