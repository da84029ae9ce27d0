// Header and parameter lookups of Request and Response (see message.h).
#include "http/message.h"

#include <algorithm>

#include "http/field_text.h"

namespace hotline::server::http {

namespace {

template <typename Map>
std::string nth_value(const Map& map, std::string_view name, std::size_t index) {
  auto [first, last] = map.equal_range(std::string(name));
  for (; first != last; ++first, --index) {
    if (index == 0) {
      return first->second;
    }
  }
  return {};
}

}  // namespace

bool CaseInsensitiveLess::operator()(std::string_view a, std::string_view b) const {
  return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                      [](char x, char y) { return ascii_lower(x) < ascii_lower(y); });
}

bool Request::has_header(std::string_view name) const {
  return headers.find(std::string(name)) != headers.end();
}

std::string Request::get_header_value(std::string_view name, std::size_t index) const {
  return nth_value(headers, name, index);
}

std::size_t Request::get_header_value_count(std::string_view name) const {
  return headers.count(std::string(name));
}

bool Request::has_param(std::string_view name) const {
  return params.find(std::string(name)) != params.end();
}

std::string Request::get_param_value(std::string_view name) const {
  return nth_value(params, name, 0);
}

bool Request::is_multipart_form_data() const {
  const std::string type = get_header_value("Content-Type");
  return iequals(std::string_view(type).substr(0, 19), "multipart/form-data");
}

bool Response::has_header(std::string_view name) const {
  return headers.find(std::string(name)) != headers.end();
}

std::string Response::get_header_value(std::string_view name) const {
  return nth_value(headers, name, 0);
}

void Response::set_header(std::string name, std::string value) {
  headers.emplace(std::move(name), std::move(value));
}

void Response::replace_header(const std::string& name, std::string value) {
  headers.erase(name);
  headers.emplace(name, std::move(value));
}

void Response::set_content(std::string content, std::string content_type) {
  body = std::move(content);
  shared_body.reset();
  replace_header("Content-Type", std::move(content_type));
}

void Response::set_shared_content(std::shared_ptr<const std::string> content, std::string content_type) {
  shared_body = std::move(content);
  body.clear();
  replace_header("Content-Type", std::move(content_type));
}

}  // namespace hotline::server::http
