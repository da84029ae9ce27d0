// Text editing done by the platform itself (a browser <input> placed over the field: IMEs, the phone's
// keyboard, voice input, paste and selection all come from the browser). The UI reports where its text
// fields are each frame and shows the text the platform hands back; without one, Dear ImGui edits.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace hotline::platform {

struct TextFieldInfo {
  std::string id;     // stable for the field on its screen ("description", "mobile")
  std::string label;  // what the field is for (the browser input's accessible name)
  std::string text;   // the field's current value
  float x = 0;        // rectangle in logical pixels of the app's canvas
  float y = 0;
  float width = 0;
  float height = 0;
  float font_px = 16;
  bool multiline = false;
  bool password = false;

  bool operator==(const TextFieldInfo&) const = default;
};

class TextInput {
 public:
  virtual ~TextInput() = default;
  // The fields of one frame, in drawing order. The platform hit-tests a tap against the last complete
  // frame's fields itself: a browser opens the phone's keyboard only from inside the touch handler.
  virtual void begin_frame() = 0;
  virtual void field(const TextFieldInfo& info) = 0;
  virtual void end_frame() = 0;
  // The field being edited now ("" when none).
  virtual std::string editing() const = 0;
  // The field's whole text if the citizen changed it since the last call (composition included, so
  // the canvas shows what is being typed).
  virtual std::optional<std::string> take_text(std::string_view id) = 0;
};

}  // namespace hotline::platform
