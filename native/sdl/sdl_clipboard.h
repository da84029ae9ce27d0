// platform::Clipboard over SDL's clipboard (the desktop's on kiosks run under a window system).
#pragma once

#include "platform/clipboard.h"

namespace hotline::sdl {

class SdlClipboard : public platform::Clipboard {
 public:
  // Needs SDL's video subsystem, started by the window.
  bool copy(std::string_view text) override;
};

}  // namespace hotline::sdl
