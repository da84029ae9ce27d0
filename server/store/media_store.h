// Uploaded photos, content-addressed by SHA-256 (a retried upload stores nothing new), in files or in
// the database (media_bytes.h). What is stored is the core's re-encoding of the upload, never the
// client's bytes: no EXIF/XMP/IPTC, no GPS.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.h"
#include "store/media_bytes.h"
#include "store/request_record.h"

namespace hotline::server {

struct MediaLimits {
  std::size_t max_bytes = 10u << 20;  // per file; browsers send <= 2048 px JPEGs of ~1 MB
  std::size_t max_files = 9;          // per request or reply (the core's photo limit)
};

// An upload re-encoded and described, not yet on disk.
struct PreparedMedia {
  MediaRecord record;
  std::string bytes;
};

class MediaStore {
 public:
  explicit MediaStore(std::unique_ptr<MediaBytes> bytes, MediaLimits limits = {})
      : bytes_(std::move(bytes)), limits_(limits) {}

  const MediaLimits& limits() const { return limits_; }

  // Checks the upload (JPEG and PNG only, type sniffed from the bytes) and re-encodes it with the
  // core's photo pipeline (photo::prepare: orientation baked into the pixels, long edge <= 1600 px,
  // no metadata at all; the request's lat/long is the location the citizen shares, never the photo's).
  // Nothing is written: a refused request must leave nothing behind.
  base::Expected<PreparedMedia, MediaError> prepare(std::string_view upload) const;

  // Writes prepared uploads durably before the request or timeline entry referencing them is
  // committed; content already stored is kept.
  base::Expected<void, MediaError> put(const std::vector<PreparedMedia>& media);

  // The stored bytes of a media id (64 lowercase hex digits), or nullopt.
  std::optional<std::string> read(std::string_view id) const;

  static bool is_media_id(std::string_view id);

 private:
  std::unique_ptr<MediaBytes> bytes_;
  MediaLimits limits_;
};

}  // namespace hotline::server
