// Shared request helpers for the integration tests: form posts, submissions and JSON answers.
#pragma once

#include <httplib.h>

#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

#include "server_process.h"

namespace hotline::integration {

using Fields = std::vector<std::pair<std::string, std::string>>;

inline std::string form_body(const Fields& fields) {
  std::string body;
  for (const auto& [name, value] : fields) {
    if (!body.empty()) {
      body += '&';
    }
    body += httplib::detail::encode_query_param(name) + "=" + httplib::detail::encode_query_param(value);
  }
  return body;
}

inline httplib::Result post_form(httplib::Client& c, const std::string& path, const Fields& fields,
                                 const httplib::Headers& headers = {}) {
  return c.Post(path.c_str(), headers, form_body(fields), "application/x-www-form-urlencoded; charset=utf-8");
}

inline nlohmann::json json_of_text(const std::string& text) {
  return nlohmann::json::parse(text, nullptr, false);
}

inline nlohmann::json json_of(const httplib::Result& res) {
  return json_of_text(res->body);
}

// A valid complaint about a broken manhole cover, as the web client sends it.
inline Fields valid_complaint(const std::string& description = "鼓楼区东街口的上水井盖破损，行人容易踩空") {
  return {{"api_key", kWebKey},         {"service_code", "BJ-0101"},
          {"description", description}, {"lat", "26.08531"},
          {"long", "119.29647"},        {"address_string", "鼓楼区东街88号门口"},
          {"first_name", "明"},         {"last_name", "王"},
          {"phone", "13812345678"},     {"attribute[resident_id]", "11010519491231002X"}};
}

// The fields with `name` set to `value`: replaced where the field is, appended where it is not.
inline Fields with_field(Fields fields, const std::string& name, const std::string& value) {
  for (auto& [field, old] : fields) {
    if (field == name) {
      old = value;
      return fields;
    }
  }
  fields.emplace_back(name, value);
  return fields;
}

// The path of an absolute URL the server published (media_url: "http://127.0.0.1:PORT/media/..."), to
// fetch it with the test's client; "" when the URL is not absolute.
inline std::string path_of(const std::string& url) {
  const std::size_t host = url.starts_with("http://") ? 7 : url.starts_with("https://") ? 8 : std::string::npos;
  const std::size_t path = host == std::string::npos ? std::string::npos : url.find('/', host);
  return path == std::string::npos ? std::string() : url.substr(path);
}

// The string `key` of each element of a JSON list (ids of requests, of guides, ...).
inline std::vector<std::string> strings_of(const nlohmann::json& list, const char* key) {
  std::vector<std::string> out;
  for (const auto& item : list) {
    out.push_back(item[key].get<std::string>());
  }
  return out;
}

struct Created {
  std::string id;
  std::string token;
  std::string query_code;
};

inline Created created_of(const httplib::Result& res) {
  const auto body = json_of(res);
  Created c;
  c.id = body[0]["service_request_id"].get<std::string>();
  c.token = body[0]["token"].get<std::string>();
  if (body[0].contains("service_notice")) {
    c.query_code = body[0]["service_notice"].get<std::string>().substr(std::string("query_code:").size());
  }
  return c;
}

// The first error's description of an Open311 error body.
inline std::string error_of(const httplib::Result& res) {
  const auto body = json_of(res);
  if (!body.is_array() || body.empty() || !body[0].contains("description")) {
    return "<not an Open311 error body: " + res->body + ">";
  }
  return body[0]["description"].get<std::string>();
}

inline httplib::Headers operator_headers() {
  return {{"Authorization", std::string("Bearer ") + kOperatorToken}};
}

// POST operator/requests/{id}/{verb}.json with the operator token.
inline httplib::Result act(httplib::Client& c, const std::string& id, const std::string& verb,
                           const Fields& fields = {}) {
  return post_form(c, "/open311/v2/operator/requests/" + id + "/" + verb + ".json", fields, operator_headers());
}

inline nlohmann::json operator_view(httplib::Client& c, const std::string& id) {
  return json_of(c.Get(("/open311/v2/operator/requests/" + id + ".json").c_str(), operator_headers()))[0];
}

}  // namespace hotline::integration
