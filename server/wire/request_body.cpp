// POST bodies -> Open311 fields and uploads (see request_body.h).
#include "wire/request_body.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "http/accept_language.h"
#include "http/multipart.h"
#include "open311/json_document.h"
#include "text/utf8.h"
#include "wire/error_words.h"

namespace hotline::server {

namespace {

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

BodyError too_many_fields(bool chinese) {
  return {400, describe("body", "too many fields", "字段过多", chinese)};
}

// JSON members other than text, numbers, booleans and arrays of them (one "attribute" object aside).
std::string unsupported_value(const std::string& parameter, bool chinese) {
  return describe(parameter, "unsupported value", "不支持这种取值", chinese);
}

base::Expected<ParsedBody, BodyError> from_json(std::string_view body, std::size_t max_fields, bool chinese) {
  using nlohmann::json;
  // Checked on the raw text before the parser allocates anything (size, UTF-8, depth).
  auto parsed = open311::parse_document(body, open311::DecodeLimits{kMaxJsonBytes, kMaxJsonDepth});
  if (!parsed) {
    switch (parsed.error().code) {
      case open311::DecodeErrorCode::TooLarge:
        return base::unexpected(
            BodyError{413, describe("body", "JSON bodies are limited to 1 MiB", "JSON请求体不能超过1 MiB", chinese)});
      case open311::DecodeErrorCode::TooDeep:
        return base::unexpected(
            BodyError{400, describe("body", "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels",
                                    "JSON嵌套超过" + std::to_string(kMaxJsonDepth) + "层", chinese)});
      case open311::DecodeErrorCode::InvalidUtf8:
        return base::unexpected(BodyError{400, describe("body", "invalid UTF-8", "不是有效的UTF-8文本", chinese)});
      default:
        break;
    }
  }
  const json doc = parsed ? std::move(*parsed) : json();
  if (!doc.is_object()) {
    return base::unexpected(BodyError{400, describe("body", "expected a JSON object", "应为JSON对象", chinese)});
  }
  ParsedBody out;
  const auto add = [&](const std::string& name, const json& value) -> bool {
    if (value.is_string()) {
      out.fields.push_back({name, value.get<std::string>()});
    } else if (value.is_number() || value.is_boolean()) {
      out.fields.push_back({name, value.dump()});
    } else if (!value.is_null()) {
      return false;
    }
    return true;
  };
  for (const auto& [name, value] : doc.items()) {
    if (value.is_object() && name == "attribute") {
      for (const auto& [code, answer] : value.items()) {
        if (!add("attribute[" + code + "]", answer)) {
          return base::unexpected(BodyError{400, unsupported_value("attribute[" + code + "]", chinese)});
        }
      }
    } else if (value.is_array()) {
      for (const auto& item : value) {
        if (!add(name, item)) {
          return base::unexpected(BodyError{400, unsupported_value(name, chinese)});
        }
      }
    } else if (!add(name, value)) {
      return base::unexpected(BodyError{400, unsupported_value(name, chinese)});
    }
  }
  if (out.fields.size() > max_fields) {
    return base::unexpected(too_many_fields(chinese));
  }
  return out;
}

}  // namespace

base::Expected<ParsedBody, BodyError> parse_body(const http::Request& req, std::size_t max_fields) {
  const std::string type = req.get_header_value("Content-Type");
  const bool chinese = wants_chinese(req);
  if (req.is_multipart_form_data()) {
    auto parts = http::parse_multipart(type, req.body, max_fields);
    if (!parts) {
      return base::unexpected(parts.error() == http::MultipartError::TooManyParts
                                  ? too_many_fields(chinese)
                                  : BodyError{400, describe("body", "malformed multipart/form-data",
                                                            "multipart/form-data格式有误", chinese)});
    }
    ParsedBody out;
    for (auto& part : *parts) {
      if (part.name == "media") {
        out.media.push_back({std::move(part.content), std::move(part.filename)});
      } else if (!part.filename.empty()) {
        return base::unexpected(BodyError{400, describe(part.name, "unexpected file", "此处不接受文件", chinese)});
      } else {
        if (!text::is_valid_utf8(part.content) || !text::is_valid_utf8(part.name)) {
          return base::unexpected(BodyError{400, describe(part.name, "invalid UTF-8", "不是有效的UTF-8文本", chinese)});
        }
        out.fields.push_back({std::move(part.name), std::move(part.content)});
      }
    }
    return out;
  }
  if (starts_with(type, "application/json")) {
    return from_json(req.body, max_fields, chinese);
  }
  if (starts_with(type, "application/x-www-form-urlencoded") || type.empty()) {
    // Counted before decoding: each field decoded costs far more than its bytes.
    if (static_cast<std::size_t>(std::count(req.body.begin(), req.body.end(), '&')) >= max_fields) {
      return base::unexpected(too_many_fields(chinese));
    }
    // The connection layer has bounded the body already (open311's default cap is 8 MiB).
    auto fields = open311::decode_form(req.body, open311::DecodeLimits{req.body.size(), 0});
    if (!fields) {
      return base::unexpected(BodyError{400, describe_decode_error(fields.error(), chinese)});
    }
    if (fields->size() > max_fields) {
      return base::unexpected(too_many_fields(chinese));
    }
    return ParsedBody{std::move(*fields), {}};
  }
  return base::unexpected(BodyError{
      415, describe("Content-Type", "use application/x-www-form-urlencoded, multipart/form-data or application/json",
                    "请使用application/x-www-form-urlencoded、multipart/form-data或application/json", chinese)});
}

std::optional<std::string> field(const ParsedBody& body, std::string_view name) {
  for (const auto& f : body.fields) {
    if (f.name == name) {
      return f.value.str();
    }
  }
  return std::nullopt;
}

}  // namespace hotline::server
