// The params implied by field and code alone are exactly the ones validation puts on its errors.
#include <catch2/catch.hpp>

#include "domain/field_limits.h"
#include "request_fixture.h"
#include "text/repeat.h"

using namespace hotline::domain;
using namespace hotline::domain::testing;
using hotline::testing::repeat;

namespace {

// The error validation reports for `r`, next to what limit_params() says from its field and code.
void check_implied(const ServiceRequest& r, const ValidationRules& rules, Field field, ErrorCode code) {
  const FieldError e = only_error(r, rules);
  REQUIRE(e.field == field);
  REQUIRE(e.code == code);
  CHECK_FALSE(e.params.empty());
  CHECK(limit_params(field, code, rules) == e.params);
}

}  // namespace

TEST_CASE("limit params match validation's errors, with default and custom rules") {
  ValidationRules custom;
  custom.description_min_chars = 8;
  custom.description_max_chars = 30;
  custom.name_max_chars = 4;
  custom.address_max_chars = 12;
  custom.max_photos = 2;
  for (const ValidationRules& rules : {ValidationRules{}, custom}) {
    INFO("max photos " << rules.max_photos);
    ServiceRequest r = complaint();
    r.description = "井盖坏了";
    check_implied(r, rules, Field::Description, ErrorCode::TooShort);
    r.description = repeat("井", rules.description_max_chars + 1);
    check_implied(r, rules, Field::Description, ErrorCode::TooLong);

    r = complaint();
    r.location.address = repeat("路", rules.address_max_chars + 1);
    check_implied(r, rules, Field::Address, ErrorCode::TooLong);
    r = complaint();
    r.contact.name = repeat("林", rules.name_max_chars + 1);
    check_implied(r, rules, Field::ContactName, ErrorCode::TooLong);

    r = complaint();
    r.location.point = GeoPoint{-91, 119.3};
    check_implied(r, rules, Field::Latitude, ErrorCode::OutOfRange);
    r.location.point = GeoPoint{26.1, 181};
    check_implied(r, rules, Field::Longitude, ErrorCode::OutOfRange);

    r = complaint();
    r.attachments.assign(rules.max_photos + 1, photo());
    check_implied(r, rules, Field::Photos, ErrorCode::TooManyPhotos);
  }
}

TEST_CASE("the implied params are the documented numbers") {
  const ValidationRules rules;
  CHECK(limit_params(Field::Description, ErrorCode::TooLong, rules) ==
        std::vector<hotline::base::MessageParam>{{"max", "4000"}});
  CHECK(limit_params(Field::Longitude, ErrorCode::OutOfRange, rules) ==
        std::vector<hotline::base::MessageParam>{{"min", "-180"}, {"max", "180"}});
}

TEST_CASE("params that depend on the input, or on no limit, cannot be implied") {
  const ValidationRules rules;
  CHECK(limit_params(Field::ResidentId, ErrorCode::IdLength, rules).empty());
  CHECK(limit_params(Field::Photos, ErrorCode::UnsupportedPhotoType, rules).empty());
  CHECK(limit_params(Field::Mobile, ErrorCode::InvalidMobile, rules).empty());
  CHECK(limit_params(Field::Description, ErrorCode::Required, rules).empty());
  // A limit code on a field without that limit (never produced by validation) gets no made-up value.
  CHECK(limit_params(Field::Mobile, ErrorCode::TooLong, rules).empty());
  CHECK(limit_params(Field::Address, ErrorCode::OutOfRange, rules).empty());
}

TEST_CASE("text rules exist for the request's free-text fields only") {
  ValidationRules rules;
  rules.description_min_chars = 0;
  rules.name_required = false;
  CHECK(text_rule(Field::Description, rules)->min_chars == 1);  // a request always says what is wrong
  CHECK(text_rule(Field::Description, rules)->multiline);
  CHECK(text_rule(Field::ContactName, rules)->min_chars == 0);
  CHECK(text_rule(Field::Address, rules)->max_chars == rules.address_max_chars);
  CHECK_FALSE(text_rule(Field::Mobile, rules));
  CHECK_FALSE(text_rule(Field::Latitude, rules));
}
