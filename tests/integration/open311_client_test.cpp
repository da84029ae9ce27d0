// What third-party Open311 clients rely on (issue 26): 200 for a created request, exact content types,
// discovery listing every endpoint, absolute media URLs and service names in the request's language.
#include <catch2/catch.hpp>

#include "api_helpers.h"

using namespace hotline::integration;

TEST_CASE("a created request is answered 200 by default, 201 when the configuration asks") {
  TempDir dir;
  {
    ServerProcess server(dir, {dir.file("a.db")});
    auto c = server.client();
    const httplib::Headers key = {{"Idempotency-Key", "client-test-0001"}};
    auto created = post_form(c, "/open311/v2/requests.json", valid_complaint(), key);
    REQUIRE(created->status == 200);
    CHECK(created->get_header_value("Idempotent-Replayed") == "false");
    CHECK_FALSE(created_of(created).query_code.empty());
    auto replay = post_form(c, "/open311/v2/requests.json", valid_complaint(), key);
    REQUIRE(replay->status == 200);
    CHECK(replay->get_header_value("Idempotent-Replayed") == "true");
  }
  ServerOptions options{dir.file("b.db")};
  options.extra_config = R"("created_status": 201)";
  ServerProcess server(dir, options);
  auto c = server.client();
  CHECK(post_form(c, "/open311/v2/requests.json", valid_complaint())->status == 201);
}

TEST_CASE("a configuration with another created_status is refused at start") {
  TempDir dir;
  const std::string config = dir.file("config.json");
  {
    std::FILE* f = std::fopen(config.c_str(), "w");
    std::fputs(R"({"api_keys": [{"client": "web", "key": "web-key-123", "channel": "web"}], "created_status": 202})",
               f);
    std::fclose(f);
  }
  const auto run = run_server_binary({"serve", "--port", "0", "--db", dir.file("h.db"), "--config", config});
  CHECK(run.exit_code != 0);
}

TEST_CASE("answers carry exactly application/json and text/xml; the XML declaration names the encoding") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  for (const char* path : {"/open311/v2/services.json", "/open311/v2/requests.json", "/open311/v2/no-such.json"}) {
    INFO(path);
    CHECK(c.Get(path)->get_header_value("Content-Type") == "application/json");
  }
  CHECK(post_form(c, "/open311/v2/requests.json", valid_complaint())->get_header_value("Content-Type") ==
        "application/json");
  for (const char* path : {"/open311/v2/services.xml", "/open311/v2/requests.xml", "/open311/v2/no-such.xml"}) {
    INFO(path);
    auto res = c.Get(path);
    CHECK(res->get_header_value("Content-Type") == "text/xml");
    CHECK(res->body.starts_with(R"(<?xml version="1.0" encoding="UTF-8"?>)"));
  }
}

TEST_CASE("discovery lists every endpoint of the deployment from the configuration") {
  TempDir dir;
  {
    // Without endpoints configured: this server, as the client reached it.
    ServerProcess server(dir, {dir.file("a.db")});
    auto c = server.client();
    const auto d = json_of(c.Get("/open311/v2/discovery.json"));
    REQUIRE(d["endpoints"].size() == 1);
    CHECK(d["endpoints"][0]["url"] == "http://127.0.0.1:" + std::to_string(server.port()) + "/open311/v2");
    CHECK(d["endpoints"][0]["type"] == "production");
  }
  ServerOptions options{dir.file("b.db")};
  options.extra_config = R"("endpoints": [{"url": "https://12345.fuzhou.gov.cn/open311/v2", "type": "production"},
                                          {"url": "https://test.12345.fuzhou.gov.cn/open311/v2", "type": "test"}])";
  ServerProcess server(dir, options);
  auto c = server.client();
  const auto d = json_of(c.Get("/open311/v2/discovery.json"));
  REQUIRE(d["endpoints"].size() == 2);
  CHECK(d["endpoints"][0]["url"] == "https://12345.fuzhou.gov.cn/open311/v2");
  CHECK(d["endpoints"][1]["type"] == "test");
  for (const auto& e : d["endpoints"]) {
    CHECK(e["specification"] == "http://wiki.open311.org/GeoReport_v2");
    CHECK(e["formats"] == nlohmann::json::array({"application/json", "text/xml"}));
  }
  const std::string xml = c.Get("/open311/v2/discovery.xml")->body;
  const auto first = xml.find("<endpoint><specification>");
  CHECK(first != std::string::npos);
  CHECK(xml.find("<endpoint><specification>", first + 1) != std::string::npos);
}

TEST_CASE("media_url is absolute, from the configured public base URL") {
  TempDir dir;
  ServerOptions options{dir.file("h.db")};
  options.extra_config = R"("public_base_url": "https://12345.fuzhou.gov.cn/")";
  ServerProcess server(dir, options);
  auto c = server.client();
  httplib::MultipartFormDataItems items;
  for (const auto& [name, value] : valid_complaint()) {
    items.push_back({name, value, "", ""});
  }
  items.push_back({"media", make_png(32, 24, 3), "p.png", "image/png"});
  auto res = c.Post("/open311/v2/requests.json", items);
  REQUIRE(res->status == 200);
  const auto view = json_of(c.Get(("/open311/v2/requests/" + created_of(res).id + ".json?extensions=true").c_str()));
  const std::string url = view[0]["media_url"].get<std::string>();
  CHECK(url.starts_with("https://12345.fuzhou.gov.cn/media/"));
  CHECK(view[0]["extended_attributes"]["photos"][0]["media_url"] == url);
  CHECK(c.Get(path_of(url).c_str())->status == 200);
}

TEST_CASE("requests show the service name in the language asked for") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  const auto id = created_of(post_form(c, "/open311/v2/requests.json", valid_complaint())).id;
  const std::string path = "/open311/v2/requests/" + id + ".json";
  CHECK(json_of(c.Get(path.c_str(), {{"Accept-Language", "en-GB,en;q=0.8"}}))[0]["service_name"] ==
        "Water supply manhole cover");
  CHECK(json_of(c.Get(path.c_str(), {{"Accept-Language", "zh-TW"}}))[0]["service_name"] == "上水井蓋");
  CHECK(json_of(c.Get(path.c_str()))[0]["service_name"] == "上水井盖");
  auto list = c.Get("/open311/v2/requests.json", {{"Accept-Language", "en"}});
  CHECK(json_of(list)[0]["service_name"] == "Water supply manhole cover");
  CHECK(list->get_header_value("Vary").find("Accept-Language") != std::string::npos);
}

TEST_CASE("browsers on other origins: preflights answered, reads open to all, credentials to listed origins") {
  TempDir dir;
  ServerOptions options{dir.file("h.db")};
  options.extra_config = R"("cors_origins": ["https://district.example"])";
  ServerProcess server(dir, options);
  auto c = server.client();
  const std::string listed = "https://district.example";
  const std::string other = "https://elsewhere.example";
  const auto preflight = [&](const std::string& origin, const char* path, const char* method) {
    return c.Options(path, {{"Origin", origin}, {"Access-Control-Request-Method", method}});
  };

  auto post = preflight(listed, "/open311/v2/requests.json", "POST");
  REQUIRE(post->status == 204);
  CHECK(post->get_header_value("Access-Control-Allow-Origin") == listed);
  CHECK(post->get_header_value("Access-Control-Allow-Methods").find("POST") != std::string::npos);
  CHECK(post->get_header_value("Access-Control-Allow-Headers").find("Idempotency-Key") != std::string::npos);
  CHECK(post->get_header_value("Vary").find("Origin") != std::string::npos);
  // An origin not listed may read, and nothing else.
  CHECK_FALSE(preflight(other, "/open311/v2/requests.json", "POST")->has_header("Access-Control-Allow-Origin"));
  CHECK_FALSE(
      preflight(other, "/open311/v2/operator/requests/1.json", "GET")->has_header("Access-Control-Allow-Origin"));
  CHECK(preflight(other, "/open311/v2/services.json", "GET")->get_header_value("Access-Control-Allow-Origin") == "*");

  CHECK(c.Get("/open311/v2/services.json", {{"Origin", other}})->get_header_value("Access-Control-Allow-Origin") ==
        "*");
  auto submitted = post_form(c, "/open311/v2/requests.json", valid_complaint(), {{"Origin", listed}});
  REQUIRE(submitted->status == 200);
  CHECK(submitted->get_header_value("Access-Control-Allow-Origin") == listed);
  CHECK(submitted->get_header_value("Access-Control-Expose-Headers").find("Idempotent-Replayed") != std::string::npos);
  CHECK_FALSE(post_form(c, "/open311/v2/requests.json", valid_complaint(), {{"Origin", other}})
                  ->has_header("Access-Control-Allow-Origin"));
  const std::string view = "/open311/v2/operator/requests/" + created_of(submitted).id + ".json";
  auto headers = operator_headers();
  headers.emplace("Origin", other);
  CHECK_FALSE(c.Get(view.c_str(), headers)->has_header("Access-Control-Allow-Origin"));
  headers = operator_headers();
  headers.emplace("Origin", listed);
  CHECK(c.Get(view.c_str(), headers)->get_header_value("Access-Control-Allow-Origin") == listed);
}
