// CORS answers (see cors.h).
#include "http/cors.h"

#include <algorithm>

namespace hotline::server {

namespace {

constexpr const char* kApiPrefix = "/open311/v2/";
constexpr const char* kOperatorPrefix = "/open311/v2/operator/";

// Public Open311 reads and the photos they point to: no credentials are involved in them.
bool is_public_read(const std::string& method, const std::string& path) {
  const bool read = method == "GET" || method == "HEAD";
  return read && ((path.starts_with(kApiPrefix) && !path.starts_with(kOperatorPrefix)) || path.starts_with("/media/"));
}

void add_vary_origin(http::Response& res) {
  const std::string vary = res.get_header_value("Vary");
  res.replace_header("Vary", vary.empty() ? "Origin" : vary + ", Origin");
}

}  // namespace

bool CorsPolicy::is_listed(const std::string& origin) const {
  return std::find(allowed_.begin(), allowed_.end(), origin) != allowed_.end();
}

void CorsPolicy::answer_preflight(const http::Request& req, http::Response& res) const {
  res.status = 204;
  res.set_header("Allow", "GET, HEAD, POST, OPTIONS");
  const std::string origin = req.get_header_value("Origin");
  if (origin.empty()) {
    return;
  }
  add_vary_origin(res);
  const std::string method = req.get_header_value("Access-Control-Request-Method");
  if (is_listed(origin)) {
    res.set_header("Access-Control-Allow-Origin", origin);
    res.set_header("Access-Control-Allow-Methods", "GET, HEAD, POST");
    res.set_header("Access-Control-Allow-Headers",
                   "Accept-Language, Authorization, Content-Type, Idempotency-Key, If-None-Match");
  } else if (is_public_read(method, req.path)) {
    res.set_header("Access-Control-Allow-Origin", "*");
    res.set_header("Access-Control-Allow-Methods", "GET, HEAD");
    res.set_header("Access-Control-Allow-Headers", "Accept-Language, If-None-Match");
  } else {
    return;  // no Access-Control-Allow-Origin: the browser does not send the request
  }
  res.set_header("Access-Control-Max-Age", "600");
}

void CorsPolicy::decorate(const http::Request& req, http::Response& res) const {
  const std::string origin = req.get_header_value("Origin");
  if (origin.empty() || req.method == "OPTIONS") {
    return;
  }
  if (is_listed(origin)) {
    res.set_header("Access-Control-Allow-Origin", origin);
    add_vary_origin(res);
  } else if (is_public_read(req.method, req.path)) {
    res.set_header("Access-Control-Allow-Origin", "*");
  } else {
    return;
  }
  res.set_header("Access-Control-Expose-Headers", "ETag, Idempotent-Replayed, Retry-After");
}

}  // namespace hotline::server
