// The ID card simulator reads a card as a reader reads a chip: a name and a number whose check
// character is right; a bad file is an error that says what is wrong, never a card.
#include <catch2/catch.hpp>

#include "native/idcard/simulated_id_card_reader.h"

using hotline::native::idcard::parse_card_file;

TEST_CASE("a card file gives the holder's name and number") {
  const auto card = parse_card_file(R"({"name": "王秀英", "id_number": "11010519491231002X"})");
  REQUIRE(card);
  CHECK(card.value().name == "王秀英");
  CHECK(card.value().id_number == "11010519491231002X");
}

TEST_CASE("a bad card file says what is wrong") {
  const std::pair<const char*, const char*> cases[] = {
      {"not json", "not a JSON object"},
      {R"(["王秀英"])", "not a JSON object"},
      {R"({"id_number": "11010519491231002X"})", "name:"},
      {R"({"name": "", "id_number": "11010519491231002X"})", "name:"},
      {R"({"name": "王秀英"})", "id_number:"},
      {R"({"name": "王秀英", "id_number": 110105})", "id_number:"},
      {R"({"name": "王秀英", "id_number": "1101051949123100"})", "not 17 digits"},
      {R"({"name": "王秀英", "id_number": "110105194912310021"})", "wrong check character"},
  };
  for (const auto& [text, reason] : cases) {
    INFO(text);
    const auto card = parse_card_file(text);
    REQUIRE_FALSE(card);
    CHECK_THAT(card.error(), Catch::Contains(reason));
  }
}

TEST_CASE("no card file: no card on the reader; the development key places the sample card") {
  hotline::native::idcard::SimulatedIdCardReader reader("/nonexistent/card.json");
  auto none = reader.poll();
  REQUIRE(none);
  CHECK_FALSE(none.value().has_value());
  reader.toggle_sample_card();
  auto sample = reader.poll();
  REQUIRE(sample);
  REQUIRE(sample.value().has_value());
  CHECK(sample.value()->id_number == "11010519491231002X");
  reader.toggle_sample_card();
  CHECK_FALSE(reader.poll().value().has_value());
}
