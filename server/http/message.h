// The HTTP request and response as the routes see them: a complete, already limited request (the
// connection layer read it) and the response they fill in.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace hotline::server::http {

// Field names compare case-insensitively (RFC 9110 5.1).
struct CaseInsensitiveLess {
  bool operator()(std::string_view a, std::string_view b) const;
};
using Headers = std::multimap<std::string, std::string, CaseInsensitiveLess>;
using Params = std::multimap<std::string, std::string>;

struct Request {
  std::string method;
  std::string target;  // as sent: path and query
  std::string path;    // percent-decoded
  Params params;       // of the query string
  Headers headers;
  std::string body;                                   // after any transfer coding; never content-coded
  std::string remote_addr;                            // the peer (a proxy, when behind one)
  std::vector<std::string> matches;                   // the route's capture groups, [0] the whole path
  std::chrono::steady_clock::time_point received_at;  // when the head had arrived

  bool has_header(std::string_view name) const;
  std::string get_header_value(std::string_view name, std::size_t index = 0) const;  // "" when absent
  std::size_t get_header_value_count(std::string_view name) const;
  bool has_param(std::string_view name) const;
  std::string get_param_value(std::string_view name) const;  // the first; "" when absent
  bool is_multipart_form_data() const;
};

struct Response {
  int status = 200;
  Headers headers;
  std::string body;
  // Static files share one cached body between answers instead of copying it; it wins over `body`.
  std::shared_ptr<const std::string> shared_body;

  bool has_header(std::string_view name) const;
  std::string get_header_value(std::string_view name) const;  // "" when absent
  void set_header(std::string name, std::string value);       // adds a line
  void replace_header(const std::string& name, std::string value);
  void set_content(std::string content, std::string content_type);
  void set_shared_content(std::shared_ptr<const std::string> content, std::string content_type);
  std::string_view content() const { return shared_body ? std::string_view(*shared_body) : std::string_view(body); }
};

}  // namespace hotline::server::http
