// 400 answers a client developer can act on: one error per problem, naming the Open311 parameter in
// plain words (English, or Chinese when asked), with a machine-readable field_error beside them.
#include <catch2/catch.hpp>

#include <string>

#include "api_helpers.h"

using namespace hotline::integration;

TEST_CASE("a refused submission lists every problem by its Open311 parameter, in plain words") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  const Fields bad = with_field(
      with_field(with_field(valid_complaint(), "phone", "12345"), "attribute[resident_id]", "110105194912310021"),
      "description", "短");

  auto english = post_form(c, "/open311/v2/requests.json", bad);
  REQUIRE(english->status == 400);
  CHECK(english->get_header_value("Vary").find("Accept-Language") != std::string::npos);
  const auto errors = json_of(english);
  REQUIRE(errors.size() == 3);
  // In form order: description, phone, resident ID.
  CHECK(errors[0] == nlohmann::json{{"code", 400},
                                    {"description", "description: too short, at least 5 characters"},
                                    {"field_error", "description.too_short"}});
  CHECK(errors[1] ==
        nlohmann::json{{"code", 400},
                       {"description", "phone: not a mainland mobile number (11 digits starting with 13 to 19)"},
                       {"field_error", "mobile.invalid_mobile"}});
  CHECK(errors[2]["description"] == "attribute[resident_id]: the check character does not match the other 17");
  CHECK(errors[2]["field_error"] == "resident_id.id_checksum");
  CHECK(english->body.find("domain.error") == std::string::npos);

  auto chinese = post_form(c, "/open311/v2/requests.json", bad, {{"Accept-Language", "zh-CN,zh;q=0.9"}});
  REQUIRE(chinese->status == 400);
  const auto zh = json_of(chinese);
  REQUIRE(zh.size() == 3);
  CHECK(zh[1]["description"] == "phone: 不是有效的手机号码（以13至19开头的11位数字）");
  CHECK(zh[1]["field_error"] == "mobile.invalid_mobile");
  CHECK(json_of(post_form(c, "/open311/v2/requests.json", bad, {{"Accept-Language", "zh-TW"}}))[0]["description"] ==
        "description: 太短，至少5个字");
  // English is the default, also for languages we do not have.
  CHECK(json_of(post_form(c, "/open311/v2/requests.json", bad, {{"Accept-Language", "fr"}})) == errors);

  // Contact fields: name and phone together, or anonymity, as the service allows.
  auto nameless = post_form(c, "/open311/v2/requests.json",
                            with_field(with_field(valid_complaint(), "first_name", ""), "last_name", ""));
  REQUIRE(nameless->status == 400);
  CHECK(error_of(nameless) == "first_name or last_name: required for this service");
  CHECK(json_of(nameless)[0]["field_error"] == "contact_name.required");
  auto anonymous =
      post_form(c, "/open311/v2/requests.json", with_field(valid_complaint(), "attribute[anonymous]", "true"));
  REQUIRE(anonymous->status == 400);
  CHECK(error_of(anonymous).rfind("attribute[anonymous]: this service cannot be anonymous", 0) == 0);
  auto placeless = post_form(c, "/open311/v2/requests.json",
                             {{"api_key", kWebKey},
                              {"service_code", "BJ-0101"},
                              {"description", "井盖破损了，请尽快处理"},
                              {"first_name", "明"},
                              {"last_name", "王"},
                              {"phone", "13812345678"}});
  REQUIRE(placeless->status == 400);
  CHECK(error_of(placeless) == "lat and long, or address_string: required for this service");

  // Fields that cannot even be read are named too, without a field_error.
  auto unreadable = post_form(c, "/open311/v2/requests.json", with_field(valid_complaint(), "lat", "north"));
  REQUIRE(unreadable->status == 400);
  CHECK(error_of(unreadable) == "lat: of the wrong type (for example text where a number belongs)");
  CHECK_FALSE(json_of(unreadable)[0].contains("field_error"));
  auto twice = c.Post("/open311/v2/requests.json", form_body(valid_complaint()) + "&phone=13900001111",
                      "application/x-www-form-urlencoded");
  REQUIRE(twice->status == 400);
  CHECK(error_of(twice) == "phone: sent more than once");
}
