// JSON for records, inspections and typed errors (keys follow domain::Attachment's field names).
#include "photo_json.h"

#include "photo/capture_time.h"
#include "photo/photo_settings.h"
#include "photo/sha256.h"

namespace hotline::tools {
namespace {

nlohmann::ordered_json point_json(const domain::GeoPoint& point) {
  return {{"lat", point.lat}, {"lon", point.lon}};
}

}  // namespace

nlohmann::ordered_json attachment_json(const domain::Attachment& record) {
  nlohmann::ordered_json json = {{"content_type", record.content_type},
                                 {"byte_size", record.byte_size},
                                 {"width", record.width},
                                 {"height", record.height},
                                 {"sha256", record.sha256}};
  json["captured_at"] = record.captured_at ? nlohmann::ordered_json(*record.captured_at) : nullptr;
  json["location"] = record.location ? point_json(*record.location) : nullptr;
  return json;
}

nlohmann::ordered_json inspection_json(const photo::ImageInfo& info, std::string_view bytes, ShowLocation location) {
  const auto captured_at = photo::capture_time_iso8601(info.exif, photo::PhotoSettings{}.fallback_utc_offset);
  nlohmann::ordered_json json = {{"content_type", info.content_type}, {"format", photo::format_name(info.format)},
                                 {"byte_size", info.byte_size},       {"width", info.display_width()},
                                 {"height", info.display_height()},   {"stored_width", info.width},
                                 {"stored_height", info.height},      {"orientation", info.orientation},
                                 {"has_alpha", info.has_alpha},       {"sha256", photo::sha256_hex(bytes)}};
  json["captured_at"] = captured_at ? nlohmann::ordered_json(*captured_at) : nullptr;
  json["camera"] = {{"make", info.exif.make}, {"model", info.exif.model}};
  json["has_location"] = info.exif.gps.has_value();
  if (location == ShowLocation::Yes) {
    json["location"] = info.exif.gps ? point_json(*info.exif.gps) : nullptr;
  }
  if (info.metadata_error) {
    json["metadata_error"] = error_json(*info.metadata_error)["error"];
  }
  return json;
}

nlohmann::ordered_json error_json(const photo::PhotoError& error) {
  nlohmann::ordered_json params = nlohmann::ordered_json::object();
  for (const auto& [name, value] : error.params) {
    params[name] = value;
  }
  return {{"error", {{"code", error.name()}, {"key", error.key()}, {"params", params}}}};
}

}  // namespace hotline::tools
