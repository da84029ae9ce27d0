// The photos of one request: the per-request cap and the total shown before sending.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "photo/photo_error.h"
#include "photo/prepare.h"

namespace hotline::photo {

// Sum of the upload sizes (what the citizen's data plan pays), shown as size_text() before sending.
std::uint64_t total_upload_bytes(std::span<const PreparedPhoto> photos);

class PhotoSet {
 public:
  explicit PhotoSet(std::size_t max_photos) : max_photos_(max_photos) {}

  // TooManyPhotos (param max) once the cap is reached; the set is unchanged then.
  std::optional<PhotoError> add(PreparedPhoto photo);
  void remove(std::size_t index);
  const std::vector<PreparedPhoto>& photos() const { return photos_; }
  bool full() const { return photos_.size() >= max_photos_; }
  std::uint64_t total_bytes() const { return total_upload_bytes(photos_); }

 private:
  std::size_t max_photos_;
  std::vector<PreparedPhoto> photos_;
};

}  // namespace hotline::photo
