// A photo ready to upload (already downscaled and stripped of metadata by core/photo), with what the
// citizen agreed to send along with it.
#pragma once

#include <optional>
#include <string>

#include "calendar/instant.h"
#include "domain/attachment.h"

namespace hotline::api {

// The photo step asks whether the photo's location may be sent; only a yes keeps it (domain.md: GPS
// from a photo only with care).
enum class LocationConsent { Refused, Agreed };

// Kept apart from the pixels: the pipeline strips EXIF from the bytes, so this is the only place the
// capture time and the location survive.
struct PhotoMeta {
  std::optional<calendar::Instant> captured;  // from EXIF or the camera, when known
  std::optional<domain::GeoPoint> location;   // set only with LocationConsent::Agreed

  bool operator==(const PhotoMeta&) const = default;
};

// What may travel: the location read from the photo goes only with the citizen's yes.
PhotoMeta photo_meta(std::optional<calendar::Instant> captured, std::optional<domain::GeoPoint> location,
                     LocationConsent consent);

struct Photo {
  std::string id;            // stable within a draft or outbox item, [a-z0-9_-] (e.g. the sha256 hex)
  std::string content_type;  // "image/jpeg" or "image/png"
  std::string bytes;
  PhotoMeta meta;

  bool operator==(const Photo&) const = default;
};

// A stored record's reference to a photo blob kept under its own key.
struct PhotoRef {
  std::string id;
  std::string content_type;
  PhotoMeta meta;

  bool operator==(const PhotoRef&) const = default;
};

PhotoRef ref_of(const Photo& photo);
Photo with_bytes(const PhotoRef& ref, std::string bytes);

}  // namespace hotline::api
