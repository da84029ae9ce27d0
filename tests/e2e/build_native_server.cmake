# Test fixture: brings the native tree's hotline-server up to date before a browser test runs it
# (configures the tree with the native preset first when it has never been configured).
#   cmake -DSOURCE_DIR=<repo> -DBUILD_DIR=<native build tree> -P build_native_server.cmake
if(NOT EXISTS ${BUILD_DIR}/CMakeCache.txt)
  execute_process(COMMAND ${CMAKE_COMMAND} --preset native WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE configured)
  if(NOT configured EQUAL 0)
    message(FATAL_ERROR "configuring the native tree ${BUILD_DIR} failed")
  endif()
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target hotline-server RESULT_VARIABLE built)
if(NOT built EQUAL 0)
  message(FATAL_ERROR "building hotline-server in ${BUILD_DIR} failed")
endif()
