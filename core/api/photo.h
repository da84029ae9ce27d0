// A photo ready to upload (already downscaled and stripped of metadata by core/photo).
#pragma once

#include <string>

namespace hotline::api {

struct Photo {
  std::string id;            // stable within a draft or outbox item, [a-z0-9_-] (e.g. the sha256 hex)
  std::string content_type;  // "image/jpeg" or "image/png"
  std::string bytes;

  bool operator==(const Photo&) const = default;
};

// A stored record's reference to a photo blob kept under its own key.
struct PhotoRef {
  std::string id;
  std::string content_type;

  bool operator==(const PhotoRef&) const = default;
};

}  // namespace hotline::api
