// Method + path-pattern routing to the endpoint handlers (regular expressions over the decoded path,
// first match in registration order; capture groups land in Request::matches).
#pragma once

#include <functional>
#include <regex>
#include <string>
#include <vector>

#include "http/message.h"

namespace hotline::server::http {

using Handler = std::function<void(const Request&, Response&)>;

class Router {
 public:
  // GET handlers also answer HEAD (the connection layer sends the headers only).
  void get(const std::string& pattern, Handler handler);
  void post(const std::string& pattern, Handler handler);

  // Runs the matching handler; false when no route matches (the caller answers 404).
  bool dispatch(Request& req, Response& res) const;

 private:
  struct Route {
    std::string method;
    std::string literal_prefix;  // what every matching path starts with: most routes are skipped on it
    std::regex pattern;
    Handler handler;
  };
  void add(std::string method, const std::string& pattern, Handler handler);
  std::vector<Route> routes_;
};

}  // namespace hotline::server::http
