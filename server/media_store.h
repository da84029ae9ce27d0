// Uploaded photos on disk, content-addressed by SHA-256 (a retried upload stores nothing new), with
// the metadata sniffed from the bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "base/expected.h"
#include "request_record.h"

namespace hotline::server {

struct MediaLimits {
  std::size_t max_bytes = 10u << 20;  // per file; browsers send <= 2048 px JPEGs of ~1 MB
  std::size_t max_files = 9;          // per request or reply (the core's photo limit)
};

enum class MediaErrorCode { TooLarge, NotAnImage, UnsupportedType, Storage };

struct MediaError {
  MediaErrorCode code = MediaErrorCode::NotAnImage;
  std::string detail;
};

class MediaStore {
 public:
  explicit MediaStore(std::filesystem::path dir, MediaLimits limits = {}) : dir_(std::move(dir)), limits_(limits) {}

  const MediaLimits& limits() const { return limits_; }

  // Sniffs the type (JPEG and PNG only), measures and hashes the bytes, and writes them durably
  // (temporary file, fsync, rename) before the request referencing them is committed.
  base::Expected<MediaRecord, MediaError> put(std::string_view bytes);

  // The stored bytes of a media id (64 lowercase hex digits), or nullopt.
  std::optional<std::string> read(std::string_view id) const;

  static bool is_media_id(std::string_view id);

 private:
  std::filesystem::path path_of(std::string_view id) const;

  std::filesystem::path dir_;
  MediaLimits limits_;
};

}  // namespace hotline::server
