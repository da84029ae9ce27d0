// Multipart media parts -> prepared media (see media_upload.h).
#include "cases/media_upload.h"

#include <cstdint>

#include "photo/inspect.h"
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

// "24 megapixels" / "2400万像素"; a limit that is no whole number of megapixels in pixels.
std::string pixels_text(std::uint64_t pixels, bool chinese) {
  if (pixels % 1'000'000 == 0) {
    return std::to_string(pixels / 1'000'000) + (chinese ? "百万像素" : " megapixels");
  }
  return std::to_string(pixels) + (chinese ? "像素" : " pixels");
}

}  // namespace

base::Expected<std::vector<PreparedMedia>, UploadError> prepare_uploads(Backend& backend,
                                                                        const std::vector<UploadedFile>& files,
                                                                        bool chinese, const DecodeLimits& decode,
                                                                        DecodeBudget& budget) {
  const MediaLimits& limits = backend.media->limits();
  if (files.size() > limits.max_files) {
    const std::string max = std::to_string(limits.max_files);
    return base::unexpected(UploadError{
        400, describe("media", "at most " + max + " files per request", "每次最多" + max + "个文件", chinese)});
  }
  // Headers first: nothing is decoded until every photo and the request as a whole are known to fit.
  std::vector<std::uint64_t> pixels(files.size(), 0);
  std::uint64_t total = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const auto info = photo::inspect(files[i].content, {limits.max_bytes, decode.max_photo_pixels});
    if (info) {
      pixels[i] = std::uint64_t{info->width} * info->height;
      total += pixels[i];
    } else if (info.error().code == photo::PhotoErrorCode::TooManyPixels) {
      return base::unexpected(UploadError{
          413, describe("media[" + std::to_string(i) + "]", "more than " + pixels_text(decode.max_photo_pixels, false),
                        "超过" + pixels_text(decode.max_photo_pixels, true), chinese)});
    }  // other problems are named by prepare() below, before it decodes anything
  }
  if (total > decode.max_request_pixels) {
    return base::unexpected(
        UploadError{413, describe("media", "more than " + pixels_text(decode.max_request_pixels, false) + " in all",
                                  "合计超过" + pixels_text(decode.max_request_pixels, true), chinese)});
  }
  std::vector<PreparedMedia> prepared;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::string which = "media[" + std::to_string(i) + "]";
    const auto lease = budget.try_take(pixels[i] * kBytesPerPixel);
    if (!lease) {
      const std::string wait = std::to_string(kDecodeRetryAfterSeconds);
      return base::unexpected(
          UploadError{503, describe("media", "the server is busy with other photos; retry after " + wait + " s",
                                    "服务器正在处理其他照片，请在" + wait + "秒后重试", chinese)});
    }
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
