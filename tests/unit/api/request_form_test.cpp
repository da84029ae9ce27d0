// The filled form as Open311 fields: standard fields, our extension attributes, the service's own
// answers, and what the server reads back from the body.
#include <catch2/catch.hpp>

#include "api/request_form.h"
#include "open311/extension_attribute_codes.h"

using namespace hotline;
using open311::FormField;

namespace {

api::RequestForm phone_form() {
  api::RequestForm form;
  form.request.type = domain::RequestType::Complaint;
  form.request.service_code = "101";
  form.request.description = "井盖破损 & 有人摔倒";
  form.request.location.point = domain::GeoPoint{26.0822, 119.2965};
  form.request.location.address = "鼓楼区五四路 100 号";
  form.request.contact.name = "欧阳娜娜";
  form.request.contact.mobile = "13800138000";
  form.request.contact.resident_id = "11010519491231002X";
  form.request.contact.anonymous = true;
  form.answers = {{"pothole_depth", {"10"}, false}, {"hazards", {"water", "traffic"}, true}};
  return form;
}

}  // namespace

TEST_CASE("a full form: standard fields, then our extension attributes, then the service's answers") {
  const auto fields = api::to_open311_fields(phone_form());
  const std::vector<FormField> expected_text = {
      {"service_code", "101"},
      {"description", "井盖破损 & 有人摔倒"},
      {"address_string", "鼓楼区五四路 100 号"},
      {"last_name", "欧阳娜娜"},
      {"phone", "13800138000"},
  };
  REQUIRE(fields.size() == 13);
  CHECK(std::vector<FormField>(fields.begin(), fields.begin() + 5) == expected_text);
  CHECK(fields[5].name == "lat");
  CHECK(fields[6].name == "long");
  const std::vector<FormField> expected_attributes = {
      {"attribute[resident_id]", "11010519491231002X"},
      {"attribute[anonymous]", "true"},
      {"attribute[show_name]", "false"},
      {"attribute[pothole_depth]", "10"},
      {"attribute[hazards][]", "water"},
      {"attribute[hazards][]", "traffic"},
  };
  CHECK(std::vector<FormField>(fields.begin() + 7, fields.end()) == expected_attributes);
}

TEST_CASE("the server reads back exactly what the form said") {
  const api::RequestForm form = phone_form();
  auto read = open311::decode_new_request(open311::encode_form(api::to_open311_fields(form)));
  REQUIRE(read.has_value());
  CHECK(*read == api::to_new_request(form));
  CHECK(read->lat == form.request.location.point->lat);
  CHECK(read->lon == form.request.location.point->lon);
  CHECK(read->last_name.value_or("") + read->first_name.value_or("") == form.request.contact.name);
}

TEST_CASE("a kiosk form with a typed address and no contact leaves the empty fields out") {
  api::RequestForm form;
  form.request.service_code = "305";
  form.request.location.kiosk_station_id = "metro-1-nanmendou";
  form.request.contact.show_name_publicly = true;
  const std::vector<FormField> expected = {
      {"service_code", "305"},
      {"attribute[anonymous]", "false"},
      {"attribute[show_name]", "true"},
      {"attribute[kiosk_station]", "metro-1-nanmendou"},
  };
  CHECK(api::to_open311_fields(form) == expected);
}

TEST_CASE("an answer under one of our extension codes cannot override the form's own field") {
  api::RequestForm form;
  form.request.service_code = "101";
  form.answers = {{std::string(open311::kAttrAnonymous), {"true"}, false},
                  {std::string(open311::kAttrKioskStation), {"forged"}, false}};
  const auto fields = api::to_open311_fields(form);
  CHECK(fields == std::vector<FormField>{
                      {"service_code", "101"}, {"attribute[anonymous]", "false"}, {"attribute[show_name]", "false"}});
  CHECK(open311::decode_new_request(open311::encode_form(fields)).has_value());  // no duplicate code
}
