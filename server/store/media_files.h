// Photo bytes as files in a directory (the SQLite default: FILE.media/ next to the database).
#pragma once

#include <filesystem>

#include "store/media_bytes.h"

namespace hotline::server {

class MediaFiles : public MediaBytes {
 public:
  explicit MediaFiles(std::filesystem::path dir) : dir_(std::move(dir)) {}
  // Temporary file, fsync, rename, directory fsync.
  base::Expected<void, MediaError> put(const std::string& id, std::string_view bytes) override;
  std::optional<std::string> read(std::string_view id) const override;

 private:
  std::filesystem::path path_of(std::string_view id) const;

  std::filesystem::path dir_;
};

}  // namespace hotline::server
