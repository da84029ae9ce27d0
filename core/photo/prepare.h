// The whole pipeline for one picked file: inspect, decode, downscale, orient, re-encode, describe.
#pragma once

#include <string>
#include <string_view>

#include "base/expected.h"
#include "domain/attachment.h"
#include "photo/decoder.h"
#include "photo/image.h"
#include "photo/photo_settings.h"

namespace hotline::photo {

struct PreparedPhoto {
  std::string bytes;          // what is uploaded: JPEG (or PNG when smaller), no metadata
  domain::Attachment record;  // describes bytes; location only with consent
  Image thumbnail;            // RGBA, long edge <= thumbnail_edge, for the UI only (never uploaded)
};

// platform: an optional faster decoder; when it is missing, cannot take the format or fails, the
// portable decoder is used. Errors: those of inspect(), then UnsupportedFormat (WebP with no platform
// decoder), DecodeFailed, EncodeFailed.
base::Expected<PreparedPhoto, PhotoError> prepare(std::string_view original, const PhotoSettings& settings,
                                                  LocationConsent consent, PlatformDecoder* platform = nullptr);

}  // namespace hotline::photo
