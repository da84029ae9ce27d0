// GET services/{service_code}.json: the extra questions (attributes) a service asks when filing a request.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/expected.h"
#include "base/wire_code.h"
#include "open311/decode_error.h"

namespace hotline::open311 {

enum class Datatype { String, Number, Datetime, Text, SingleValueList, MultiValueList };

inline constexpr std::pair<Datatype, std::string_view> kDatatypeCodes[] = {
    {Datatype::String, "string"},
    {Datatype::Number, "number"},
    {Datatype::Datetime, "datetime"},
    {Datatype::Text, "text"},
    {Datatype::SingleValueList, "singlevaluelist"},
    {Datatype::MultiValueList, "multivaluelist"},
};
constexpr std::string_view to_code(Datatype datatype) {
  return base::to_code(kDatatypeCodes, datatype);
}
constexpr std::optional<Datatype> datatype_from_code(std::string_view code) {
  return base::from_code(kDatatypeCodes, code);
}

struct AttributeValue {
  std::string key;   // sent back as the answer
  std::string name;  // shown to the citizen

  bool operator==(const AttributeValue&) const = default;
};

struct ServiceAttribute {
  bool variable = true;  // false: information only, no answer expected
  std::string code;
  Datatype datatype = Datatype::String;
  bool required = false;
  std::optional<std::string> datatype_description;
  std::optional<std::int64_t> order;  // 1 is shown first
  std::optional<std::string> description;
  std::vector<AttributeValue> values;  // for the two list datatypes

  bool operator==(const ServiceAttribute&) const = default;
};

struct ServiceDefinition {
  std::string service_code;
  std::vector<ServiceAttribute> attributes;

  bool operator==(const ServiceDefinition&) const = default;
};

std::string encode_service_definition(const ServiceDefinition& definition);
base::Expected<ServiceDefinition, DecodeError> decode_service_definition(std::string_view body,
                                                                         const DecodeLimits& limits = {});

}  // namespace hotline::open311
