// PhotoSet bookkeeping.
#include "photo/photo_set.h"

#include <string>

namespace hotline::photo {

std::uint64_t total_upload_bytes(std::span<const PreparedPhoto> photos) {
  std::uint64_t total = 0;
  for (const PreparedPhoto& photo : photos) {
    total += photo.bytes.size();
  }
  return total;
}

std::optional<PhotoError> PhotoSet::add(PreparedPhoto photo) {
  if (full()) {
    return make_error(PhotoErrorCode::TooManyPhotos, {{"max", std::to_string(max_photos_)}});
  }
  photos_.push_back(std::move(photo));
  return std::nullopt;
}

void PhotoSet::remove(std::size_t index) {
  if (index < photos_.size()) {
    photos_.erase(photos_.begin() + static_cast<std::ptrdiff_t>(index));
  }
}

}  // namespace hotline::photo
