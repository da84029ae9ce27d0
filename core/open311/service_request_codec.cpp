// JSON encoding and tolerant decoding of requests.json / requests/{id}.json.
#include "open311/service_request.h"

#include "open311/extended_attributes_json.h"
#include "open311/field_limits.h"
#include "open311/field_reader.h"
#include "open311/json_write.h"

namespace hotline::open311 {
namespace {

using detail::Json;

Json to_json(const ServiceRequest& request) {
  Json object = {{"service_request_id", request.service_request_id},
                 {"status", to_code(request.status)},
                 {"service_code", request.service_code},
                 {"requested_datetime", request.requested_datetime}};
  detail::put(object, "status_notes", request.status_notes);
  detail::put(object, "service_name", request.service_name);
  detail::put(object, "description", request.description);
  detail::put(object, "agency_responsible", request.agency_responsible);
  detail::put(object, "service_notice", request.service_notice);
  detail::put(object, "updated_datetime", request.updated_datetime);
  detail::put(object, "expected_datetime", request.expected_datetime);
  detail::put(object, "address", request.address);
  detail::put(object, "address_id", request.address_id);
  detail::put(object, "zipcode", request.zipcode);
  detail::put(object, "lat", request.lat);
  detail::put(object, "long", request.lon);
  detail::put(object, "media_url", request.media_url);
  if (request.extended_attributes) {
    object["extended_attributes"] = detail::extended_attributes_to_json(*request.extended_attributes);
  }
  return object;
}

ServiceRequest read_request(const Json& value, const std::string& path, detail::DecodeContext& context) {
  detail::ObjectReader reader(value, path, context);
  ServiceRequest request;
  request.service_request_id = reader.required_id("service_request_id");
  request.status = reader.required_code("status", &status_from_code, Status::Open);
  request.status_notes = reader.text("status_notes");
  request.service_name = reader.text("service_name");
  request.service_code = reader.required_id("service_code");
  request.description = reader.text("description");
  request.agency_responsible = reader.text("agency_responsible");
  request.service_notice = reader.text("service_notice");
  request.requested_datetime = reader.required_datetime("requested_datetime");
  request.updated_datetime = reader.datetime("updated_datetime");
  request.expected_datetime = reader.datetime("expected_datetime");
  request.address = reader.text("address");
  request.address_id = reader.id("address_id");
  request.zipcode = reader.id("zipcode");
  request.lat = reader.number("lat", -kMaxLatitude, kMaxLatitude);
  request.lon = reader.number("long", -kMaxLongitude, kMaxLongitude);
  request.media_url = reader.text("media_url");
  if (const Json* extended = reader.find("extended_attributes")) {
    request.extended_attributes =
        detail::read_extended_attributes(*extended, reader.path("extended_attributes"), context);
  }
  return request;
}

}  // namespace

std::string encode_requests(const std::vector<ServiceRequest>& requests) {
  return to_body(detail::array_of(requests, to_json));
}

base::Expected<std::vector<ServiceRequest>, DecodeError> decode_requests(std::string_view body,
                                                                         const DecodeLimits& limits) {
  return detail::decode_list<ServiceRequest>(body, limits, read_request);
}

}  // namespace hotline::open311
