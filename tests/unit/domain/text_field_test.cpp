// Free-text checks: characters not bytes, blank text, control characters, invalid UTF-8.
#include <catch2/catch.hpp>

#include "text/repeat.h"

#include "domain/text_field.h"

using namespace hotline::domain;
using hotline::testing::repeat;

namespace {

std::optional<ErrorCode> code_of(std::string_view text, const TextRule& rule) {
  const auto e = check_text(Field::Description, text, rule);
  return e ? std::optional(e->code) : std::nullopt;
}

}  // namespace

TEST_CASE("the maximum counts characters: CJK and emoji are one each") {
  const TextRule rule{1, 10, false};
  CHECK_FALSE(code_of(repeat("井", 10), rule));  // 30 bytes, 10 characters
  CHECK(code_of(repeat("井", 11), rule) == ErrorCode::TooLong);
  CHECK_FALSE(code_of(repeat("\xF0\x9F\x98\x80", 10), rule));  // 40 bytes of emoji
  CHECK(code_of(repeat("\xF0\x9F\x98\x80", 11), rule) == ErrorCode::TooLong);
  CHECK_FALSE(code_of(repeat("a", 10), rule));
  CHECK(code_of(repeat("a", 11), rule) == ErrorCode::TooLong);
  const auto e = check_text(Field::Description, repeat("a", 11), rule);
  CHECK(e->message().param("max") == std::optional<std::string_view>("10"));
  CHECK(e->message() == hotline::base::Message{"domain.error.too_long", {{"max", "10"}}});
}

TEST_CASE("the minimum counts characters after trimming surrounding space") {
  const TextRule rule{5, 0, false};
  CHECK_FALSE(code_of("井盖坏了啊", rule));
  CHECK(code_of("井盖坏了", rule) == ErrorCode::TooShort);
  CHECK(code_of("  井盖坏了  ", rule) == ErrorCode::TooShort);
  CHECK(check_text(Field::Description, "abc", rule)->message().param("min") == std::optional<std::string_view>("5"));
  CHECK(code_of("", rule) == ErrorCode::Required);
  CHECK(code_of(" \t\n\xE3\x80\x80 ", rule) == ErrorCode::Required);
  CHECK_FALSE(code_of("", TextRule{0, 10, false}));  // optional field
}

TEST_CASE("invalid UTF-8 is rejected before anything else") {
  const TextRule rule{0, 4000, true};
  CHECK(code_of("\xC0\xAF", rule) == ErrorCode::InvalidUtf8);
  CHECK(code_of("\xED\xA0\x80", rule) == ErrorCode::InvalidUtf8);
  CHECK(code_of("井盖\xE4\xBA", rule) == ErrorCode::InvalidUtf8);
  CHECK(code_of("\xFF", TextRule{0, 0, false}) == ErrorCode::InvalidUtf8);
}

TEST_CASE("control characters: line breaks only in multi-line fields") {
  CHECK_FALSE(code_of("第一行\n第二行\r\n\t第三行", TextRule{1, 100, true}));
  CHECK(code_of("第一行\n第二行", TextRule{1, 100, false}) == ErrorCode::ControlCharacter);
  CHECK(code_of(std::string("a\0b", 3), TextRule{1, 100, true}) == ErrorCode::ControlCharacter);
  CHECK(code_of("a\x1B[31mb", TextRule{1, 100, true}) == ErrorCode::ControlCharacter);
  CHECK(code_of("a\xC2\x85"
                "b",
                TextRule{1, 100, true}) == ErrorCode::ControlCharacter);  // U+0085
}

TEST_CASE("trim_space removes ASCII and ideographic space only at the ends") {
  CHECK(trim_space("\xE3\x80\x80 井 盖\t\n") == "井 盖");
  CHECK(trim_space("   ").empty());
  CHECK(trim_space("a") == "a");
}
