// Where photo bytes live, content-addressed by SHA-256: files in a directory, or a database table.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/expected.h"

namespace hotline::server {

enum class MediaErrorCode { TooLarge, NotAnImage, UnsupportedType, Storage };

struct MediaError {
  MediaErrorCode code = MediaErrorCode::NotAnImage;
  std::string detail;
};

class MediaBytes {
 public:
  virtual ~MediaBytes() = default;
  // Durable once it returns (before the request referring to the id is committed); bytes already
  // stored under the id are kept.
  virtual base::Expected<void, MediaError> put(const std::string& id, std::string_view bytes) = 0;
  // The stored bytes of an id, or nullopt.
  virtual std::optional<std::string> read(std::string_view id) const = 0;
};

}  // namespace hotline::server
