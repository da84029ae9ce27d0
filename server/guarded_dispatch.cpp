// Routing that answers 500 for what a handler throws (see guarded_dispatch.h).
#include "guarded_dispatch.h"

#include <unistd.h>

#include <atomic>
#include <cstdint>
#include <exception>
#include <string>

#include "wire/http_support.h"

namespace hotline::server {

namespace {

// What a handler threw, logged as one line with a request id; returns the id.
std::string log_failure(const http::Request& req, const std::exception_ptr& thrown, std::FILE* log) {
  static std::atomic<std::uint64_t> failures{0};
  const std::string id = std::to_string(::getpid()) + "-" + std::to_string(++failures);
  std::string what = "an exception that is not a std::exception";
  try {
    std::rethrow_exception(thrown);
  } catch (const std::exception& e) {
    what = e.what();
  } catch (...) {
  }
  std::string path = req.path.substr(0, 200);
  for (char& c : path) {
    c = static_cast<unsigned char>(c) < 0x20 ? '?' : c;  // the path is the client's: one line stays one line
  }
  std::fprintf(log, "hotline-server: request %s (%s %s) failed: %s\n", id.c_str(), req.method.c_str(), path.c_str(),
               what.c_str());
  std::fflush(log);
  return id;
}

}  // namespace

void dispatch_guarded(const http::Router& router, http::Request& req, http::Response& res, std::FILE* log) {
  try {
    if (!router.dispatch(req, res)) {
      send_error(res, 404, "not found");
    }
  } catch (...) {
    // The details stay on the server, under an id the answer carries.
    const std::string id = log_failure(req, std::current_exception(), log);
    res = http::Response{};
    res.set_header("X-Request-Id", id);
    send_error(res, 500, "internal error");
  }
}

}  // namespace hotline::server
