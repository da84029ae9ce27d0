// Loads the staged assets with standard streams, which work unchanged on both builds.
#include "ui/resources.h"

#include <fstream>
#include <iterator>

namespace hotline::ui {
namespace {

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return false;
  }
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

}  // namespace

base::Expected<Resources, std::string> load_resources(const std::string& assets_dir) {
  Resources resources;
  for (const text::Language language : text::kAllLanguages) {
    const std::string path = assets_dir + "/i18n/" + std::string(text::language_tag(language)) + ".json";
    std::string json;
    if (!read_file(path, json)) {
      return base::unexpected("cannot read " + path);
    }
    auto catalog = text::Catalog::parse(json);
    if (!catalog) {
      return base::unexpected(path + ": " + catalog.error().detail);
    }
    resources.strings.set_catalog(language, std::move(catalog).value());
  }
  std::string font;
  if (!read_file(assets_dir + "/fonts/hotline-ui.otf", font) || font.empty()) {
    return base::unexpected("cannot read " + assets_dir + "/fonts/hotline-ui.otf");
  }
  resources.font.assign(font.begin(), font.end());
  if (!read_file(assets_dir + "/fonts/charset.txt", resources.charset) || resources.charset.empty()) {
    return base::unexpected("cannot read " + assets_dir + "/fonts/charset.txt");
  }
  return resources;
}

}  // namespace hotline::ui
