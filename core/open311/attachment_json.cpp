// domain::Attachment <-> {content_type, byte_size, width, height, sha256, captured_at, location, media_url}.
#include "open311/attachment_json.h"

#include <cstdint>
#include <limits>

#include "open311/field_limits.h"
#include "open311/json_write.h"

namespace hotline::open311::detail {
namespace {

bool is_lower_hex_sha256(const std::string& text) {
  if (text.size() != 64) {
    return false;
  }
  for (const char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      return false;
    }
  }
  return true;
}

std::uint32_t read_dimension(ObjectReader& reader, std::string_view key) {
  reader.require(key);
  return static_cast<std::uint32_t>(reader.integer(key, 0, std::numeric_limits<std::uint32_t>::max()).value_or(0));
}

domain::GeoPoint read_location(const Json& value, const std::string& path, DecodeContext& context) {
  ObjectReader reader(value, path, context);
  reader.require("lat");
  reader.require("long");
  return {reader.number("lat", -kMaxLatitude, kMaxLatitude).value_or(0),
          reader.number("long", -kMaxLongitude, kMaxLongitude).value_or(0)};
}

}  // namespace

Json attachment_to_json(const domain::Attachment& attachment) {
  Json object = {{"content_type", attachment.content_type},
                 {"byte_size", attachment.byte_size},
                 {"width", attachment.width},
                 {"height", attachment.height},
                 {"sha256", attachment.sha256}};
  put(object, "captured_at", attachment.captured_at);
  if (attachment.location) {
    object["location"] = {{"lat", attachment.location->lat}, {"long", attachment.location->lon}};
  }
  if (!attachment.media_url.empty()) {
    object["media_url"] = attachment.media_url;
  }
  return object;
}

domain::Attachment read_attachment(const Json& value, const std::string& path, DecodeContext& context) {
  ObjectReader reader(value, path, context);
  domain::Attachment attachment;
  attachment.content_type = reader.required_text("content_type");
  reader.require("byte_size");
  attachment.byte_size =
      static_cast<std::uint64_t>(reader.integer("byte_size", 0, std::numeric_limits<std::int64_t>::max()).value_or(0));
  attachment.width = read_dimension(reader, "width");
  attachment.height = read_dimension(reader, "height");
  attachment.sha256 = reader.required_text("sha256");
  if (!context.failed() && !is_lower_hex_sha256(attachment.sha256)) {
    context.fail(DecodeErrorCode::InvalidValue, reader.path("sha256"));
  }
  attachment.captured_at = reader.datetime("captured_at");
  if (const Json* location = reader.find("location")) {
    attachment.location = read_location(*location, reader.path("location"), context);
  }
  attachment.media_url = reader.text("media_url").value_or("");
  return attachment;
}

}  // namespace hotline::open311::detail
