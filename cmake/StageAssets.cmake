# cmake -P script: mirrors assets/ into the staging folder, dropping files that no longer exist there.
# The generated fonts/ folder is left alone.
file(GLOB staged LIST_DIRECTORIES true ${STAGE_DIR}/*)
foreach(entry ${staged})
  get_filename_component(name ${entry} NAME)
  if(NOT name STREQUAL "fonts")
    file(REMOVE_RECURSE ${entry})
  endif()
endforeach()
file(COPY ${SOURCE_DIR}/ DESTINATION ${STAGE_DIR})
