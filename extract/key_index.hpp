// KeyIndex: a compact read-only hash index from strings to positions, for the lexicon's phrase
// keys and the closed-class word table, both looked up once or more per token.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace evkg {

class ImageReader;
class ImageWriter;

// A read-only hash index from strings to positions 0..n-1: a bit filter that turns most misses
// away at once, then open addressing with linear probing over a power-of-two table of (hash tag,
// position) slots, at most half full; a hit costs one string comparison.
class KeyIndex {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  // keys[i] gets position i; keys must be distinct.
  void build(std::vector<std::string> keys);
  std::uint32_t find(std::string_view key) const;
  // The built index as bytes of a lexicon image, and back (image_io.hpp).
  void save(ImageWriter& out) const;
  void load(ImageReader& in);

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
