// Multipart media parts -> prepared media (see media_upload.h).
#include "media_upload.h"

namespace hotline::server {

base::Expected<std::vector<PreparedMedia>, UploadError> prepare_uploads(Backend& backend,
                                                                        const std::vector<UploadedFile>& files) {
  const MediaLimits& limits = backend.media->limits();
  if (files.size() > limits.max_files) {
    return base::unexpected(
        UploadError{400, "media: at most " + std::to_string(limits.max_files) + " files per request"});
  }
  std::vector<PreparedMedia> prepared;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::string which = "media[" + std::to_string(i) + "]";
    auto item = backend.media->prepare(files[i].content);
    if (!item) {
      const bool too_large = item.error().code == MediaErrorCode::TooLarge;
      return base::unexpected(UploadError{too_large ? 413 : 400, which + ": " + item.error().detail});
    }
    prepared.push_back(std::move(*item));
  }
  return prepared;
}

}  // namespace hotline::server
