#include "extract/key_index.hpp"

#include <algorithm>
#include <cstring>


namespace evkg {
namespace {

// A fast 64-bit string hash (eight bytes at a time, multiply-xorshift mixing).
std::uint64_t key_hash(std::string_view s) {
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ULL;
  std::uint64_t h = kMul ^ s.size();
  const char* p = s.data();
  std::size_t n = s.size();
  while (n >= 8) {
    std::uint64_t w = 0;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    // The last 1-7 bytes in at most two loads (overlapping when 5-7), not a byte-by-byte copy.
    std::uint64_t w = 0;
    if (n >= 4) {
      std::uint32_t a = 0, b = 0;
      std::memcpy(&a, p, 4);
      std::memcpy(&b, p + n - 4, 4);
      w = (std::uint64_t{a} << 32) | b;
    } else {
      w = (std::uint64_t{static_cast<unsigned char>(p[0])} << 16) |
          (std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) | static_cast<unsigned char>(p[n - 1]);
    }
    h = (h ^ w) * 0xC4CEB9FE1A85EC53ULL;
    h ^= h >> 29;
  }
  h *= kMul;
  return h ^ (h >> 32);
}

}  // namespace

void KeyIndex::build(std::vector<std::string> keys) {
  std::size_t chars = 0;
  for (const auto& k : keys) chars += k.size();
  chars_.clear();
  chars_.reserve(chars);
  ends_.clear();
  ends_.reserve(keys.size());
  for (const auto& k : keys) {
    chars_ += k;
    ends_.push_back(static_cast<std::uint32_t>(chars_.size()));
  }
  std::size_t size = 16;
  while (size < keys.size() * 2) size *= 2;  // at most half full: short probes, for misses too
  slots_.assign(size, Slot{});
  mask_ = size - 1;
  const std::size_t filter_bits = std::max<std::size_t>(64, 8 * size);
  filter_.assign(filter_bits / 64, 0);
  filter_mask_ = filter_bits - 1;
  for (std::uint32_t i = 0; i < keys.size(); ++i) {
    const std::uint64_t h = key_hash(keys[i]);
    filter_[(h & filter_mask_) >> 6] |= std::uint64_t{1} << (h & 63);
    std::uint64_t s = h & mask_;
    while (slots_[s].position != 0) s = (s + 1) & mask_;
    slots_[s] = Slot{static_cast<std::uint32_t>(h >> 32), i + 1};
  }
}

std::uint32_t KeyIndex::find(std::string_view key) const {
  if (slots_.empty()) return kNone;
  const std::uint64_t h = key_hash(key);
  if ((filter_[(h & filter_mask_) >> 6] & (std::uint64_t{1} << (h & 63))) == 0) return kNone;
  const auto tag = static_cast<std::uint32_t>(h >> 32);
  for (std::uint64_t s = h & mask_;; s = (s + 1) & mask_) {
    const Slot& slot = slots_[s];
    if (slot.position == 0) return kNone;
    if (slot.tag == tag && key_at(slot.position - 1) == key) return slot.position - 1;
  }
}

}  // namespace evkg
