// Durable content-addressed photo storage (see media_store.h).
#include "store/media_store.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <iterator>

#include "photo/inspect.h"
#include "photo/prepare.h"

namespace hotline::server {

namespace {

bool write_all_durably(const std::filesystem::path& path, std::string_view bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    return false;
  }
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n <= 0) {
      ::close(fd);
      return false;
    }
    written += static_cast<std::size_t>(n);
  }
  const bool synced = ::fsync(fd) == 0;
  return ::close(fd) == 0 && synced;
}

void sync_directory(const std::filesystem::path& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

}  // namespace

bool MediaStore::is_media_id(std::string_view id) {
  if (id.size() != 64) {
    return false;
  }
  for (char c : id) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      return false;
    }
  }
  return true;
}

std::filesystem::path MediaStore::path_of(std::string_view id) const {
  return dir_ / std::string(id.substr(0, 2)) / std::string(id);
}

base::Expected<PreparedMedia, MediaError> MediaStore::prepare(std::string_view upload) const {
  if (upload.size() > limits_.max_bytes) {
    return base::unexpected(
        MediaError{MediaErrorCode::TooLarge, "file larger than " + std::to_string(limits_.max_bytes) + " bytes"});
  }
  photo::PhotoSettings settings;
  settings.limits.max_bytes = limits_.max_bytes;
  auto info = photo::inspect(upload, settings.limits);
  if (!info) {
    return base::unexpected(MediaError{MediaErrorCode::NotAnImage,
                                       "not a usable JPEG or PNG image (" + std::string(info.error().name()) + ")"});
  }
  if (info->content_type != "image/jpeg" && info->content_type != "image/png") {
    return base::unexpected(MediaError{MediaErrorCode::UnsupportedType, info->content_type + " is not accepted"});
  }
  auto prepared = photo::prepare(upload, settings, photo::LocationConsent::Withheld);
  if (!prepared) {
    return base::unexpected(MediaError{MediaErrorCode::NotAnImage,
                                       "cannot decode the image (" + std::string(prepared.error().name()) + ")"});
  }
  const domain::Attachment& a = prepared->record;
  return PreparedMedia{MediaRecord{a.sha256, a.content_type, a.byte_size, a.width, a.height},
                       std::move(prepared->bytes)};
}

base::Expected<bool, MediaError> MediaStore::put(const std::vector<PreparedMedia>& media) {
  for (const auto& item : media) {
    if (auto stored = put_one(item); !stored) {
      return stored;
    }
  }
  return true;
}

base::Expected<bool, MediaError> MediaStore::put_one(const PreparedMedia& media) {
  const auto final_path = path_of(media.record.id);
  std::error_code ec;
  if (std::filesystem::exists(final_path, ec)) {
    return true;
  }
  std::filesystem::create_directories(final_path.parent_path(), ec);
  static std::atomic<unsigned> counter{0};
  const auto temp =
      final_path.parent_path() / (".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter.fetch_add(1)));
  if (ec || !write_all_durably(temp, media.bytes)) {
    std::filesystem::remove(temp, ec);
    return base::unexpected(MediaError{MediaErrorCode::Storage, "cannot write media file"});
  }
  std::filesystem::rename(temp, final_path, ec);
  if (ec) {
    std::filesystem::remove(temp, ec);
    return base::unexpected(MediaError{MediaErrorCode::Storage, "cannot store media file"});
  }
  sync_directory(final_path.parent_path());
  return true;
}

std::optional<std::string> MediaStore::read(std::string_view id) const {
  if (!is_media_id(id)) {
    return std::nullopt;
  }
  std::ifstream in(path_of(id), std::ios::binary);
  if (!in) {
    return std::nullopt;
  }
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace hotline::server
