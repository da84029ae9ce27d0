// Response and body helpers for the routes (see http_support.h).
#include "http_support.h"

#include <nlohmann/json.hpp>

#include "etag.h"
#include "open311/api_error.h"
#include "storage_failure.h"
#include "text/utf8.h"

namespace hotline::server {

void send_json(httplib::Response& res, int status, std::string body) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(std::move(body), kJsonType);
}

void send_cacheable_json(httplib::Response& res, std::string body) {
  res.status = 200;
  res.set_header("Cache-Control", "no-cache");
  res.set_header("ETag", strong_etag(body));
  res.set_content(std::move(body), kJsonType);
}

void send_error(httplib::Response& res, int status, std::string description) {
  send_json(res, status, open311::encode_errors({open311::ApiError{status, std::move(description)}}));
}

void send_storage_error(httplib::Response& res, std::string_view context, std::string_view detail) {
  log_storage_failure(context, detail);
  send_error(res, 500, kStorageUnavailable);
}

std::string param(const httplib::Request& req, const char* name) {
  return req.has_param(name) ? req.get_param_value(name) : std::string();
}

bool flag_param(const httplib::Request& req, const char* name) {
  const std::string v = param(req, name);
  return v == "true" || v == "1";
}

std::string header_list(const httplib::Request& req, const char* name) {
  std::string joined;
  const std::size_t count = req.get_header_value_count(name);
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) {
      joined += ", ";
    }
    joined += req.get_header_value(name, i);
  }
  return joined;
}

namespace {

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

base::Expected<ParsedBody, BodyError> from_json(std::string_view body, std::size_t max_fields) {
  using nlohmann::json;
  const json doc = json::parse(body, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    return base::unexpected(BodyError{400, "body: expected a JSON object"});
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
          return base::unexpected(BodyError{400, "attribute[" + code + "]: unsupported value"});
        }
      }
    } else if (value.is_array()) {
      for (const auto& item : value) {
        if (!add(name, item)) {
          return base::unexpected(BodyError{400, name + ": unsupported value"});
        }
      }
    } else if (!add(name, value)) {
      return base::unexpected(BodyError{400, name + ": unsupported value"});
    }
  }
  if (out.fields.size() > max_fields) {
    return base::unexpected(BodyError{400, "body: too many fields"});
  }
  return out;
}

}  // namespace

base::Expected<ParsedBody, BodyError> parse_body(const httplib::Request& req, std::size_t max_fields) {
  const std::string type = req.get_header_value("Content-Type");
  if (req.is_multipart_form_data()) {
    ParsedBody out;
    for (const auto& [name, part] : req.files) {
      if (name == "media") {
        out.media.push_back({part.content, part.filename});
      } else if (!part.filename.empty()) {
        return base::unexpected(BodyError{400, name + ": unexpected file"});
      } else {
        if (!text::is_valid_utf8(part.content) || !text::is_valid_utf8(name)) {
          return base::unexpected(BodyError{400, name + ": invalid UTF-8"});
        }
        out.fields.push_back({name, part.content});
      }
    }
    if (out.fields.size() + out.media.size() > max_fields) {
      return base::unexpected(BodyError{400, "body: too many fields"});
    }
    return out;
  }
  if (starts_with(type, "application/json")) {
    if (!text::is_valid_utf8(req.body)) {
      return base::unexpected(BodyError{400, "body: invalid UTF-8"});
    }
    return from_json(req.body, max_fields);
  }
  if (starts_with(type, "application/x-www-form-urlencoded") || type.empty()) {
    auto fields = open311::decode_form(req.body);
    if (!fields) {
      return base::unexpected(BodyError{400, fields.error().field + ": " + fields.error().message_key});
    }
    if (fields->size() > max_fields) {
      return base::unexpected(BodyError{400, "body: too many fields"});
    }
    return ParsedBody{std::move(*fields), {}};
  }
  return base::unexpected(BodyError{415,
                                    "Content-Type: use application/x-www-form-urlencoded, multipart/form-data "
                                    "or application/json"});
}

std::optional<std::string> field(const ParsedBody& body, std::string_view name) {
  for (const auto& f : body.fields) {
    if (f.name == name) {
      return f.value;
    }
  }
  return std::nullopt;
}

}  // namespace hotline::server
