// Two-way mapping between an enum and its stable wire/storage code, from one constexpr table per enum.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace hotline::base {

template <typename Enum, std::size_t N>
constexpr std::string_view to_code(const std::pair<Enum, std::string_view> (&table)[N], Enum value) {
  for (const auto& [e, code] : table) {
    if (e == value) {
      return code;
    }
  }
  return {};
}

template <typename Enum, std::size_t N>
constexpr std::optional<Enum> from_code(const std::pair<Enum, std::string_view> (&table)[N], std::string_view code) {
  for (const auto& [e, c] : table) {
    if (c == code) {
      return e;
    }
  }
  return std::nullopt;
}

}  // namespace hotline::base
