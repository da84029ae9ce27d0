// platform::TextInput for the browser: a real <input>/<textarea> over the tapped field (text_input.js).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "platform/text_input.h"

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
};

}  // namespace hotline::web
