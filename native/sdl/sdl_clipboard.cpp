// Copying through SDL_SetClipboardText (see sdl_clipboard.h).
#include "native/sdl/sdl_clipboard.h"

#include <SDL.h>

#include <string>

namespace hotline::sdl {

bool SdlClipboard::copy(std::string_view text) {
  // SDL wants a NUL-terminated string; a view need not end in one.
  return SDL_SetClipboardText(std::string(text).c_str()) == 0;
}

}  // namespace hotline::sdl
