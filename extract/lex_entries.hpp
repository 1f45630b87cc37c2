// What the lexicon knows a phrase as (LexEntry), and where it keeps each phrase's entries: one
// array for all of them (PhraseEntries), of which a lookup gives a range (LexEntries).
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "extract/image_io.hpp"

namespace evkg {

// What a phrase in the text can be.
enum class LexKind : std::uint8_t {
  kCountry,      // a country name or alias -> CountryInfo
  kDemonym,      // "French" -> CountryInfo
  kCapital,      // "Paris" -> CountryInfo (place, or the country by metonymy)
  kSeat,         // "Kremlin", "White House" -> CountryInfo (metonym)
  kCity,         // other cities and places -> CountryInfo (place)
  kPlace,        // regions and places outside the country list -> place name
  kOrg,          // organisation name or alias -> OrgInfo
  kOrgDemonym,   // "European" -> OrgInfo
  kPerson,       // full name or variant -> PersonInfo
  kSurname,      // surname alone -> PersonInfo (ambiguous surnames have several)
  kTitle,        // "prime minister" -> TitleInfo
  kHonorific,    // "Mr", "Sir"
  kPersonNoun,   // "leaders", "officials"
  kOutlet,       // news outlets and agencies: never actors
  kTrigger,      // relation trigger -> TriggerInfo
  kEventNoun,    // "summit", "talks" -> event kind
  kCue,          // modality/negation cue -> cue kind
};

struct LexEntry {
  LexKind kind = LexKind::kCountry;
  std::uint32_t index = 0;      // into the vector for the kind (countries, orgs, people, ...)
  bool case_sensitive = false;  // acronyms: the text must be in capitals ("US" but not "us")
  bool needs_capital = false;   // names: the first word must be capitalised in the text
};

// LexEntry has padding: a lexicon image stores its fields one by one, so that it has no stray
// bytes (image_io.hpp).
template <typename Io, ImageOf<LexEntry> E>
void image_fields(Io& io, E& e) {
  io(e.kind, e.index, e.case_sensitive, e.needs_capital);
}

// The entries of one phrase: a range of the lexicon's array of entries.
class LexEntries {
 public:
  LexEntries() = default;
  LexEntries(const LexEntry* first, const LexEntry* last) : begin_(first), end_(last) {}
  const LexEntry* begin() const { return begin_; }
  const LexEntry* end() const { return end_; }
  const LexEntry* data() const { return begin_; }
  std::size_t size() const { return static_cast<std::size_t>(end_ - begin_); }
  bool empty() const { return begin_ == end_; }
  const LexEntry& operator[](std::size_t i) const { return begin_[i]; }

 private:
  const LexEntry* begin_ = nullptr;
  const LexEntry* end_ = nullptr;
};

// Every phrase's entries end to end in one array, and each phrase's range of it: one allocation
// for all phrases, where a vector per phrase was a fifth of reading the built-in lexicon's image.
// A copy's ranges are of its own array.
class PhraseEntries {
 public:
  PhraseEntries() = default;
  PhraseEntries(const PhraseEntries& other) : entries_(other.entries_), ends_(other.ends_) { point_ranges(); }
  PhraseEntries& operator=(const PhraseEntries& other);
  // (a moved vector keeps its array: the ranges stay valid)
  PhraseEntries(PhraseEntries&&) noexcept = default;
  PhraseEntries& operator=(PhraseEntries&&) noexcept = default;
  ~PhraseEntries() = default;

  void clear();
  void reserve(std::size_t phrases) { ends_.reserve(phrases); }
  // Appends a phrase's entries; its position is size() before the call. Ranges are valid after
  // finish() only.
  void add(const std::vector<LexEntry>& entries);
  void finish() { point_ranges(); }

  std::size_t size() const { return ends_.size(); }
  const LexEntries& operator[](std::uint32_t phrase) const { return ranges_[phrase]; }

  // The fields, for a lexicon image's writer and reader alike (image_io.hpp); a read checks them
  // and points the ranges.
  template <typename Io, ImageOf<PhraseEntries> Self>
  friend void image_fields(Io& io, Self& self) {
    io(self.entries_, self.ends_);
    if constexpr (!std::is_const_v<Self>) self.finish_load();
  }

 private:
  void point_ranges();
  void finish_load();
  std::vector<LexEntry> entries_;
  std::vector<std::uint32_t> ends_;  // where each phrase's entries end in entries_
  std::vector<LexEntries> ranges_;
};

}  // namespace evkg
