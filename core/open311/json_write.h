// Encoder helpers (internal to the open311 module): optional fields are omitted rather than sent as null.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace hotline::open311::detail {

template <typename T>
void put(nlohmann::json& object, std::string_view key, const std::optional<T>& value) {
  if (value) {
    object[std::string(key)] = *value;
  }
}

// A JSON array of to_json_item(item) for each item.
template <typename T, typename ToJson>
nlohmann::json array_of(const std::vector<T>& items, ToJson to_json_item) {
  auto array = nlohmann::json::array();
  for (const auto& item : items) {
    array.push_back(to_json_item(item));
  }
  return array;
}

}  // namespace hotline::open311::detail
