// What the QA hooks (web/qa_hooks.cpp, linked into the QA build web-qa/ only) reach of the running app.
#pragma once

#include "app/app_model.h"
#include "ui/app.h"

namespace hotline::web {

// The running app's model and view; null until the app has started.
app::AppModel* running_model();
const ui::App* running_view();
// A QA change needs frames: resumes the paused loop.
void wake_loop();

}  // namespace hotline::web
