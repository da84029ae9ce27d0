// The typed errors of the photo pipeline, each with a catalog key (assets/i18n/<lang>/photo.json).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/message.h"

namespace hotline::photo {

enum class PhotoErrorCode {
  Empty,              // zero bytes
  FileTooLarge,       // more bytes than the limit; params: size_mb, max_mb
  NotAnImage,         // no known image signature
  UnsupportedFormat,  // recognised but not handled here (HEIC/HEIF, or WebP without a platform decoder); params: format
  Malformed,          // a recognised header that is cut short or inconsistent
  TooManyPixels,      // decompression-bomb guard; params: width, height, max_megapixels
  BadMetadata,        // EXIF that cannot be read safely (loops, out-of-range offsets); params: reason
  DecodeFailed,       // the decoder gave up (truncated data, memory budget)
  EncodeFailed,
  TooManyPhotos,  // params: max
};

struct PhotoError {
  PhotoErrorCode code = PhotoErrorCode::Malformed;
  std::vector<base::MessageParam> params;

  // "photo.error.<name>", the key of the message shown to the citizen.
  std::string key() const;
  base::Message message() const { return {key(), params}; }
  // Stable snake_case name (used in keys, logs and the command line tool's JSON).
  std::string_view name() const;
};

std::string_view error_name(PhotoErrorCode code);
PhotoError make_error(PhotoErrorCode code, std::vector<base::MessageParam> params = {});

}  // namespace hotline::photo
