# hotline_module(): one static library per core module (vengi style), with its own unit-test binary.
#
#   hotline_module(<name> SOURCES <files...> [DEPENDS <targets...>])
#     builds hotline_<name> from core/<name>/, include root core/ ("<name>/header.h")
#   hotline_module_tests(<name> SOURCES <files...> [DEPENDS <targets...>])
#     builds <name>_tests from tests/unit/<name>/ and registers it natively (label unit) and under
#     Emscripten, run by node (label wasm)
function(hotline_module name)
  cmake_parse_arguments(M "" "" "SOURCES;DEPENDS" ${ARGN})
  add_library(hotline_${name} STATIC ${M_SOURCES})
  target_include_directories(hotline_${name} PUBLIC ${PROJECT_SOURCE_DIR}/core)
  target_link_libraries(hotline_${name} PUBLIC ${M_DEPENDS} PRIVATE hotline_warnings)
  # The fuzzers call only core modules: coverage instrumentation stays out of ImGui, the server and the
  # kiosk, which the same tree's ASan scenarios run frame after frame.
  if(HOTLINE_FUZZ)
    target_compile_options(hotline_${name} PRIVATE -fsanitize=fuzzer-no-link)
  endif()
  add_library(hotline::${name} ALIAS hotline_${name})
endfunction()

function(hotline_module_tests name)
  if(NOT HOTLINE_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(T "" "" "SOURCES;DEPENDS;LABELS" ${ARGN})
  add_executable(${name}_tests ${T_SOURCES})
  hotline_link_catch(${name}_tests)
  target_link_libraries(${name}_tests PRIVATE hotline::${name} ${T_DEPENDS} hotline_warnings)
  target_compile_definitions(${name}_tests PRIVATE HOTLINE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  hotline_add_test_binary(${name}_tests unit.${name} "unit;${T_LABELS}")
endfunction()
