// The citizen's preferences, stored under `settings` and applied to the catalog and the backend.
#include "app/preferences.h"

namespace hotline::app {

void Preferences::restore() {
  if (const auto stored = core_.services.storage.read(kSettingsKey); stored && stored->has_value()) {
    settings_ = decode_settings(**stored);
  }
  set_settings(settings_);
}

void Preferences::set_settings(const Settings& settings) {
  const bool new_language = settings.language != core_.strings.language() || !language_sent_;
  settings_ = settings;
  core_.strings.set_language(settings.language);
  if (new_language) {
    // Service names come from the backend in the citizen's language: ask again in the new one.
    language_sent_ = true;
    core_.services.api.set_language(std::string(text::language_tag(settings.language)));
    if (core_.catalog.state() != api::PendingState::Idle) {
      core_.reload_catalog();
    }
  }
  // Settings that cannot be stored still apply to this run.
  (void)core_.services.storage.write(kSettingsKey, encode_settings(settings));
  core_.changed();
}

}  // namespace hotline::app
