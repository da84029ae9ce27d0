# Runtime assets staged into <build>/app-assets: the catalogs and data from assets/, plus the UI font
# subset generated from Noto Sans CJK SC (Debian fonts-noto-cjk) at build time.
set(HOTLINE_CJK_FONT /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc CACHE FILEPATH "Noto Sans CJK collection")
set(HOTLINE_APP_ASSETS ${CMAKE_BINARY_DIR}/app-assets)
# Debian's interpreter, whose python3-* packages (fonttools, jsonschema) scripts/setup installs.
set(Python3_EXECUTABLE /usr/bin/python3 CACHE FILEPATH "Python used by build and test scripts")
find_package(Python3 REQUIRED COMPONENTS Interpreter)

file(GLOB_RECURSE HOTLINE_ASSET_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/assets/*)
file(GLOB HOTLINE_FONT_TEXTS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/assets/i18n/*/*.json
     ${PROJECT_SOURCE_DIR}/assets/seed/*.json)

add_custom_command(
  OUTPUT ${HOTLINE_APP_ASSETS}/fonts/hotline-ui.otf ${HOTLINE_APP_ASSETS}/fonts/charset.txt
  COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/font_subset.py --font ${HOTLINE_CJK_FONT}
          --out-font ${HOTLINE_APP_ASSETS}/fonts/hotline-ui.otf
          --out-charset ${HOTLINE_APP_ASSETS}/fonts/charset.txt ${HOTLINE_FONT_TEXTS}
  DEPENDS ${PROJECT_SOURCE_DIR}/scripts/font_subset.py ${HOTLINE_FONT_TEXTS}
  COMMENT "Subsetting the CJK UI font"
  VERBATIM)

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

add_custom_target(hotline_assets ALL
  DEPENDS ${HOTLINE_ASSET_STAMP} ${HOTLINE_APP_ASSETS}/fonts/hotline-ui.otf)
