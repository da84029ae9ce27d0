// Whole-request validation: all errors at once, per-type requirements, location, anonymity, photos.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "domain/request_validation.h"
#include "id_numbers.h"
#include "request_fixture.h"

using namespace hotline::domain;
using namespace hotline::domain::testing;

TEST_CASE("a complete request passes and comes back normalised") {
  ServiceRequest r = complaint();
  r.contact.resident_id = "11010519491231002x";
  const auto category = drain_cover();
  const auto result = validate_request(r, &category, {}, kToday);
  REQUIRE(result.has_value());
  CHECK(result->contact.mobile == "13800138000");
  CHECK(result->contact.resident_id == "11010519491231002X");
  CHECK(result->description == "鼓楼区东街口人行道上的井盖塌陷，行人容易踩空。");
  CHECK_FALSE(result->contact.show_name_publicly);  // off unless the citizen turns it on
}

TEST_CASE("all field errors are returned at once, in form order") {
  ServiceRequest r = complaint();
  r.description = "";
  r.contact.mobile = "12345";
  r.contact.resident_id = "11010519491231002A";
  r.attachments.assign(10, photo());
  const auto errors = errors_of(r);
  REQUIRE(errors.size() == 4);
  CHECK(errors[0].field == Field::Description);
  CHECK(errors[0].code == ErrorCode::Required);
  CHECK(errors[1].field == Field::Mobile);
  CHECK(errors[1].code == ErrorCode::InvalidMobile);
  CHECK(errors[2].field == Field::ResidentId);
  CHECK(errors[2].code == ErrorCode::IdCharacters);
  CHECK(errors[3].field == Field::Photos);
  CHECK(errors[3].code == ErrorCode::TooManyPhotos);
}

TEST_CASE("the description is always required and limited to 4000 characters") {
  ServiceRequest r = complaint();
  r.description = "   ";
  CHECK(only_error(r).code == ErrorCode::Required);
  r.description = std::string();
  for (int i = 0; i < 4000; ++i) {
    r.description += "井";  // 12,000 bytes
  }
  CHECK(passes(r));
  r.description += "\xF0\x9F\x98\x80";
  const FieldError e = only_error(r);
  CHECK(e.code == ErrorCode::TooLong);
  CHECK(e.message().param("max") == std::optional<std::string_view>("4000"));
}

TEST_CASE("the description minimum is configurable, but never zero") {
  ServiceRequest r = complaint();
  r.description = "井盖坏了";
  CHECK(only_error(r).code == ErrorCode::TooShort);
  ValidationRules lenient;
  lenient.description_min_chars = 2;
  CHECK(passes(r, lenient));
  lenient.description_min_chars = 0;
  r.description = "";
  CHECK(only_error(r, lenient).code == ErrorCode::Required);
}

TEST_CASE("invalid UTF-8 is rejected in every text field") {
  const auto check_field = [](void (*spoil)(ServiceRequest&), Field field) {
    ServiceRequest r = complaint();
    spoil(r);
    const FieldError e = only_error(r);
    CHECK(e.field == field);
    CHECK(e.code == ErrorCode::InvalidUtf8);
  };
  check_field([](ServiceRequest& r) { r.description += "\xFF"; }, Field::Description);
  check_field([](ServiceRequest& r) { r.location.address += "\xC0\xAF"; }, Field::Address);
  check_field([](ServiceRequest& r) { r.contact.name = "林\xE5"; }, Field::ContactName);
  check_field([](ServiceRequest& r) { r.contact.mobile = "138\xFF"; }, Field::Mobile);
  check_field([](ServiceRequest& r) { r.contact.resident_id = "\xED\xA0\x80"; }, Field::ResidentId);
}

TEST_CASE("the service code must match the chosen category and its type") {
  ServiceRequest r = complaint();
  r.service_code = "";
  CHECK(only_error(r).code == ErrorCode::Required);
  r.service_code = "street_light";
  CHECK(only_error(r).code == ErrorCode::UnknownServiceCode);
  CHECK(only_error(complaint(), {}, std::nullopt).code == ErrorCode::UnknownServiceCode);
  r = complaint();
  r.type = RequestType::Suggestion;
  const FieldError e = only_error(r);
  CHECK(e.field == Field::Type);
  CHECK(e.code == ErrorCode::TypeMismatch);
}

TEST_CASE("a complaint or help request about a place needs coordinates or an address") {
  ServiceRequest r = complaint();
  r.location.address = "  ";
  const FieldError e = only_error(r);
  CHECK(e.field == Field::Location);
  CHECK(e.code == ErrorCode::Required);

  r.location.point = GeoPoint{26.08, 119.30};
  CHECK(passes(r));

  ServiceCategory help = drain_cover();
  help.type = RequestType::HelpRequest;
  ServiceRequest h = complaint();
  h.type = RequestType::HelpRequest;
  h.location.address.clear();
  CHECK(errors_of(h, {}, help).front().field == Field::Location);

  ServiceCategory help_elsewhere = help;
  help_elsewhere.needs_location = false;
  CHECK(passes(h, {}, help_elsewhere));

  ServiceCategory suggestion = drain_cover();
  suggestion.type = RequestType::Suggestion;
  ServiceRequest s = h;
  s.type = RequestType::Suggestion;
  CHECK(passes(s, {}, suggestion));  // a suggestion may concern a place without pinning it
}

TEST_CASE("coordinates must be finite and in range") {
  ServiceRequest r = complaint();
  r.location.point = GeoPoint{90.5, 119.3};
  FieldError e = only_error(r);
  CHECK(e.field == Field::Latitude);
  CHECK(e.code == ErrorCode::OutOfRange);
  CHECK(e.message().param("min") == std::optional<std::string_view>("-90"));
  r.location.point = GeoPoint{26.0, -180.5};
  CHECK(only_error(r).field == Field::Longitude);
  r.location.point = GeoPoint{std::nan(""), std::numeric_limits<double>::infinity()};
  CHECK(errors_of(r).size() == 2);
  r.location.point = GeoPoint{-90, 180};
  CHECK(passes(r));
}

TEST_CASE("kiosk requests record their station") {
  ServiceRequest r = complaint();
  r.channel = Channel::Kiosk;
  CHECK(only_error(r).field == Field::KioskStation);
  r.location.kiosk_station_id = "FZ-GL-0012";
  CHECK(passes(r));
  r.location.kiosk_station_id = "鼓楼-12";
  CHECK(only_error(r).code == ErrorCode::InvalidStationId);
  r.location.kiosk_station_id = std::string(33, 'A');
  CHECK(only_error(r).code == ErrorCode::InvalidStationId);
}

TEST_CASE("anonymity depends on the type and forbids personal data") {
  ServiceRequest r = complaint();
  r.contact = Contact{};
  r.contact.anonymous = true;
  const FieldError e = only_error(r);
  CHECK(e.field == Field::Anonymous);
  CHECK(e.code == ErrorCode::AnonymousNotAllowed);

  ValidationRules allow;
  allow.anonymous_complaint = true;
  CHECK(passes(r, allow));

  ServiceCategory consultation{"bus_card", "公交卡办理", "公車卡辦理", "Bus card", RequestType::Consultation,
                               false,      false};
  ServiceRequest c = r;
  c.type = RequestType::Consultation;
  c.service_code = "bus_card";
  CHECK(passes(c, {}, consultation));
  c.contact.mobile = "13800138000";
  c.contact.name = "林";
  const auto errors = errors_of(c, {}, consultation);
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].field == Field::ContactName);
  CHECK(errors[1].field == Field::Mobile);
  CHECK(errors[1].code == ErrorCode::NotAllowedWhenAnonymous);

  ValidationRules defaults;
  CHECK(defaults.anonymous_allowed(RequestType::Consultation));
  CHECK(defaults.anonymous_allowed(RequestType::Suggestion));
  CHECK_FALSE(defaults.anonymous_allowed(RequestType::Complaint));
  CHECK_FALSE(defaults.anonymous_allowed(RequestType::HelpRequest));
}

TEST_CASE("a named request needs a mobile and, by default, a name") {
  ServiceRequest r = complaint();
  r.contact.mobile = "";
  FieldError e = only_error(r);
  CHECK(e.field == Field::Mobile);
  CHECK(e.code == ErrorCode::Required);

  r = complaint();
  r.contact.name = " ";
  CHECK(only_error(r).field == Field::ContactName);
  ValidationRules no_name;
  no_name.name_required = false;
  CHECK(passes(r, no_name));
  r.contact.name = std::string(51, 'a');
  CHECK(only_error(r).code == ErrorCode::TooLong);
}

TEST_CASE("the resident ID is optional but checked when given") {
  ServiceRequest r = complaint();
  r.contact.resident_id = "11010519491231002X";
  CHECK(passes(r));
  r.contact.resident_id = "11010519491231002Y";
  CHECK(only_error(r).code == ErrorCode::IdCharacters);
  r.contact.resident_id = testing::make_id("350102", "20250315", "123");  // born tomorrow
  CHECK(only_error(r).code == ErrorCode::IdBirthDateInFuture);
}

TEST_CASE("at most 9 photos by default, configurable, JPEG or PNG only") {
  ServiceRequest r = complaint();
  r.attachments.assign(9, photo());
  CHECK(passes(r));
  r.attachments.push_back(photo("image/png"));
  FieldError e = only_error(r);
  CHECK(e.code == ErrorCode::TooManyPhotos);
  CHECK(e.message().param("max") == std::optional<std::string_view>("9"));

  ValidationRules three;
  three.max_photos = 3;
  r.attachments.assign(3, photo());
  CHECK(passes(r, three));
  r.attachments.push_back(photo());
  CHECK(only_error(r, three).message().param("max") == std::optional<std::string_view>("3"));

  r.attachments = {photo(), photo("image/gif")};
  e = only_error(r);
  CHECK(e.code == ErrorCode::UnsupportedPhotoType);
  CHECK(e.message().param("number") == std::optional<std::string_view>("2"));
}
