# cmake -P script: mirrors assets/ into the staging folder, dropping files that no longer exist there.
file(REMOVE_RECURSE ${STAGE_DIR})
file(COPY ${SOURCE_DIR}/ DESTINATION ${STAGE_DIR})
