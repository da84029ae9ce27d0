// Multipart media parts -> stored media records (see media_upload.h).
#include "media_upload.h"

#include "storage_failure.h"

namespace hotline::server {

base::Expected<std::vector<MediaRecord>, UploadError> store_uploads(Backend& backend,
                                                                    const std::vector<UploadedFile>& files) {
  const MediaLimits& limits = backend.media->limits();
  if (files.size() > limits.max_files) {
    return base::unexpected(
        UploadError{400, "media: at most " + std::to_string(limits.max_files) + " files per request"});
  }
  std::vector<MediaRecord> stored;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::string which = "media[" + std::to_string(i) + "]";
    auto record = backend.media->put(files[i].content);
    if (!record) {
      switch (record.error().code) {
        case MediaErrorCode::TooLarge:
          return base::unexpected(UploadError{413, which + ": " + record.error().detail});
        case MediaErrorCode::NotAnImage:
        case MediaErrorCode::UnsupportedType:
          return base::unexpected(UploadError{400, which + ": " + record.error().detail});
        case MediaErrorCode::Storage:
          log_storage_failure("storing " + which, record.error().detail);
          return base::unexpected(UploadError{500, "media storage unavailable"});
      }
    }
    stored.push_back(std::move(*record));
  }
  return stored;
}

}  // namespace hotline::server
