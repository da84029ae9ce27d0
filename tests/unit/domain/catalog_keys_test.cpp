// Every message key the domain module returns exists, with its placeholders, in all three languages.
#include <catch2/catch.hpp>

#include <vector>

#include "catalog_fixture.h"
#include "domain/channel.h"
#include "domain/field_error.h"
#include "domain/request_type.h"

using namespace hotline;
using hotline::testing::load_area_catalog;
using hotline::testing::require_key;

namespace {

std::vector<std::string_view> placeholders_of(domain::ErrorCode code) {
  switch (code) {
    case domain::ErrorCode::TooShort:
      return {"{min}"};
    case domain::ErrorCode::TooLong:
    case domain::ErrorCode::TooManyPhotos:
      return {"{max}"};
    case domain::ErrorCode::OutOfRange:
      return {"{min}", "{max}"};
    case domain::ErrorCode::IdLength:
      return {"{length}"};
    case domain::ErrorCode::UnsupportedPhotoType:
      return {"{number}"};
    default:
      return {};
  }
}

}  // namespace

TEST_CASE("domain catalogs cover every type, channel, field and error") {
  const auto reference = load_area_catalog(text::Language::ZhCN, "domain");
  for (const text::Language language : text::kAllLanguages) {
    INFO("language " << text::language_tag(language));
    const auto catalog = load_area_catalog(language, "domain");
    CHECK(catalog.keys() == reference.keys());
    for (const auto& [type, code] : domain::kRequestTypeCodes) {
      require_key(catalog, domain::label_key(type));
    }
    for (const auto& [channel, code] : domain::kChannelCodes) {
      require_key(catalog, domain::label_key(channel));
    }
    for (const auto& [field, code] : domain::kFieldCodes) {
      require_key(catalog, domain::label_key(field));
    }
    for (const auto& [error, code] : domain::kErrorCodes) {
      require_key(catalog, domain::message_key(error), placeholders_of(error));
    }
  }
}
