// Parses and checks the kiosk's configuration file; every refusal names the key and the reason.
#include "native/kiosk/kiosk_config.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <sstream>

#include "native/device/serial_port.h"

namespace hotline::native {
namespace {

using Json = nlohmann::json;
using Result = base::Expected<KioskConfig, std::string>;

// A refusal of one key: "key: reason".
struct KeyError {
  std::string text;
};

KeyError bad(const std::string& key, const std::string& reason) {
  return {key + ": " + reason};
}

bool printable_ascii(const std::string& s) {
  for (const char c : s) {
    if (c <= ' ' || c > '~') {
      return false;
    }
  }
  return true;
}

std::optional<KeyError> read_string(const Json& doc, const std::string& key, std::string& out, bool required) {
  const auto it = doc.find(key);
  if (it == doc.end()) {
    return required ? std::optional(bad(key, "is missing")) : std::nullopt;
  }
  if (!it->is_string()) {
    return bad(key, "must be a string");
  }
  out = it->get<std::string>();
  if (out.empty()) {
    return bad(key, "must not be empty");
  }
  return std::nullopt;
}

std::optional<KeyError> read_int(const Json& doc, const std::string& key, int min, int max, int& out) {
  const auto it = doc.find(key);
  if (it == doc.end()) {
    return std::nullopt;
  }
  if (!it->is_number_integer() || it->get<long long>() < min || it->get<long long>() > max) {
    return bad(key, "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
  }
  out = it->get<int>();
  return std::nullopt;
}

std::optional<KeyError> read_station(const Json& doc, app::Station& station) {
  const auto it = doc.find("station");
  if (it == doc.end()) {
    return bad("station", "is missing (every kiosk request is filed at its station)");
  }
  if (!it->is_object()) {
    return bad("station", "must be an object with id, name, lat and lon");
  }
  for (const auto& [key, value] : it->items()) {
    if (key != "id" && key != "name" && key != "lat" && key != "lon") {
      return bad("station." + key, "is not a station key (id, name, lat, lon)");
    }
  }
  if (auto e = read_string(*it, "id", station.id, true)) {
    return KeyError{"station." + e->text};
  }
  if (station.id.size() > 32 || station.id.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                                             "0123456789_-") != std::string::npos) {
    return bad("station.id", "must be 1-32 of A-Z a-z 0-9 _ -");
  }
  if (auto e = read_string(*it, "name", station.name, true)) {
    return KeyError{"station." + e->text};
  }
  const std::pair<const char*, double*> coordinates[] = {{"lat", &station.point.lat}, {"lon", &station.point.lon}};
  for (const auto& [key, target] : coordinates) {
    const double limit = std::string(key) == "lat" ? 90 : 180;
    const auto c = it->find(key);
    if (c == it->end()) {
      return bad(std::string("station.") + key, "is missing");
    }
    if (!c->is_number() || !(c->get<double>() >= -limit && c->get<double>() <= limit)) {
      return bad(std::string("station.") + key, "must be a number of degrees from -" +
                                                    std::to_string(static_cast<int>(limit)) + " to " +
                                                    std::to_string(static_cast<int>(limit)));
    }
    *target = c->get<double>();
  }
  return std::nullopt;
}

std::optional<KeyError> read_choice(const Json& doc, const std::string& key, const std::string& choices,
                                    const std::function<bool(const std::string&)>& apply) {
  std::string value;
  if (auto e = read_string(doc, key, value, false)) {
    return e;
  }
  if (!value.empty() && !apply(value)) {
    return bad(key, "must be one of " + choices + ", not '" + value + "'");
  }
  return std::nullopt;
}

std::optional<KeyError> read_card_reader(const Json& doc, KioskConfig& config) {
  const auto it = doc.find("id_card_reader");
  if (it == doc.end()) {
    return std::nullopt;
  }
  if (!it->is_object()) {
    return bad("id_card_reader", "must be an object with device (and baud, timeout_ms)");
  }
  for (const auto& [key, value] : it->items()) {
    if (key != "device" && key != "baud" && key != "timeout_ms") {
      return bad("id_card_reader." + key, "is not a reader key (device, baud, timeout_ms)");
    }
  }
  CardReaderConfig reader;
  if (auto e = read_string(*it, "device", reader.device, true)) {
    return KeyError{"id_card_reader." + e->text};
  }
  if (reader.device.front() != '/') {
    return bad("id_card_reader.device", "must be an absolute path such as /dev/ttyUSB0");
  }
  if (const auto baud = it->find("baud"); baud != it->end()) {
    if (!baud->is_number_integer() || baud->get<long long>() > 115200 ||
        !device::is_supported_baud(static_cast<int>(baud->get<long long>()))) {
      return bad("id_card_reader.baud", "must be one of 9600, 19200, 38400, 57600, 115200");
    }
    reader.baud = baud->get<int>();
  }
  if (auto e = read_int(*it, "timeout_ms", 100, 10000, reader.timeout_ms)) {
    return KeyError{"id_card_reader." + e->text};
  }
  if (!config.id_card_simulator.empty()) {
    return bad("id_card_reader", "and id_card_simulator exclude each other");
  }
  config.id_card_reader = std::move(reader);
  return std::nullopt;
}

std::optional<KeyError> read_printer(const Json& doc, KioskConfig& config) {
  const auto it = doc.find("printer");
  if (it == doc.end()) {
    return std::nullopt;
  }
  if (!it->is_object()) {
    return bad("printer", "must be an object with device, or host and port");
  }
  for (const auto& [key, value] : it->items()) {
    if (key != "device" && key != "baud" && key != "host" && key != "port" && key != "width_dots" &&
        key != "timeout_ms") {
      return bad("printer." + key, "is not a printer key (device, baud, host, port, width_dots, timeout_ms)");
    }
  }
  PrinterConfig printer;
  if (auto e = read_string(*it, "device", printer.device, false)) {
    return KeyError{"printer." + e->text};
  }
  if (auto e = read_string(*it, "host", printer.host, false)) {
    return KeyError{"printer." + e->text};
  }
  if (printer.device.empty() == printer.host.empty()) {
    return bad("printer", "needs either device (/dev/usb/lp0, a serial line) or host (a network printer)");
  }
  if (!printer.device.empty() && printer.device.front() != '/') {
    return bad("printer.device", "must be an absolute path such as /dev/usb/lp0");
  }
  if (!printer.host.empty() && (printer.host.size() > 253 || !printable_ascii(printer.host))) {
    return bad("printer.host", "must be an address or a host name");
  }
  if (const auto baud = it->find("baud"); baud != it->end()) {
    if (printer.device.empty() || !baud->is_number_integer() || baud->get<long long>() > 115200 ||
        !device::is_supported_baud(static_cast<int>(baud->get<long long>()))) {
      return bad("printer.baud", "is a serial printer's speed: one of 9600, 19200, 38400, 57600, 115200, with device");
    }
    printer.baud = baud->get<int>();
  }
  if (auto e = read_int(*it, "port", 1, 65535, printer.port)) {
    return KeyError{"printer." + e->text};
  }
  if (auto e = read_int(*it, "width_dots", 384, 832, printer.width_dots)) {
    return KeyError{"printer." + e->text + " (384 on 58 mm paper, 576 on 80 mm)"};
  }
  if (printer.width_dots % 8 != 0) {
    return bad("printer.width_dots", "must be a multiple of 8 (whole bytes of dots)");
  }
  if (auto e = read_int(*it, "timeout_ms", 200, 30000, printer.timeout_ms)) {
    return KeyError{"printer." + e->text};
  }
  if (!config.receipt_dir.empty()) {
    return bad("printer", "and receipt_dir exclude each other");
  }
  config.printer = std::move(printer);
  return std::nullopt;
}

bool is_url(const std::string& s) {
  return (s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0) &&
         s.find_first_of(" \t\r\n") == std::string::npos && s.size() > 8;
}

std::optional<KeyError> check(const Json& doc, KioskConfig& config) {
  static const char* const kKeys[] = {"backend_url", "api_key",    "station",     "idle_timeout_s", "countdown_s",
                                      "language",    "text_size",  "receipt_dir", "lookup_url",     "font",
                                      "storage_dir", "fullscreen", "renderer",    "id_card_reader", "id_card_simulator",
                                      "development", "printer",    "scale",       "comment"};
  for (const auto& [key, value] : doc.items()) {
    if (std::find(std::begin(kKeys), std::end(kKeys), key) == std::end(kKeys)) {
      return bad(key, "is not a configuration key (see docs/kiosk.md)");
    }
  }
  if (auto e = read_string(doc, "backend_url", config.backend_url, true)) {
    return e;
  }
  if (!is_url(config.backend_url)) {
    return bad("backend_url", "must be an http:// or https:// URL, not '" + config.backend_url + "'");
  }
  if (auto e = read_string(doc, "api_key", config.api_key, true)) {
    return e;
  }
  if (config.api_key.size() > 128 || !printable_ascii(config.api_key)) {
    return bad("api_key", "must be 1-128 printable ASCII characters without spaces");
  }
  if (auto e = read_station(doc, config.station)) {
    return e;
  }
  if (auto e = read_int(doc, "idle_timeout_s", 10, 3600, config.idle_timeout_s)) {
    return e;
  }
  if (auto e = read_int(doc, "countdown_s", 20, 300, config.countdown_s)) {
    return KeyError{e->text + " (WCAG 2.2.1 asks for at least 20 s to extend a time limit)"};
  }
  if (auto e = read_choice(doc, "language", "zh-CN, zh-TW, en", [&](const std::string& v) {
        const auto language = text::parse_language_tag(v);
        config.language = language.value_or(config.language);
        return language.has_value();
      })) {
    return e;
  }
  if (auto e = read_choice(doc, "text_size", "normal, large, extra-large", [&](const std::string& v) {
        const auto size = app::parse_text_size(v);
        config.text_size = size.value_or(config.text_size);
        return size.has_value();
      })) {
    return e;
  }
  if (auto e = read_choice(doc, "renderer", "auto, opengl, software", [&](const std::string& v) {
        config.renderer = v == "opengl" ? Renderer::OpenGl : v == "software" ? Renderer::Software : Renderer::Auto;
        return v == "auto" || v == "opengl" || v == "software";
      })) {
    return e;
  }
  if (auto e = read_string(doc, "lookup_url", config.lookup_url, true)) {
    return e;
  }
  if (!is_url(config.lookup_url) || config.lookup_url.find("{number}") == std::string::npos ||
      config.lookup_url.find("{code}") == std::string::npos) {
    return bad("lookup_url", "must be an http(s) URL containing {number} and {code}");
  }
  for (const auto& [key, target] : {std::pair<const char*, std::string*>{"storage_dir", &config.storage_dir},
                                    {"receipt_dir", &config.receipt_dir}}) {
    if (auto e = read_string(doc, key, *target, std::string(key) == "storage_dir")) {
      return e;
    }
    if (!target->empty() && target->front() != '/') {
      return bad(key, "must be an absolute path (a service's working folder is not a place for data)");
    }
  }
  if (!config.receipt_dir.empty() && config.storage_dir == config.receipt_dir) {
    return bad("receipt_dir", "must not be the storage folder (receipts leave the kiosk, stored data does not)");
  }
  for (const auto& [key, target] : {std::pair<const char*, std::string*>{"font", &config.font_path},
                                    {"id_card_simulator", &config.id_card_simulator}}) {
    if (auto e = read_string(doc, key, *target, false)) {
      return e;
    }
  }
  if (!config.id_card_simulator.empty() && config.id_card_simulator.front() != '/') {
    return bad("id_card_simulator", "must be an absolute path");
  }
  for (const auto& [key, target] :
       {std::pair<const char*, bool*>{"fullscreen", &config.fullscreen}, {"development", &config.development}}) {
    if (const auto it = doc.find(key); it != doc.end()) {
      if (!it->is_boolean()) {
        return bad(key, "must be true or false");
      }
      *target = it->get<bool>();
    }
  }
  if (!config.id_card_simulator.empty() && !config.development) {
    return bad("id_card_simulator", "is a development tool: only with \"development\": true");
  }
  if (auto e = read_card_reader(doc, config)) {
    return e;
  }
  if (!config.receipt_dir.empty() && !config.development) {
    return bad("receipt_dir",
               "writes receipts to disk, a development tool: only with \"development\": true (a "
               "production kiosk prints them: \"printer\")");
  }
  if (auto e = read_printer(doc, config)) {
    return e;
  }
  if (const auto it = doc.find("scale"); it != doc.end()) {
    if (!it->is_number() || !(it->get<double>() >= 1 && it->get<double>() <= 4)) {
      return bad("scale", "must be a number from 1 to 4 (device pixels per layout pixel)");
    }
    config.scale = it->get<float>();
  }
  return std::nullopt;
}

std::optional<std::string> check_folder(const std::string& key, const std::string& path) {
  std::error_code ec;
  std::filesystem::create_directories(path, ec);
  if (ec || !std::filesystem::is_directory(path) || ::access(path.c_str(), W_OK) != 0) {
    return key + ": the folder " + path + " cannot be created or written" + (ec ? " (" + ec.message() + ")" : "");
  }
  return std::nullopt;
}

}  // namespace

Result parse_kiosk_config(std::string_view json) {
  const Json doc = Json::parse(json, nullptr, false);
  if (doc.is_discarded()) {
    return base::unexpected(std::string("not valid JSON"));
  }
  if (!doc.is_object()) {
    return base::unexpected(std::string("the file must hold one JSON object"));
  }
  KioskConfig config;
  if (auto e = check(doc, config)) {
    return base::unexpected(std::move(e->text));
  }
  return config;
}

Result load_kiosk_config(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return base::unexpected(path + ": cannot be read");
  }
  std::stringstream text;
  text << in.rdbuf();
  auto config = parse_kiosk_config(text.str());
  if (!config) {
    return base::unexpected(path + ": " + config.error());
  }
  for (const auto& [key, folder] : {std::pair<const char*, std::string>{"storage_dir", config->storage_dir},
                                    {"receipt_dir", config->receipt_dir}}) {
    if (folder.empty()) {
      continue;
    }
    if (auto e = check_folder(key, folder)) {
      return base::unexpected(path + ": " + *e);
    }
  }
  if (!config->font_path.empty() && ::access(config->font_path.c_str(), R_OK) != 0) {
    return base::unexpected(path + ": font: " + config->font_path + " cannot be read");
  }
  return config;
}

std::string lookup_url_for(const std::string& url_template, const std::string& number, const std::string& code) {
  std::string url = url_template;
  for (const auto& [field, value] : {std::pair<std::string, std::string>{"{number}", number}, {"{code}", code}}) {
    for (auto at = url.find(field); at != std::string::npos; at = url.find(field, at + value.size())) {
      url.replace(at, field.size(), value);
    }
  }
  return url;
}

}  // namespace hotline::native
