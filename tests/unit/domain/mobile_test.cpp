// Mainland mobile numbers: the ^1[3-9]\d{9}$ rule and the folding of what people type.
#include <catch2/catch.hpp>

#include "domain/mobile.h"

using namespace hotline::domain;

TEST_CASE("mobile numbers match ^1[3-9]\\d{9}$ exactly") {
  for (const char* ok : {"13800138000", "13912345678", "15012345678", "16612345678", "17712345678", "18812345678",
                         "19912345678", "14512345678"}) {
    INFO(ok);
    CHECK(is_mobile_number(ok));
  }
  for (const char* bad : {"", "1380013800", "138001380000", "10012345678", "11012345678", "12012345678", "23800138000",
                          "1380013800a", "+8613800138000", "138 0013 8000", "０13800138000"}) {
    INFO(bad);
    CHECK_FALSE(is_mobile_number(bad));
  }
}

TEST_CASE("normalize_mobile folds spaces, hyphens, full-width digits and +86") {
  CHECK(normalize_mobile("13800138000").value() == "13800138000");
  CHECK(normalize_mobile("138 0013 8000").value() == "13800138000");
  CHECK(normalize_mobile("138-0013-8000").value() == "13800138000");
  CHECK(normalize_mobile("１３８００１３８０００").value() == "13800138000");
  CHECK(normalize_mobile("+86 138 0013 8000").value() == "13800138000");
  CHECK(normalize_mobile("＋８６13800138000").value() == "13800138000");
  CHECK(normalize_mobile("\xE3\x80\x80"
                         "13800138000 ")
            .value() == "13800138000");
}

TEST_CASE("normalize_mobile reports typed field errors") {
  const auto code_of = [](std::string_view input) {
    const auto result = normalize_mobile(input);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().field == Field::Mobile);
    return result.error().code;
  };
  CHECK(code_of("") == ErrorCode::Required);
  CHECK(code_of("   ") == ErrorCode::Required);
  CHECK(code_of("12800138000") == ErrorCode::InvalidMobile);
  CHECK(code_of("8613800138000") == ErrorCode::InvalidMobile);  // "+" is what marks a country code
  CHECK(code_of("+8513800138000") == ErrorCode::InvalidMobile);
  CHECK(code_of("010-12345678") == ErrorCode::InvalidMobile);  // a landline is no mobile
  CHECK(code_of("1380013800O") == ErrorCode::InvalidMobile);
  CHECK(code_of("138\xFF"
                "00138000") == ErrorCode::InvalidUtf8);
}
