// Preparing picked photos one by one off the frame: the pipeline runs in the platform's PhotoPreparer,
// the outcome is applied on the UI thread.
#include "app/photo_attach.h"

#include <algorithm>

#include "calendar/iso_timestamp.h"
#include "photo/photo_error.h"

namespace hotline::app {

void PhotoAttach::add(std::vector<platform::PickedFile> files, std::size_t room, PhotoPreparer& preparer,
                      std::function<void(api::Photo)> accept, std::function<void()> changed) {
  accept_ = std::move(accept);
  changed_ = std::move(changed);
  if (!busy()) {
    done_in_batch_ = 0;
  }
  room = room > remaining() ? room - remaining() : 0;
  for (platform::PickedFile& file : files) {
    if (room == 0) {
      rejected_.push_back({file.name, photo::make_error(photo::PhotoErrorCode::TooManyPhotos,
                                                        {{"max", std::to_string(domain::kMaxPhotos)}})
                                          .message()});
      continue;
    }
    --room;
    queue_.push_back(std::move(file));
  }
  prepare_next(preparer);
  changed_();
}

void PhotoAttach::prepare_next(PhotoPreparer& preparer) {
  if (preparing_.active() || queue_.empty()) {
    return;
  }
  platform::PickedFile file = std::move(queue_.front());
  queue_.erase(queue_.begin());
  // The location is read here and kept on the device; whether it travels is decided when sending.
  preparing_ = preparer.prepare(file, photo::PhotoUse::Upload,
                                [this, name = file.name, &preparer](PhotoPreparer::Result result) {
                                  finish(name, std::move(result));
                                  prepare_next(preparer);
                                  changed_();
                                });
}

void PhotoAttach::finish(const std::string& file_name, PhotoPreparer::Result result) {
  ++done_in_batch_;
  if (!result) {
    rejected_.push_back({file_name, result.error().message()});
    return;
  }
  photo::PreparedPhoto& prepared = *result;
  api::Photo photo;
  photo.id = prepared.record.sha256;
  photo.content_type = prepared.record.content_type;
  photo.bytes = std::move(prepared.bytes);
  if (prepared.record.captured_at) {
    if (const auto instant = calendar::parse_iso8601_timestamp(*prepared.record.captured_at)) {
      photo.meta.captured = *instant;
    }
  }
  photo.meta.location = prepared.record.location;
  thumbnails_.emplace_back(photo.id, Thumbnail{std::move(prepared.thumbnail)});
  accept_(std::move(photo));
}

const Thumbnail* PhotoAttach::thumbnail(const std::string& photo_id) const {
  for (const auto& [id, thumbnail] : thumbnails_) {
    if (id == photo_id) {
      return &thumbnail;
    }
  }
  return nullptr;
}

void PhotoAttach::forget(const std::string& photo_id) {
  std::erase_if(thumbnails_, [&](const auto& entry) { return entry.first == photo_id; });
}

void PhotoAttach::reset() {
  queue_.clear();
  rejected_.clear();
  thumbnails_.clear();
  done_in_batch_ = 0;
  preparing_.cancel();  // a photo still being prepared finishes into nothing
}

}  // namespace hotline::app
