// The citizen's display settings, kept on the device: language, text size, high contrast, 长辈版.
#pragma once

#include <string>
#include <string_view>

#include "app/text_size.h"
#include "text/catalog.h"

namespace hotline::app {

struct Settings {
  text::Language language = text::Language::ZhCN;
  TextSize text_size = TextSize::Normal;
  bool high_contrast = false;
  // 长辈版 (elderly mode, MIIT 2021): larger text and targets, more spacing, no pop-ups.
  bool elderly = false;

  bool operator==(const Settings&) const = default;
};

std::string encode_settings(const Settings& settings);
// Unknown or damaged values fall back to the defaults one by one: a bad setting never blocks the app.
Settings decode_settings(std::string_view text);

// Storage key of the settings record.
inline constexpr std::string_view kSettingsKey = "settings";

}  // namespace hotline::app
