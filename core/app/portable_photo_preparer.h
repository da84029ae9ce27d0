// app::PhotoPreparer with the core's portable pipeline (photo::prepare) through the platform's
// TaskRunner: a worker thread on kiosks, between frames in tests.
#pragma once

#include "app/photo_preparer.h"
#include "platform/task_runner.h"

namespace hotline::app {

class PortablePhotoPreparer final : public PhotoPreparer {
 public:
  explicit PortablePhotoPreparer(platform::TaskRunner& tasks) : tasks_(tasks) {}

  platform::Call prepare(const platform::PickedFile& file, photo::PhotoUse use,
                         std::function<void(Result)> done) override;

 private:
  platform::TaskRunner& tasks_;
};

}  // namespace hotline::app
