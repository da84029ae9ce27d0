// The kiosk's configuration file: a complete file is read with its values; each key's bad values are
// refused with a message naming the key and the reason; and the paths are checked at start-up.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "native/kiosk/display_scale.h"
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
      {"/receipt_dir", "receipts", "receipt_dir: must be an absolute path"},
      {"/receipt_dir", "/var/spool/receipts", "receipt_dir: writes receipts to disk, a development tool"},
      {"/printer", "/dev/usb/lp0", "printer: must be an object with device, or host and port"},
      {"/printer", Json::object(), "printer: needs either device"},
      {"/printer", {{"device", "/dev/usb/lp0"}, {"host", "10.0.0.5"}}, "printer: needs either device"},
      {"/printer", {{"device", "usb/lp0"}}, "printer.device: must be an absolute path"},
      {"/printer", {{"host", "printer one"}}, "printer.host: must be an address or a host name"},
      {"/printer", {{"host", "10.0.0.5"}, {"baud", 9600}}, "printer.baud: is a serial printer's speed"},
      {"/printer", {{"device", "/dev/ttyS1"}, {"baud", 12345}}, "printer.baud: is a serial printer's speed"},
      {"/printer", {{"host", "10.0.0.5"}, {"port", 0}}, "printer.port: must be a whole number from 1 to 65535"},
      {"/printer", {{"host", "10.0.0.5"}, {"width_dots", 1000}}, "printer.width_dots: must be a whole number from 384"},
      {"/printer", {{"host", "10.0.0.5"}, {"width_dots", 500}}, "printer.width_dots: must be a multiple of 8"},
      {"/printer", {{"host", "10.0.0.5"}, {"timeout_ms", 10}}, "printer.timeout_ms: must be a whole number"},
      {"/printer", {{"host", "10.0.0.5"}, {"cutter", true}}, "printer.cutter: is not a printer key"},
      {"/scale", 0.5, "scale: must be a number from 1 to 4"},
      {"/scale", "2", "scale: must be a number from 1 to 4"},
      {"/storage_dir", nullptr, "storage_dir: is missing"},
      {"/storage_dir", "data", "storage_dir: must be an absolute path"},
      {"/lookup_url", nullptr, "lookup_url: is missing"},
      {"/lookup_url", "https://12345.fuzhou.gov.cn/lookup?n={number}", "lookup_url: must be an http(s) URL containing"},
      {"/font", 3, "font: must be a string"},
      {"/fullscreen", "yes", "fullscreen: must be true or false"},
      {"/id_card_simulator", "card.json", "id_card_simulator: must be an absolute path"},
      {"/id_card_simulator", "/tmp/card.json",
       "id_card_simulator: is a development tool: only with \"development\": true"},
      {"/development", "yes", "development: must be true or false"},
      {"/id_card_reader", "/dev/ttyUSB0", "id_card_reader: must be an object with device"},
      {"/id_card_reader", Json::object(), "id_card_reader.device: is missing"},
      {"/id_card_reader/device", "ttyUSB0", "id_card_reader.device: must be an absolute path"},
      {"/id_card_reader",
       {{"device", "/dev/ttyS1"}, {"baud", 14400}},
       "id_card_reader.baud: must be one of 9600, 19200, 38400, 57600, 115200"},
      {"/id_card_reader", {{"device", "/dev/ttyS1"}, {"baud", "115200"}}, "id_card_reader.baud: must be one of"},
      {"/id_card_reader",
       {{"device", "/dev/ttyS1"}, {"timeout_ms", 50}},
       "id_card_reader.timeout_ms: must be a whole number from 100 to 10000"},
      {"/id_card_reader", {{"device", "/dev/ttyS1"}, {"parity", "none"}}, "id_card_reader.parity: is not a reader key"},
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

TEST_CASE("the ID card reader: a SAM module on a serial line; the simulator only in development") {
  Json doc = valid();
  CHECK_FALSE(parse_kiosk_config(doc.dump())->id_card_reader);  // no reader: citizens type
  CHECK_FALSE(parse_kiosk_config(doc.dump())->development);
  doc["id_card_reader"] = {{"device", "/dev/hotline-idcard"}};
  auto config = parse_kiosk_config(doc.dump());
  REQUIRE(config);
  REQUIRE(config->id_card_reader);
  CHECK(config->id_card_reader->device == "/dev/hotline-idcard");
  CHECK(config->id_card_reader->baud == 115200);
  CHECK(config->id_card_reader->timeout_ms == 1500);
  doc["id_card_reader"] = {{"device", "/dev/ttyS1"}, {"baud", 38400}, {"timeout_ms", 2500}};
  config = parse_kiosk_config(doc.dump());
  REQUIRE(config);
  CHECK(config->id_card_reader->baud == 38400);
  CHECK(config->id_card_reader->timeout_ms == 2500);
  doc["development"] = true;
  doc["id_card_simulator"] = "/tmp/card.json";
  CHECK_THAT(refusal(doc), Catch::Contains("id_card_reader: and id_card_simulator exclude each other"));
  doc.erase("id_card_reader");
  config = parse_kiosk_config(doc.dump());
  REQUIRE(config);
  CHECK(config->development);
  CHECK(config->id_card_simulator == "/tmp/card.json");
}

TEST_CASE("the printer: a device node, a serial line or a network printer; PNG files only in development") {
  Json doc = valid();
  CHECK_FALSE(parse_kiosk_config(doc.dump())->printer);  // none: the number and code stay on screen
  doc["printer"] = {{"device", "/dev/usb/lp0"}};
  auto config = parse_kiosk_config(doc.dump());
  REQUIRE(config);
  REQUIRE(config->printer);
  CHECK(config->printer->device == "/dev/usb/lp0");
  CHECK(config->printer->baud == 0);
  CHECK(config->printer->width_dots == 576);
  CHECK(config->printer->timeout_ms == 3000);
  doc["printer"] = {{"device", "/dev/ttyS1"}, {"baud", 19200}, {"width_dots", 384}};
  config = parse_kiosk_config(doc.dump());
  REQUIRE(config);
  CHECK(config->printer->baud == 19200);
  CHECK(config->printer->width_dots == 384);
  doc["printer"] = {{"host", "192.168.10.20"}, {"timeout_ms", 5000}};
  config = parse_kiosk_config(doc.dump());
  REQUIRE(config);
  CHECK(config->printer->host == "192.168.10.20");
  CHECK(config->printer->port == 9100);
  CHECK(config->printer->timeout_ms == 5000);
  doc["development"] = true;
  doc["receipt_dir"] = "/tmp/receipts";
  CHECK_THAT(refusal(doc), Catch::Contains("printer: and receipt_dir exclude each other"));
  doc.erase("printer");
  config = parse_kiosk_config(doc.dump());
  REQUIRE(config);
  CHECK(config->receipt_dir == "/tmp/receipts");
  doc["receipt_dir"] = "/var/lib/hotline-kiosk";
  CHECK_THAT(refusal(doc), Catch::Contains("receipt_dir: must not be the storage folder"));
}

TEST_CASE("scale: configured, else from the display's DPI at 1/48 inch a layout pixel, else 1") {
  Json doc = valid();
  CHECK_FALSE(parse_kiosk_config(doc.dump())->scale);
  doc["scale"] = 1.75;
  const auto config = parse_kiosk_config(doc.dump());
  REQUIRE(config);
  REQUIRE(config->scale);
  CHECK(*config->scale == 1.75f);
  using hotline::native::kiosk_scale;
  CHECK(kiosk_scale(2.5f, 96.0f) == 2.5f);  // the file wins
  CHECK(kiosk_scale(std::nullopt, std::nullopt) == 1);
  CHECK(kiosk_scale(std::nullopt, 102.0f) == 2.0f);   // a 21.5" 1080x1920 panel
  CHECK(kiosk_scale(std::nullopt, 96.0f) == 2.0f);    // what X servers often report
  CHECK(kiosk_scale(std::nullopt, 128.0f) == 2.5f);   // 17"
  CHECK(kiosk_scale(std::nullopt, 69.0f) == 1.25f);   // 32"
  CHECK(kiosk_scale(std::nullopt, 40.0f) == 1.0f);    // never below 1
  CHECK(kiosk_scale(std::nullopt, 1000.0f) == 4.0f);  // nor above 4
}

TEST_CASE("start-up checks the paths: folders are created and writable, the font readable") {
  const auto dir = std::filesystem::temp_directory_path() / ("kiosk-config-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto write = [&](const Json& doc) {
    std::ofstream((dir / "kiosk.json").string()) << doc.dump();
    return load_kiosk_config((dir / "kiosk.json").string());
  };
  Json doc = valid();
  doc["development"] = true;  // receipt files: a development kiosk's
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
