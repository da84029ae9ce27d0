// Loads the staged assets with C stdio, which works unchanged on both builds (std::ifstream would link
// the iostreams and locale machinery into the web download: about 20 KB gzip for reading a few files).
#include "ui/resources.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>

namespace hotline::ui {
namespace {

bool read_file(const std::string& path, std::string& out) {
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) {
    return false;
  }
  out.clear();
  char chunk[16384];
  std::size_t got = 0;
  while ((got = std::fread(chunk, 1, sizeof chunk, file.get())) > 0) {
    out.append(chunk, got);
  }
  return std::ferror(file.get()) == 0;
}

}  // namespace

base::Expected<text::Catalog, std::string> load_catalog(const std::string& language_dir) {
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(language_dir, ec)) {
    if (entry.path().extension() == ".json") {
      files.push_back(entry.path());
    }
  }
  if (ec || files.empty()) {
    return base::unexpected("cannot read the string catalogs in " + language_dir);
  }
  std::sort(files.begin(), files.end());
  text::Catalog merged;
  for (const auto& file : files) {
    std::string json;
    if (!read_file(file.string(), json)) {
      return base::unexpected("cannot read " + file.string());
    }
    auto part = text::Catalog::parse(json);
    if (!part) {
      return base::unexpected(file.string() + ": " + part.error().detail);
    }
    if (auto merged_ok = merged.merge(*part); !merged_ok) {
      return base::unexpected(file.string() + ": " + merged_ok.error().detail);
    }
  }
  return merged;
}

base::Expected<Resources, std::string> load_resources(const std::string& assets_dir) {
  Resources resources;
  for (const text::Language language : text::kAllLanguages) {
    auto catalog = load_catalog(assets_dir + "/i18n/" + std::string(text::language_tag(language)));
    if (!catalog) {
      return base::unexpected(catalog.error());
    }
    resources.strings.set_catalog(language, std::move(catalog).value());
  }
  std::error_code ec;
  std::vector<std::filesystem::path> years;
  for (const auto& entry : std::filesystem::directory_iterator(assets_dir + "/holidays", ec)) {
    if (entry.path().extension() == ".json") {
      years.push_back(entry.path());
    }
  }
  if (ec || years.empty()) {
    return base::unexpected("cannot read the holiday calendar in " + assets_dir + "/holidays");
  }
  std::sort(years.begin(), years.end());
  for (const auto& file : years) {
    std::string json;
    if (!read_file(file.string(), json)) {
      return base::unexpected("cannot read " + file.string());
    }
    if (auto added = resources.holidays.add_year(json); !added) {
      return base::unexpected(file.string() + ": " + added.error().detail);
    }
  }
  return resources;
}

}  // namespace hotline::ui
