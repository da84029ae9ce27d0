// Parsing of fixed-width decimal fields ("2026", "02") shared by the ISO date and timestamp parsers.
#pragma once

#include <optional>
#include <string_view>

namespace hotline::calendar::detail {

// The value of `text` if it is made only of ASCII digits (no sign, no spaces); width is the caller's check.
inline std::optional<int> parse_fixed_digits(std::string_view text) {
  if (text.empty() || text.size() > 9) {
    return std::nullopt;
  }
  int value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') {
      return std::nullopt;
    }
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace hotline::calendar::detail
