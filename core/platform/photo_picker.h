// Picking photos: the platform shows its chooser (a file input with the camera on phones, scripted files
// for QA) and hands back the chosen files' bytes, once, on the UI thread.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "platform/call.h"

namespace hotline::platform {

struct PickedFile {
  std::string name;   // for messages ("IMG_2031.HEIC cannot be read")
  std::string bytes;  // as stored on the device, not yet inspected
  // Set instead of bytes when the platform keeps the file itself and prepares it where it lives (the
  // browser's File, read by a Web Worker): the bytes then never pass through the UI thread.
  std::string handle;
};

enum class PickOutcome { Picked, Cancelled, Unavailable };

struct PickResult {
  PickOutcome outcome = PickOutcome::Cancelled;
  std::vector<PickedFile> files;
};

class PhotoPicker {
 public:
  virtual ~PhotoPicker() = default;
  // At most `max_count` files. The callback runs once, later, from the RunQueue, unless the handle is
  // gone by then (the chooser may stay open; its answer is dropped).
  virtual Call pick(int max_count, std::function<void(PickResult)> done) = 0;
};

}  // namespace hotline::platform
