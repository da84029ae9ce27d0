// The photos step's work: picked files prepared one at a time through the platform's PhotoPreparer (never
// inside a frame), each ending as a photo of the form or a rejection with the pipeline's reason.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "api/photo.h"
#include "app/photo_preparer.h"
#include "base/message.h"
#include "domain/validation_rules.h"
#include "photo/image.h"
#include "platform/activity.h"
#include "platform/photo_picker.h"

namespace hotline::app {

struct RejectedPhoto {
  std::string file_name;
  base::Message reason;
};

// A prepared photo's small preview (RGBA), kept beside the form by photo id; never uploaded or stored.
struct Thumbnail {
  photo::Image image;
};

class PhotoAttach {
 public:
  // The photo being prepared counts in `activity`.
  explicit PhotoAttach(const platform::Activity& activity) : preparing_(activity) {}

  // Queues the picked files; `room` of them at most are prepared (the rest are rejected as too many).
  // Each prepared photo is handed to `accept` with the location read from it (meta.location: whether
  // it travels is the citizen's choice, applied when sending); `changed` runs after every step.
  // `preparer` is the platform's place for the work.
  void add(std::vector<platform::PickedFile> files, std::size_t room, PhotoPreparer& preparer,
           std::function<void(api::Photo)> accept, std::function<void()> changed);

  bool busy() const { return !queue_.empty() || preparing_.active(); }
  // Files waiting or being prepared, and how many are done in this batch, for "2 of 5".
  std::size_t remaining() const { return queue_.size() + (preparing_.active() ? 1 : 0); }
  std::size_t done_in_batch() const { return done_in_batch_; }
  const std::vector<RejectedPhoto>& rejected() const { return rejected_; }
  void clear_rejected() { rejected_.clear(); }
  const Thumbnail* thumbnail(const std::string& photo_id) const;
  void forget(const std::string& photo_id);
  void reset();

 private:
  void prepare_next(PhotoPreparer& preparer);
  void finish(const std::string& file_name, PhotoPreparer::Result result);

  std::vector<platform::PickedFile> queue_;
  platform::AwaitedCall preparing_;  // dropping it (reset, a new visit) lets the photo finish into nothing
  std::size_t done_in_batch_ = 0;
  std::vector<RejectedPhoto> rejected_;
  std::vector<std::pair<std::string, Thumbnail>> thumbnails_;
  std::function<void(api::Photo)> accept_;
  std::function<void()> changed_;
};

}  // namespace hotline::app
