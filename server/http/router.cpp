// Route matching (see router.h).
#include "http/router.h"

namespace hotline::server::http {

void Router::add(std::string method, const std::string& pattern, Handler handler) {
  routes_.push_back({std::move(method), PathPattern(pattern), std::move(handler)});
}

void Router::get(const std::string& pattern, Handler handler) {
  add("GET", pattern, std::move(handler));
}

void Router::post(const std::string& pattern, Handler handler) {
  add("POST", pattern, std::move(handler));
}

bool Router::dispatch(Request& req, Response& res) const {
  const std::string method = req.method == "HEAD" ? "GET" : req.method;
  for (const auto& route : routes_) {
    if (route.method != method) {
      continue;
    }
    auto found = route.pattern.match(req.path);
    if (!found) {
      continue;
    }
    req.matches = std::move(*found);
    route.handler(req, res);
    return true;
  }
  return false;
}

}  // namespace hotline::server::http
