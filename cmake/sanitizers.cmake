# EVKG_SANITIZE: the whole build under ASan + UBSan, stopping at the first report.
#   cmake -S . -B build-asan -DEVKG_SANITIZE=ON      (scripts/run-sanitized-tests.sh)
# EVKG_FUZZ: libFuzzer targets in fuzz/. Needs clang; every library is instrumented for coverage
# (-fsanitize=fuzzer-no-link) and built with ASan + UBSan:
#   scripts/configure-sanitized.sh sets both options in build-asan: one build for the sanitizer
#   suite (scripts/run-sanitized-tests.sh) and the fuzz targets (scripts/run-fuzz-smoke.sh).
set(EVKG_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  # Line tables are all a report's stack trace needs (file:line); full debug information made the
  # sanitizer build compile and link much slower for nothing CI reads.
  list(APPEND EVKG_SANITIZER_FLAGS -gline-tables-only)
  # Third-party code with a known, benign report (see the file for each entry and its reason).
  list(APPEND EVKG_SANITIZER_FLAGS -fsanitize-ignorelist=${PROJECT_SOURCE_DIR}/cmake/sanitizer-ignorelist.txt)
else()
  list(APPEND EVKG_SANITIZER_FLAGS -g1)
endif()

if(EVKG_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "EVKG_FUZZ needs clang (libFuzzer), not ${CMAKE_CXX_COMPILER_ID}: configure a fresh "
                        "build directory with  scripts/configure-sanitized.sh")
  endif()
  add_compile_options(${EVKG_SANITIZER_FLAGS} -fsanitize=fuzzer-no-link)
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
elseif(EVKG_SANITIZE)
  add_compile_options(${EVKG_SANITIZER_FLAGS})
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
endif()

if(EVKG_SANITIZE OR EVKG_FUZZ)
  # Tests that bound wall time (tests/reliability) scale their limits by this factor.
  set(EVKG_TIME_FACTOR 4)
else()
  set(EVKG_TIME_FACTOR 1)
endif()
