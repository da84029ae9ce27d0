// Checked, re-encoded photos handed to their storage engine (see media_store.h).
#include "store/media_store.h"

#include "photo/inspect.h"
#include "photo/prepare.h"

namespace hotline::server {

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

base::Expected<void, MediaError> MediaStore::put(const std::vector<PreparedMedia>& media) {
  for (const auto& item : media) {
    if (auto stored = bytes_->put(item.record.id, item.bytes); !stored) {
      return stored;
    }
  }
  return {};
}

std::optional<std::string> MediaStore::read(std::string_view id) const {
  if (!is_media_id(id)) {
    return std::nullopt;
  }
  return bytes_->read(id);
}

}  // namespace hotline::server
