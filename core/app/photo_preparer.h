// Where a picked file or a downloaded reply photo goes through the photo pipeline: each platform
// brings its own place (a kiosk's worker thread, PortablePhotoPreparer; the browser's Web Worker), so
// the app model itself never links the pipeline and the page never blocks on it.
#pragma once

#include <functional>

#include "base/expected.h"
#include "photo/photo_error.h"
#include "photo/photo_use.h"
#include "photo/prepare.h"
#include "platform/call.h"
#include "platform/photo_picker.h"

namespace hotline::app {

class PhotoPreparer {
 public:
  using Result = base::Expected<photo::PreparedPhoto, photo::PhotoError>;
  virtual ~PhotoPreparer() = default;
  // Prepares `file` with photo::settings_for(use) and photo::consent_for(use); `done` runs once,
  // later, from the RunQueue, unless the handle is gone by then.
  virtual platform::Call prepare(const platform::PickedFile& file, photo::PhotoUse use,
                                 std::function<void(Result)> done) = 0;
};

}  // namespace hotline::app
