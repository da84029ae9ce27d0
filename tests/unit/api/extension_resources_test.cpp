// Guides and step updates decode tolerantly, and reject what they cannot use.
#include <catch2/catch.hpp>

#include "api/extension_resources.h"

using namespace hotline;

TEST_CASE("guides decode, ids may be numbers") {
  auto guides = api::decode_guides(
      R"([{"id": 12, "title": "如何办理居住证", "body": "携带身份证", "service_code": "C01", "updated": "2025-03-01T00:00:00+08:00"},
          {"id": "g2", "title": "t"}])");
  REQUIRE(guides.has_value());
  REQUIRE(guides->size() == 2);
  CHECK((*guides)[0] == api::Guide{"12", "如何办理居住证", "携带身份证", "C01", "2025-03-01T00:00:00+08:00"});
  CHECK((*guides)[1].body.empty());
}

TEST_CASE("bad guide lists are typed errors") {
  CHECK(api::decode_guides("{}").error().code == open311::DecodeErrorCode::WrongTopLevel);
  CHECK(api::decode_guides("[{\"id\": 1}]").error().code == open311::DecodeErrorCode::MissingField);
  CHECK(api::decode_guides("[").error().code == open311::DecodeErrorCode::NotJson);
}

TEST_CASE("step update") {
  auto update =
      api::decode_step_update(R"([{"service_request_id": "20250314000001", "step": "rated", "step_number": 6}])");
  REQUIRE(update.has_value());
  CHECK(update->service_request_id == "20250314000001");
  CHECK(update->step == workflow::Step::Rated);
  CHECK_FALSE(api::decode_step_update(R"([{"service_request_id": "1", "step": "flying"}])"));
  CHECK_FALSE(api::decode_step_update("[]"));
}
