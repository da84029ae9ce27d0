// A user-visible message as core code returns it: a catalog key and the values of its "{name}" placeholders.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hotline::base {

struct MessageParam {
  std::string name;
  std::string value;

  friend bool operator==(const MessageParam&, const MessageParam&) = default;
};

// The key names an entry of assets/i18n/<lang>/<area>.json; text::Strings::format() renders it.
struct Message {
  std::string key;
  std::vector<MessageParam> params;

  // nullopt when the message has no parameter of that name (placeholders then stay visible).
  std::optional<std::string_view> param(std::string_view name) const {
    for (const MessageParam& p : params) {
      if (p.name == name) {
        return p.value;
      }
    }
    return std::nullopt;
  }

  friend bool operator==(const Message&, const Message&) = default;
};

}  // namespace hotline::base
