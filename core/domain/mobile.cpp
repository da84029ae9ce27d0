// Mobile number normalisation and validation.
#include "domain/mobile.h"

#include "domain/input_folding.h"
#include "text/utf8.h"

namespace hotline::domain {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

bool is_mobile_number(std::string_view digits) {
  if (digits.size() != 11 || digits[0] != '1' || digits[1] < '3' || digits[1] > '9') {
    return false;
  }
  for (const char c : digits) {
    if (!is_digit(c)) {
      return false;
    }
  }
  return true;
}

base::Expected<std::string, FieldError> normalize_mobile(std::string_view input) {
  if (!text::is_valid_utf8(input)) {
    return base::unexpected(FieldError{Field::Mobile, ErrorCode::InvalidUtf8, {}});
  }
  std::string folded = *fold_number_input(input);
  if (folded.empty()) {
    return base::unexpected(FieldError{Field::Mobile, ErrorCode::Required, {}});
  }
  if (folded.size() == 14 && folded.compare(0, 3, "+86") == 0) {
    folded.erase(0, 3);
  }
  if (!is_mobile_number(folded)) {
    return base::unexpected(FieldError{Field::Mobile, ErrorCode::InvalidMobile, {}});
  }
  return folded;
}

}  // namespace hotline::domain
