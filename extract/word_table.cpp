#include "extract/word_table.hpp"

#include <bit>
#include <cstring>


namespace evkg {
namespace {

std::uint64_t load64(const char* p) {
  std::uint64_t v = 0;
  std::memcpy(&v, p, 8);
  return v;
}

// The word's 1..16 bytes as two integers, zero after its end. Little-endian machines read them
// with fixed-size loads that stay inside the word (overlapping ones for the odd lengths): a copy
// of a variable length was a library call for each of the rules' tens of thousands of lookups.
void pack(std::string_view word, std::uint64_t& lo, std::uint64_t& hi) {
  const char* p = word.data();
  const std::size_t n = word.size();
  if constexpr (std::endian::native != std::endian::little) {
    char buf[WordTable::kMaxWord] = {};
    std::memcpy(buf, p, n);
    lo = load64(buf);
    hi = load64(buf + 8);
    return;
  }
  hi = 0;
  if (n >= 8) {
    lo = load64(p);
    // bytes 8..n-1 are the top n-8 bytes of the eight that end the word
    if (n > 8) hi = load64(p + n - 8) >> (8 * (16 - n));
  } else if (n >= 4) {
    std::uint32_t a = 0;
    std::uint32_t b = 0;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    lo = a | (std::uint64_t{b} << (8 * (n - 4)));
  } else {
    lo = 0;
    for (std::size_t i = 0; i < n; ++i) lo |= std::uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
  }
}

}  // namespace

void WordTable::build(const std::unordered_map<std::string, WordInfo>& words) {
  std::size_t size = 64;
  while (size < words.size() * 2) size *= 2;  // at most half full: short probes, for misses too
  slots_.assign(size, Slot{});
  mask_ = size - 1;
  filter_.assign(size / 8, 0);  // 8 bits per slot
  filter_mask_ = size * 8 - 1;
  for (const auto& [word, info] : words) {
    if (word.empty() || word.size() > kMaxWord) continue;
    Slot s;
    pack(word, s.lo, s.hi);
    s.info = info;
    s.info.length = static_cast<std::uint8_t>(word.size());
    const std::uint64_t h = hash(s.lo, s.hi, word.size());
    filter_[(h & filter_mask_) >> 6] |= std::uint64_t{1} << (h & 63);
    std::uint64_t i = (h >> 32) & mask_;
    while (slots_[i].info.length != 0) i = (i + 1) & mask_;
    slots_[i] = s;
  }
  for (std::size_t c = 0; c < bytes_.size(); ++c) bytes_[c] = find(c, 0, 1);
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

}  // namespace evkg
