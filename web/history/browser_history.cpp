// The C++ half of the browser history: tells history.js the navigation depth and route, and goes back
// in the model when the citizen goes back in the browser.
#include "history/browser_history.h"

#include <string>

extern "C" {
void hotline_history_init(void (*back)(void* user, int steps), void* user);
void hotline_history_sync(int depth, const char* route);
}

namespace hotline::web {

BrowserHistory::BrowserHistory(app::AppModel& model, void (*wake)()) : model_(model), wake_(wake) {
  hotline_history_init(&BrowserHistory::go_back, this);
}

void BrowserHistory::sync() {
  const app::Navigation& navigation = model_.navigation();
  if (navigation.generation() == synced_generation_) {
    return;
  }
  synced_generation_ = navigation.generation();
  const app::Route& route = navigation.current();
  std::string code(app::to_code(route.screen));
  if (!route.number.empty()) {
    code += "/" + route.number;
  }
  hotline_history_sync(static_cast<int>(navigation.stack().size()), code.c_str());
}

void BrowserHistory::go_back(void* self, int steps) {
  auto& history = *static_cast<BrowserHistory*>(self);
  // AppModel::back() keeps the draft (it saves the form at its new step).
  for (int i = 0; i < steps && history.model_.navigation().can_go_back(); ++i) {
    history.model_.back();
  }
  history.wake_();
}

}  // namespace hotline::web
