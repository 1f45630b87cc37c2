# Unity builds for the targets whose files share large third-party headers and little else: the test
# executables (GoogleTest, Boost.Graph) and the CLI (CLI11, spdlog, fmt). Each target's files are
# compiled together, so those headers are parsed and their templates instantiated once per target,
# not once per file; that was most of a fresh build's time, and CI builds the project twice.
# The files keep their own anonymous namespaces' names apart (the build fails on a clash).
# clang-tidy needs the files one by one: scripts/run-clang-tidy.sh configures with
# -DEVKG_UNITY_BUILD=OFF.
option(EVKG_UNITY_BUILD "Compile the tests and the CLI as one unit per target" ON)

function(evkg_unity_build target)
  if(EVKG_UNITY_BUILD)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 0)
    # GCC warns when a class of an included file derives from an anonymous-namespace type, which is
    # every TEST_F fixture of a test file once the files are compiled together.
    target_compile_options(${target} PRIVATE $<$<CXX_COMPILER_ID:GNU>:-Wno-subobject-linkage>)
  endif()
endfunction()
