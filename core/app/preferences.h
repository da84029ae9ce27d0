// The citizen's preferences: language (the catalog's and the backend's), text size, high contrast and
// 长辈版, kept on the device and applied at once.
#pragma once

#include "app/model_core.h"
#include "app/settings.h"
#include "text/catalog.h"

namespace hotline::app {

class Preferences {
 public:
  explicit Preferences(ModelCore& core) : core_(core) {}

  const Settings& settings() const { return settings_; }
  const text::Strings& strings() const { return core_.strings; }
  // Applies and stores them; a new language asks the backend for its services in it.
  void set_settings(const Settings& settings);
  // The stored settings (or the defaults) become the current ones.
  void restore();

 private:
  ModelCore& core_;
  Settings settings_;
  bool language_sent_ = false;
};

}  // namespace hotline::app
