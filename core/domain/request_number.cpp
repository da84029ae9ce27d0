// Request numbers and query codes.
#include "domain/request_number.h"

#include <algorithm>

#include "domain/input_folding.h"

namespace hotline::domain {
namespace {

constexpr std::size_t kRequestNumberLength = 14;
constexpr std::uint32_t kBitsPerChar = 5;  // 32-character alphabet
static_assert(kQueryCodeAlphabet.size() == 1u << kBitsPerChar);

void append_padded(std::string& out, std::uint32_t value, std::size_t width) {
  std::string digits = std::to_string(value);
  out.append(width - std::min(width, digits.size()), '0');
  out += digits;
}

}  // namespace

std::optional<std::string> make_request_number(const calendar::Date& date, std::uint32_t daily_serial) {
  if (daily_serial == 0 || daily_serial > kMaxDailySerial) {
    return std::nullopt;
  }
  std::string out;
  append_padded(out, static_cast<std::uint32_t>(date.year()), 4);
  append_padded(out, static_cast<std::uint32_t>(date.month()), 2);
  append_padded(out, static_cast<std::uint32_t>(date.day()), 2);
  append_padded(out, daily_serial, 6);
  return out;
}

bool is_request_number(std::string_view text) {
  if (text.size() != kRequestNumberLength ||
      !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  return calendar::parse_compact_date(text.substr(0, 8)).has_value() && text.substr(8) != "000000";
}

std::string generate_query_code(RandomSource& random) {
  std::string code;
  code.reserve(kQueryCodeLength);
  while (code.size() < kQueryCodeLength) {
    // Six 5-bit indices per 32-bit draw; 32 divides 2^32, so every character is uniform.
    std::uint32_t bits = random.next_u32();
    for (int i = 0; i < 6 && code.size() < kQueryCodeLength; ++i, bits >>= kBitsPerChar) {
      code += kQueryCodeAlphabet[bits & ((1u << kBitsPerChar) - 1)];
    }
  }
  return code;
}

std::optional<std::string> normalize_query_code(std::string_view input) {
  auto folded = fold_number_input(input);
  if (!folded || folded->size() != kQueryCodeLength) {
    return std::nullopt;
  }
  for (char& c : *folded) {
    if (c >= 'a' && c <= 'z') {
      c = static_cast<char>(c - 'a' + 'A');
    }
    if (kQueryCodeAlphabet.find(c) == std::string_view::npos) {
      return std::nullopt;
    }
  }
  return folded;
}

}  // namespace hotline::domain
