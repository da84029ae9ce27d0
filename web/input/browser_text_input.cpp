// The C++ half of the browser's text fields; the page's element, hit-testing and events live in
// text_input.js, which keeps the last frame's fields.
#include "input/browser_text_input.h"

#include <cstdlib>
#include <memory>

extern "C" {
void hotline_text_input_init(void (*wake)());
void hotline_text_input_begin_fields();
void hotline_text_input_add_field(const char* id, const char* label, const char* text, float x, float y, float width,
                                  float height, float font_px, int multiline, int password);
void hotline_text_input_end_fields();
void hotline_text_input_editing(char* out, int size);
char* hotline_text_input_take(const char* id);
void hotline_text_input_look(unsigned field, unsigned text, unsigned caret, float padding, float line_spacing);
}

namespace hotline::web {

namespace {

// Field ids are short ASCII words ("description", "mobile").
constexpr int kMaxIdBytes = 64;

}  // namespace

BrowserTextInput::BrowserTextInput(void (*wake)()) {
  hotline_text_input_init(wake);
}

void BrowserTextInput::begin_frame() {
  hotline_text_input_begin_fields();
}

void BrowserTextInput::field(const platform::TextFieldInfo& info) {
  hotline_text_input_add_field(info.id.c_str(), info.label.c_str(), info.text.c_str(), info.x, info.y, info.width,
                               info.height, info.font_px, info.multiline ? 1 : 0, info.password ? 1 : 0);
}

void BrowserTextInput::end_frame() {
  hotline_text_input_end_fields();
}

std::string BrowserTextInput::editing() const {
  char id[kMaxIdBytes] = {};
  hotline_text_input_editing(id, kMaxIdBytes);
  return id;
}

std::optional<std::string> BrowserTextInput::take_text(std::string_view id) {
  const std::unique_ptr<char, decltype(&std::free)> text(hotline_text_input_take(std::string(id).c_str()), &std::free);
  if (!text) {
    return std::nullopt;
  }
  return std::string(text.get());
}

void BrowserTextInput::follow_theme(const ui::Theme& theme) {
  const Look look{theme.colors.field, theme.colors.text, theme.colors.accent, theme.padding, theme.line_spacing};
  if (look == look_) {
    return;
  }
  look_ = look;
  hotline_text_input_look(look.field, look.text, look.caret, look.padding, look.line_spacing);
}

}  // namespace hotline::web
