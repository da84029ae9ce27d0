// GeoReport v2 read endpoints over HTTP: discovery, services, definitions, lists with filters, tokens.
#include <catch2/catch.hpp>

#include "api_helpers.h"

using namespace hotline::integration;

TEST_CASE("discovery, services and service definitions") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();

  auto discovery = c.Get("/open311/v2/discovery.json");
  REQUIRE(discovery->status == 200);
  CHECK(discovery->get_header_value("Content-Type").rfind("application/json", 0) == 0);
  CHECK(json_of(discovery)["endpoints"][0]["specification"] == "http://wiki.open311.org/GeoReport_v2");

  auto services = c.Get("/open311/v2/services.json");
  REQUIRE(services->status == 200);
  const auto list = json_of(services);
  REQUIRE(list.is_array());
  CHECK(list.size() >= 40);
  bool has_component = false, has_event = false;
  for (const auto& s : list) {
    has_component |= s["group"].get<std::string>().find("城市部件") != std::string::npos;
    has_event |= s["group"].get<std::string>().find("城市事件") != std::string::npos;
  }
  CHECK(has_component);
  CHECK(has_event);

  auto definition = c.Get("/open311/v2/services/BJ-0101.json");
  REQUIRE(definition->status == 200);
  CHECK(json_of(definition)["service_code"] == "BJ-0101");
  // Our four extension attributes, after the rules for the core fields (variable: false).
  const auto attributes = json_of(definition)["attributes"];
  REQUIRE(attributes.size() == 5);
  CHECK(attributes[0]["code"] == "submission_rules");
  CHECK(attributes[0]["variable"] == false);
  CHECK(attributes[0]["description"].get<std::string>().find("phone") != std::string::npos);
  CHECK(attributes[1]["code"] == "resident_id");

  auto missing = c.Get("/open311/v2/services/NOPE.json");
  CHECK(missing->status == 404);
  CHECK(error_of(missing).find("service_code") != std::string::npos);
  CHECK(c.Get("/open311/v2/nothing.json")->status == 404);
}

TEST_CASE("request lists filter by id, service, status, dates, updates and pages") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  std::vector<Created> made;
  for (int i = 0; i < 5; ++i) {
    auto fields = valid_complaint("第" + std::to_string(i) + "个井盖破损了，请尽快处理");
    if (i >= 3) {
      fields = {{"api_key", kWebKey},
                {"service_code", "ZX-0101"},
                {"description", "请问灵活就业人员怎么交社保"},
                {"attribute[anonymous]", "true"}};
    }
    auto res = post_form(c, "/open311/v2/requests.json", fields);
    REQUIRE(res->status == 200);
    made.push_back(created_of(res));
  }
  REQUIRE(run_admin(dir.file("h.db"), {"reject", made[3].id, "--note", "重复诉求"}).exit_code == 0);

  auto all = json_of(c.Get("/open311/v2/requests.json"));
  CHECK(all.size() == 5);
  CHECK(json_of(c.Get("/open311/v2/requests.json?service_code=ZX-0101")).size() == 2);
  CHECK(json_of(c.Get("/open311/v2/requests.json?service_code=ZX-0101,BJ-0101")).size() == 5);
  CHECK(json_of(c.Get(("/open311/v2/requests.json?service_request_id=" + made[0].id + "," + made[1].id).c_str()))
            .size() == 2);
  auto closed = json_of(c.Get("/open311/v2/requests.json?status=closed"));
  REQUIRE(closed.size() == 1);
  CHECK(closed[0]["service_request_id"] == made[3].id);
  CHECK(json_of(c.Get("/open311/v2/requests.json?status=open")).size() == 4);
  CHECK(json_of(c.Get("/open311/v2/requests.json?page_size=2")).size() == 2);
  CHECK(json_of(c.Get("/open311/v2/requests.json?page_size=2&page=3")).size() == 1);
  CHECK(json_of(c.Get("/open311/v2/requests.json?start_date=2000-01-01T00:00:00Z&end_date=2999-01-01T00:00:00%2B08:00"))
            .size() == 5);
  CHECK(json_of(c.Get("/open311/v2/requests.json?end_date=2000-01-01T00:00:00Z")).empty());
  CHECK(json_of(c.Get("/open311/v2/requests.json?updated_after=2999-01-01T00:00:00Z")).empty());
  CHECK(json_of(c.Get("/open311/v2/requests.json?updated_after=2000-01-01T00:00:00Z")).size() == 5);

  for (const char* bad : {"status=pending", "start_date=yesterday", "end_date=2025-01-01T00:00:00", "page=0",
                          "page_size=100000", "page=abc", "updated_after=2025-13-01T00:00:00Z"}) {
    INFO(bad);
    auto res = c.Get((std::string("/open311/v2/requests.json?") + bad).c_str());
    CHECK(res->status == 400);
    CHECK(json_of(res)[0]["code"] == 400);
  }

  auto token = c.Get(("/open311/v2/tokens/" + made[0].token + ".json").c_str());
  REQUIRE(token->status == 200);
  CHECK(json_of(token)[0]["service_request_id"] == made[0].id);
  CHECK(c.Get("/open311/v2/tokens/0000.json")->status == 404);
  CHECK(c.Get("/open311/v2/requests/20000101000001.json")->status == 404);
}

TEST_CASE("the public sees no personal data; the query code holder does") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  const auto made = created_of(post_form(c, "/open311/v2/requests.json", valid_complaint()));
  REQUIRE(made.query_code.size() == 10);

  auto pub = c.Get(("/open311/v2/requests/" + made.id + ".json?extensions=true").c_str());
  REQUIRE(pub->status == 200);
  for (const char* secret : {"鼓楼区东街88号", "13812345678", "11010519491231002X", "王明", made.query_code.c_str()}) {
    CHECK(pub->body.find(secret) == std::string::npos);
  }
  CHECK(json_of(pub)[0]["lat"].get<double>() == Approx(26.085));

  auto own = c.Get(("/open311/v2/requests/" + made.id + ".json?extensions=true&query_code=" + made.query_code).c_str());
  REQUIRE(own->status == 200);
  CHECK(json_of(own)[0]["address"] == "鼓楼区东街88号门口");
  CHECK(json_of(own)[0]["lat"].get<double>() == Approx(26.08531));
  CHECK(json_of(own)[0]["extended_attributes"]["query_code"] == made.query_code);

  auto wrong = c.Get(("/open311/v2/requests/" + made.id + ".json?query_code=ABCDEFGHJK").c_str());
  CHECK(wrong->status == 403);
  CHECK(wrong->body.find("鼓楼区") == std::string::npos);
}
