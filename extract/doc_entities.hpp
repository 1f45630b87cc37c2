// The entities of one document and within-document coreference: one DocEntity per person,
// country or organisation, found again by id, surname, or role (title) and country.
#pragma once
#include <string>
#include <string_view>

#include "extract/analysis.hpp"

namespace evkg {

int entity_for_lex_person(DocContext& ctx, std::uint32_t person);
int entity_for_country(DocContext& ctx, std::uint32_t country);
int entity_for_org(DocContext& ctx, std::uint32_t org);
// A body the lexicon does not know, introduced by the text with its abbreviation ("the Southern Debt
// Campaign Network (SDCN)"): one entity per name in a document.
int entity_for_defined_org(DocContext& ctx, std::string_view name, std::string_view abbreviation);
// A person the lexicon does not know, named in the text ("Steve Witkoff"). role/country/org may
// be empty. `reliable`: introduced by a title or honorific (else it becomes a node only when it
// takes part in an assertion).
int entity_for_named_person(DocContext& ctx, std::string_view name, const std::string& role,
                            const std::string& country, const std::string& org, bool reliable);

// The document's person with this surname key (the most spoken of; after a title, first one in office
// on the day the text is on), or -1.
int person_by_surname(const DocContext& ctx, const std::string& surname_key, bool titled = false);
// A person known to the lexicon by this surname who plausibly fits the document date (in an undated
// document: in office now, or once in the office `role` of `country` the title names), or -1.
int lex_person_by_surname(const DocContext& ctx, const LexEntries& entries, const std::string& role = {},
                          const std::string& country = {});
// The holder of a title: the document's person with that role (and country/org when given), else
// the lexicon's holder on the document date; -1 when unknown.
int person_by_role(DocContext& ctx, const std::string& role, const std::string& country, const std::string& org);

// Notes a role/country/organisation learnt from the text for a person (first one wins).
void note_role(DocContext& ctx, int entity, const std::string& role, const std::string& country,
               const std::string& org);

// The ISO alpha-3 code of a country entity, or of a person's country; "" when unknown (or for an
// organisation, or entity -1).
std::string country_code_of(const DocContext& ctx, int entity);
// The country a seat of government speaks for in the sentence, before token `before`: "A Downing
// Street spokesperson said", "the Kremlin said", "Elysee statement" (a capital or seat standing for
// its country, then a word of speaking); empty when none.
std::string speaking_seat(const DocContext& ctx, const SentenceInfo& si, std::uint32_t before);

// The code of the country "the kingdom" can stand for after this entity: a country's, or a royal's
// (king, queen, crown prince, emir, sultan); "" otherwise.
std::string kingdom_code_of(const DocContext& ctx, int entity);

// Whether a person's title key is a royal one (king, queen, crown prince, emir, sultan): their
// country is "the kingdom" of what follows.
bool royal_role(const std::string& role);

}  // namespace evkg
