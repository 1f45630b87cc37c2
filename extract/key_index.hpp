// KeyIndex: a compact read-only hash index from strings to positions, for the lexicon's phrase
// keys and the closed-class word table, both looked up once or more per token.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/image_io.hpp"

namespace evkg {

// A read-only hash index from strings to positions 0..n-1: a bit filter that turns most misses
// away at once, then open addressing with linear probing over a power-of-two table of (hash tag,
// position) slots, at most half full; a hit costs one string comparison.
class KeyIndex {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  // keys[i] gets position i; keys must be distinct.
  void build(std::vector<std::string> keys);
  std::uint32_t find(std::string_view key) const;
  // The built index's fields, for a lexicon image's writer and reader alike (image_io.hpp).
  template <typename Io, ImageOf<KeyIndex> Self>
  friend void image_fields(Io& io, Self& self) {
    io(self.filter_, self.filter_mask_, self.slots_, self.chars_, self.ends_, self.mask_);
  }

 private:
  struct Slot {
    std::uint32_t tag = 0;       // high half of the key's hash
    std::uint32_t position = 0;  // position + 1; 0 = empty
  };
  std::vector<std::uint64_t> filter_;  // bit (hash & filter_mask_) set for every key
  std::uint64_t filter_mask_ = 0;
  std::vector<Slot> slots_;
  // The keys end to end, and where each ends: two blocks, not one string per key, so that the
  // built-in lexicon's image reads back in two copies, not tens of thousands of allocations.
  std::string chars_;
  std::vector<std::uint32_t> ends_;
  std::uint64_t mask_ = 0;
  std::string_view key_at(std::uint32_t position) const {
    const std::uint32_t begin = position == 0 ? 0 : ends_[position - 1];
    return {chars_.data() + begin, ends_[position] - begin};
  }
};

}  // namespace evkg
