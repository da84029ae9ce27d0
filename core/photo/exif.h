// EXIF (TIFF-structured) metadata reader: the few tags the hotline needs, from untrusted bytes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/expected.h"
#include "domain/attachment.h"
#include "photo/photo_error.h"

namespace hotline::photo {

struct ExifData {
  int orientation = 1;                              // EXIF 0x0112, 1..8 (anything else reads as 1)
  std::optional<std::string> date_time_original;    // "YYYY:MM:DD HH:MM:SS" as written by the camera
  std::optional<std::string> offset_time_original;  // "+08:00", EXIF 2.31
  std::optional<domain::GeoPoint> gps;              // signed degrees, only when complete and in range
  std::string make;
  std::string model;
};

// Parses a TIFF structure ("II*\0" or "MM\0*" then IFDs), i.e. a JPEG APP1 payload after "Exif\0\0".
// Offsets and counts are checked against the bytes; a pointer outside them or back to an IFD already
// read is a BadMetadata error (reason "out_of_range" / "ifd_loop" / "bad_header" / "too_many_entries").
// A single tag with an unusable value is skipped, so one bad tag does not hide the others.
base::Expected<ExifData, PhotoError> parse_exif(std::string_view tiff);

}  // namespace hotline::photo
