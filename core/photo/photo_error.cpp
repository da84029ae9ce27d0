// Names and catalog keys of the photo pipeline's errors.
#include "photo/photo_error.h"

#include <utility>

namespace hotline::photo {

std::string_view error_name(PhotoErrorCode code) {
  switch (code) {
    case PhotoErrorCode::Empty:
      return "empty";
    case PhotoErrorCode::FileTooLarge:
      return "file_too_large";
    case PhotoErrorCode::NotAnImage:
      return "not_an_image";
    case PhotoErrorCode::UnsupportedFormat:
      return "unsupported_format";
    case PhotoErrorCode::Malformed:
      return "malformed";
    case PhotoErrorCode::TooManyPixels:
      return "too_many_pixels";
    case PhotoErrorCode::BadMetadata:
      return "bad_metadata";
    case PhotoErrorCode::DecodeFailed:
      return "decode_failed";
    case PhotoErrorCode::EncodeFailed:
      return "encode_failed";
    case PhotoErrorCode::TooManyPhotos:
      return "too_many_photos";
  }
  return "malformed";
}

std::string_view PhotoError::name() const {
  return error_name(code);
}

std::string PhotoError::key() const {
  return "photo.error." + std::string(name());
}

PhotoError make_error(PhotoErrorCode code, std::vector<base::MessageParam> params) {
  return PhotoError{code, std::move(params)};
}

}  // namespace hotline::photo
