// JSON encoding and tolerant decoding of services.json.
#include "open311/service.h"

#include "open311/field_reader.h"
#include "open311/json_write.h"

namespace hotline::open311 {
namespace {

using detail::Json;

Json to_json(const Service& service) {
  Json object = {{"service_code", service.service_code},
                 {"service_name", service.service_name},
                 {"metadata", service.metadata},
                 {"type", to_code(service.type)}};
  detail::put(object, "description", service.description);
  detail::put(object, "keywords", service.keywords);
  detail::put(object, "group", service.group);
  return object;
}

Service read_service(const Json& value, const std::string& path, detail::DecodeContext& context) {
  detail::ObjectReader reader(value, path, context);
  Service service;
  service.service_code = reader.required_id("service_code");
  service.service_name = reader.required_text("service_name");
  service.description = reader.text("description");
  service.metadata = reader.required_flag("metadata");
  service.type = reader.required_code("type", &service_type_from_code, ServiceType::Realtime);
  service.keywords = reader.text("keywords");
  service.group = reader.text("group");
  return service;
}

}  // namespace

std::string encode_services(const std::vector<Service>& services) {
  return to_body(detail::array_of(services, to_json));
}

base::Expected<std::vector<Service>, DecodeError> decode_services(std::string_view body, const DecodeLimits& limits) {
  return detail::decode_list<Service>(body, limits, read_service);
}

}  // namespace hotline::open311
