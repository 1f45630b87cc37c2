#include "extract/word_table.hpp"

#include <cstring>

namespace evkg {
namespace {

void pack(std::string_view word, std::uint64_t& lo, std::uint64_t& hi) {
  char buf[WordTable::kMaxWord] = {};
  std::memcpy(buf, word.data(), word.size());
  std::memcpy(&lo, buf, 8);
  std::memcpy(&hi, buf + 8, 8);
}

}  // namespace

void WordTable::build(const std::unordered_map<std::string, WordInfo>& words) {
  std::size_t size = 64;
  while (size < words.size() * 2) size *= 2;  // at most half full: short probes, for misses too
  slots_.assign(size, Slot{});
  mask_ = size - 1;
  for (const auto& [word, info] : words) {
    if (word.empty() || word.size() > kMaxWord) continue;
    Slot s;
    pack(word, s.lo, s.hi);
    s.info = info;
    s.length = static_cast<std::uint32_t>(word.size());
    std::size_t i = slot_of(s.lo, s.hi, word.size());
    while (slots_[i].length != 0) i = (i + 1) & mask_;
    slots_[i] = s;
  }
}

std::uint32_t WordTable::find(std::string_view word) const {
  if (word.empty() || word.size() > kMaxWord) return kAbsent;
  std::uint64_t lo = 0;
  std::uint64_t hi = 0;
  pack(word, lo, hi);
  return find(lo, hi, word.size());
}

std::uint32_t WordTable::find_padded(const char* padded, std::size_t length) const {
  if (length == 0 || length > kMaxWord) return kAbsent;
  std::uint64_t lo = 0;
  std::uint64_t hi = 0;
  std::memcpy(&lo, padded, 8);
  std::memcpy(&hi, padded + 8, 8);
  return find(lo, hi, length);
}

std::uint32_t WordTable::find(std::uint64_t lo, std::uint64_t hi, std::size_t length) const {
  if (slots_.empty()) return kAbsent;
  for (std::size_t i = slot_of(lo, hi, length);; i = (i + 1) & mask_) {
    const Slot& s = slots_[i];
    if (s.length == 0) return kAbsent;
    if (s.lo == lo && s.hi == hi && s.length == length) return static_cast<std::uint32_t>(i);
  }
}

std::size_t WordTable::slot_of(std::uint64_t lo, std::uint64_t hi, std::size_t length) const {
  const std::uint64_t h = (lo * 0x9E3779B97F4A7C15ULL) ^ (hi * 0xC2B2AE3D27D4EB4FULL) ^ length;
  return static_cast<std::size_t>((h ^ (h >> 29)) * 0xBF58476D1CE4E5B9ULL >> 40) & mask_;
}

}  // namespace evkg
