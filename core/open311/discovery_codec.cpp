// JSON encoding and tolerant decoding of discovery.json (a top-level object, unlike the lists).
#include "open311/discovery.h"

#include "open311/field_reader.h"
#include "open311/json_write.h"

namespace hotline::open311 {
namespace {

using detail::Json;

Json endpoint_to_json(const DiscoveryEndpoint& endpoint) {
  Json object = {{"specification", endpoint.specification}, {"url", endpoint.url}, {"formats", endpoint.formats}};
  detail::put(object, "changeset", endpoint.changeset);
  detail::put(object, "type", endpoint.type);
  return object;
}

std::string read_format(const Json& value, const std::string& path, detail::DecodeContext& context) {
  if (!value.is_string()) {
    context.fail(DecodeErrorCode::WrongType, path);
    return {};
  }
  return value.get<std::string>();
}

DiscoveryEndpoint read_endpoint(const Json& value, const std::string& path, detail::DecodeContext& context) {
  detail::ObjectReader reader(value, path, context);
  DiscoveryEndpoint endpoint;
  endpoint.specification = reader.required_text("specification");
  endpoint.url = reader.required_text("url");
  endpoint.changeset = reader.datetime("changeset");
  endpoint.type = reader.text("type");
  endpoint.formats =
      detail::read_array<std::string>(reader.find("formats"), reader.path("formats"), context, read_format);
  return endpoint;
}

Discovery read_discovery(detail::ObjectReader& reader) {
  Discovery discovery;
  discovery.changeset = reader.datetime("changeset");
  discovery.contact = reader.text("contact");
  discovery.key_service = reader.text("key_service");
  discovery.endpoints = detail::read_array<DiscoveryEndpoint>(reader.find("endpoints"), reader.path("endpoints"),
                                                              reader.context(), read_endpoint);
  return discovery;
}

}  // namespace

std::string encode_discovery(const Discovery& discovery) {
  Json object = {{"endpoints", detail::array_of(discovery.endpoints, endpoint_to_json)}};
  detail::put(object, "changeset", discovery.changeset);
  detail::put(object, "contact", discovery.contact);
  detail::put(object, "key_service", discovery.key_service);
  return to_body(object);
}

base::Expected<Discovery, DecodeError> decode_discovery(std::string_view body, const DecodeLimits& limits) {
  return detail::decode_object<Discovery>(body, limits, read_discovery);
}

}  // namespace hotline::open311
