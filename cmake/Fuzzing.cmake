# libFuzzer targets (clang only, the `asan` preset): each runs as a ctest test labelled `fuzz`.
#
#   hotline_fuzz_target(<name> SOURCES <files...> DEPENDS <targets...> CORPUS <seed dir in the repo>)
#
# The test runs for HOTLINE_FUZZ_SECONDS; new inputs go to a scratch corpus in the build tree so the
# committed seed corpus is only read, and crashes land in <build>/fuzz-artifacts/.
set(HOTLINE_FUZZ_SECONDS 30 CACHE STRING "How long each fuzz test runs")

if(HOTLINE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "HOTLINE_FUZZ needs clang (libFuzzer): use the asan preset")
  endif()
endif()

function(hotline_fuzz_target name)
  if(NOT HOTLINE_FUZZ)
    return()
  endif()
  cmake_parse_arguments(F "" "CORPUS" "SOURCES;DEPENDS" ${ARGN})
  add_executable(fuzz_${name} ${F_SOURCES})
  target_link_libraries(fuzz_${name} PRIVATE ${F_DEPENDS} hotline_warnings)
  target_compile_options(fuzz_${name} PRIVATE -fsanitize=fuzzer)
  target_link_options(fuzz_${name} PRIVATE -fsanitize=fuzzer)
  set(scratch ${CMAKE_BINARY_DIR}/fuzz-corpus/${name})
  set(artifacts ${CMAKE_BINARY_DIR}/fuzz-artifacts)
  file(MAKE_DIRECTORY ${scratch} ${artifacts})
  hotline_add_test(fuzz.${name}
                   COMMAND $<TARGET_FILE:fuzz_${name}> -max_total_time=${HOTLINE_FUZZ_SECONDS} -timeout=10
                           -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=${artifacts}/${name}-
                           ${scratch} ${F_CORPUS}
                   LABELS fuzz)
  set_tests_properties(${HOTLINE_TEST_PREFIX}fuzz.${name} PROPERTIES TIMEOUT 300)
endfunction()
