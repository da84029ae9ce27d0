// Route matching (see router.h).
#include "http/router.h"

namespace hotline::server::http {

void Router::get(const std::string& pattern, Handler handler) {
  routes_.push_back({"GET", std::regex(pattern), std::move(handler)});
}

void Router::post(const std::string& pattern, Handler handler) {
  routes_.push_back({"POST", std::regex(pattern), std::move(handler)});
}

bool Router::dispatch(Request& req, Response& res) const {
  const std::string method = req.method == "HEAD" ? "GET" : req.method;
  for (const auto& route : routes_) {
    std::smatch found;
    if (route.method != method || !std::regex_match(req.path, found, route.pattern)) {
      continue;
    }
    req.matches.assign(found.begin(), found.end());
    route.handler(req, res);
    return true;
  }
  return false;
}

}  // namespace hotline::server::http
