# Warning flags and sanitizer switches shared by every target of the project.
add_library(hotline_warnings INTERFACE)
target_compile_options(hotline_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                                  -Wno-missing-field-initializers)
option(HOTLINE_WERROR "Treat warnings as errors" OFF)
if(HOTLINE_WERROR)
  target_compile_options(hotline_warnings INTERFACE -Werror)
endif()

option(HOTLINE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(HOTLINE_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
