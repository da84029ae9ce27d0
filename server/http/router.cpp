// Route matching (see router.h).
#include "http/router.h"

namespace hotline::server::http {

namespace {

// The pattern's characters before its first regular-expression operator; a character made optional or
// repeatable by the operator that follows it is left out, and an alternative outside any group (a|b)
// leaves no prefix at all.
std::string literal_prefix_of(const std::string& pattern) {
  int depth = 0;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '\\') {
      ++i;
    } else if (pattern[i] == '[') {
      i = pattern.find(']', i + 2);  // a ']' right after '[' is a member
      if (i == std::string::npos) {
        return {};
      }
    } else if (pattern[i] == '(') {
      ++depth;
    } else if (pattern[i] == ')') {
      --depth;
    } else if (pattern[i] == '|' && depth == 0) {
      return {};
    }
  }
  const std::size_t end = pattern.find_first_of("\\^$.|?*+()[]{}");
  if (end == std::string::npos) {
    return pattern;
  }
  const bool quantified = end > 0 && std::string_view("?*+{").find(pattern[end]) != std::string_view::npos;
  return pattern.substr(0, quantified ? end - 1 : end);
}

}  // namespace

void Router::add(std::string method, const std::string& pattern, Handler handler) {
  routes_.push_back({std::move(method), literal_prefix_of(pattern), std::regex(pattern), std::move(handler)});
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
    std::smatch found;
    if (route.method != method || !req.path.starts_with(route.literal_prefix) ||
        !std::regex_match(req.path, found, route.pattern)) {
      continue;
    }
    req.matches.assign(found.begin(), found.end());
    route.handler(req, res);
    return true;
  }
  return false;
}

}  // namespace hotline::server::http
