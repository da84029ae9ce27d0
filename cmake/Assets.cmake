# Runtime assets staged into <build>/app-assets: the catalogs and data from assets/. No font is staged:
# glyphs come from the browser's fonts on the web and from the system's Noto Sans CJK on kiosks.
set(HOTLINE_APP_ASSETS ${CMAKE_BINARY_DIR}/app-assets)
# The system font the kiosk finds first, which the unit tests, smoke tests and benches draw with.
set(HOTLINE_CJK_FONT /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc CACHE FILEPATH "Noto Sans CJK collection")
# Debian's interpreter, whose python3-* packages (jsonschema) scripts/setup installs.
set(Python3_EXECUTABLE /usr/bin/python3 CACHE FILEPATH "Python used by build and test scripts")
find_package(Python3 REQUIRED COMPONENTS Interpreter)

file(GLOB_RECURSE HOTLINE_ASSET_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/assets/*)

# Renamed or moved files keep old timestamps, so the file list itself is a dependency too.
list(JOIN HOTLINE_ASSET_FILES "\n" asset_list)
file(CONFIGURE OUTPUT ${CMAKE_BINARY_DIR}/app-assets.list CONTENT "${asset_list}\n")
set(HOTLINE_ASSET_STAMP ${CMAKE_BINARY_DIR}/app-assets.stamp)
add_custom_command(
  OUTPUT ${HOTLINE_ASSET_STAMP}
  COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR}/assets -DSTAGE_DIR=${HOTLINE_APP_ASSETS}
          -P ${PROJECT_SOURCE_DIR}/cmake/StageAssets.cmake
  COMMAND ${CMAKE_COMMAND} -E touch ${HOTLINE_ASSET_STAMP}
  DEPENDS ${HOTLINE_ASSET_FILES} ${CMAKE_BINARY_DIR}/app-assets.list ${PROJECT_SOURCE_DIR}/cmake/StageAssets.cmake
  COMMENT "Staging runtime assets"
  VERBATIM)

add_custom_target(hotline_assets ALL DEPENDS ${HOTLINE_ASSET_STAMP})
