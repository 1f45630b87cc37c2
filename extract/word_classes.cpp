#include "extract/word_classes.hpp"

#include <cstring>
#include <stdexcept>
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
    "some", "many", "most", "other", "others", "several", "all", "no", "not", "why", "what",
    "who", "how", "if", "then", "so", "such", "any", "each", "one", "two", "three", "four",
    "five", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "mr", "mrs", "ms", "sir", "dr", "western", "eastern",
    "northern", "southern", "central", "critics", "members", "leaders", "officials", "diplomats",
    "days", "months", "years", "weeks", "under", "over", "about", "speaking", "having",
    "according", "it's", "let", "let's", "do", "does", "did", "is", "are", "was", "were", "be",
    "been", "has", "have", "had", "will", "would", "could", "should", "may", "might", "must",
    "can", "new", "last", "next", "first", "more", "less", "only", "even", "just", "now", "once",
    "during", "until", "between", "through", "against", "into", "onto", "without", "within",
    "upon", "via", "per", "across", "among", "amid"};

constexpr std::string_view kMonths[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec"};

constexpr std::string_view kNonPersonHeads[] = {
    "park", "street", "square", "palace", "house", "castle", "hall", "airport", "university",
    "ministry", "council", "committee", "party", "bank", "forces", "army", "war", "agency",
    "company", "group", "force", "office", "department", "court", "parliament", "assembly",
    "union", "news", "times", "post", "journal", "television", "radio", "institute", "foundation",
    "centre", "center", "airlines", "river", "sea", "ocean", "island", "islands", "mountains",
    "bridge", "avenue", "road", "plaza", "building", "tower", "church", "cathedral", "mosque",
    "summit", "conference", "forum", "treaty", "accord", "accords", "agreement", "plan",
    "initiative", "act", "law", "fund", "program", "programme", "project", "corp", "inc", "ltd",
    "club", "league", "cup", "games", "olympics", "day", "week", "month", "year", "age", "front",
    "movement", "coalition", "alliance", "guard", "navy", "command", "service", "services",
    "federation", "republic", "kingdom", "state", "states", "region", "province", "city",
    "county", "district", "valley", "strait", "gulf", "bay", "peninsula", "desert", "prize",
    "award", "festival", "museum", "gallery", "theatre", "theater", "stadium", "school",
    "college", "hospital", "prison", "camp", "base", "port", "station", "line", "media",
    "network", "channel", "magazine", "daily", "herald", "tribune", "gazette", "review", "press",
    "report", "reports", "index", "exchange", "market", "markets", "east", "west", "north",
    "south", "america", "americas", "asia", "africa", "europe", "pacific", "atlantic", "coast",
    "coastal", "shire", "highlands", "lowlands", "basin", "delta", "corridor", "strip"};

constexpr std::string_view kNameParticles[] = {
    "von", "van", "der", "de", "den", "bin", "al", "el", "da", "di", "du", "la", "le", "ibn", "dos"};

constexpr std::string_view kAdjectives[] = {
    "senior", "top", "former", "then", "acting", "new", "outgoing", "incoming", "current",
    "deputy", "chief", "military", "foreign", "defence", "defense", "other", "fellow", "several",
    "some", "many", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "prominent", "key", "leading", "visiting", "western", "allied", "partner", "european",
    "world", "regional", "national", "local", "high-ranking", "special", "interim", "newly",
    "elected", "veteran", "longtime", "long-serving", "powerful", "influential", "american",
    "and", ",", "the", "a", "an", "its", "their", "his", "her"};

constexpr std::string_view kPlacePrepositions[] = {
    "in", "at", "to", "from", "near", "outside", "inside", "across", "via", "around", "toward",
    "towards", "into", "within", "throughout", "between", "through", "over", "of", "visit",
    "visiting", "visited", "arrived", "leaving", "left", "reached", "flew", "travelled",
    "traveled", "returned", "back"};

constexpr std::string_view kPronouns[] = {"he", "she", "him", "his", "her", "they", "them", "their", "we", "us", "our", "i"};

constexpr std::string_view kDateStarts[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    "tonight", "tomorrow", "last", "next", "this", "the", "a", "zero", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten"};

// Every word of the lists is at most 16 bytes, so a key is two 8-byte words (zero-padded) and its
// length, found in a small open-addressing table at most a quarter full: a lookup is one multiply
// and usually one probe, with no string hashing or byte comparisons (it runs once per token).
constexpr std::size_t kMaxWord = 16;

struct Packed {
  std::uint64_t lo = 0;
  std::uint64_t hi = 0;
};

Packed pack(std::string_view key) {
  char buf[kMaxWord] = {};
  std::memcpy(buf, key.data(), key.size());
  Packed p;
  std::memcpy(&p.lo, buf, 8);
  std::memcpy(&p.hi, buf + 8, 8);
  return p;
}

class Table {
 public:
  Table() {
    std::unordered_map<std::string_view, std::uint16_t> merged;
    const auto add = [&merged](const auto& words, std::uint16_t cls) {
      for (const std::string_view w : words) merged[w] |= cls;
    };
    add(kNotAName, kClsNotAName);
    add(kMonths, kClsNotAName | kClsDateStart);
    add(kNonPersonHeads, kClsNonPersonHead);
    add(kNameParticles, kClsNameParticle);
    add(kAdjectives, kClsAdjective);
    add(kPlacePrepositions, kClsPlacePrep);
    add(kPronouns, kClsPronoun);
    add(kDateStarts, kClsDateStart);
    std::size_t size = 64;
    while (size < merged.size() * 4) size *= 2;
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    for (const auto& [word, cls] : merged) {
      if (word.empty() || word.size() > kMaxWord) throw std::logic_error("word_classes: a list word is empty or too long");
      const Packed p = pack(word);
      std::size_t i = slot_of(p, word.size());
      while (slots_[i].length != 0) i = (i + 1) & mask_;
      slots_[i] = Slot{p.lo, p.hi, static_cast<std::uint16_t>(word.size()), cls};
    }
  }

  std::uint16_t find(std::string_view key) const {
    if (key.empty() || key.size() > kMaxWord) return 0;
    return find(pack(key), key.size());
  }
  std::uint16_t find(const Packed& p, std::size_t length) const {
    for (std::size_t i = slot_of(p, length);; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.length == 0) return 0;
      if (s.lo == p.lo && s.hi == p.hi && s.length == length) return s.cls;
    }
  }

 private:
  struct Slot {
    std::uint64_t lo = 0;
    std::uint64_t hi = 0;
    std::uint16_t length = 0;  // 0: empty
    std::uint16_t cls = 0;
  };
  std::size_t slot_of(const Packed& p, std::size_t length) const {
    const std::uint64_t h = (p.lo * 0x9E3779B97F4A7C15ULL) ^ (p.hi * 0xC2B2AE3D27D4EB4FULL) ^ length;
    return static_cast<std::size_t>((h ^ (h >> 29)) * 0xBF58476D1CE4E5B9ULL >> 40) & mask_;
  }
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
};

const Table& table() {
  static const Table kTable;
  return kTable;
}

}  // namespace

std::uint16_t word_classes(std::string_view key) { return table().find(key); }

std::uint16_t word_classes_padded(const char* padded, std::size_t length) {
  if (length == 0 || length > kMaxWord) return 0;
  Packed p;
  std::memcpy(&p.lo, padded, 8);
  std::memcpy(&p.hi, padded + 8, 8);
  return table().find(p, length);
}

}  // namespace evkg
