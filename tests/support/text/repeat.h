// Test helper: a string made of `times` copies of `unit` (long inputs for length limits).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace hotline::testing {

inline std::string repeat(std::string_view unit, std::size_t times) {
  std::string out;
  out.reserve(unit.size() * times);
  for (std::size_t i = 0; i < times; ++i) {
    out += unit;
  }
  return out;
}

}  // namespace hotline::testing
