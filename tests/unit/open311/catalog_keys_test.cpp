// Every message key the open311 module returns exists in the shipped catalog.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>

#include "open311/api_error.h"
#include "open311/decode_error.h"
#include "text/catalog.h"

using namespace hotline;

TEST_CASE("decode errors and HTTP statuses have catalog entries") {
  std::ifstream in(std::string(HOTLINE_SOURCE_DIR) + "/assets/i18n/zh-CN/open311.json", std::ios::binary);
  REQUIRE(in.good());
  const auto catalog =
      text::Catalog::parse(std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()));
  REQUIRE(catalog.has_value());

  std::size_t keys = 0;
  for (int i = 0; i <= static_cast<int>(open311::DecodeErrorCode::DuplicateField); ++i) {
    const auto code = static_cast<open311::DecodeErrorCode>(i);
    INFO(open311::message_key(code));
    CHECK_FALSE(open311::to_code(code).empty());
    CHECK(catalog->find(open311::message_key(code)) != nullptr);
    ++keys;
  }
  for (const int status : {400, 401, 403, 404, 418, 500, 503}) {
    const auto key = open311::http_status_message_key(status);
    INFO(key);
    CHECK(catalog->find(key) != nullptr);
  }
  CHECK(catalog->size() == keys + 5);  // no stale entries: 11 error codes and 5 HTTP outcomes
}
