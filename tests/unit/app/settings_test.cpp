// The settings record reads back, and a damaged one falls back value by value.
#include <catch2/catch.hpp>

#include "app/settings.h"

using namespace hotline;

TEST_CASE("settings read back as written") {
  app::Settings settings;
  settings.language = text::Language::ZhTW;
  settings.text_size = app::TextSize::ExtraLarge;
  settings.high_contrast = true;
  settings.elderly = true;
  CHECK(app::decode_settings(app::encode_settings(settings)) == settings);
}

TEST_CASE("a damaged settings record never blocks the app") {
  CHECK(app::decode_settings("not json") == app::Settings{});
  const app::Settings partial = app::decode_settings(R"({"language":"klingon","text_size":"large","elderly":"yes"})");
  CHECK(partial.language == text::Language::ZhCN);
  CHECK(partial.text_size == app::TextSize::Large);
  CHECK_FALSE(partial.elderly);
}
