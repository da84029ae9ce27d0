// libFuzzer harness: arbitrary bytes into the mobile, ID and text validators and the masking functions.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "calendar/date.h"
#include "domain/masking.h"
#include "domain/mobile.h"
#include "domain/request_number.h"
#include "domain/resident_id.h"
#include "domain/text_field.h"
#include "text/utf8.h"

using namespace hotline::domain;

namespace {

// Invariants are checked with abort() so they hold in release builds too.
void require(bool condition) {
  if (!condition) {
    std::abort();
  }
}

void check_masking(std::string_view input) {
  for (const std::string& masked : {mask_resident_id(input), mask_mobile(input)}) {
    require(hotline::text::is_valid_utf8(masked));
    const auto chars = hotline::text::count_code_points(input);
    require(chars ? hotline::text::count_code_points(masked) == chars : masked == std::string(input.size(), '*'));
  }
}

void check_mobile(std::string_view input) {
  const auto mobile = normalize_mobile(input);
  if (mobile) {
    require(is_mobile_number(*mobile));
    require(normalize_mobile(*mobile).value() == *mobile);
    const std::string masked = mask_mobile(*mobile);
    require(masked.size() == 11 && masked.substr(3, 4) == "****" && masked.substr(7) == mobile->substr(7));
  } else {
    require(mobile.error().field == Field::Mobile);
  }
}

void check_resident_id(std::string_view input) {
  const auto today = hotline::calendar::Date::from_ymd(2025, 3, 14).value();
  const auto id = parse_resident_id(input, today);
  if (!id) {
    require(id.error().field == Field::ResidentId);
    return;
  }
  const std::string& number = id->number;
  require(number.size() == 18);
  require(resident_id_check_char(std::string_view(number).substr(0, 17)) == number.back());
  const auto written = hotline::calendar::parse_compact_date(std::string_view(number).substr(6, 8));
  require(written.has_value() && written.value() == id->birth_date && !(today < id->birth_date));
  require(parse_resident_id(number, today).value().number == number);
  const std::string masked = mask_resident_id(number);
  require(masked.size() == number.size());
  require(masked.substr(0, 3) == number.substr(0, 3) && masked.substr(14) == number.substr(14));
  require(masked.substr(3, 11) == std::string(11, '*'));
}

void check_text_rules(std::string_view input, std::size_t max_chars) {
  const auto error = check_text(Field::Description, input, TextRule{1, max_chars, true});
  const auto chars = hotline::text::count_code_points(input);
  if (!chars) {
    require(error && error->code == ErrorCode::InvalidUtf8);
    return;
  }
  if (!error) {
    const auto trimmed = hotline::text::count_code_points(trim_space(input));
    require(trimmed && *trimmed >= 1 && *trimmed <= max_chars);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  check_masking(input);
  check_mobile(input);
  check_resident_id(input);
  check_text_rules(input, size % 64 + 1);
  if (const auto code = normalize_query_code(input)) {
    require(code->size() == kQueryCodeLength && normalize_query_code(*code) == code);
  }
  return 0;
}
