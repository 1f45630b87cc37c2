#include "extract/lex_entries.hpp"

#include "core/error.hpp"

namespace evkg {

PhraseEntries& PhraseEntries::operator=(const PhraseEntries& other) {
  if (this != &other) {
    entries_ = other.entries_;
    ends_ = other.ends_;
    point_ranges();
  }
  return *this;
}

void PhraseEntries::clear() {
  entries_.clear();
  ends_.clear();
  ranges_.clear();
}

void PhraseEntries::add(const std::vector<LexEntry>& entries) {
  entries_.insert(entries_.end(), entries.begin(), entries.end());
  ends_.push_back(static_cast<std::uint32_t>(entries_.size()));
}

void PhraseEntries::point_ranges() {
  ranges_.clear();
  ranges_.reserve(ends_.size());
  const LexEntry* const all = entries_.data();
  std::uint32_t begin = 0;
  for (const std::uint32_t end : ends_) {
    ranges_.emplace_back(all + begin, all + end);
    begin = end;
  }
}

void PhraseEntries::finish_load() {
  if (!ends_.empty() && ends_.back() > entries_.size()) throw Error("lexicon image: phrase entries out of range");
  point_ranges();
}

}  // namespace evkg
