# Third-party code: Debian header-only packages, and Dear ImGui / SDL2 built from Debian source packages.
set(HOTLINE_IMGUI_VERSION 1.92.2b)
set(HOTLINE_SDL2_VERSION 2.26.5)
set(HOTLINE_IMGUI_DIR "${HOTLINE_DEPS_DIR}/src/imgui-${HOTLINE_IMGUI_VERSION}")
set(HOTLINE_SDL2_WASM_PREFIX "${HOTLINE_DEPS_DIR}/sdl2-${HOTLINE_SDL2_VERSION}-wasm")

# Header-only Debian packages live in /usr/include next to glibc; the wasm build must not see glibc,
# so each package gets its own include root made of a symlink to exactly that package.
function(hotline_header_package target subdir probe)
  if(NOT EXISTS /usr/include/${subdir}/${probe})
    message(FATAL_ERROR "Missing /usr/include/${subdir}/${probe}: run scripts/setup")
  endif()
  set(root ${CMAKE_BINARY_DIR}/third_party/${target})
  file(MAKE_DIRECTORY ${root})
  file(CREATE_LINK /usr/include/${subdir} ${root}/${subdir} SYMBOLIC)
  add_library(${target} INTERFACE)
  target_include_directories(${target} SYSTEM INTERFACE ${root})
endfunction()

hotline_header_package(hotline_json nlohmann json.hpp)
hotline_header_package(hotline_stb stb stb_image.h)
hotline_header_package(hotline_catch2 catch2 catch.hpp)
add_library(hotline::json ALIAS hotline_json)
add_library(hotline::stb ALIAS hotline_stb)
add_library(hotline::catch2 ALIAS hotline_catch2)

if(HOTLINE_BUILD_APP OR HOTLINE_BUILD_TESTS)
  if(NOT EXISTS ${HOTLINE_IMGUI_DIR}/imgui.h)
    message(FATAL_ERROR "Dear ImGui ${HOTLINE_IMGUI_VERSION} source not found in ${HOTLINE_IMGUI_DIR}: run scripts/setup")
  endif()
  add_library(imgui STATIC
    ${HOTLINE_IMGUI_DIR}/imgui.cpp ${HOTLINE_IMGUI_DIR}/imgui_draw.cpp
    ${HOTLINE_IMGUI_DIR}/imgui_tables.cpp ${HOTLINE_IMGUI_DIR}/imgui_widgets.cpp
    ${HOTLINE_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)
  target_include_directories(imgui SYSTEM PUBLIC ${HOTLINE_IMGUI_DIR})
  # WCHAR32: rare characters in citizens' names and addresses lie outside the BMP (U+20BB7 and up).
  target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_USE_WCHAR32)
  # The item hooks feed the UI's item registry (scenario runner, screen-reader mirror). They are part
  # of the MIT core; the separately licensed Test Engine is not used.
  target_compile_definitions(imgui PUBLIC IMGUI_ENABLE_TEST_ENGINE)
  target_sources(imgui PRIVATE ${PROJECT_SOURCE_DIR}/core/ui/imgui_item_hooks.cpp)
  target_include_directories(imgui PRIVATE ${PROJECT_SOURCE_DIR}/core)
endif()

if(HOTLINE_BUILD_APP)
  if(EMSCRIPTEN)
    find_package(SDL2 ${HOTLINE_SDL2_VERSION} EXACT REQUIRED CONFIG
                 PATHS ${HOTLINE_SDL2_WASM_PREFIX} NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
    set(HOTLINE_SDL2_TARGET SDL2::SDL2-static)
  else()
    find_package(SDL2 REQUIRED CONFIG)
    find_package(OpenGL REQUIRED)
    set(HOTLINE_SDL2_TARGET SDL2::SDL2)
  endif()
  add_library(imgui_sdl2_gl3 STATIC
    ${HOTLINE_IMGUI_DIR}/backends/imgui_impl_sdl2.cpp ${HOTLINE_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
  target_include_directories(imgui_sdl2_gl3 SYSTEM PUBLIC ${HOTLINE_IMGUI_DIR}/backends)
  target_link_libraries(imgui_sdl2_gl3 PUBLIC imgui ${HOTLINE_SDL2_TARGET})
  if(EMSCRIPTEN)
    # The GL ES 2 path: it runs on WebGL2 and on WebGL1 (older iPhones, blacklisted Android GPUs, some
    # in-app webviews; the ES 3 path calls WebGL2-only functions). New glyphs' rows are copied to a
    # contiguous buffer before upload (no UNPACK_ROW_LENGTH in WebGL1): bytes per glyph, and the frame
    # queries two GL states fewer.
    target_compile_definitions(imgui_sdl2_gl3 PUBLIC IMGUI_IMPL_OPENGL_ES2)
    # The SDL2 backend uses EMSCRIPTEN_KEEPALIVE through em_js.h, which in Emscripten 3.1.6 does not
    # define it yet.
    set_source_files_properties(${HOTLINE_IMGUI_DIR}/backends/imgui_impl_sdl2.cpp PROPERTIES
                                COMPILE_OPTIONS "-include;emscripten/em_macros.h")
  else()
    target_link_libraries(imgui_sdl2_gl3 PUBLIC ${CMAKE_DL_LIBS})
    # Headless QA: SDL's software renderer behind the dummy video driver, no display or GL needed.
    add_library(imgui_sdl2_renderer STATIC ${HOTLINE_IMGUI_DIR}/backends/imgui_impl_sdlrenderer2.cpp)
    target_link_libraries(imgui_sdl2_renderer PUBLIC imgui_sdl2_gl3)
  endif()
endif()
