// The public request number (printed on receipts, said on the phone) and the private query code.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "calendar/date.h"
#include "domain/random_source.h"

namespace hotline::domain {

// Public number: acceptance date and the day's serial, "YYYYMMDD" + 6 digits (20250314000123). It is
// not a secret; looking a request up by it alone shows only the public, masked view.
inline constexpr std::uint32_t kMaxDailySerial = 999999;
std::optional<std::string> make_request_number(const calendar::Date& date, std::uint32_t daily_serial);
bool is_request_number(std::string_view text);

// Private query code: proves the holder filed the request. 10 characters from a 32-character alphabet
// without look-alikes (no 0/O, 1/I), 50 bits, uniformly drawn, so guessing one is hopeless.
inline constexpr std::string_view kQueryCodeAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
inline constexpr std::size_t kQueryCodeLength = 10;
std::string generate_query_code(RandomSource& random);

// Canonical form of a typed query code (spaces/hyphens dropped, upper-cased, full-width folded), or
// nullopt when it cannot be one.
std::optional<std::string> normalize_query_code(std::string_view input);

}  // namespace hotline::domain
