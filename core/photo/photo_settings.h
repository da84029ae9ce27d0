// The tunable limits of the photo pipeline (one place, so the UI and the server agree).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "photo/inspect.h"

namespace hotline::photo {

// How many photos a request takes is a validation rule (domain::kMaxPhotos): PhotoSet gets it.
struct PhotoSettings {
  std::uint32_t max_edge = 1600;       // long edge of the upload: enough to read a sign, ~300 KB as JPEG
  std::uint32_t thumbnail_edge = 256;  // long edge of the UI preview
  int jpeg_quality = 80;
  // EXIF before 2.31 has no time zone; phones of Fuzhou citizens are on China Standard Time.
  std::string fallback_utc_offset = "+08:00";
  InspectLimits limits;
};

// Whether the citizen chose to attach the photo's location; withheld unless they did.
enum class LocationConsent { Withheld, Shared };

}  // namespace hotline::photo
