// String catalog parsing, lookup with fallback, and placeholder formatting.
#include "text/catalog.h"

#include <nlohmann/json.hpp>

#include "text/utf8.h"

namespace hotline::text {
namespace {

std::size_t index_of(Language language) {
  return static_cast<std::size_t>(language);
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    } else if (c == '_') {
      c = '-';
    }
  }
  return out;
}

// Replaces each "{name}" by value_of(name); unknown names are kept as written so that a missing
// parameter shows up on screen instead of vanishing.
template <typename ValueOf>
std::string substitute(std::string_view pattern, const ValueOf& value_of) {
  std::string out;
  out.reserve(pattern.size());
  std::size_t pos = 0;
  while (pos < pattern.size()) {
    const std::size_t open = pattern.find('{', pos);
    const std::size_t close = open == std::string_view::npos ? open : pattern.find('}', open);
    if (close == std::string_view::npos) {
      out.append(pattern.substr(pos));
      break;
    }
    out.append(pattern.substr(pos, open - pos));
    const std::optional<std::string_view> value = value_of(pattern.substr(open + 1, close - open - 1));
    out.append(value ? *value : pattern.substr(open, close - open + 1));
    pos = close + 1;
  }
  return out;
}

}  // namespace

std::string_view language_tag(Language language) {
  switch (language) {
    case Language::ZhCN:
      return "zh-CN";
    case Language::ZhTW:
      return "zh-TW";
    case Language::En:
      return "en";
  }
  return "zh-CN";
}

std::optional<Language> parse_language_tag(std::string_view tag) {
  const std::string t = lower_ascii(tag);
  const auto starts = [&](std::string_view prefix) {
    return t.size() >= prefix.size() && std::string_view(t).substr(0, prefix.size()) == prefix &&
           (t.size() == prefix.size() || t[prefix.size()] == '-');
  };
  if (starts("zh-hant") || starts("zh-tw") || starts("zh-hk") || starts("zh-mo")) {
    return Language::ZhTW;
  }
  if (starts("zh")) {
    return Language::ZhCN;
  }
  if (starts("en")) {
    return Language::En;
  }
  return std::nullopt;
}

base::Expected<Catalog, CatalogError> Catalog::parse(std::string_view json) {
  const auto doc = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) {
    return base::unexpected(CatalogError{"catalog is not valid JSON"});
  }
  if (!doc.is_object()) {
    return base::unexpected(CatalogError{"catalog must be a JSON object of key -> text"});
  }
  Catalog catalog;
  for (const auto& [key, value] : doc.items()) {
    if (!value.is_string()) {
      return base::unexpected(CatalogError{"catalog entry '" + key + "' is not a string"});
    }
    auto text = value.get<std::string>();
    if (!is_valid_utf8(text)) {
      return base::unexpected(CatalogError{"catalog entry '" + key + "' is not valid UTF-8"});
    }
    catalog.entries_.emplace(key, std::move(text));
  }
  return catalog;
}

base::Expected<void, CatalogError> Catalog::merge(const Catalog& other) {
  for (const auto& [key, value] : other.entries_) {
    if (!entries_.emplace(key, value).second) {
      return base::unexpected(CatalogError{"catalog key '" + key + "' is defined twice"});
    }
  }
  return {};
}

const std::string* Catalog::find(std::string_view key) const {
  const auto it = entries_.find(key);
  return it == entries_.end() ? nullptr : &it->second;
}

std::vector<std::string> Catalog::keys() const {
  std::vector<std::string> out;
  out.reserve(entries_.size());
  for (const auto& entry : entries_) {
    out.push_back(entry.first);
  }
  return out;
}

void Strings::set_catalog(Language language, Catalog catalog) {
  catalogs_[index_of(language)] = std::move(catalog);
}

const Catalog* Strings::catalog(Language language) const {
  const auto& slot = catalogs_[index_of(language)];
  return slot ? &*slot : nullptr;
}

std::string_view Strings::tr(std::string_view key) const {
  for (const Language language : {current_, Language::ZhCN}) {
    if (const Catalog* c = catalog(language)) {
      if (const std::string* text = c->find(key)) {
        return *text;
      }
    }
  }
  return key;
}

std::string Strings::format(std::string_view key,
                            std::initializer_list<std::pair<std::string_view, std::string_view>> args) const {
  return substitute(tr(key), [&](std::string_view name) -> std::optional<std::string_view> {
    for (const auto& [arg_name, value] : args) {
      if (arg_name == name) {
        return value;
      }
    }
    return std::nullopt;
  });
}

std::string Strings::format(const base::Message& message) const {
  return substitute(tr(message.key), [&](std::string_view name) { return message.param(name); });
}

}  // namespace hotline::text
