// The navigation stack: Home at the bottom, each route at most once, back pops one screen, never past Home.
#pragma once

#include <vector>

#include "app/screen.h"

namespace hotline::app {

class Navigation {
 public:
  const Route& current() const { return stack_.back(); }
  const std::vector<Route>& stack() const { return stack_; }
  bool can_go_back() const { return stack_.size() > 1; }

  // Opens `route` on top, or returns to it when it is already on the stack (each route is there once).
  void push(Route route);
  // Pops one screen; false at Home.
  bool back();
  // Home with nothing above it (after a submission, at the end of a kiosk session).
  void home();
  // Replaces the screens above Home with `routes` (restoring a draft's step, a browser reload).
  void reset(std::vector<Route> routes);
  // Bumped on every change, so a view notices a new screen (scroll to top, announce its heading).
  unsigned generation() const { return generation_; }

 private:
  std::vector<Route> stack_{Route{}};
  unsigned generation_ = 0;
};

}  // namespace hotline::app
