// Resident ID numbers (GB 11643-1999): structure, real birth dates, check characters.
#include <catch2/catch.hpp>

#include "domain/resident_id.h"
#include "id_numbers.h"

using namespace hotline::domain;
namespace calendar = hotline::calendar;
using hotline::domain::testing::make_id;
using hotline::domain::testing::make_id_with_bad_check;

namespace {

const calendar::Date kToday = *calendar::Date::from_ymd(2025, 3, 14);

ErrorCode code_of(std::string_view input, const calendar::Date& today = kToday) {
  const auto result = parse_resident_id(input, today);
  REQUIRE_FALSE(result.has_value());
  CHECK(result.error().field == Field::ResidentId);
  return result.error().code;
}

}  // namespace

TEST_CASE("the textbook examples of GB 11643-1999 are valid") {
  const auto a = parse_resident_id("11010519491231002X", kToday);
  REQUIRE(a.has_value());
  CHECK(a->number == "11010519491231002X");
  CHECK(a->birth_date == *calendar::Date::from_ymd(1949, 12, 31));
  CHECK_FALSE(a->male);  // sequence 002 is even

  const auto b = parse_resident_id("440524188001010014", kToday);
  REQUIRE(b.has_value());
  CHECK(b->birth_date == *calendar::Date::from_ymd(1880, 1, 1));
  CHECK(b->male);  // sequence 001 is odd

  CHECK(parse_resident_id("350102199003071234", kToday).has_value());
}

TEST_CASE("the check character matches an independent computation") {
  CHECK(resident_id_check_char("11010519491231002") == 'X');
  CHECK(resident_id_check_char("44052418800101001") == '4');
  for (const char* area : {"110105", "350102", "350121", "650102", "820000"}) {
    for (const char* birth : {"19491231", "19800229", "20000101", "20241231"}) {
      for (const char* sequence : {"001", "002", "123", "999"}) {
        const std::string id = make_id(area, birth, sequence);
        INFO(id);
        CHECK(resident_id_check_char(id.substr(0, 17)) == id.back());
        CHECK(parse_resident_id(id, kToday).has_value());
        CHECK(code_of(make_id_with_bad_check(area, birth, sequence)) == ErrorCode::IdChecksum);
      }
    }
  }
}

TEST_CASE("every check character value, X included, is produced and verified") {
  std::string seen;
  for (int sequence = 0; sequence < 1000 && seen.size() < 11; ++sequence) {
    std::string seq = std::to_string(sequence);
    seq.insert(0, 3 - seq.size(), '0');
    const std::string id = make_id("350102", "19900307", seq);
    if (seen.find(id.back()) == std::string::npos) {
      seen += id.back();
      INFO(id);
      CHECK(parse_resident_id(id, kToday).has_value());
    }
  }
  CHECK(seen.size() == 11);
}

TEST_CASE("a lower-case x is accepted and normalised, other letters are not") {
  const auto id = parse_resident_id("11010519491231002x", kToday);
  REQUIRE(id.has_value());
  CHECK(id->number == "11010519491231002X");
  CHECK(parse_resident_id("１１０１０５１９４９１２３１００２Ｘ", kToday).value().number == "11010519491231002X");
  CHECK(parse_resident_id("110105 19491231 002X", kToday).value().number == "11010519491231002X");
  CHECK(code_of("11010519491231002Y") == ErrorCode::IdCharacters);
  CHECK(code_of("1101051949123100X2") == ErrorCode::IdCharacters);             // X only as the last character
  CHECK(code_of("11010519491231002\xE4\xB8\x80") == ErrorCode::IdCharacters);  // 18 characters, one CJK
}

TEST_CASE("length is checked in characters and reported") {
  CHECK(code_of("") == ErrorCode::Required);
  CHECK(code_of("11010519491231002") == ErrorCode::IdLength);
  CHECK(code_of("11010519491231002X1") == ErrorCode::IdLength);
  CHECK(code_of("110105491231002") == ErrorCode::IdLength);  // old 15-digit numbers are no longer valid
  const auto result = parse_resident_id("1101051949", kToday);
  REQUIRE_FALSE(result.has_value());
  CHECK(result.error().message().param("length") == std::optional<std::string_view>("10"));
  CHECK(code_of("\xFF"
                "1010519491231002X") == ErrorCode::InvalidUtf8);
}

TEST_CASE("the area code must start with a province") {
  CHECK(code_of(make_id("000000", "19900307", "123")) == ErrorCode::IdAreaCode);
  CHECK(code_of(make_id("190000", "19900307", "123")) == ErrorCode::IdAreaCode);
  CHECK(code_of(make_id("660000", "19900307", "123")) == ErrorCode::IdAreaCode);
  CHECK(parse_resident_id(make_id("930000", "19900307", "123"), kToday).has_value());  // foreigner card
}

TEST_CASE("impossible birth dates are rejected even with a correct check character") {
  for (const char* birth :
       {"19990230", "19990229", "19000229", "19991301", "19990001", "19990100", "19990431", "18691231", "09900101"}) {
    INFO(birth);
    CHECK(code_of(make_id("350102", birth, "123")) == ErrorCode::IdBirthDate);
  }
  CHECK(parse_resident_id(make_id("350102", "20000229", "123"), kToday).has_value());  // 2000 is leap
  CHECK(parse_resident_id(make_id("350102", "19960229", "123"), kToday).has_value());
}

TEST_CASE("birth dates after today are rejected, today itself is fine") {
  CHECK(code_of(make_id("350102", "20250315", "123")) == ErrorCode::IdBirthDateInFuture);
  CHECK(code_of(make_id("350102", "20260101", "123")) == ErrorCode::IdBirthDateInFuture);
  CHECK(parse_resident_id(make_id("350102", "20250314", "123"), kToday).has_value());
  CHECK(code_of(make_id("350102", "20250314", "123"), *calendar::Date::from_ymd(2025, 3, 13)) ==
        ErrorCode::IdBirthDateInFuture);
}
