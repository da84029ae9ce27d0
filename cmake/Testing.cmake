# Test plumbing: a shared Catch2 main, and registration of a test binary natively or under node.
add_library(hotline_catch_main OBJECT ${PROJECT_SOURCE_DIR}/tests/catch_main.cpp)
target_link_libraries(hotline_catch_main PUBLIC hotline::catch2)

if(EMSCRIPTEN)
  find_program(HOTLINE_NODE node REQUIRED)
endif()

# Under Emscripten the binary is a .js run by node with the host file system mounted (NODERAWFS),
# so tests read assets/ and fixtures by their real paths on both builds.
function(hotline_add_test_binary target test_name labels)
  if(EMSCRIPTEN)
    target_link_options(${target} PRIVATE -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1)
    add_test(NAME wasm.${test_name} COMMAND ${HOTLINE_NODE} --no-experimental-fetch $<TARGET_FILE:${target}>)
    set_tests_properties(wasm.${test_name} PROPERTIES LABELS "wasm;${labels}")
  else()
    add_test(NAME ${test_name} COMMAND ${target})
    set_tests_properties(${test_name} PROPERTIES LABELS "${labels}")
  endif()
endfunction()
