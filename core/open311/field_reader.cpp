// Tolerant field access: coercions for the value shapes real Open311 servers send.
#include "open311/field_reader.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <utility>

#include "open311/datetime_check.h"

namespace hotline::open311::detail {
namespace {

// Integral numbers as decimal text; doubles only when they hold an exact integer.
std::optional<std::string> integral_text(const Json& value) {
  if (value.is_number_unsigned()) {
    return std::to_string(value.get<std::uint64_t>());
  }
  if (value.is_number_integer()) {
    return std::to_string(value.get<std::int64_t>());
  }
  constexpr double kExactLimit = 9007199254740992.0;  // 2^53
  const double d = value.get<double>();
  if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) <= kExactLimit) {
    return std::to_string(static_cast<std::int64_t>(d));
  }
  return std::nullopt;
}

}  // namespace

void DecodeContext::fail(DecodeErrorCode code, std::string field) {
  if (!error_) {
    error_ = make_error(code, std::move(field));
  }
}

std::string item_path(const std::string& path, std::size_t index) {
  return path + "[" + std::to_string(index) + "]";
}

ObjectReader::ObjectReader(const Json& value, std::string path, DecodeContext& context)
    : path_(std::move(path)), context_(context) {
  if (value.is_object()) {
    object_ = &value;
  } else {
    context_.fail(DecodeErrorCode::WrongType, path_);
  }
}

std::string ObjectReader::path(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

const Json* ObjectReader::find(std::string_view key) const {
  if (object_ == nullptr) {
    return nullptr;
  }
  const auto it = object_->find(key);
  if (it == object_->end() || it->is_null()) {
    return nullptr;
  }
  return &*it;
}

void ObjectReader::require(std::string_view key) {
  if (object_ != nullptr && find(key) == nullptr) {
    context_.fail(DecodeErrorCode::MissingField, path(key));
  }
}

std::string ObjectReader::lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

std::optional<std::string> ObjectReader::text(std::string_view key) {
  const Json* value = find(key);
  if (value == nullptr) {
    return std::nullopt;
  }
  if (!value->is_string()) {
    context_.fail(DecodeErrorCode::WrongType, path(key));
    return std::nullopt;
  }
  return value->get<std::string>();
}

std::string ObjectReader::required_text(std::string_view key) {
  require(key);
  return text(key).value_or("");
}

std::optional<std::string> ObjectReader::id(std::string_view key) {
  const Json* value = find(key);
  if (value == nullptr) {
    return std::nullopt;
  }
  if (value->is_string()) {
    auto s = value->get<std::string>();
    return s.empty() ? std::nullopt : std::optional<std::string>(std::move(s));
  }
  auto digits = value->is_number() ? integral_text(*value) : std::nullopt;
  if (!digits) {
    context_.fail(DecodeErrorCode::WrongType, path(key));
  }
  return digits;
}

std::string ObjectReader::required_id(std::string_view key) {
  auto value = id(key);
  if (!value) {
    context_.fail(DecodeErrorCode::MissingField, path(key));  // absent, null or ""; no-op after an earlier error
  }
  return value.value_or("");
}

std::optional<bool> ObjectReader::flag(std::string_view key) {
  const Json* value = find(key);
  if (value == nullptr) {
    return std::nullopt;
  }
  if (value->is_boolean()) {
    return value->get<bool>();
  }
  if (value->is_string()) {
    const std::string lowered = lower_ascii(value->get<std::string>());
    if (lowered == "true" || lowered == "false") {
      return lowered == "true";
    }
  }
  context_.fail(DecodeErrorCode::WrongType, path(key));
  return std::nullopt;
}

bool ObjectReader::required_flag(std::string_view key) {
  require(key);
  return flag(key).value_or(false);
}

std::optional<double> ObjectReader::number(std::string_view key, double min, double max) {
  const Json* value = find(key);
  if (value == nullptr) {
    return std::nullopt;
  }
  std::optional<Json> numeric;
  if (value->is_number()) {
    numeric = *value;
  } else if (value->is_string()) {
    const auto& s = value->get_ref<const std::string&>();
    if (s.empty()) {
      return std::nullopt;
    }
    numeric = parse_number(s);
  }
  if (!numeric) {
    context_.fail(DecodeErrorCode::WrongType, path(key));
    return std::nullopt;
  }
  const double d = numeric->get<double>();
  if (!std::isfinite(d) || d < min || d > max) {
    context_.fail(DecodeErrorCode::InvalidValue, path(key));
    return std::nullopt;
  }
  return d;
}

std::optional<std::int64_t> ObjectReader::integer(std::string_view key, std::int64_t min, std::int64_t max) {
  const auto text_value = id(key);
  if (!text_value) {
    return std::nullopt;
  }
  const auto numeric = parse_number(*text_value);
  if (!numeric || !numeric->is_number_integer()) {
    context_.fail(DecodeErrorCode::WrongType, path(key));
    return std::nullopt;
  }
  const bool fits =
      !numeric->is_number_unsigned() ||
      numeric->get<std::uint64_t>() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
  const std::int64_t n = fits ? numeric->get<std::int64_t>() : 0;
  if (!fits || n < min || n > max) {
    context_.fail(DecodeErrorCode::InvalidValue, path(key));
    return std::nullopt;
  }
  return n;
}

std::optional<std::string> ObjectReader::datetime(std::string_view key) {
  auto value = text(key);
  if (!value || value->empty()) {
    return std::nullopt;
  }
  if (!is_loose_iso8601(*value)) {
    context_.fail(DecodeErrorCode::InvalidValue, path(key));
    return std::nullopt;
  }
  return value;
}

std::string ObjectReader::required_datetime(std::string_view key) {
  auto value = datetime(key);
  if (!value) {
    context_.fail(DecodeErrorCode::MissingField, path(key));
  }
  return value.value_or("");
}

}  // namespace hotline::open311::detail
