// Form bodies: WHATWG percent-encoding of UTF-8 and reserved characters, and robust decoding.
#include <catch2/catch.hpp>

#include "open311/form_urlencoded.h"

using namespace hotline::open311;

TEST_CASE("percent_encode writes UTF-8 bytes as upper-case escapes") {
  CHECK(percent_encode("福州") == "%E7%A6%8F%E5%B7%9E");
  CHECK(percent_encode("井盖 坏了") == "%E4%BA%95%E7%9B%96+%E5%9D%8F%E4%BA%86");
  CHECK(percent_encode("\xF0\x9F\x98\x80") == "%F0%9F%98%80");
}

TEST_CASE("percent_encode escapes reserved characters and keeps the WHATWG safe set") {
  CHECK(percent_encode("a b&c=d+e%f[g]h~i*j-k.l_m/n?o#") == "a+b%26c%3Dd%2Be%25f%5Bg%5Dh%7Ei*j-k.l_m%2Fn%3Fo%23");
  CHECK(percent_encode("AZaz09") == "AZaz09");
  CHECK(percent_encode(std::string("\0\n", 2)) == "%00%0A");
}

TEST_CASE("percent_decode: '+' is a space only in forms and queries, bad escapes are refused") {
  CHECK(percent_decode("%E7%A6%8F+%E5%B7%9E", true) == std::optional<std::string>("福 州"));
  CHECK(percent_decode("/media/a+b%2e%2E", false) == std::optional<std::string>("/media/a+b.."));
  CHECK(percent_decode("%zz", false) == std::nullopt);
  CHECK(percent_decode("%4", true) == std::nullopt);
  CHECK(percent_decode("", true) == std::optional<std::string>(""));
}

TEST_CASE("encode_form joins pairs in order") {
  CHECK(encode_form({{"service_code", "a b"}, {"attribute[K][]", "x&y"}}) ==
        "service_code=a+b&attribute%5BK%5D%5B%5D=x%26y");
  CHECK(encode_form({}).empty());
}

TEST_CASE("decode_form reverses encode_form") {
  const std::vector<FormField> fields = {
      {"description", "鼓楼区 100% 井盖 & 路灯 = 坏了+"}, {"名字", ""}, {"a", "[b]"}};
  const auto decoded = decode_form(encode_form(fields));
  REQUIRE(decoded.has_value());
  CHECK(*decoded == fields);
}

TEST_CASE("decode_form accepts what browsers and curl send") {
  const auto decoded = decode_form("a=1&&b&c=x+y%2By&attribute[K][]=%e7%a6%8f&a=2&=v&");
  REQUIRE(decoded.has_value());
  CHECK(*decoded ==
        std::vector<FormField>{{"a", "1"}, {"b", ""}, {"c", "x y+y"}, {"attribute[K][]", "福"}, {"a", "2"}, {"", "v"}});
  const auto empty = decode_form("");
  REQUIRE(empty.has_value());
  CHECK(empty->empty());
}

TEST_CASE("decode_form rejects bad escapes with the field they are in") {
  for (const char* body : {"description=100%", "description=%4", "description=%G1", "description=%%41"}) {
    INFO(body);
    const auto decoded = decode_form(body);
    REQUIRE_FALSE(decoded.has_value());
    CHECK(decoded.error().code == DecodeErrorCode::BadPercentEscape);
    CHECK(decoded.error().field == "description");
    CHECK(decoded.error().message_key == "open311.error.bad_percent_escape");
  }
  const auto bad_name = decode_form("a=1&na%ZZme=2");
  REQUIRE_FALSE(bad_name.has_value());
  CHECK(bad_name.error().field == "[1]");
}

TEST_CASE("decode_form rejects bytes that are not UTF-8, escaped or raw") {
  for (const char* body : {"description=%FF", "description=%E4%BA", "description=\xC0\xAF", "na%C3me=x"}) {
    INFO(body);
    const auto decoded = decode_form(body);
    REQUIRE_FALSE(decoded.has_value());
    CHECK(decoded.error().code == DecodeErrorCode::InvalidUtf8);
  }
}

TEST_CASE("decode_form enforces the size limit") {
  DecodeLimits limits;
  limits.max_bytes = 8;
  CHECK(decode_form("a=123456", limits).has_value());
  const auto decoded = decode_form("a=1234567", limits);
  REQUIRE_FALSE(decoded.has_value());
  CHECK(decoded.error().code == DecodeErrorCode::TooLarge);
}
