// The citizen's display settings, kept on the device: language, text size, high contrast, 长辈版.
#pragma once

#include <string>
#include <string_view>

#include "base/expected.h"
#include "text/catalog.h"

namespace hotline::app {

enum class TextSize { Normal, Large, ExtraLarge };

struct Settings {
  text::Language language = text::Language::ZhCN;
  TextSize text_size = TextSize::Normal;
  bool high_contrast = false;
  // 长辈版 (elderly mode, MIIT 2021): larger text and targets, more spacing, no pop-ups.
  bool elderly = false;

  bool operator==(const Settings&) const = default;
};

std::string_view to_code(TextSize size);  // "normal", "large", "extra-large"
bool text_size_from_code(std::string_view code, TextSize& size);

std::string encode_settings(const Settings& settings);
// Unknown or damaged values fall back to the defaults one by one: a bad setting never blocks the app.
Settings decode_settings(std::string_view text);

}  // namespace hotline::app
