// Resident identity card numbers (GB 11643-1999): structure, birth date and check character.
#pragma once

#include <string>
#include <string_view>

#include "base/expected.h"
#include "calendar/date.h"
#include "domain/field_error.h"

namespace hotline::domain {

struct ResidentId {
  std::string number;  // 18 characters, check character upper-case
  calendar::Date birth_date;
  bool male = false;  // odd sequence number
};

// The check character for the first 17 digits: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2,
// sum mod 11 indexes "10X98765432". `first17` must be 17 ASCII digits.
char resident_id_check_char(std::string_view first17);

// Validates a typed or card-read number; `today` bounds the birth date (core reads no clock).
// Folds spaces and full-width characters, accepts a lower-case 'x' and returns it upper-case.
// The area code is checked to its province level (11-82, or 9x for foreigners' permanent residence
// cards issued since 2023); the 3-digit sequence is not constrained.
base::Expected<ResidentId, FieldError> parse_resident_id(std::string_view input, const calendar::Date& today);

}  // namespace hotline::domain
