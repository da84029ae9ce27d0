// Test helper: loads one area's shipped catalog in one language from the source tree.
#pragma once

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "text/catalog.h"

namespace hotline::testing {

inline text::Catalog load_area_catalog(text::Language language, const std::string& area) {
  const std::string path = std::string(HOTLINE_SOURCE_DIR) + "/assets/i18n/" +
                           std::string(text::language_tag(language)) + "/" + area + ".json";
  INFO("catalog " << path);
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in.good());
  const std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto catalog = text::Catalog::parse(json);
  REQUIRE(catalog.has_value());
  return std::move(catalog).value();
}

// Every key exists with a non-empty text containing each of `placeholders` ("{max}").
inline void require_key(const text::Catalog& catalog, const std::string& key,
                        const std::vector<std::string_view>& placeholders = {}) {
  INFO("key " << key);
  const std::string* value = catalog.find(key);
  REQUIRE(value != nullptr);
  CHECK_FALSE(value->empty());
  for (const std::string_view p : placeholders) {
    INFO("placeholder " << p);
    CHECK(value->find(p) != std::string::npos);
  }
}

}  // namespace hotline::testing
