// WordTable: what the extractor needs to know of one word, found with one hash probe per token:
// its closed-class bits (word_classes.hpp) and, when built by a lexicon, whether a lexicon phrase
// starts with the word (and the entries of the word as a phrase of its own). Words of up to 16
// bytes, compared as two 64-bit integers; longer words are not in the table.
#pragma once
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/image_io.hpp"

namespace evkg {

struct WordInfo {
  static constexpr std::uint32_t kNoEntries = 0xFFFFFFFFu;
  std::uint32_t entries = kNoEntries;  // the lexicon's entries of the one-word phrase (an index), or none
  std::uint8_t cls = 0;                // WordClass bits (seven)
  std::uint8_t max_len = 0;            // the longest lexicon phrase (in tokens) starting with the word; 0 = none
  std::uint8_t length = 0;             // the word's length in its slot (0: an empty slot); set by build()
  std::uint8_t spare = 0;              // (no padding: a slot's bytes are its value in a lexicon image)
};

class WordTable {
 public:
  static constexpr std::size_t kMaxWord = 16;
  static constexpr std::uint32_t kAbsent = 0xFFFFFFFFu;

  // Words of 1..kMaxWord bytes; others are left out.
  void build(const std::unordered_map<std::string, WordInfo>& words);
  // The built table's fields, for a lexicon image's writer and reader alike (image_io.hpp).
  template <typename Io, ImageOf<WordTable> Self>
  friend void image_fields(Io& io, Self& self) {
    io(self.filter_, self.filter_mask_, self.slots_, self.mask_, self.bytes_);
  }

  // The word's position (for info()), or kAbsent.
  std::uint32_t find(std::string_view word) const;
  // The same for a word of `length` bytes at `padded`, readable for 16 bytes with zeros after the
  // word (the tokenizer's buffer): no copy before the lookup.
  std::uint32_t find_padded(const char* padded, std::size_t length) const;
  // The same for a word of `length` bytes at `bytes`, readable for 16 bytes whatever follows the
  // word (a KeyArena key): the bytes after it are masked off. Inline, as the tokenizer asks this
  // for most words of the text.
  std::uint32_t find_unpadded(const char* bytes, std::size_t length) const {
    if (length == 0 || length > kMaxWord) return kAbsent;
    if constexpr (std::endian::native != std::endian::little) {
      return find(std::string_view(bytes, length));
    }
    std::uint64_t lo = 0;
    std::uint64_t hi = 0;
    std::memcpy(&lo, bytes, 8);
    std::memcpy(&hi, bytes + 8, 8);
    // Little-endian: the word's first byte is the lowest of `lo`.
    if (length < 8) {
      lo &= (std::uint64_t{1} << (8 * length)) - 1;
      hi = 0;
    } else if (length < 16) {
      hi &= (std::uint64_t{1} << (8 * (length - 8))) - 1;
    }
    return find(lo, hi, length);
  }
  // The same for the one-byte word c (punctuation, mostly), from a table made by build().
  std::uint32_t find_byte(unsigned char c) const { return bytes_[c]; }
  const WordInfo& info(std::uint32_t position) const { return slots_[position].info; }

 private:
  struct Slot {
    std::uint64_t lo = 0;
    std::uint64_t hi = 0;
    WordInfo info;
  };
  std::uint32_t find(std::uint64_t lo, std::uint64_t hi, std::size_t length) const {
    if (slots_.empty()) return kAbsent;
    const std::uint64_t h = hash(lo, hi, length);
    if ((filter_[(h & filter_mask_) >> 6] & (std::uint64_t{1} << (h & 63))) == 0) return kAbsent;
    for (std::uint64_t i = (h >> 32) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.info.length == 0) return kAbsent;
      if (s.lo == lo && s.hi == hi && s.info.length == length) return static_cast<std::uint32_t>(i);
    }
  }
  static std::uint64_t hash(std::uint64_t lo, std::uint64_t hi, std::size_t length) {
    std::uint64_t h = (lo * 0x9E3779B97F4A7C15ULL) ^ (hi * 0xC2B2AE3D27D4EB4FULL) ^ length;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 32);
  }
  // A bit per hash value (8 per slot) set for every word: most words of news are in no lexicon,
  // and this small array turns them away without touching the slots.
  std::vector<std::uint64_t> filter_;
  std::uint64_t filter_mask_ = 0;
  std::vector<Slot> slots_;  // 24 bytes: a probe reads the filter and one slot
  std::uint64_t mask_ = 0;
  std::array<std::uint32_t, 256> bytes_ = filled_absent();  // find() of each one-byte word
  static std::array<std::uint32_t, 256> filled_absent() {
    std::array<std::uint32_t, 256> a{};
    a.fill(kAbsent);
    return a;
  }
};

}  // namespace evkg
