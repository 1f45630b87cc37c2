// Sixteen bytes at a time (SSE2, part of every x86-64 CPU): the tests the hot scanners make on
// ASCII text (tokenizer words, XML text and names), each giving a byte mask. Callers keep a byte
// loop for other targets and for the last bytes of a text: include this only under __SSE2__.
#pragma once
#if defined(__SSE2__)
#include <emmintrin.h>

namespace evkg::ascii16 {

inline __m128i load(const char* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }

// 0xFF where lo <= x < lo + count (for ranges below 0x80): after a shift by 128 a signed compare
// tests the range, and bytes of 0x80 and above never pass.
inline __m128i in_range(__m128i x, char lo, char count) {
  return _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(128 - lo))),
                        _mm_set1_epi8(static_cast<char>(-128 + count)));
}

inline __m128i equals(__m128i x, char c) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(c)); }

// ASCII letters of either case.
inline __m128i letter(__m128i x) { return in_range(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 26); }

inline __m128i digit(__m128i x) { return in_range(x, '0', 10); }

// Printable ASCII, 0x20 to 0x7F (control characters and bytes of multi-byte characters fail).
inline __m128i printable(__m128i x) { return _mm_cmpgt_epi8(x, _mm_set1_epi8(0x1F)); }

// One bit per byte (bit i for byte i).
inline unsigned bits(__m128i m) { return static_cast<unsigned>(_mm_movemask_epi8(m)); }

}  // namespace evkg::ascii16

#endif
