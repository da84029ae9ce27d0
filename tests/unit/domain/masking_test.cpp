// Masked display of ID and mobile numbers.
#include <catch2/catch.hpp>

#include "domain/masking.h"
#include "id_numbers.h"
#include "text/utf8.h"

using namespace hotline::domain;

TEST_CASE("ID numbers show at most the first 3 and last 4 characters") {
  CHECK(mask_resident_id("350102199003071234") == "350***********1234");
  CHECK(mask_resident_id("11010519491231002X") == "110***********002X");
  const std::string id = testing::make_id("350121", "19800229", "123");
  const std::string masked = mask_resident_id(id);
  CHECK(masked.size() == id.size());
  CHECK(masked.substr(0, 3) == id.substr(0, 3));
  CHECK(masked.substr(14) == id.substr(14));
  CHECK(masked.substr(3, 11) == std::string(11, '*'));
}

TEST_CASE("mobile numbers are masked as 138****5678") {
  CHECK(mask_mobile("13812345678") == "138****5678");
  CHECK(mask_mobile("19900001111") == "199****1111");
}

TEST_CASE("short or odd values reveal nothing rather than almost everything") {
  CHECK(mask_mobile("") == "");
  CHECK(mask_mobile("1381234567") == "**********");  // 10 characters: only 3 would be hidden
  CHECK(mask_middle("abcdefghijk", 3, 4) == "abc****hijk");
  CHECK(mask_middle("abcdefghij", 3, 4) == "**********");
  CHECK(mask_middle("abcdef", 0, 0) == "******");
}

TEST_CASE("masking counts characters, not bytes, and never emits broken UTF-8") {
  const std::string name = "福州市鼓楼区东街口一号";  // 11 characters, 33 bytes
  const std::string masked = mask_middle(name, 3, 4);
  CHECK(masked == "福州市****街口一号");
  CHECK(hotline::text::count_code_points(masked) == 11u);
  CHECK(mask_middle("ab\xFF"
                    "cdefghijkl",
                    3, 4) == std::string(13, '*'));
  CHECK(
      hotline::text::is_valid_utf8(mask_middle("\xF0\x9F\x98\x80"
                                               "0123456789",
                                               3, 4)));
}
