// Tolerant, non-throwing field access for the decoders (internal to the open311 module).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/expected.h"
#include "open311/decode_error.h"
#include "open311/json_document.h"

namespace hotline::open311::detail {

using Json = nlohmann::json;

// Keeps the first error met while walking a document; after it, reads return defaults and the
// decoder's result is discarded, so decoders can read every field without checking after each one.
class DecodeContext {
 public:
  void fail(DecodeErrorCode code, std::string field);
  bool failed() const { return error_.has_value(); }
  const DecodeError& error() const { return *error_; }

 private:
  std::optional<DecodeError> error_;
};

// Reads the fields of one JSON object. Coercions accepted from real servers:
//   ids/codes: string or integral number (stored as the decimal string);
//   booleans: true/false or the strings "true"/"false" (any case);
//   numbers: number or a string holding a JSON number; "" counts as absent;
//   date-times: string passing is_loose_iso8601; "" counts as absent;
//   enum codes: known wire code, compared case-insensitively.
// null is the same as absent. Unknown fields are ignored.
class ObjectReader {
 public:
  ObjectReader(const Json& value, std::string path, DecodeContext& context);

  std::string path(std::string_view key) const;
  // The field's value, or nullptr when absent or null (or when this value is not an object).
  const Json* find(std::string_view key) const;
  DecodeContext& context() { return context_; }
  // Records MissingField when the field is absent or null.
  void require(std::string_view key);

  std::optional<std::string> text(std::string_view key);
  std::string required_text(std::string_view key);
  std::optional<std::string> id(std::string_view key);
  std::string required_id(std::string_view key);
  std::optional<bool> flag(std::string_view key);
  bool required_flag(std::string_view key);
  std::optional<double> number(std::string_view key, double min, double max);
  std::optional<std::int64_t> integer(std::string_view key, std::int64_t min, std::int64_t max);
  std::optional<std::string> datetime(std::string_view key);
  std::string required_datetime(std::string_view key);

  template <typename Enum>
  std::optional<Enum> code(std::string_view key, std::optional<Enum> (*parse)(std::string_view)) {
    const auto raw = text(key);
    if (!raw) {
      return std::nullopt;
    }
    auto value = parse(lower_ascii(*raw));
    if (!value) {
      context_.fail(DecodeErrorCode::InvalidValue, path(key));
    }
    return value;
  }
  template <typename Enum>
  Enum required_code(std::string_view key, std::optional<Enum> (*parse)(std::string_view), Enum fallback) {
    require(key);
    return code(key, parse).value_or(fallback);
  }

 private:
  static std::string lower_ascii(std::string_view text);

  const Json* object_ = nullptr;  // null when the value is not an object (the error is already recorded)
  std::string path_;
  DecodeContext& context_;
};

std::string item_path(const std::string& path, std::size_t index);

// Reads an optional array (absent/null -> empty) with read_item(const Json&, std::string path, DecodeContext&).
template <typename T, typename ReadItem>
std::vector<T> read_array(const Json* value, const std::string& path, DecodeContext& context, ReadItem read_item) {
  std::vector<T> items;
  if (value == nullptr) {
    return items;
  }
  if (!value->is_array()) {
    context.fail(DecodeErrorCode::WrongType, path);
    return items;
  }
  items.reserve(value->size());
  for (std::size_t i = 0; i < value->size() && !context.failed(); ++i) {
    items.push_back(read_item((*value)[i], item_path(path, i), context));
  }
  return items;
}

// A whole body whose top level is an array of T.
template <typename T, typename ReadItem>
base::Expected<std::vector<T>, DecodeError> decode_list(std::string_view body, const DecodeLimits& limits,
                                                        ReadItem read_item) {
  auto document = parse_document(body, limits);
  if (!document) {
    return base::unexpected(document.error());
  }
  if (!document->is_array()) {
    return base::unexpected(make_error(DecodeErrorCode::WrongTopLevel, ""));
  }
  DecodeContext context;
  auto items = read_array<T>(&*document, "", context, read_item);
  if (context.failed()) {
    return base::unexpected(context.error());
  }
  return items;
}

// A whole body whose top level is one object, read by read_object(ObjectReader&).
template <typename T, typename ReadObject>
base::Expected<T, DecodeError> decode_object(std::string_view body, const DecodeLimits& limits,
                                             ReadObject read_object) {
  auto document = parse_document(body, limits);
  if (!document) {
    return base::unexpected(document.error());
  }
  if (!document->is_object()) {
    return base::unexpected(make_error(DecodeErrorCode::WrongTopLevel, ""));
  }
  DecodeContext context;
  ObjectReader reader(*document, "", context);
  T value = read_object(reader);
  if (context.failed()) {
    return base::unexpected(context.error());
  }
  return value;
}

}  // namespace hotline::open311::detail
