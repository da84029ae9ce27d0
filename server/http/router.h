// Method + path-pattern routing to the endpoint handlers (path_pattern.h over the decoded path, first
// match in registration order; captures land in Request::matches).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "http/message.h"
#include "http/path_pattern.h"

namespace hotline::server::http {

using Handler = std::function<void(const Request&, Response&)>;

class Router {
 public:
  // GET handlers also answer HEAD (the connection layer sends the headers only). A pattern outside
  // PathPattern's syntax throws std::invalid_argument.
  void get(const std::string& pattern, Handler handler);
  void post(const std::string& pattern, Handler handler);

  // Runs the matching handler; false when no route matches (the caller answers 404).
  bool dispatch(Request& req, Response& res) const;

 private:
  struct Route {
    std::string method;
    PathPattern pattern;
    Handler handler;
  };
  void add(std::string method, const std::string& pattern, Handler handler);
  std::vector<Route> routes_;
};

}  // namespace hotline::server::http
