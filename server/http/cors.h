// Cross-origin calls (CORS): a web app served from a CDN, a district's page or a host app's H5 origin
// calls the API from another origin. Open311 reads are public data: any origin may read them. What
// takes an api_key, a query code or an operator token is allowed only to the origins the configuration
// lists, named one by one, never "*".
#pragma once

#include <string>
#include <vector>

#include "http/message.h"

namespace hotline::server {

class CorsPolicy {
 public:
  explicit CorsPolicy(std::vector<std::string> allowed_origins) : allowed_(std::move(allowed_origins)) {}

  // An OPTIONS request (a preflight, or a plain OPTIONS): 204 with what the origin may do.
  void answer_preflight(const http::Request& req, http::Response& res) const;
  // The Access-Control-* fields of any other answer.
  void decorate(const http::Request& req, http::Response& res) const;

 private:
  bool is_listed(const std::string& origin) const;
  std::vector<std::string> allowed_;
};

}  // namespace hotline::server
