// The navigation stack.
#include "app/navigation.h"

#include <algorithm>

namespace hotline::app {

void Navigation::push(Route route) {
  if (route.screen == Screen::Home) {
    home();
    return;
  }
  // A screen already on the stack is returned to (review's "change", a step with an error), so back
  // and the browser's history never show it twice.
  if (const auto found = std::find(stack_.begin(), stack_.end(), route); found != stack_.end()) {
    stack_.erase(found + 1, stack_.end());
  } else {
    stack_.push_back(std::move(route));
  }
  ++generation_;
}

bool Navigation::back() {
  if (!can_go_back()) {
    return false;
  }
  stack_.pop_back();
  ++generation_;
  return true;
}

void Navigation::home() {
  stack_.resize(1);
  ++generation_;
}

void Navigation::reset(std::vector<Route> routes) {
  stack_.resize(1);
  for (Route& route : routes) {
    if (route.screen != Screen::Home) {
      stack_.push_back(std::move(route));
    }
  }
  ++generation_;
}

}  // namespace hotline::app
