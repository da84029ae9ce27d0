// The settings record: a small JSON object, read leniently.
#include "app/settings.h"

#include <nlohmann/json.hpp>

namespace hotline::app {

std::string encode_settings(const Settings& settings) {
  nlohmann::json json = {
      {"language", text::language_tag(settings.language)},
      {"text_size", text_size_tag(settings.text_size)},
      {"high_contrast", settings.high_contrast},
      {"elderly", settings.elderly},
  };
  return json.dump();
}

Settings decode_settings(std::string_view text) {
  Settings settings;
  const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (!json.is_object()) {
    return settings;
  }
  if (const auto it = json.find("language"); it != json.end() && it->is_string()) {
    settings.language = text::parse_language_tag(it->get<std::string>()).value_or(settings.language);
  }
  if (const auto it = json.find("text_size"); it != json.end() && it->is_string()) {
    settings.text_size = parse_text_size(it->get<std::string>()).value_or(settings.text_size);
  }
  if (const auto it = json.find("high_contrast"); it != json.end() && it->is_boolean()) {
    settings.high_contrast = it->get<bool>();
  }
  if (const auto it = json.find("elderly"); it != json.end() && it->is_boolean()) {
    settings.elderly = it->get<bool>();
  }
  return settings;
}

}  // namespace hotline::app
