// Multipart media parts -> prepared media (see media_upload.h).
#include "cases/media_upload.h"

#include "wire/error_words.h"

namespace hotline::server {

namespace {

// The store's detail is English for the log and for English answers; Chinese says the same by code.
std::string chinese_words_of(MediaErrorCode code, const MediaLimits& limits) {
  switch (code) {
    case MediaErrorCode::TooLarge:
      return "文件超过" + std::to_string(limits.max_bytes) + "字节";
    case MediaErrorCode::UnsupportedType:
      return "只接受JPEG或PNG图片";
    case MediaErrorCode::NotAnImage:
    case MediaErrorCode::Storage:
      break;
  }
  return "不是可用的JPEG或PNG图片";
}

}  // namespace

base::Expected<std::vector<PreparedMedia>, UploadError> prepare_uploads(Backend& backend,
                                                                        const std::vector<UploadedFile>& files,
                                                                        bool chinese) {
  const MediaLimits& limits = backend.media->limits();
  if (files.size() > limits.max_files) {
    const std::string max = std::to_string(limits.max_files);
    return base::unexpected(UploadError{
        400, describe("media", "at most " + max + " files per request", "每次最多" + max + "个文件", chinese)});
  }
  std::vector<PreparedMedia> prepared;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::string which = "media[" + std::to_string(i) + "]";
    auto item = backend.media->prepare(files[i].content);
    if (!item) {
      const bool too_large = item.error().code == MediaErrorCode::TooLarge;
      return base::unexpected(
          UploadError{too_large ? 413 : 400,
                      describe(which, item.error().detail, chinese_words_of(item.error().code, limits), chinese)});
    }
    prepared.push_back(std::move(*item));
  }
  return prepared;
}

}  // namespace hotline::server
