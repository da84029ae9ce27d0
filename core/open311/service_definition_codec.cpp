// JSON encoding and tolerant decoding of services/{code}.json.
#include "open311/service_definition.h"

#include <limits>

#include "open311/field_reader.h"
#include "open311/json_write.h"

namespace hotline::open311 {
namespace {

using detail::Json;

Json value_to_json(const AttributeValue& value) {
  return {{"key", value.key}, {"name", value.name}};
}

Json attribute_to_json(const ServiceAttribute& attribute) {
  Json object = {{"variable", attribute.variable},
                 {"code", attribute.code},
                 {"datatype", to_code(attribute.datatype)},
                 {"required", attribute.required}};
  detail::put(object, "datatype_description", attribute.datatype_description);
  detail::put(object, "order", attribute.order);
  detail::put(object, "description", attribute.description);
  if (!attribute.values.empty()) {
    object["values"] = detail::array_of(attribute.values, value_to_json);
  }
  return object;
}

AttributeValue read_value(const Json& json, const std::string& path, detail::DecodeContext& context) {
  detail::ObjectReader reader(json, path, context);
  AttributeValue value;
  value.key = reader.required_id("key");
  value.name = reader.required_text("name");
  return value;
}

ServiceAttribute read_attribute(const Json& json, const std::string& path, detail::DecodeContext& context) {
  detail::ObjectReader reader(json, path, context);
  ServiceAttribute attribute;
  attribute.variable = reader.required_flag("variable");
  attribute.code = reader.required_id("code");
  attribute.datatype = reader.required_code("datatype", &datatype_from_code, Datatype::String);
  attribute.required = reader.required_flag("required");
  attribute.datatype_description = reader.text("datatype_description");
  attribute.order =
      reader.integer("order", std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max());
  attribute.description = reader.text("description");
  attribute.values =
      detail::read_array<AttributeValue>(reader.find("values"), reader.path("values"), context, read_value);
  return attribute;
}

ServiceDefinition read_definition(detail::ObjectReader& reader) {
  ServiceDefinition definition;
  definition.service_code = reader.required_id("service_code");
  const Json* attributes = reader.find("attributes");
  if (attributes == nullptr) {
    reader.context().fail(DecodeErrorCode::MissingField, reader.path("attributes"));
  }
  definition.attributes =
      detail::read_array<ServiceAttribute>(attributes, reader.path("attributes"), reader.context(), read_attribute);
  return definition;
}

}  // namespace

std::string encode_service_definition(const ServiceDefinition& definition) {
  return to_body(Json{{"service_code", definition.service_code},
                      {"attributes", detail::array_of(definition.attributes, attribute_to_json)}});
}

base::Expected<ServiceDefinition, DecodeError> decode_service_definition(std::string_view body,
                                                                         const DecodeLimits& limits) {
  return detail::decode_object<ServiceDefinition>(body, limits, read_definition);
}

}  // namespace hotline::open311
