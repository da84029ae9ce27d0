// UTF-8 validation and counting against RFC 3629 edge cases.
#include <catch2/catch.hpp>

#include "text/utf8.h"

using hotline::text::append_utf8;
using hotline::text::count_code_points;
using hotline::text::first_code_points;
using hotline::text::is_valid_utf8;

TEST_CASE("count_code_points counts characters, not bytes") {
  CHECK(count_code_points("") == 0u);
  CHECK(count_code_points("abc") == 3u);
  CHECK(count_code_points("井盖坏了") == 4u);          // 12 bytes
  CHECK(count_code_points("\xF0\x9F\x98\x80") == 1u);  // U+1F600, 4 bytes
}

TEST_CASE("invalid UTF-8 is rejected") {
  CHECK_FALSE(is_valid_utf8("\x80"));              // lone continuation
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
  CHECK_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // overlong 3-byte
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate U+D800
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  CHECK_FALSE(is_valid_utf8("\xE4\xBA"));          // truncated
  CHECK_FALSE(is_valid_utf8("ok\xFFok"));
  CHECK(is_valid_utf8("\xEF\xBF\xBD"));  // U+FFFD itself is fine
}

TEST_CASE("append_utf8 round-trips through decode") {
  for (char32_t cp : {U'A', U'\u00E9', U'\u798F', U'\U0001F600', U'\u007F', U'\u0800', U'\U0010FFFF'}) {
    std::string s;
    append_utf8(s, cp);
    std::size_t pos = 0;
    const auto decoded = hotline::text::decode_next(s, pos);
    REQUIRE(decoded);
    CHECK(*decoded == cp);
    CHECK(pos == s.size());
  }
}

TEST_CASE("first_code_points cuts between characters, never inside one") {
  CHECK(first_code_points("福州12345热线", 4) == "福州12");
  CHECK(first_code_points("𠮷野家", 1) == "𠮷");
  CHECK(first_code_points("短", 10) == "短");
  CHECK(first_code_points("a\xFF", 5).empty());
}
