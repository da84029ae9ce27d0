// POST requests.json over HTTP: form and JSON bodies, every rejection path, idempotent retries (also
// across a restart), and per-address rate limiting.
#include <catch2/catch.hpp>

#include "api_helpers.h"

using namespace hotline::integration;

namespace {

Fields without(Fields fields, const std::string& name) {
  fields.erase(std::remove_if(fields.begin(), fields.end(), [&](const auto& f) { return f.first == name; }),
               fields.end());
  return fields;
}

Fields with(Fields fields, const std::string& name, const std::string& value) {
  fields = without(std::move(fields), name);
  fields.emplace_back(name, value);
  return fields;
}

}  // namespace

TEST_CASE("form and JSON submissions are accepted and record the client's channel") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  auto form = post_form(c, "/open311/v2/requests.json", valid_complaint());
  REQUIRE(form->status == 200);
  const auto made = created_of(form);
  CHECK(made.id.size() == 14);

  const std::string json = R"({"api_key": ")" + std::string(kKioskKey) +
                           R"(", "service_code": "ZX-0201", "description": "租房提取公积金需要什么材料？",
      "attribute": {"anonymous": "true", "kiosk_station": "GL-DJ-001"}})";
  auto js = c.Post("/open311/v2/requests.json", json, "application/json");
  REQUIRE(js->status == 200);
  const auto kiosk = created_of(js);
  CHECK(kiosk.id != made.id);

  auto view = json_of(c.Get(("/open311/v2/requests/" + kiosk.id + ".json?extensions=true").c_str()));
  CHECK(view[0]["extended_attributes"]["channel"] == "kiosk");
  CHECK(view[0]["extended_attributes"]["request_type"] == "consultation");
  CHECK(view[0]["extended_attributes"]["notes"][0]["step"] == "submitted");
  view = json_of(c.Get(("/open311/v2/requests/" + made.id + ".json?extensions=true").c_str()));
  CHECK(view[0]["extended_attributes"]["channel"] == "web");
  CHECK(view[0]["status"] == "open");
}

TEST_CASE("bad submissions get clear Open311 errors") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  const auto good = valid_complaint();
  struct Case {
    const char* name;
    Fields fields;
    int status;
    const char* mention;
  };
  const std::vector<Case> cases = {
      {"no api key", without(good, "api_key"), 403, "api_key"},
      {"wrong api key", with(good, "api_key", "guess-guess"), 403, "api_key"},
      {"no service code", without(good, "service_code"), 400, "service_code"},
      {"unknown service", with(good, "service_code", "XX-9999"), 404, "service_code"},
      {"no description", without(good, "description"), 400, "description"},
      {"description too long", with(good, "description", std::string(4001, 'a')), 400, "description"},
      {"bad mobile", with(good, "phone", "12345"), 400, "phone: "},
      {"bad resident id", with(good, "attribute[resident_id]", "110105194912310021"), 400, "attribute[resident_id]: "},
      {"lat without long", without(good, "long"), 400, "long"},
      {"lat out of range", with(good, "lat", "123"), 400, "lat"},
      {"anonymous complaint", with(good, "attribute[anonymous]", "true"), 400, "attribute[anonymous]: "},
      {"duplicate field",
       [&] {
         auto f = good;
         f.emplace_back("service_code", "BJ-0102");
         return f;
       }(),
       400, "service_code"},
  };
  for (const auto& bad : cases) {
    INFO(bad.name);
    auto res = post_form(c, "/open311/v2/requests.json", bad.fields);
    REQUIRE(res);
    CHECK(res->status == bad.status);
    CHECK(json_of(res)[0]["code"] == bad.status);
    CHECK(error_of(res).find(bad.mention) != std::string::npos);
  }

  auto utf8 =
      c.Post("/open311/v2/requests.json", form_body(good) + "&address_id=%FF%FE", "application/x-www-form-urlencoded");
  CHECK(utf8->status == 400);
  auto bad_json = c.Post("/open311/v2/requests.json", "{\"api_key\": ", "application/json");
  CHECK(bad_json->status == 400);
  auto nested = c.Post("/open311/v2/requests.json", R"({"api_key": {"x": 1}})", "application/json");
  CHECK(nested->status == 400);
  auto xml = c.Post("/open311/v2/requests.json", "<request/>", "application/xml");
  CHECK(xml->status == 415);
  auto huge = c.Post("/open311/v2/requests.json", std::string(49u << 20, 'a'), "application/x-www-form-urlencoded");
  REQUIRE(huge);
  CHECK(huge->status == 413);
  auto bad_key = post_form(c, "/open311/v2/requests.json", good, {{"Idempotency-Key", "has spaces"}});
  CHECK(bad_key->status == 400);
  // Nothing above was stored.
  CHECK(json_of(c.Get("/open311/v2/requests.json")).empty());
}

TEST_CASE("a retried POST with the same Idempotency-Key returns the original request, also after a restart") {
  TempDir dir;
  const std::string db = dir.file("h.db");
  std::string first_id;
  {
    ServerProcess server(dir, {db});
    auto c = server.client();
    const httplib::Headers key = {{"Idempotency-Key", "draft-7f3a-0001"}};
    auto first = post_form(c, "/open311/v2/requests.json", valid_complaint(), key);
    REQUIRE(first->status == 200);
    first_id = created_of(first).id;
    auto again = post_form(c, "/open311/v2/requests.json", valid_complaint(), key);
    REQUIRE(again->status == 200);
    CHECK(again->get_header_value("Idempotent-Replayed") == "true");
    CHECK(created_of(again).id == first_id);
    // The first answer may have been lost in transit: the replay must still hand over the query code.
    CHECK_FALSE(created_of(first).query_code.empty());
    CHECK(created_of(again).query_code == created_of(first).query_code);
    auto other = post_form(c, "/open311/v2/requests.json", valid_complaint(), {{"Idempotency-Key", "draft-0002"}});
    CHECK(created_of(other).id != first_id);
    CHECK(server.stop() == 0);
  }
  ServerProcess restarted(dir, {db, "", 100, 1000, false});
  auto c = restarted.client();
  auto after = post_form(c, "/open311/v2/requests.json", valid_complaint(), {{"Idempotency-Key", "draft-7f3a-0001"}});
  REQUIRE(after->status == 200);
  CHECK(created_of(after).id == first_id);
  CHECK_FALSE(created_of(after).query_code.empty());
  CHECK(json_of(c.Get("/open311/v2/requests.json")).size() == 2);
}

TEST_CASE("submissions are rate-limited per address with a clear 429") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db"), "", 0.01, 3});
  auto c = server.client();
  for (int i = 0; i < 3; ++i) {
    CHECK(post_form(c, "/open311/v2/requests.json", valid_complaint())->status == 200);
  }
  auto limited = post_form(c, "/open311/v2/requests.json", valid_complaint());
  REQUIRE(limited->status == 429);
  CHECK(std::stoi(limited->get_header_value("Retry-After")) > 0);
  CHECK(json_of(limited)[0]["code"] == 429);
  // Reads are not limited.
  CHECK(c.Get("/open311/v2/requests.json")->status == 200);
}
