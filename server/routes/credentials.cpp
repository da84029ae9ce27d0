// Credentials checked where they are: operator tokens, api_keys in the head, and the wall against
// guessed query codes and tokens (see routes.h).
#include <chrono>
#include <cstdio>

#include "routes/routes.h"
#include "wire/http_support.h"

namespace hotline::server {

bool may_try_secret(HttpContext& ctx, const http::Request& req, http::Response& res) {
  int retry_after = 0;
  if (ctx.failure_limiter.has_token(ctx.client_address.of(req), std::chrono::steady_clock::now(), &retry_after)) {
    return true;
  }
  res.set_header("Retry-After", std::to_string(retry_after));
  send_error(res, 429, "too many failed attempts from this address; retry after " + std::to_string(retry_after) + " s");
  return false;
}

void count_failed_secret(HttpContext& ctx, const http::Request& req, const char* what) {
  const std::string address = ctx.client_address.of(req);
  const auto now = std::chrono::steady_clock::now();
  int retry_after = 0;
  if (!ctx.failure_limiter.try_acquire(address, now, nullptr) ||
      ctx.failure_limiter.has_token(address, now, &retry_after)) {
    return;
  }
  // Logged once, when the address meets the wall; the secret tried is never logged.
  std::fprintf(stderr, "hotline-server: too many failed %s from %s; refused for %d s\n", what, address.c_str(),
               retry_after);
}

bool operator_authorized(HttpContext& ctx, const http::Request& req, http::Response& res) {
  const std::string header = req.get_header_value("Authorization");
  if (header.empty()) {
    res.set_header("WWW-Authenticate", "Bearer realm=\"hotline-operator\"");
    send_error(res, 401, "operator token required");
    return false;
  }
  if (!may_try_secret(ctx, req, res)) {
    return false;
  }
  if (!ctx.policy.is_operator_token(bearer_token(header))) {
    count_failed_secret(ctx, req, "operator tokens");
    send_error(res, 403, "operator token not valid");
    return false;
  }
  return true;
}

std::string head_api_key(const http::Request& req) {
  const std::string in_query = param(req, "api_key");
  return in_query.empty() ? req.get_header_value("X-Api-Key") : in_query;
}

bool refused_on_head(HttpContext& ctx, const http::Request& req, http::Response& res) {
  const std::string api_root = std::string(kApiRoot) + "/";
  if (req.path.starts_with(api_root + "operator/")) {
    return !operator_authorized(ctx, req, res);
  }
  // GeoReport v2 clients send api_key in the form body, which is only read after this; a key in the
  // query string or an X-Api-Key header is known now.
  const std::string key = req.method == "POST" && req.path.starts_with(api_root) ? head_api_key(req) : "";
  if (!key.empty() && !ctx.policy.client_for_key(key)) {
    send_error(res, 403, "api_key: not valid");
    return true;
  }
  return false;
}

}  // namespace hotline::server
