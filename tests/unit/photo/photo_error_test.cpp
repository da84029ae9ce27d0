// Every photo error has a message in every language, and the message uses exactly the error's params.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "fixture_files.h"
#include "photo/photo_error.h"

using namespace hotline::photo;

namespace {

nlohmann::json catalog(const std::string& language) {
  std::ifstream in(std::string(HOTLINE_SOURCE_DIR) + "/assets/i18n/" + language + "/photo.json", std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto json = nlohmann::json::parse(text, nullptr, false);
  REQUIRE(json.is_object());
  return json;
}

// Errors as the pipeline produces them, with their parameters.
const std::vector<PhotoError>& sample_errors() {
  static const std::vector<PhotoError> errors = {
      make_error(PhotoErrorCode::Empty),
      make_error(PhotoErrorCode::FileTooLarge, {{"size_mb", "31.0"}, {"max_mb", "30.0"}}),
      make_error(PhotoErrorCode::NotAnImage),
      make_error(PhotoErrorCode::UnsupportedFormat, {{"format", "HEIF"}}),
      make_error(PhotoErrorCode::Malformed, {{"format", "JPEG"}, {"reason", "truncated"}}),
      make_error(PhotoErrorCode::TooManyPixels, {{"width", "30000"}, {"height", "30000"}, {"max_megapixels", "50"}}),
      make_error(PhotoErrorCode::BadMetadata, {{"reason", "ifd_loop"}}),
      make_error(PhotoErrorCode::DecodeFailed, {{"reason", "corrupt"}}),
      make_error(PhotoErrorCode::EncodeFailed),
      make_error(PhotoErrorCode::TooManyPhotos, {{"max", "9"}}),
  };
  return errors;
}

}  // namespace

TEST_CASE("error keys are photo.error.<name>, and the message carries the params") {
  CHECK(make_error(PhotoErrorCode::TooManyPixels).key() == "photo.error.too_many_pixels");
  CHECK(make_error(PhotoErrorCode::NotAnImage).name() == "not_an_image");
  CHECK(make_error(PhotoErrorCode::TooManyPhotos, {{"max", "9"}}).message() ==
        hotline::base::Message{"photo.error.too_many_photos", {{"max", "9"}}});
}

TEST_CASE("every error key has a message in every language, with placeholders the error fills") {
  for (const char* language : {"zh-CN", "zh-TW", "en"}) {
    const nlohmann::json strings = catalog(language);
    for (const PhotoError& error : sample_errors()) {
      INFO(language << " " << error.key());
      REQUIRE(strings.contains(error.key()));
      const std::string message = strings[error.key()].get<std::string>();
      // Each {placeholder} in the message must be one of the error's params.
      for (std::size_t open = message.find('{'); open != std::string::npos; open = message.find('{', open + 1)) {
        const std::string name = message.substr(open + 1, message.find('}', open) - open - 1);
        INFO("placeholder " << name);
        CHECK(error.message().param(name).has_value());
      }
    }
  }
}
