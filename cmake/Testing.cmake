# Test plumbing: a shared Catch2 main, and registration of a test binary natively or under node.
# Catch2 is one 17,000-line header that every test file includes (~2.5 s each, about 100 files per tree):
# it is parsed once per tree into a precompiled header that every test binary reuses. The main defines
# CATCH_CONFIG_MAIN before its include, so the header is precompiled in a target of its own.
file(GENERATE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/catch_pch.cpp CONTENT "// Carries the precompiled Catch2 header.\n")
add_library(hotline_catch_pch OBJECT ${CMAKE_CURRENT_BINARY_DIR}/catch_pch.cpp)
target_link_libraries(hotline_catch_pch PUBLIC hotline::catch2 PRIVATE hotline_warnings)
target_precompile_headers(hotline_catch_pch PRIVATE <catch2/catch.hpp>)
# Catch2 reports a failed REQUIRE by throwing: the test binaries (and only they) catch exceptions under
# Emscripten. Code they call from core is built without catching and simply lets a failure pass.
if(EMSCRIPTEN)
  target_compile_options(hotline_catch_pch PUBLIC -fexceptions -sDISABLE_EXCEPTION_CATCHING=0)
  target_link_options(hotline_catch_pch PUBLIC -sDISABLE_EXCEPTION_CATCHING=0)
endif()

# Test sources gain nothing from -O3 and compile in about half the time at -O1 (a calendar test: 9.0 s
# -> 4.9 s); the code under test keeps its tree's optimisation. The precompiled header is built with it.
if(NOT EMSCRIPTEN)
  target_compile_options(hotline_catch_pch PUBLIC -O1)
endif()

add_library(hotline_catch_main OBJECT ${PROJECT_SOURCE_DIR}/tests/catch_main.cpp)
target_link_libraries(hotline_catch_main PUBLIC hotline_catch_pch)

# Links a test binary to the shared main and the precompiled Catch2 header.
function(hotline_link_catch target)
  target_link_libraries(${target} PRIVATE hotline_catch_main)
  target_precompile_headers(${target} REUSE_FROM hotline_catch_pch)
endfunction()

find_program(HOTLINE_NODE node REQUIRED)

# scripts/test runs the native, wasm and asan trees in one ctest; prefixes keep the names unique.
if(EMSCRIPTEN)
  set(HOTLINE_TEST_PREFIX "wasm.")
elseif(HOTLINE_SANITIZE)
  set(HOTLINE_TEST_PREFIX "asan.")
else()
  set(HOTLINE_TEST_PREFIX "")
endif()
set(HOTLINE_SANITIZER_ENV "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1;ASAN_OPTIONS=detect_leaks=1:abort_on_error=0")

# Registers a test command under the tree's prefix, with the sanitizer settings in the asan tree.
function(hotline_add_test name)
  cmake_parse_arguments(A "" "" "COMMAND;LABELS;ENVIRONMENT" ${ARGN})
  set(full ${HOTLINE_TEST_PREFIX}${name})
  add_test(NAME ${full} COMMAND ${A_COMMAND})
  set(env ${A_ENVIRONMENT})
  if(HOTLINE_SANITIZE)
    list(PREPEND env ${HOTLINE_SANITIZER_ENV})
  endif()
  set_tests_properties(${full} PROPERTIES LABELS "${A_LABELS}")
  if(env)
    set_tests_properties(${full} PROPERTIES ENVIRONMENT "${env}")
  endif()
endfunction()

# Under Emscripten the binary is a .js run by node with the host file system mounted (NODERAWFS),
# so tests read assets/ and fixtures by their real paths on both builds.
function(hotline_add_test_binary target test_name labels)
  if(EMSCRIPTEN)
    target_link_options(${target} PRIVATE -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1)
    hotline_add_test(${test_name} COMMAND ${HOTLINE_NODE} --no-experimental-fetch $<TARGET_FILE:${target}>
                     LABELS "wasm;${labels}")
  else()
    hotline_add_test(${test_name} COMMAND $<TARGET_FILE:${target}> LABELS "${labels}")
  endif()
endfunction()
