// The category screen's catalog over HTTP: service extensions (type, location, legal deadline) and languages.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "api_helpers.h"

using namespace hotline::integration;

namespace {

// services.json as a map from service_code to the service object.
std::map<std::string, nlohmann::json> by_code(const httplib::Result& res) {
  std::map<std::string, nlohmann::json> out;
  for (const auto& service : json_of(res)) {
    out[service["service_code"].get<std::string>()] = service;
  }
  return out;
}

}  // namespace

TEST_CASE("services.json?extensions=true gives each service its request type, location need and deadline") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();

  auto plain = c.Get("/open311/v2/services.json");
  REQUIRE(plain->status == 200);
  for (const auto& service : json_of(plain)) {
    CHECK_FALSE(service.contains("extended_attributes"));
  }

  auto extended = c.Get("/open311/v2/services.json?extensions=true");
  REQUIRE(extended->status == 200);
  const auto services = by_code(extended);
  CHECK(services.size() == json_of(plain).size());
  // Seed: BJ-0101 is a complaint on the convenience list (3 days), BJ-0106 a complaint off it (10),
  // SJ-0601 a help request (3), ZX-0101 a consultation without a place (2).
  const auto extensions_of = [&](const std::string& code) { return services.at(code)["extended_attributes"]; };
  CHECK(extensions_of("BJ-0101") ==
        nlohmann::json{{"request_type", "complaint"}, {"needs_location", true}, {"deadline_working_days", 3}});
  CHECK(extensions_of("BJ-0106")["deadline_working_days"] == 10);
  CHECK(extensions_of("SJ-0601")["request_type"] == "help");
  CHECK(extensions_of("SJ-0601")["deadline_working_days"] == 3);
  CHECK(extensions_of("ZX-0101") ==
        nlohmann::json{{"request_type", "consultation"}, {"needs_location", false}, {"deadline_working_days", 2}});
  for (const auto& [code, service] : services) {
    if (code.rfind("JY-", 0) == 0) {
      CHECK(service["extended_attributes"]["request_type"] == "suggestion");
      CHECK(service["extended_attributes"]["deadline_working_days"] == 5);
    }
  }
  // Another body, so another tag: a cache keeps both.
  CHECK(extended->get_header_value("ETag") != plain->get_header_value("ETag"));

  auto xml = c.Get("/open311/v2/services.xml?extensions=true");
  REQUIRE(xml->status == 200);
  CHECK(xml->body.find("<service_code>ZX-0101</service_code>") != std::string::npos);
  CHECK(xml->body.find("<extended_attributes><deadline_working_days>2</deadline_working_days><needs_location>"
                       "false</needs_location><request_type>consultation</request_type></extended_attributes>") !=
        std::string::npos);
}

TEST_CASE("services answer in the language of Accept-Language, with their own tags") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  const auto get = [&](const std::string& path, const std::string& accept_language) {
    httplib::Headers headers;
    if (!accept_language.empty()) {
      headers.emplace("Accept-Language", accept_language);
    }
    auto res = c.Get(path.c_str(), headers);
    REQUIRE(res->status == 200);
    return res;
  };
  const auto manhole_cover = [&](const std::string& accept_language) {
    return by_code(get("/open311/v2/services.json", accept_language)).at("BJ-0101");
  };

  CHECK(manhole_cover("")["service_name"] == "上水井盖");
  CHECK(manhole_cover("")["group"] == "城市部件·公用设施");
  const auto traditional = manhole_cover("zh-TW");
  CHECK(traditional["service_name"] == "上水井蓋");
  CHECK(traditional["group"] == "城市部件·公用設施");
  CHECK(traditional["description"] == "供水管網井蓋破損、缺失、移位或異響");
  CHECK(manhole_cover("zh-Hant-TW")["service_name"] == "上水井蓋");
  CHECK(manhole_cover("zh-HK")["service_name"] == "上水井蓋");
  const auto english = manhole_cover("en-GB,en;q=0.9");
  CHECK(english["service_name"] == "Water supply manhole cover");
  CHECK(english["group"] == "Urban components · Public utilities");
  CHECK(manhole_cover("zh-CN,zh;q=0.9,en;q=0.8")["service_name"] == "上水井盖");
  CHECK(manhole_cover("fr")["service_name"] == "上水井盖");
  // The best language we have, by the client's weights.
  CHECK(manhole_cover("fr, en;q=0.5, zh-TW;q=0.4")["service_name"] == "Water supply manhole cover");
  CHECK(manhole_cover("en;q=0.2, zh-TW;q=0.4")["service_name"] == "上水井蓋");

  // Every service is translated: an English name without Chinese characters, a Traditional one that
  // differs from the Simplified wherever the characters do (at least most of the catalog).
  const auto simplified = by_code(get("/open311/v2/services.json", ""));
  const auto all_english = by_code(get("/open311/v2/services.json", "en"));
  const auto all_traditional = by_code(get("/open311/v2/services.json", "zh-TW"));
  std::size_t differing = 0;
  for (const auto& [code, service] : simplified) {
    const std::string name = all_english.at(code)["service_name"];
    CHECK(std::all_of(name.begin(), name.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; }));
    CHECK(all_english.at(code)["group"] != service["group"]);
    differing += all_traditional.at(code)["service_name"] != service["service_name"] ? 1 : 0;
  }
  CHECK(differing > simplified.size() / 2);

  // One tag per language, and the language is part of what a cache keys on.
  const auto zh_cn = get("/open311/v2/services.json", "");
  const auto zh_tw = get("/open311/v2/services.json", "zh-TW");
  const auto en = get("/open311/v2/services.json", "en");
  CHECK(zh_cn->get_header_value("Vary") == "Accept-Language, Accept-Encoding");
  CHECK(zh_cn->get_header_value("ETag") != zh_tw->get_header_value("ETag"));
  CHECK(zh_cn->get_header_value("ETag") != en->get_header_value("ETag"));
  CHECK(zh_tw->get_header_value("ETag") != en->get_header_value("ETag"));
  auto stale = c.Get("/open311/v2/services.json",
                     {{"Accept-Language", "en"}, {"If-None-Match", zh_cn->get_header_value("ETag")}});
  CHECK(stale->status == 200);
  auto fresh =
      c.Get("/open311/v2/services.json", {{"Accept-Language", "en"}, {"If-None-Match", en->get_header_value("ETag")}});
  CHECK(fresh->status == 304);
  CHECK(fresh->get_header_value("Vary") == "Accept-Language, Accept-Encoding");

  // The definition's attribute labels follow too.
  const auto definition = get("/open311/v2/services/BJ-0101.json", "en");
  CHECK(definition->get_header_value("Vary") == "Accept-Language, Accept-Encoding");
  const auto attributes = json_of(definition)["attributes"];
  CHECK(attributes[2]["description"] == "Report anonymously");
  CHECK(attributes[2]["values"][1]["name"] == "Yes");
  CHECK(json_of(get("/open311/v2/services/BJ-0101.json", "zh-TW"))["attributes"][3]["description"] == "公開顯示姓名");
  CHECK(json_of(get("/open311/v2/services/BJ-0101.json", ""))["attributes"][3]["description"] == "公开显示姓名");
}

TEST_CASE("a definition marks required exactly what the server insists on from the asking client") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  const auto required_of = [&](const std::string& query) {
    std::map<std::string, bool> required;
    const auto definition = json_of(c.Get(("/open311/v2/services/ZX-0201.json" + query).c_str()));
    for (const auto& attribute : definition["attributes"]) {
      required[attribute["code"].get<std::string>()] = attribute["required"].get<bool>();
    }
    return required;
  };
  const std::map<std::string, bool> optional_all = {{"submission_rules", false},
                                                    {"resident_id", false},
                                                    {"anonymous", false},
                                                    {"show_name", false},
                                                    {"kiosk_station", false}};
  CHECK(required_of("") == optional_all);
  CHECK(required_of(std::string("?api_key=") + kWebKey) == optional_all);
  CHECK(required_of("?api_key=not-a-key") == optional_all);
  auto for_kiosk = optional_all;
  for_kiosk["kiosk_station"] = true;
  CHECK(required_of(std::string("?api_key=") + kKioskKey) == for_kiosk);

  // And that is true: a web client files without any attribute, a kiosk only with its station.
  const Fields consultation = {{"service_code", "ZX-0201"},
                               {"description", "请问公积金怎么提取？"},
                               {"first_name", "明"},
                               {"last_name", "王"},
                               {"phone", "13812345678"}};
  auto web = consultation;
  web.emplace_back("api_key", kWebKey);
  CHECK(post_form(c, "/open311/v2/requests.json", web)->status == 200);
  auto kiosk = consultation;
  kiosk.emplace_back("api_key", kKioskKey);
  auto refused = post_form(c, "/open311/v2/requests.json", kiosk);
  REQUIRE(refused->status == 400);
  CHECK(json_of(refused)[0]["field_error"] == "kiosk_station.required");
  CHECK(error_of(refused) == "attribute[kiosk_station]: required for this service");
  kiosk.emplace_back("attribute[kiosk_station]", "FT-001");
  CHECK(post_form(c, "/open311/v2/requests.json", kiosk)->status == 200);
}
