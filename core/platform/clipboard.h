// Copying a text (the query code) so the citizen can keep it in a note or a chat.
#pragma once

#include <string_view>

namespace hotline::platform {

class Clipboard {
 public:
  virtual ~Clipboard() = default;
  // False when the platform refused (no clipboard on a kiosk, permission denied in a browser).
  virtual bool copy(std::string_view text) = 0;
};

}  // namespace hotline::platform
