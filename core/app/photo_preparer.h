// Where a picked file becomes an upload: photo::prepare through the TaskRunner unless the platform
// brings its own (the web build runs the same pipeline in a Web Worker, so the page never blocks).
#pragma once

#include <functional>

#include "base/expected.h"
#include "photo/photo_error.h"
#include "photo/prepare.h"
#include "platform/photo_picker.h"

namespace hotline::app {

class PhotoPreparer {
 public:
  using Result = base::Expected<photo::PreparedPhoto, photo::PhotoError>;
  virtual ~PhotoPreparer() = default;
  // Prepares `file` with the default PhotoSettings, the location kept (whether it travels is decided
  // when sending); `done` runs once, later, on the UI thread.
  virtual void prepare(const platform::PickedFile& file, std::function<void(Result)> done) = 0;
};

}  // namespace hotline::app
