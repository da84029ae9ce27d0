// NewRequest <-> form fields: attribute[CODE] / attribute[CODE][] syntax, duplicates, lat/long pairing.
#include "open311/new_request.h"

#include <set>
#include <utility>

#include "open311/field_limits.h"
#include "open311/json_document.h"
#include "text/utf8.h"

namespace hotline::open311 {
namespace {

using TextMember = std::optional<std::string> NewRequest::*;

constexpr std::pair<std::string_view, TextMember> kTextFields[] = {
    {"api_key", &NewRequest::api_key},
    {"jurisdiction_id", &NewRequest::jurisdiction_id},
    {"description", &NewRequest::description},
    {"address_string", &NewRequest::address_string},
    {"address_id", &NewRequest::address_id},
    {"email", &NewRequest::email},
    {"device_id", &NewRequest::device_id},
    {"account_id", &NewRequest::account_id},
    {"first_name", &NewRequest::first_name},
    {"last_name", &NewRequest::last_name},
    {"phone", &NewRequest::phone},
    {"media_url", &NewRequest::media_url},
};

constexpr std::string_view kAttributePrefix = "attribute[";

std::string attribute_name(const AttributeAnswer& answer) {
  return std::string(kAttributePrefix) + answer.code + (answer.multiple ? "][]" : "]");
}

// Builds a NewRequest field by field, stopping at the first error.
class FormReader {
 public:
  void read(const FormField& field) {
    if (field.value.empty() || error_) {
      return;
    }
    if (field.name.compare(0, kAttributePrefix.size(), kAttributePrefix) == 0) {
      read_attribute(field);
      return;
    }
    if (field.name == "service_code") {
      store(field, request_.service_code);
    } else if (field.name == "lat") {
      store(field, lat_);
    } else if (field.name == "long") {
      store(field, lon_);
    }
    for (const auto& [name, member] : kTextFields) {
      if (field.name == name) {
        store(field, request_.*member);
      }
    }
  }

  base::Expected<NewRequest, DecodeError> finish() && {
    if (!error_ && request_.service_code.empty()) {
      fail(DecodeErrorCode::MissingField, "service_code");
    }
    if (!error_ && lat_.has_value() != lon_.has_value()) {
      fail(DecodeErrorCode::MissingField, lat_ ? "long" : "lat");
    }
    request_.lat = coordinate("lat", lat_, kMaxLatitude);
    request_.lon = coordinate("long", lon_, kMaxLongitude);
    if (!error_ && request_.description &&
        text::count_code_points(*request_.description).value_or(0) > kMaxDescriptionChars) {
      fail(DecodeErrorCode::TooLong, "description");
    }
    if (error_) {
      return base::unexpected(*error_);
    }
    return std::move(request_);
  }

 private:
  void fail(DecodeErrorCode code, std::string field) {
    if (!error_) {
      error_ = make_error(code, std::move(field));
    }
  }

  template <typename Target>
  void store(const FormField& field, Target& target) {
    if (!seen_.insert(field.name).second) {
      fail(DecodeErrorCode::DuplicateField, field.name);
      return;
    }
    target = field.value;
  }

  void read_attribute(const FormField& field) {
    const std::string_view rest = std::string_view(field.name).substr(kAttributePrefix.size());
    const std::size_t close = rest.find(']');
    const std::string_view tail = close == std::string_view::npos ? std::string_view() : rest.substr(close + 1);
    if (close == std::string_view::npos || close == 0 || (!tail.empty() && tail != "[]")) {
      fail(DecodeErrorCode::InvalidValue, field.name);
      return;
    }
    const std::string code(rest.substr(0, close));
    const bool multiple = !tail.empty();
    for (auto& answer : request_.attributes) {
      if (answer.code == code) {
        if (!multiple || !answer.multiple) {
          fail(DecodeErrorCode::DuplicateField, field.name);
        } else {
          answer.values.push_back(field.value.str());
        }
        return;
      }
    }
    request_.attributes.push_back({code, {field.value.str()}, multiple});
  }

  std::optional<double> coordinate(const char* name, const std::optional<std::string>& raw, double limit) {
    if (error_ || !raw) {
      return std::nullopt;
    }
    const auto number = parse_number(*raw);
    if (!number) {
      fail(DecodeErrorCode::WrongType, name);
      return std::nullopt;
    }
    const double value = number->get<double>();
    if (!(value >= -limit && value <= limit)) {
      fail(DecodeErrorCode::InvalidValue, name);
      return std::nullopt;
    }
    return value;
  }

  NewRequest request_;
  std::optional<std::string> lat_;
  std::optional<std::string> lon_;
  std::set<std::string, std::less<>> seen_;
  std::optional<DecodeError> error_;
};

}  // namespace

std::vector<FormField> new_request_fields(const NewRequest& request) {
  std::vector<FormField> fields{{"service_code", request.service_code}};
  for (const auto& [name, member] : kTextFields) {
    if (const auto& value = request.*member) {
      fields.push_back({std::string(name), *value});
    }
  }
  if (request.lat) {
    fields.push_back({"lat", to_body(*request.lat)});
  }
  if (request.lon) {
    fields.push_back({"long", to_body(*request.lon)});
  }
  for (const auto& answer : request.attributes) {
    for (const auto& value : answer.values) {
      fields.push_back({attribute_name(answer), value});
    }
  }
  return fields;
}

std::string encode_new_request(const NewRequest& request) {
  return encode_form(new_request_fields(request)).str();
}

base::Expected<NewRequest, DecodeError> decode_new_request(std::string_view body, const DecodeLimits& limits) {
  auto fields = decode_form(body, limits);
  if (!fields) {
    return base::unexpected(fields.error());
  }
  FormReader reader;
  for (const auto& field : *fields) {
    reader.read(field);
  }
  return std::move(reader).finish();
}

}  // namespace hotline::open311
