// The app's navigation mirrored in the browser's history: a screen change pushes an entry, the
// browser's back (button, gesture, page.goBack()) takes the app back one screen (history.js).
#pragma once

#include "app/app_model.h"

namespace hotline::web {

class BrowserHistory {
 public:
  // `wake` resumes the paused main loop after the browser went back.
  BrowserHistory(app::AppModel& model, void (*wake)());
  BrowserHistory(const BrowserHistory&) = delete;
  BrowserHistory& operator=(const BrowserHistory&) = delete;

  // Call once per loop iteration: pushes or replaces entries when the model's screen changed.
  void sync();

 private:
  static void go_back(void* self, int steps);

  app::AppModel& model_;
  void (*wake_)();
  unsigned synced_generation_ = ~0u;
};

}  // namespace hotline::web
