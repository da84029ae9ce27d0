# cmake -DFROM=<build>/web -DTO=<build>/web-qa -P CopyBesideQaBuild.cmake: copies the web product's files
# other than its own index.* (the photo worker and whatever else the page loads) beside the QA build's
# index.*, so the QA page is served as the product is. The folder is also CMake's binary folder for
# web/: its subfolders and CMake's files are not the page's. Unchanged files are not copied again.
file(GLOB entries LIST_DIRECTORIES false RELATIVE ${FROM} ${FROM}/*)
foreach(entry ${entries})
  if(NOT entry MATCHES "^index\\." AND NOT entry MATCHES "\\.cmake$")
    file(COPY ${FROM}/${entry} DESTINATION ${TO})
  endif()
endforeach()
