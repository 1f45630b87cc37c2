# evkg_warnings(target): the project's warning set, per target; errors with EVKG_WERROR.
function(evkg_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
    -Wno-sign-conversion -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
    -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12 reports false -Wrestrict positives inside libstdc++ string concatenation (clang has no
    # such option and rejects it under -Werror: the sanitizer and fuzz builds use clang).
    target_compile_options(${target} PRIVATE -Wno-restrict)
  elseif(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    # RapidJSON 1.1.0 (Debian 12) declares GenericMemberIterator's == and != as members taking a
    # different const-ness, which C++20's reversed candidates make ambiguous: clang warns at every
    # range-for over a JSON object. Fixed upstream, not in a packaged release; nothing to fix here.
    target_compile_options(${target} PRIVATE -Wno-ambiguous-reversed-operator)
  endif()
  if(EVKG_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
