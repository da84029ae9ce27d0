// The shipped catalogs: every area file exists in every language with exactly the zh-CN keys.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "text/catalog.h"
#include "ui/resources.h"

using namespace hotline;
namespace fs = std::filesystem;

namespace {

const fs::path kI18n = fs::path(HOTLINE_SOURCE_DIR) / "assets" / "i18n";

text::Catalog parse_file(const fs::path& path) {
  INFO("file " << path.string());
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in.good());
  const std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto catalog = text::Catalog::parse(json);
  INFO((catalog ? std::string() : catalog.error().detail));
  REQUIRE(catalog.has_value());
  return std::move(catalog).value();
}

}  // namespace

TEST_CASE("every area catalog has exactly the zh-CN keys in every language") {
  std::size_t areas = 0;
  for (const auto& entry : fs::directory_iterator(kI18n / "zh-CN")) {
    ++areas;
    const text::Catalog reference = parse_file(entry.path());
    for (const text::Language language : text::kAllLanguages) {
      const fs::path other = kI18n / std::string(text::language_tag(language)) / entry.path().filename();
      INFO("catalog " << other.string());
      REQUIRE(fs::exists(other));
      const text::Catalog catalog = parse_file(other);
      for (const auto& key : reference.keys()) {
        INFO("key " << key);
        REQUIRE(catalog.find(key) != nullptr);
        CHECK_FALSE(catalog.find(key)->empty());
      }
      CHECK(catalog.keys() == reference.keys());
    }
  }
  CHECK(areas > 0);
}

TEST_CASE("the area catalogs of each language merge without clashes") {
  for (const text::Language language : text::kAllLanguages) {
    const auto catalog = ui::load_catalog((kI18n / std::string(text::language_tag(language))).string());
    INFO((catalog ? std::string() : catalog.error()));
    CHECK(catalog.has_value());
  }
}
