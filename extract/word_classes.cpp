#include "extract/word_classes.hpp"

#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace evkg {
namespace {

constexpr std::string_view kNotAName[] = {
    "the", "a", "an", "in", "on", "at", "of", "and", "but", "or", "for", "to", "with", "by",
    "from", "as", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its",
    "our", "this", "that", "these", "those", "there", "here", "after", "before", "while", "when",
    "since", "despite", "although", "however", "meanwhile", "still", "yet", "also", "both",
    "instead", "later", "earlier", "afterwards", "nor", "neither", "either",
    "some", "many", "most", "other", "others", "several", "all", "no", "not", "why", "what", "where", "which", "whose", "whom",
    "who", "how", "if", "then", "so", "such", "any", "each", "one", "two", "three", "four",
    "five", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "mr", "mrs", "ms", "sir", "dr", "western", "eastern",
    "northern", "southern", "central", "critics", "members", "leaders", "officials", "diplomats",
    "days", "months", "years", "weeks", "under", "over", "about", "speaking", "having",
    "according", "it's", "let", "let's", "do", "does", "did", "is", "are", "was", "were", "be",
    "been", "has", "have", "had", "will", "would", "could", "should", "may", "might", "must",
    "can", "new", "last", "next", "first", "more", "less", "only", "even", "just", "now", "once",
    "during", "until", "between", "through", "against", "into", "onto", "without", "within",
    "upon", "via", "per", "across", "among", "amid", "besides", "beside", "except", "unlike",
    "like", "alongside", "including", "excluding", "apart", "aside", "whereas", "though",
    // (a word of what someone is, before the name: "Manager Brian Kerr", "Teenager LaShawn Merritt")
    "manager", "teenager", "coach", "striker", "midfielder", "defender", "goalkeeper", "skipper", "singer",
    "actor", "actress", "veteran", "youngster", "newcomer", "rookie", "teammate", "winger", "novelist",
    "comedian", "rapper", "guitarist", "drummer", "filmmaker",
    // (a salutation: "Dear Shavkat, dear Presidents"; a building's last word before a name: "At the
    // Congress Centre Mirziyoyev greeted")
    "dear", "centre", "center"};

constexpr std::string_view kMonths[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec"};

constexpr std::string_view kNonPersonHeads[] = {
    "park", "street", "square", "palace", "house", "castle", "hall", "airport", "university", "room",
    "ministry", "council", "committee", "party", "bank", "forces", "army", "war", "agency",
    "company", "group", "force", "office", "department", "court", "parliament", "assembly",
    "union", "news", "times", "post", "journal", "television", "radio", "institute", "foundation",
    "centre", "center", "airlines", "river", "sea", "ocean", "island", "islands", "mountains",
    "bridge", "avenue", "road", "plaza", "building", "tower", "church", "cathedral", "mosque",
    "asian", "african", "european", "american", "arab", "latin", "western", "eastern", "northern", "southern",
    "summit", "conference", "forum", "treaty", "accord", "accords", "agreement", "plan",
    "initiative", "act", "law", "fund", "program", "programme", "project", "corp", "inc", "ltd",
    "club", "league", "cup", "games", "olympics", "day", "week", "month", "year", "age", "front",
    "movement", "coalition", "alliance", "guard", "navy", "command", "service", "services",
    "federation", "republic", "kingdom", "state", "states", "region", "province", "city",
    "cooperation", "co-operation", "development", "affairs", "relations", "rights", "freedoms",
    "county", "district", "valley", "strait", "gulf", "bay", "peninsula", "desert", "prize", "prizes", "medal",
    "medals", "trophy", "awards", "consort", "mother", "democrats", "republicans", "socialists", "liberals",
    "conservatives", "greens", "nationalists", "communists",
    "award", "festival", "museum", "gallery", "theatre", "theater", "stadium", "school",
    "college", "hospital", "prison", "camp", "base", "port", "station", "line", "media",
    "network", "channel", "magazine", "daily", "herald", "tribune", "gazette", "review", "press",
    "report", "reports", "index", "exchange", "market", "markets", "east", "west", "north",
    "south", "america", "americas", "asia", "africa", "europe", "pacific", "atlantic", "coast",
    "coastal", "shire", "highlands", "lowlands", "basin", "delta", "corridor", "strip", "corps", "brigade",
    "division", "regiment", "battalion", "fleet", "squadron", "commission", "secretariat", "cabinet",
    "persons", "people", "rights", "affairs", "relations", "studies",
    "government", "administration", "embassy", "senate", "congress", "presidency", "authority", "bureau",
    "organisation", "organization", "association", "society",
    // what a deal or a body of lenders is called ("a Just Energy Transition Partnership", "the Climate
    // Resilient Debt Clauses", "the Bridgetown Initiative")
    "partnership", "partnerships", "clauses", "clause", "facility", "mechanism", "framework", "declaration",
    "compact", "pact", "charter", "campaign", "programmes", "programs", "funds", "bonds",
    "transition", "finance", "financing", "debt", "loan", "loans", "grant", "grants",
    // a company's head noun ("General Electric", "Hindustan Aeronautics", "Boeing Defense Systems")
    "electric", "motors", "motor", "dynamics", "aeronautics", "aerospace", "industries", "airways", "electronics",
    "technologies", "systems", "holdings", "petroleum", "pharmaceuticals", "chemicals", "telecom", "communications",
    "atomics", "shipbuilding", "semiconductor", "automotive", "logistics"};

constexpr std::string_view kNameParticles[] = {
    "von", "van", "der", "de", "den", "bin", "al", "el", "da", "di", "du", "la", "le", "ibn", "bint", "dos"};

constexpr std::string_view kAdjectives[] = {
    "senior", "top", "former", "then", "acting", "new", "outgoing", "incoming", "current",
    "deputy", "chief", "military", "foreign", "defence", "defense", "other", "fellow", "several",
    "some", "many", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "prominent", "key", "leading", "visiting", "western", "allied", "partner", "european",
    "world", "regional", "national", "local", "high-ranking", "special", "interim", "newly",
    "elected", "veteran", "longtime", "long-serving", "powerful", "influential", "american", "federal",
    "and", ",", "the", "a", "an", "its", "their", "his", "her"};

constexpr std::string_view kPlacePrepositions[] = {
    "in", "at", "to", "from", "near", "outside", "inside", "across", "via", "around", "toward",
    "towards", "into", "within", "throughout", "between", "through", "over", "of", "visit",
    "visiting", "visited", "arrived", "leaving", "left", "reached", "flew", "travelled",
    "traveled", "returned", "back"};

constexpr std::string_view kPronouns[] = {"he", "she", "him", "his", "her", "they", "them", "their", "we", "us", "our", "i"};

// Nouns that stand for a participant, a monarchy or a city the text spoke of: "the host", "his
// guest", "the kingdom", "in the capital" (the mention rules resolve them).
constexpr std::string_view kRoleNouns[] = {"host", "guest", "visitor", "kingdom", "emirate", "sultanate", "capital"};

constexpr std::string_view kDateStarts[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    "tonight", "tomorrow", "last", "next", "this", "that", "the", "a", "zero", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten"};

// The words of every list with their merged classes.
std::unordered_map<std::string, WordInfo> listed_words() {
  std::unordered_map<std::string, WordInfo> merged;
  const auto add = [&merged](const auto& words, std::uint16_t cls) {
    for (const std::string_view w : words) {
      if (w.empty() || w.size() > WordTable::kMaxWord) throw std::logic_error("word_classes: a list word is empty or too long");
      merged[std::string(w)].cls |= static_cast<std::uint8_t>(cls);
    }
  };
  add(kNotAName, kClsNotAName);
  add(kMonths, kClsNotAName | kClsDateStart);
  add(kNonPersonHeads, kClsNonPersonHead);
  add(kNameParticles, kClsNameParticle);
  add(kAdjectives, kClsAdjective);
  add(kPlacePrepositions, kClsPlacePrep);
  add(kPronouns, kClsPronoun);
  add(kDateStarts, kClsDateStart);
  add(kRoleNouns, kClsRoleNoun);
  return merged;
}

const WordTable& table() {
  static const WordTable kTable = [] {
    WordTable t;
    t.build(listed_words());
    return t;
  }();
  return kTable;
}

}  // namespace

void add_word_classes(std::unordered_map<std::string, WordInfo>& words) {
  for (const auto& [word, info] : listed_words()) words[word].cls |= info.cls;
}

std::uint16_t word_classes(std::string_view key) {
  const std::uint32_t w = table().find(key);
  return w == WordTable::kAbsent ? 0 : table().info(w).cls;
}

std::uint16_t word_classes_padded(const char* padded, std::size_t length) {
  const std::uint32_t w = table().find_padded(padded, length);
  return w == WordTable::kAbsent ? 0 : table().info(w).cls;
}

}  // namespace evkg
