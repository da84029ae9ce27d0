// The capture time of a photo as ISO 8601, from EXIF DateTimeOriginal (+ OffsetTimeOriginal).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "photo/exif.h"

namespace hotline::photo {

// "2024:05:01 10:20:30" + "+08:00" -> "2024-05-01T10:20:30+08:00". Cameras that predate EXIF 2.31
// write no offset; then fallback_offset is used (Fuzhou phones: "+08:00"), or none when it is empty.
// Returns nothing for missing, blank ("0000:00:00 ...") or impossible dates.
std::optional<std::string> capture_time_iso8601(const ExifData& exif, std::string_view fallback_offset);

}  // namespace hotline::photo
