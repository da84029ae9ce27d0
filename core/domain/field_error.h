// A field-level validation error: which field, what is wrong, the catalog key and its parameters.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/message.h"
#include "base/wire_code.h"

namespace hotline::domain {

enum class Field {
  Type,
  ServiceCode,
  Description,
  Location,
  Latitude,
  Longitude,
  Address,
  KioskStation,
  Anonymous,
  ContactName,
  Mobile,
  ResidentId,
  Photos,
};

inline constexpr std::pair<Field, std::string_view> kFieldCodes[] = {
    {Field::Type, "type"},
    {Field::ServiceCode, "service_code"},
    {Field::Description, "description"},
    {Field::Location, "location"},
    {Field::Latitude, "lat"},
    {Field::Longitude, "long"},
    {Field::Address, "address"},
    {Field::KioskStation, "kiosk_station"},
    {Field::Anonymous, "anonymous"},
    {Field::ContactName, "contact_name"},
    {Field::Mobile, "mobile"},
    {Field::ResidentId, "resident_id"},
    {Field::Photos, "photos"},
};

enum class ErrorCode {
  Required,                 // params: none
  TooShort,                 // params: min
  TooLong,                  // params: max
  InvalidUtf8,              // the bytes are not UTF-8 (never shown as mojibake)
  ControlCharacter,         // invisible control characters other than line breaks and tabs
  InvalidMobile,            // not ^1[3-9]\d{9}$
  IdLength,                 // params: length (characters found)
  IdCharacters,             // not 17 digits followed by a digit or X
  IdAreaCode,               // the first two digits are no province code
  IdBirthDate,              // the birth date does not exist (19990230) or is before 1870
  IdBirthDateInFuture,      // the birth date is after today
  IdChecksum,               // the check character does not match
  OutOfRange,               // params: min, max
  TypeMismatch,             // the category belongs to another request type
  UnknownServiceCode,       // the category code does not match the chosen category
  AnonymousNotAllowed,      // this request type needs a way to call the citizen back
  NotAllowedWhenAnonymous,  // personal data given although the request is anonymous
  TooManyPhotos,            // params: max
  UnsupportedPhotoType,     // params: number (1-based photo position)
  InvalidStationId,         // not 1-32 characters of [A-Za-z0-9_-]
};

inline constexpr std::pair<ErrorCode, std::string_view> kErrorCodes[] = {
    {ErrorCode::Required, "required"},
    {ErrorCode::TooShort, "too_short"},
    {ErrorCode::TooLong, "too_long"},
    {ErrorCode::InvalidUtf8, "invalid_utf8"},
    {ErrorCode::ControlCharacter, "control_character"},
    {ErrorCode::InvalidMobile, "invalid_mobile"},
    {ErrorCode::IdLength, "id_length"},
    {ErrorCode::IdCharacters, "id_characters"},
    {ErrorCode::IdAreaCode, "id_area_code"},
    {ErrorCode::IdBirthDate, "id_birth_date"},
    {ErrorCode::IdBirthDateInFuture, "id_birth_date_in_future"},
    {ErrorCode::IdChecksum, "id_checksum"},
    {ErrorCode::OutOfRange, "out_of_range"},
    {ErrorCode::TypeMismatch, "type_mismatch"},
    {ErrorCode::UnknownServiceCode, "unknown_service_code"},
    {ErrorCode::AnonymousNotAllowed, "anonymous_not_allowed"},
    {ErrorCode::NotAllowedWhenAnonymous, "not_allowed_when_anonymous"},
    {ErrorCode::TooManyPhotos, "too_many_photos"},
    {ErrorCode::UnsupportedPhotoType, "unsupported_photo_type"},
    {ErrorCode::InvalidStationId, "invalid_station_id"},
};

constexpr std::string_view to_code(Field field) {
  return base::to_code(kFieldCodes, field);
}
constexpr std::string_view to_code(ErrorCode code) {
  return base::to_code(kErrorCodes, code);
}
// Catalog key of the field's label ("domain.field.mobile").
inline std::string label_key(Field field) {
  return "domain.field." + std::string(to_code(field));
}
// Catalog key of the message ("domain.error.too_long"); its {placeholders} are the error's params.
inline std::string message_key(ErrorCode code) {
  return "domain.error." + std::string(to_code(code));
}

struct FieldError {
  Field field = Field::Description;
  ErrorCode code = ErrorCode::Required;
  std::vector<base::MessageParam> params;

  base::Message message() const { return {domain::message_key(code), params}; }
};

}  // namespace hotline::domain
