// The metadata record of one photo attached to a request (or to a department's reply).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace hotline::domain {

struct GeoPoint {
  double lat = 0;
  double lon = 0;

  bool operator==(const GeoPoint&) const = default;
};

// What travels with the request (our Open311 extension) and what the backend stores. Describes the
// bytes actually uploaded (after downscaling and metadata stripping), not the original file.
struct Attachment {
  std::string content_type;  // "image/jpeg" or "image/png", sniffed from the bytes
  std::uint64_t byte_size = 0;
  std::uint32_t width = 0;  // pixel size after EXIF orientation was applied
  std::uint32_t height = 0;
  std::string sha256;                      // lowercase hex of the uploaded bytes
  std::optional<std::string> captured_at;  // ISO 8601 with offset, from EXIF, when known
  std::optional<GeoPoint> location;        // only when the citizen chose to share the photo's location
  std::string media_url;                   // set once the server has stored the file

  bool operator==(const Attachment&) const = default;
};

}  // namespace hotline::domain
