// String catalogs: parsing, fallback, formatting, and completeness of the shipped catalogs.
#include <catch2/catch.hpp>

#include "text/catalog.h"

using namespace hotline::text;

namespace {

Catalog parse_ok(std::string_view json) {
  auto result = Catalog::parse(json);
  REQUIRE(result.has_value());
  return std::move(result).value();
}

}  // namespace

TEST_CASE("catalog parse errors are typed, not thrown") {
  CHECK_FALSE(Catalog::parse("{").has_value());
  CHECK_FALSE(Catalog::parse("[]").has_value());
  CHECK_FALSE(Catalog::parse(R"({"a": 1})").has_value());
  CHECK_FALSE(Catalog::parse("{\"a\": \"\\udc00\"}").has_value());
  CHECK(Catalog::parse(R"({"a": 1})").error().detail.find("'a'") != std::string::npos);
}

TEST_CASE("lookups fall back to zh-CN, then to the key") {
  Strings strings;
  strings.set_catalog(Language::ZhCN, parse_ok(R"({"hello": "你好", "only.cn": "仅中文"})"));
  strings.set_catalog(Language::En, parse_ok(R"({"hello": "Hello"})"));
  strings.set_language(Language::En);
  CHECK(strings.tr("hello") == "Hello");
  CHECK(strings.tr("only.cn") == "仅中文");
  CHECK(strings.tr("missing.key") == "missing.key");
}

TEST_CASE("format replaces named placeholders and leaves unknown ones visible") {
  Strings strings;
  strings.set_catalog(Language::ZhCN, parse_ok(R"({"left": "还剩 {days} 个工作日（{unknown}）"})"));
  CHECK(strings.format("left", {{"days", "3"}}) == "还剩 3 个工作日（{unknown}）");
}

TEST_CASE("format renders a message with its params like the initializer list does") {
  Strings strings;
  strings.set_catalog(Language::ZhCN, parse_ok(R"({"range": "须在 {min} 至 {max} 之间", "only.cn": "最多 {max} 张"})"));
  strings.set_catalog(Language::En, parse_ok(R"({"range": "Between {min} and {max}, not {min}{"})"));
  const hotline::base::Message range{"range", {{"max", "90"}, {"min", "-90"}}};
  CHECK(strings.format(range) == "须在 -90 至 90 之间");
  CHECK(strings.format(range) == strings.format("range", {{"min", "-90"}, {"max", "90"}}));

  SECTION("every occurrence is replaced, in the chosen language") {
    strings.set_language(Language::En);
    CHECK(strings.format(range) == "Between -90 and 90, not -90{");
  }
  SECTION("a placeholder without a param stays visible") {
    CHECK(strings.format({"range", {{"min", "1"}}}) == "须在 1 至 {max} 之间");
  }
  SECTION("a key missing in the chosen language falls back to zh-CN, then to the key") {
    strings.set_language(Language::En);
    CHECK(strings.format({"only.cn", {{"max", "9"}}}) == "最多 9 张");
    CHECK(strings.format({"missing.key", {{"max", "9"}}}) == "missing.key");
  }
}

TEST_CASE("locale tags map to the three supported languages") {
  CHECK(parse_language_tag("zh-CN") == Language::ZhCN);
  CHECK(parse_language_tag("zh") == Language::ZhCN);
  CHECK(parse_language_tag("zh-Hans-CN") == Language::ZhCN);
  CHECK(parse_language_tag("zh_TW") == Language::ZhTW);
  CHECK(parse_language_tag("zh-HK") == Language::ZhTW);
  CHECK(parse_language_tag("zh-Hant") == Language::ZhTW);
  CHECK(parse_language_tag("en-US") == Language::En);
  CHECK_FALSE(parse_language_tag("fr-FR").has_value());
  CHECK_FALSE(parse_language_tag("zhx").has_value());
}
