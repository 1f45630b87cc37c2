# evkg_warnings(target): the project's warning set, per target; errors with EVKG_WERROR.
function(evkg_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
    -Wno-sign-conversion -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
    -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough
    # GCC 12 reports false -Wrestrict positives inside libstdc++ string concatenation.
    -Wno-restrict)
  if(EVKG_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
