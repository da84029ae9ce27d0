// The kiosk's configuration file: a complete file is read with its values; each key's bad values are
// refused with a message naming the key and the reason; and the paths are checked at start-up.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "native/kiosk/kiosk_config.h"

using hotline::native::load_kiosk_config;
using hotline::native::parse_kiosk_config;
using Json = nlohmann::json;

namespace {

Json valid() {
  return Json::parse(R"({
    "backend_url": "https://12345.fuzhou.gov.cn/open311/v2",
    "api_key": "kiosk-FZ-M1-NMD",
    "station": {"id": "FZ-M1-NMD", "name": "地铁1号线南门兜站", "lat": 26.0806, "lon": 119.2968},
    "storage_dir": "/var/lib/hotline-kiosk",
    "receipt_dir": "/var/spool/hotline-kiosk/receipts",
    "lookup_url": "https://12345.fuzhou.gov.cn/#lookup?number={number}&code={code}"
  })");
}

// The error for `doc`; fails the test when the file is accepted.
std::string refusal(const Json& doc) {
  const auto config = parse_kiosk_config(doc.dump());
  REQUIRE_FALSE(config);
  return config.error();
}

}  // namespace

TEST_CASE("a complete file is read, with the kiosk defaults for what it leaves out") {
  const auto config = parse_kiosk_config(valid().dump());
  REQUIRE(config);
  const auto& c = config.value();
  CHECK(c.backend_url == "https://12345.fuzhou.gov.cn/open311/v2");
  CHECK(c.station.id == "FZ-M1-NMD");
  CHECK(c.station.name == "地铁1号线南门兜站");
  CHECK(c.station.point.lat == Approx(26.0806));
  CHECK(c.idle_timeout_s == 90);
  CHECK(c.countdown_s == 30);
  CHECK(c.fullscreen);
  CHECK(c.text_size == hotline::app::TextSize::Large);
  CHECK(c.language == hotline::text::Language::ZhCN);
  CHECK(c.renderer == hotline::native::Renderer::Auto);
}

TEST_CASE("the example configuration in the repository is valid") {
  std::ifstream in(std::string(HOTLINE_SOURCE_DIR) + "/native/kiosk/kiosk.example.json");
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  const auto config = parse_kiosk_config(text.str());
  INFO((config ? std::string() : config.error()));
  CHECK(config);
}

TEST_CASE("each key's bad values are refused, naming the key and the reason") {
  struct Case {
    const char* key;   // JSON pointer of the value changed
    Json value;        // null: the key removed
    const char* says;  // part of the message
  };
  const Case cases[] = {
      {"/backend_url", nullptr, "backend_url: is missing"},
      {"/backend_url", 8080, "backend_url: must be a string"},
      {"/backend_url", "", "backend_url: must not be empty"},
      {"/backend_url", "ftp://x/open311", "backend_url: must be an http:// or https:// URL"},
      {"/api_key", nullptr, "api_key: is missing"},
      {"/api_key", "two words", "api_key: must be 1-128 printable ASCII"},
      {"/api_key", std::string(129, 'k'), "api_key: must be 1-128"},
      {"/station", nullptr, "station: is missing"},
      {"/station", "FZ-M1-NMD", "station: must be an object"},
      {"/station/id", nullptr, "station.id: is missing"},
      {"/station/id", "南门兜", "station.id: must be 1-32 of"},
      {"/station/name", nullptr, "station.name: is missing"},
      {"/station/name", 1, "station.name: must be a string"},
      {"/station/lat", nullptr, "station.lat: is missing"},
      {"/station/lat", 91, "station.lat: must be a number of degrees from -90 to 90"},
      {"/station/lon", "119.3", "station.lon: must be a number of degrees from -180 to 180"},
      {"/station/floor", 2, "station.floor: is not a station key"},
      {"/idle_timeout_s", 5, "idle_timeout_s: must be a whole number from 10 to 3600"},
      {"/idle_timeout_s", 60.5, "idle_timeout_s: must be a whole number"},
      {"/countdown_s", 10, "countdown_s: must be a whole number from 20 to 300 (WCAG 2.2.1"},
      {"/language", "fr", "language: must be one of zh-CN, zh-TW, en, not 'fr'"},
      {"/text_size", "huge", "text_size: must be one of normal, large, extra-large"},
      {"/renderer", "vulkan", "renderer: must be one of auto, opengl, software"},
      {"/receipt_dir", nullptr, "receipt_dir: is missing"},
      {"/receipt_dir", "receipts", "receipt_dir: must be an absolute path"},
      {"/receipt_dir", "/var/lib/hotline-kiosk", "receipt_dir: must not be the storage folder"},
      {"/storage_dir", nullptr, "storage_dir: is missing"},
      {"/storage_dir", "data", "storage_dir: must be an absolute path"},
      {"/lookup_url", nullptr, "lookup_url: is missing"},
      {"/lookup_url", "https://12345.fuzhou.gov.cn/lookup?n={number}", "lookup_url: must be an http(s) URL containing"},
      {"/font", 3, "font: must be a string"},
      {"/fullscreen", "yes", "fullscreen: must be true or false"},
      {"/id_card_simulator", "card.json", "id_card_simulator: must be an absolute path"},
      {"/backend", "https://x", "backend: is not a configuration key"},
  };
  for (const auto& c : cases) {
    Json doc = valid();
    const Json::json_pointer pointer(c.key);
    if (c.value.is_null()) {
      doc.at(pointer.parent_pointer()).erase(pointer.back());
    } else {
      doc[pointer] = c.value;
    }
    INFO(c.key << " = " << c.value.dump());
    CHECK_THAT(refusal(doc), Catch::Contains(c.says));
  }
  CHECK_THAT(parse_kiosk_config("{").error(), Catch::Contains("not valid JSON"));
  CHECK_THAT(parse_kiosk_config("[]").error(), Catch::Contains("one JSON object"));
}

TEST_CASE("start-up checks the paths: folders are created and writable, the font readable") {
  const auto dir = std::filesystem::temp_directory_path() / ("kiosk-config-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto write = [&](const Json& doc) {
    std::ofstream((dir / "kiosk.json").string()) << doc.dump();
    return load_kiosk_config((dir / "kiosk.json").string());
  };
  Json doc = valid();
  doc["storage_dir"] = (dir / "data").string();
  doc["receipt_dir"] = (dir / "receipts").string();
  REQUIRE(write(doc));
  CHECK(std::filesystem::is_directory(dir / "data"));
  CHECK(std::filesystem::is_directory(dir / "receipts"));

  std::ofstream((dir / "a-file").string()) << "x";
  doc["receipt_dir"] = (dir / "a-file").string();
  CHECK_THAT(write(doc).error(), Catch::Contains("receipt_dir: the folder " + (dir / "a-file").string()));
  doc["receipt_dir"] = (dir / "receipts").string();
  doc["storage_dir"] = (dir / "a-file" / "data").string();
  CHECK_THAT(write(doc).error(), Catch::Contains("storage_dir: the folder"));
  doc["storage_dir"] = (dir / "data").string();
  doc["font"] = (dir / "missing.ttc").string();
  CHECK_THAT(write(doc).error(), Catch::Contains("font: " + (dir / "missing.ttc").string() + " cannot be read"));
  CHECK_THAT(load_kiosk_config((dir / "none.json").string()).error(), Catch::Contains("cannot be read"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("the look-up URL gets the request's number and query code") {
  CHECK(hotline::native::lookup_url_for("https://x/#lookup?number={number}&code={code}", "20261130000001",
                                        "AB12CD34EF") == "https://x/#lookup?number=20261130000001&code=AB12CD34EF");
}
