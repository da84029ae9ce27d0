// Every mapping from transport failures and HTTP answers to ApiError, and which ones are retried.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "api/api_error.h"
#include "api_fixture.h"
#include "text/catalog.h"

using namespace hotline;
using api::ApiErrorCode;

namespace {

api::ApiError http(int status, std::string body = "", std::vector<platform::HttpHeader> headers = {}) {
  return api::from_http_error(testing::response(status, std::move(body), std::move(headers)));
}

text::Catalog catalog(const std::string& lang, const std::string& area = "api") {
  std::ifstream in(std::string(HOTLINE_SOURCE_DIR) + "/assets/i18n/" + lang + "/" + area + ".json");
  std::stringstream text;
  text << in.rdbuf();
  auto parsed = text::Catalog::parse(text.str());
  REQUIRE(parsed.has_value());
  return std::move(parsed).value();
}

}  // namespace

TEST_CASE("network errors map to their own codes") {
  using platform::NetworkErrorCode;
  const std::pair<NetworkErrorCode, ApiErrorCode> cases[] = {
      {NetworkErrorCode::Offline, ApiErrorCode::Offline},
      {NetworkErrorCode::Timeout, ApiErrorCode::Timeout},
      {NetworkErrorCode::ConnectionLost, ApiErrorCode::ConnectionLost},
      {NetworkErrorCode::Tls, ApiErrorCode::Tls},
      {NetworkErrorCode::Cancelled, ApiErrorCode::Network},
      {NetworkErrorCode::Other, ApiErrorCode::Network},
  };
  for (auto [in, out] : cases) {
    const api::ApiError e = api::from_network_error({in, "detail"});
    CHECK(e.code == out);
    CHECK(e.http_status == 0);
    CHECK(e.message() == base::Message{api::message_key(out), {}});
    CHECK(e.detail.find("detail") != std::string::npos);
    CHECK(api::is_retryable(e));
  }
}

TEST_CASE("HTTP statuses map to codes, retried only when the failure may pass") {
  const std::tuple<int, ApiErrorCode, bool> cases[] = {
      {400, ApiErrorCode::Validation, false},
      {422, ApiErrorCode::Validation, false},
      {401, ApiErrorCode::Forbidden, false},
      {403, ApiErrorCode::Forbidden, false},
      {404, ApiErrorCode::NotFound, false},
      {410, ApiErrorCode::NotFound, false},
      {408, ApiErrorCode::Timeout, true},
      {409, ApiErrorCode::Conflict, false},
      {413, ApiErrorCode::TooLarge, false},
      {429, ApiErrorCode::RateLimited, true},
      {500, ApiErrorCode::Server, true},
      {502, ApiErrorCode::Server, true},
      {503, ApiErrorCode::Server, true},
      {504, ApiErrorCode::Server, true},
      {418, ApiErrorCode::UnexpectedStatus, false},
      {302, ApiErrorCode::UnexpectedStatus, false},
  };
  for (auto [status, code, retry] : cases) {
    INFO(status);
    const api::ApiError e = http(status);
    CHECK(e.code == code);
    CHECK(e.http_status == status);
    CHECK(e.message() == base::Message{"api.error." + std::string(api::to_code(code)), {}});
    CHECK(api::is_retryable(e) == retry);
  }
}

TEST_CASE("a 400 from the reference server carries the field errors") {
  const api::ApiError recorded = api::from_http_error(testing::recorded("error_400_mobile"));
  CHECK(recorded.code == ApiErrorCode::Validation);
  REQUIRE(recorded.field_errors.size() == 1);
  CHECK(recorded.field_errors[0].field == domain::Field::Mobile);
  CHECK(recorded.field_errors[0].code == domain::ErrorCode::InvalidMobile);
  CHECK(recorded.detail.rfind("phone: ", 0) == 0);  // the plain words are for the log, not parsed

  const std::string body =
      open311::encode_errors({{400, "phone: not a mainland mobile number", "mobile.invalid_mobile"},
                              {400, "description: too short", "description.too_short"},
                              {400, "api_key: required", std::nullopt}});
  const api::ApiError e = http(400, body);
  CHECK(e.code == ApiErrorCode::Validation);
  REQUIRE(e.server_errors.size() == 3);
  REQUIRE(e.field_errors.size() == 2);
  CHECK(e.field_errors[0].field == domain::Field::Mobile);
  CHECK(e.field_errors[0].code == domain::ErrorCode::InvalidMobile);
  CHECK(e.field_errors[1].field == domain::Field::Description);
  CHECK(e.field_errors[1].code == domain::ErrorCode::TooShort);
  CHECK(e.detail.find("api_key: required") != std::string::npos);
  CHECK(e.message() == base::Message{"api.error.validation", {}});  // one field's message would hide the others
}

TEST_CASE("a refusal of a single field carries that field's message and the params its limit implies") {
  const auto refusal = [](const std::string& field_error) {
    return http(400, open311::encode_errors({{400, "words for people", field_error}}));
  };
  const api::ApiError e = refusal("description.too_long");
  CHECK(e.code == ApiErrorCode::Validation);
  REQUIRE(e.field_errors.size() == 1);
  CHECK(e.message() == e.field_errors[0].message());
  CHECK(e.message() == base::Message{"domain.error.too_long", {{"max", "4000"}}});
  text::Strings strings;
  strings.set_catalog(text::Language::En, catalog("en", "domain"));
  strings.set_language(text::Language::En);
  CHECK(strings.format(e.message()) == "Please keep it to at most 4000 characters.");

  CHECK(refusal("lat.out_of_range").message() ==
        base::Message{"domain.error.out_of_range", {{"min", "-90"}, {"max", "90"}}});
  CHECK(refusal("mobile.invalid_mobile").message() == base::Message{"domain.error.invalid_mobile", {}});

  const api::ApiError with_other = http(
      400,
      open311::encode_errors({{400, "description: too long", "description.too_long"}, {400, "api_key: required"}}));
  CHECK(with_other.message() == base::Message{"api.error.validation", {}});
}

TEST_CASE("field errors are read strictly from field_error, never from the description") {
  CHECK(api::parse_field_error("resident_id.id_checksum").has_value());
  CHECK(api::parse_field_error("resident_id.id_checksum")->field == domain::Field::ResidentId);
  CHECK_FALSE(api::parse_field_error("resident_id id_checksum"));
  CHECK_FALSE(api::parse_field_error("nope.required"));
  CHECK_FALSE(api::parse_field_error("mobile.nope"));
  CHECK_FALSE(api::parse_field_error("mobile.domain.error.invalid_mobile"));
  CHECK_FALSE(api::parse_field_error(""));
  // The old wire form, a key in the description, is no field error any more.
  CHECK(http(400, open311::encode_errors({{400, "mobile: domain.error.invalid_mobile"}})).field_errors.empty());
}

TEST_CASE("a proxy's HTML error page is still a typed error") {
  const api::ApiError e = http(502, "<html><body>Bad Gateway</body></html>");
  CHECK(e.code == ApiErrorCode::Server);
  CHECK(e.server_errors.empty());
  CHECK(e.field_errors.empty());
}

TEST_CASE("Retry-After is read on 429 and 503 in its seconds form") {
  CHECK(http(429, "", {{"Retry-After", "7"}}).retry_after_s == 7);
  CHECK(http(503, "", {{"retry-after", "120"}}).retry_after_s == 120);
  CHECK_FALSE(http(429, "", {{"Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"}}).retry_after_s);
  CHECK_FALSE(http(429, "", {{"Retry-After", "-1"}}).retry_after_s);
  CHECK_FALSE(http(400, "", {{"Retry-After", "7"}}).retry_after_s);
}

TEST_CASE("decode and storage failures") {
  const api::ApiError bad = api::from_decode_error(201, open311::make_error(open311::DecodeErrorCode::NotJson, "[0]"));
  CHECK(bad.code == ApiErrorCode::BadResponse);
  CHECK(bad.http_status == 201);
  CHECK(api::is_retryable(bad));
  const api::ApiError storage = api::from_storage_error({platform::StorageErrorCode::QuotaExceeded, "full"});
  CHECK(storage.code == ApiErrorCode::Storage);
  CHECK(storage.message() == base::Message{"api.storage.quota", {}});
  CHECK_FALSE(api::is_retryable(storage));
}

TEST_CASE("every message key the module produces is in all three catalogs") {
  std::vector<std::string> keys;
  for (int c = 0; c <= static_cast<int>(ApiErrorCode::Storage); ++c) {
    keys.push_back(api::message_key(static_cast<ApiErrorCode>(c)));
  }
  for (auto code : {platform::StorageErrorCode::Io, platform::StorageErrorCode::QuotaExceeded,
                    platform::StorageErrorCode::InvalidKey}) {
    keys.emplace_back(platform::StorageError{code, ""}.message().key);
  }
  keys.push_back("api.outbox.photo_missing");
  for (const char* lang : {"zh-CN", "zh-TW", "en"}) {
    const text::Catalog c = catalog(lang);
    for (const auto& key : keys) {
      INFO(lang << " " << key);
      CHECK(c.find(key) != nullptr);
    }
  }
}
