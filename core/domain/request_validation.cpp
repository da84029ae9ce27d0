// Whole-request validation, collecting all field errors.
#include "domain/request_validation.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "domain/field_limits.h"
#include "domain/mobile.h"
#include "domain/resident_id.h"
#include "domain/text_field.h"
#include "text/utf8.h"

namespace hotline::domain {
namespace {

constexpr std::size_t kMaxStationIdLength = 32;

class Collector {
 public:
  void add(FieldError error) { errors_.push_back(std::move(error)); }
  void add(Field field, ErrorCode code, std::vector<base::MessageParam> params = {}) {
    errors_.push_back(FieldError{field, code, std::move(params)});
  }
  void add(const std::optional<FieldError>& error) {
    if (error) {
      errors_.push_back(*error);
    }
  }
  std::vector<FieldError>& errors() { return errors_; }

 private:
  std::vector<FieldError> errors_;
};

bool is_station_id(std::string_view id) {
  const auto allowed = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  };
  return !id.empty() && id.size() <= kMaxStationIdLength && std::all_of(id.begin(), id.end(), allowed);
}

void check_coordinate(Collector& out, Field field, double value, const ValidationRules& rules) {
  if (!std::isfinite(value) || std::fabs(value) > *coordinate_limit(field)) {
    out.add(field, ErrorCode::OutOfRange, limit_params(field, ErrorCode::OutOfRange, rules));
  }
}

void check_category(Collector& out, const ServiceRequest& request, const ServiceCategory* category) {
  if (request.service_code.empty()) {
    out.add(Field::ServiceCode, ErrorCode::Required);
  } else if (category == nullptr || category->code != request.service_code) {
    out.add(Field::ServiceCode, ErrorCode::UnknownServiceCode);
  } else if (category->type != request.type) {
    out.add(Field::Type, ErrorCode::TypeMismatch);
  }
}

void check_location(Collector& out, ServiceRequest& request, const ServiceCategory* category,
                    const ValidationRules& rules) {
  Location& location = request.location;
  const bool about_a_place = category != nullptr && category->needs_location &&
                             (request.type == RequestType::Complaint || request.type == RequestType::HelpRequest);
  const auto address_error = check_text(Field::Address, location.address, *text_rule(Field::Address, rules));
  out.add(address_error);
  if (!address_error) {
    location.address = std::string(trim_space(location.address));
  }
  if (location.point) {
    check_coordinate(out, Field::Latitude, location.point->lat, rules);
    check_coordinate(out, Field::Longitude, location.point->lon, rules);
  } else if (about_a_place && location.address.empty() && !address_error) {
    out.add(Field::Location, ErrorCode::Required);
  }
  if (request.channel == Channel::Kiosk && location.kiosk_station_id.empty()) {
    out.add(Field::KioskStation, ErrorCode::Required);
  } else if (!location.kiosk_station_id.empty() && !is_station_id(location.kiosk_station_id)) {
    out.add(Field::KioskStation, ErrorCode::InvalidStationId);
  }
}

void check_contact(Collector& out, ServiceRequest& request, const ValidationRules& rules, const calendar::Date& today) {
  Contact& contact = request.contact;
  if (contact.anonymous) {
    if (!rules.anonymous_allowed(request.type)) {
      out.add(Field::Anonymous, ErrorCode::AnonymousNotAllowed);
    }
    const std::pair<Field, const std::string*> personal[] = {{Field::ContactName, &contact.name},
                                                             {Field::Mobile, &contact.mobile},
                                                             {Field::ResidentId, &contact.resident_id}};
    for (const auto& [field, value] : personal) {
      if (!trim_space(*value).empty() || !text::is_valid_utf8(*value)) {
        out.add(field, ErrorCode::NotAllowedWhenAnonymous);
      }
    }
    return;
  }
  const auto name_error = check_text(Field::ContactName, contact.name, *text_rule(Field::ContactName, rules));
  out.add(name_error);
  if (!name_error) {
    contact.name = std::string(trim_space(contact.name));
  }
  if (auto mobile = normalize_mobile(contact.mobile)) {
    contact.mobile = std::move(mobile).value();
  } else {
    out.add(mobile.error());
  }
  if (!contact.resident_id.empty()) {
    if (auto id = parse_resident_id(contact.resident_id, today)) {
      contact.resident_id = std::move(id).value().number;
    } else {
      out.add(id.error());
    }
  }
}

void check_photos(Collector& out, const ServiceRequest& request, const ValidationRules& rules) {
  const auto& photos = request.attachments;
  if (photos.size() > rules.max_photos) {
    out.add(Field::Photos, ErrorCode::TooManyPhotos, limit_params(Field::Photos, ErrorCode::TooManyPhotos, rules));
  }
  for (std::size_t i = 0; i < photos.size(); ++i) {
    if (photos[i].content_type != "image/jpeg" && photos[i].content_type != "image/png") {
      out.add(Field::Photos, ErrorCode::UnsupportedPhotoType, {{"number", std::to_string(i + 1)}});
    }
  }
}

}  // namespace

base::Expected<ServiceRequest, std::vector<FieldError>> validate_request(const ServiceRequest& request,
                                                                         const ServiceCategory* category,
                                                                         const ValidationRules& rules,
                                                                         const calendar::Date& today) {
  ServiceRequest normalized = request;
  Collector out;
  check_category(out, request, category);
  const auto description_error =
      check_text(Field::Description, request.description, *text_rule(Field::Description, rules));
  out.add(description_error);
  if (!description_error) {
    normalized.description = std::string(trim_space(request.description));
  }
  check_location(out, normalized, category, rules);
  check_contact(out, normalized, rules, today);
  check_photos(out, request, rules);
  if (!out.errors().empty()) {
    return base::unexpected(std::move(out.errors()));
  }
  return normalized;
}

}  // namespace hotline::domain
