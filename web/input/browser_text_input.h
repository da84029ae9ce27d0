// platform::TextInput for the browser: a real <input>/<textarea> over the tapped field (text_input.js).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "platform/text_input.h"
#include "ui/theme.h"

namespace hotline::web {

class BrowserTextInput final : public platform::TextInput {
 public:
  // `wake` resumes the app's paused main loop: typing happens outside SDL's events.
  explicit BrowserTextInput(void (*wake)());

  void begin_frame() override;
  void field(const platform::TextFieldInfo& info) override;
  void end_frame() override;
  std::string editing() const override;
  std::optional<std::string> take_text(std::string_view id) override;

  // The element takes the theme's field colours, padding and line spacing (call after each frame: a
  // setting may have changed them); the page hears of a change only.
  void follow_theme(const ui::Theme& theme);

 private:
  struct Look {
    ImU32 field = 0;
    ImU32 text = 0;
    ImU32 caret = 0;
    float padding = 0;
    float line_spacing = 0;
    bool operator==(const Look&) const = default;
  };
  Look look_;
};

}  // namespace hotline::web
