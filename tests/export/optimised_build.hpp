// Whether timings mean anything: an optimised build without sanitizers (debug and sanitized builds
// are several times slower by design, so time limits are only checked in optimised ones).
#pragma once

// GCC defines __SANITIZE_ADDRESS__; clang 14 (the sanitizer and fuzz builds) only answers
// __has_feature(address_sanitizer).
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(undefined_behavior_sanitizer)
#define EVKG_TEST_SANITIZED 1
#endif
#endif

namespace evkg::test {

#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_UNDEFINED__) && !defined(EVKG_TEST_SANITIZED)
inline constexpr bool kOptimisedBuild = true;
#else
inline constexpr bool kOptimisedBuild = false;
#endif

}  // namespace evkg::test
