// JSON encoding and tolerant decoding of services.json.
#include "open311/service.h"

#include "open311/field_reader.h"
#include "open311/json_write.h"

namespace hotline::open311 {
namespace {

using detail::Json;

// No legal deadline is longer than a few weeks; a larger number is a broken server, not a promise.
constexpr std::int64_t kMaxDeadlineWorkingDays = 60;

Json extensions_to_json(const ServiceExtensions& extensions) {
  return {{"request_type", domain::to_code(extensions.request_type)},
          {"needs_location", extensions.needs_location},
          {"deadline_working_days", extensions.deadline_working_days}};
}

ServiceExtensions read_extensions(const Json& value, const std::string& path, detail::DecodeContext& context) {
  detail::ObjectReader reader(value, path, context);
  ServiceExtensions extensions;
  extensions.request_type =
      reader.required_code("request_type", &domain::request_type_from_code, domain::RequestType::Consultation);
  extensions.needs_location = reader.required_flag("needs_location");
  reader.require("deadline_working_days");
  extensions.deadline_working_days =
      static_cast<int>(reader.integer("deadline_working_days", 1, kMaxDeadlineWorkingDays).value_or(0));
  return extensions;
}

Json to_json(const Service& service) {
  Json object = {{"service_code", service.service_code},
                 {"service_name", service.service_name},
                 {"metadata", service.metadata},
                 {"type", to_code(service.type)}};
  detail::put(object, "description", service.description);
  detail::put(object, "keywords", service.keywords);
  detail::put(object, "group", service.group);
  if (service.extensions) {
    object["extended_attributes"] = extensions_to_json(*service.extensions);
  }
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
  if (const Json* extensions = reader.find("extended_attributes")) {
    service.extensions = read_extensions(*extensions, reader.path("extended_attributes"), context);
  }
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
