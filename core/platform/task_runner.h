// Work too slow for a frame (preparing a 12 MP photo takes ~0.6 s in WebAssembly): run it elsewhere and
// get the result back on the UI thread.
#pragma once

#include <functional>

#include "platform/call.h"

namespace hotline::platform {

class TaskRunner {
 public:
  virtual ~TaskRunner() = default;
  // Runs `work` off the UI thread where the platform has one (natively: a worker thread), otherwise
  // later on the UI thread between frames; `done` runs on the UI thread afterwards, from the RunQueue,
  // unless the handle is gone by then (the work itself may still run: see call.h).
  virtual Call run(std::function<void()> work, std::function<void()> done) = 0;
};

}  // namespace hotline::platform
