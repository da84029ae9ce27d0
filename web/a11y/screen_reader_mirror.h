// The page's accessible copy of what the canvas shows (mirror.js): each frame's items become positioned
// DOM elements with ARIA roles, and what a screen reader or the keyboard does to them comes back to the
// UI as queued item actions (Flutter web's semantics tree, fed by the item registry).
#pragma once

#include <string>

#include "ui/item_actions.h"
#include "ui/item_registry.h"

namespace hotline::web {

class ScreenReaderMirror {
 public:
  // `wake` resumes the paused main loop: the requests arrive from page events, outside SDL's.
  ScreenReaderMirror(ui::ItemActions& actions, void (*wake)());
  ScreenReaderMirror(const ScreenReaderMirror&) = delete;
  ScreenReaderMirror& operator=(const ScreenReaderMirror&) = delete;

  // After each drawn frame: hands the items to the page only when they differ from the last ones
  // handed (no DOM work on frames that change nothing). `screen` changes with every new screen;
  // `font_px` is the body text size (the text size setting).
  void sync(const ui::ItemRegistry& items, unsigned screen, float font_px);

 private:
  static void on_request(void* self, int kind, int id);

  ui::ItemActions& actions_;
  void (*wake_)();
  std::string sent_;
};

}  // namespace hotline::web
