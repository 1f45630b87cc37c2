// Whether timings mean anything: an optimised build without sanitizers (debug and sanitized builds
// are several times slower by design, so time limits are only checked in optimised ones).
#pragma once

namespace evkg::test {

#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_UNDEFINED__)
inline constexpr bool kOptimisedBuild = true;
#else
inline constexpr bool kOptimisedBuild = false;
#endif

}  // namespace evkg::test
