// Photos, their references in stored records, and the consent rule for their location (see photo.h).
#include "api/photo.h"

namespace hotline::api {

PhotoMeta photo_meta(std::optional<calendar::Instant> captured, std::optional<domain::GeoPoint> location,
                     LocationConsent consent) {
  return {captured, consent == LocationConsent::Agreed ? location : std::nullopt};
}

PhotoRef ref_of(const Photo& photo) {
  return {photo.id, photo.content_type, photo.meta};
}

Photo with_bytes(const PhotoRef& ref, std::string bytes) {
  return {ref.id, ref.content_type, std::move(bytes), ref.meta};
}

}  // namespace hotline::api
