// Free-text field checks.
#include "domain/text_field.h"

#include <string>

#include "text/utf8.h"

namespace hotline::domain {
namespace {

constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool has_forbidden_control(std::string_view text, bool multiline) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t c = *text::decode_next(text, pos);
    const bool line_break = c == U'\n' || c == U'\r' || c == U'\t';
    if ((c < 0x20 && !(multiline && line_break)) || (c >= 0x7F && c < 0xA0)) {
      return true;
    }
  }
  return false;
}

FieldError error(Field field, ErrorCode code, std::string_view param_name = {}, std::size_t value = 0) {
  FieldError e{field, code, {}};
  if (!param_name.empty()) {
    e.params.push_back({std::string(param_name), std::to_string(value)});
  }
  return e;
}

}  // namespace

std::string_view trim_space(std::string_view text) {
  for (bool trimmed = true; trimmed && !text.empty();) {
    trimmed = false;
    if (is_ascii_space(text.front())) {
      text.remove_prefix(1), trimmed = true;
    } else if (text.substr(0, kIdeographicSpace.size()) == kIdeographicSpace) {
      text.remove_prefix(kIdeographicSpace.size()), trimmed = true;
    }
    if (!text.empty() && is_ascii_space(text.back())) {
      text.remove_suffix(1), trimmed = true;
    } else if (text.size() >= kIdeographicSpace.size() &&
               text.substr(text.size() - kIdeographicSpace.size()) == kIdeographicSpace) {
      text.remove_suffix(kIdeographicSpace.size()), trimmed = true;
    }
  }
  return text;
}

std::optional<FieldError> check_text(Field field, std::string_view text, const TextRule& rule) {
  if (!text::is_valid_utf8(text)) {
    return error(field, ErrorCode::InvalidUtf8);
  }
  const std::string_view trimmed = trim_space(text);
  if (trimmed.empty()) {
    return rule.min_chars > 0 ? std::optional(error(field, ErrorCode::Required)) : std::nullopt;
  }
  if (has_forbidden_control(trimmed, rule.multiline)) {
    return error(field, ErrorCode::ControlCharacter);
  }
  const std::size_t chars = *text::count_code_points(trimmed);
  if (chars < rule.min_chars) {
    return error(field, ErrorCode::TooShort, "min", rule.min_chars);
  }
  if (rule.max_chars > 0 && chars > rule.max_chars) {
    return error(field, ErrorCode::TooLong, "max", rule.max_chars);
  }
  return std::nullopt;
}

}  // namespace hotline::domain
