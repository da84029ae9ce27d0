// GB 11643-1999 resident ID number validation.
#include "domain/resident_id.h"

#include <algorithm>

#include "domain/input_folding.h"
#include "text/utf8.h"

namespace hotline::domain {
namespace {

constexpr std::size_t kLength = 18;
constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::string_view kCheckChars = "10X98765432";
// GB/T 2260 province-level codes; 71 Taiwan, 81 Hong Kong, 82 Macao.
constexpr std::string_view kProvinces[] = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
                                           "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52",
                                           "53", "54", "61", "62", "63", "64", "65", "71", "81", "82"};
constexpr int kEarliestBirthYear = 1870;  // catches typed years like 0990; GB 11643 cites an 1880 example

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

FieldError id_error(ErrorCode code) {
  return FieldError{Field::ResidentId, code, {}};
}

bool known_area(std::string_view number) {
  return number[0] == '9' ||
         std::find(std::begin(kProvinces), std::end(kProvinces), number.substr(0, 2)) != std::end(kProvinces);
}

}  // namespace

char resident_id_check_char(std::string_view first17) {
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) {
    sum += (first17[i] - '0') * kWeights[i];
  }
  return kCheckChars[static_cast<std::size_t>(sum % 11)];
}

base::Expected<ResidentId, FieldError> parse_resident_id(std::string_view input, const calendar::Date& today) {
  const auto folded = fold_number_input(input);
  if (!folded) {
    return base::unexpected(id_error(ErrorCode::InvalidUtf8));
  }
  std::string number = *folded;
  if (number.empty()) {
    return base::unexpected(id_error(ErrorCode::Required));
  }
  const std::size_t length = *text::count_code_points(number);
  if (length != kLength) {
    return base::unexpected(FieldError{Field::ResidentId, ErrorCode::IdLength, {{"length", std::to_string(length)}}});
  }
  if (number.back() == 'x') {
    number.back() = 'X';
  }
  const bool digits_ok = std::all_of(number.begin(), number.end() - 1, is_digit);
  if (!digits_ok || !(is_digit(number.back()) || number.back() == 'X')) {
    return base::unexpected(id_error(ErrorCode::IdCharacters));
  }
  if (!known_area(number)) {
    return base::unexpected(id_error(ErrorCode::IdAreaCode));
  }
  const std::string_view n = number;
  const auto birth = calendar::parse_compact_date(n.substr(6, 8));
  if (!birth || birth->year() < kEarliestBirthYear) {
    return base::unexpected(id_error(ErrorCode::IdBirthDate));
  }
  if (today < *birth) {
    return base::unexpected(id_error(ErrorCode::IdBirthDateInFuture));
  }
  if (resident_id_check_char(n.substr(0, 17)) != number.back()) {
    return base::unexpected(id_error(ErrorCode::IdChecksum));
  }
  const bool male = (n[16] - '0') % 2 == 1;
  return ResidentId{std::move(number), *birth, male};
}

}  // namespace hotline::domain
