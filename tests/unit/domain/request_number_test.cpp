// Public request numbers and private query codes.
#include <catch2/catch.hpp>

#include <set>
#include <vector>

#include "domain/request_number.h"

using namespace hotline::domain;

namespace {

// Replays fixed values, then counts up: deterministic and enough to see every bit used.
class ScriptedRandom : public RandomSource {
 public:
  explicit ScriptedRandom(std::vector<std::uint32_t> values) : values_(std::move(values)) {}
  std::uint32_t next_u32() override {
    ++calls;
    return next_ < values_.size() ? values_[next_++] : counter_++ * 2654435761u;
  }
  int calls = 0;

 private:
  std::vector<std::uint32_t> values_;
  std::size_t next_ = 0;
  std::uint32_t counter_ = 1;
};

}  // namespace

TEST_CASE("request numbers are the date and a 6-digit daily serial") {
  const auto day = [](int y, int m, int d) { return hotline::calendar::Date::from_ymd(y, m, d).value(); };
  CHECK(make_request_number(day(2025, 3, 14), 123) == "20250314000123");
  CHECK(make_request_number(day(2025, 12, 31), kMaxDailySerial) == "20251231999999");
  CHECK_FALSE(make_request_number(day(2025, 3, 14), 0));
  CHECK_FALSE(make_request_number(day(2025, 3, 14), kMaxDailySerial + 1));
  CHECK(is_request_number("20250314000123"));
  CHECK_FALSE(is_request_number("20250230000123"));
  CHECK_FALSE(is_request_number("20250314000000"));
  CHECK_FALSE(is_request_number("2025031400012"));
  CHECK_FALSE(is_request_number("2025031400012A"));
}

TEST_CASE("query codes use the whole unambiguous alphabet, 5 bits per character") {
  ScriptedRandom zeros({0u, 0u});
  CHECK(generate_query_code(zeros) == "2222222222");
  CHECK(zeros.calls == 2);  // 6 characters per 32-bit draw
  ScriptedRandom ones({0xFFFFFFFFu, 0xFFFFFFFFu});
  CHECK(generate_query_code(ones) == "ZZZZZZZZZZ");
  // 0b00001'00010'00011'00100'00101'00110 -> indices 6,5,4,3,2,1 from the low bits up
  ScriptedRandom pattern({(1u << 25) | (2u << 20) | (3u << 15) | (4u << 10) | (5u << 5) | 6u, 0u});
  CHECK(generate_query_code(pattern) == "8765432222");
}

TEST_CASE("query codes are long, unambiguous and differ between draws") {
  CHECK(kQueryCodeLength >= 8);
  for (const char c : std::string_view("0O1I")) {
    CHECK(kQueryCodeAlphabet.find(c) == std::string_view::npos);
  }
  ScriptedRandom random({});
  std::set<std::string> codes;
  for (int i = 0; i < 200; ++i) {
    const std::string code = generate_query_code(random);
    CHECK(code.size() == kQueryCodeLength);
    CHECK(normalize_query_code(code) == code);
    codes.insert(code);
  }
  CHECK(codes.size() == 200u);
}

TEST_CASE("typed query codes are normalised or refused") {
  CHECK(normalize_query_code("abcd-efgh 23") == "ABCDEFGH23");
  CHECK(normalize_query_code("ＡBCDEFGH23") == std::nullopt);  // only digits and X are folded from full width
  CHECK(normalize_query_code("ABCDEFGH2O") == std::nullopt);   // O is not in the alphabet
  CHECK(normalize_query_code("ABCDEFGH2") == std::nullopt);
  CHECK(normalize_query_code("\xFF") == std::nullopt);
}

TEST_CASE("random_hex_128 writes four draws as 32 lowercase hex digits, most significant first") {
  ScriptedRandom random({0x0123abcdu, 0xffffffffu, 0u, 0x89abcdefu});
  CHECK(random_hex_128(random) == "0123abcdffffffff0000000089abcdef");
  CHECK(random.calls == 4);
}
