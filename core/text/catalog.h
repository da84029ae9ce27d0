// The translated string catalog: zh-CN (default), zh-TW and en, from assets/i18n/<lang>/<area>.json.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/expected.h"
#include "base/message.h"

namespace hotline::text {

enum class Language { ZhCN, ZhTW, En };
inline constexpr std::array kAllLanguages = {Language::ZhCN, Language::ZhTW, Language::En};

// BCP 47 tag used for the catalog file name ("zh-CN", "zh-TW", "en").
std::string_view language_tag(Language language);
// Accepts browser/OS locale tags: zh, zh-CN, zh-Hans*, zh-SG -> ZhCN; zh-TW, zh-HK, zh-MO, zh-Hant* -> ZhTW; en* -> En.
std::optional<Language> parse_language_tag(std::string_view tag);

struct CatalogError {
  std::string detail;  // for logs; the UI cannot show a translated message before a catalog exists
};

// One language's strings: a flat JSON object of key -> UTF-8 text.
class Catalog {
 public:
  static base::Expected<Catalog, CatalogError> parse(std::string_view json);
  // Adds another area's entries; a key defined twice is an error (areas must not override each other).
  base::Expected<void, CatalogError> merge(const Catalog& other);

  const std::string* find(std::string_view key) const;
  std::vector<std::string> keys() const;
  std::size_t size() const { return entries_.size(); }

 private:
  std::map<std::string, std::string, std::less<>> entries_;
};

// All languages with the citizen's current choice. Lookups fall back to zh-CN, then to the key itself
// so a missing translation is visible instead of blank (tests keep the catalogs complete).
class Strings {
 public:
  void set_catalog(Language language, Catalog catalog);
  void set_language(Language language) { current_ = language; }
  Language language() const { return current_; }

  std::string_view tr(std::string_view key) const;
  // tr() with "{name}" placeholders replaced by the given values.
  std::string format(std::string_view key,
                     std::initializer_list<std::pair<std::string_view, std::string_view>> args) const;
  // The same for a message returned by core code; a placeholder without a parameter stays visible.
  std::string format(const base::Message& message) const;

  const Catalog* catalog(Language language) const;

 private:
  std::array<std::optional<Catalog>, kAllLanguages.size()> catalogs_;
  Language current_ = Language::ZhCN;
};

}  // namespace hotline::text
