// Test helpers: build resident ID numbers with a correct (or deliberately wrong) check character.
#pragma once

#include <string>

namespace hotline::domain::testing {

// Computed here from GB 11643-1999 independently of the code under test.
inline char expected_check_char(const std::string& first17) {
  static const int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (int i = 0; i < 17; ++i) {
    sum += (first17[static_cast<std::size_t>(i)] - '0') * kWeights[i];
  }
  return "10X98765432"[sum % 11];
}

// area (6 digits) + birth date (YYYYMMDD) + sequence (3 digits) + correct check character.
inline std::string make_id(const std::string& area, const std::string& birth, const std::string& sequence) {
  const std::string first17 = area + birth + sequence;
  return first17 + expected_check_char(first17);
}

// Same, with a check character that is certainly wrong.
inline std::string make_id_with_bad_check(const std::string& area, const std::string& birth,
                                          const std::string& sequence) {
  std::string id = make_id(area, birth, sequence);
  id.back() = id.back() == '0' ? '1' : '0';
  return id;
}

}  // namespace hotline::domain::testing
