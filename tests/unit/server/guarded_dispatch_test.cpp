// The last line of defence: a handler that throws is answered 500 with an X-Request-Id, and the log
// names what was thrown under that id; nothing of the half-built answer leaks.
#include <catch2/catch.hpp>

#include <cstdio>
#include <stdexcept>
#include <string>

#include "guarded_dispatch.h"
#include "wire/refusal_words.h"

using namespace hotline::server;

namespace {

// What dispatch_guarded wrote to its log for one request.
struct Logged {
  http::Response res;
  std::string log;
};

Logged dispatch(const http::Router& router, const std::string& path, const char* language = "") {
  http::Request req;
  req.method = "GET";
  req.path = path;
  req.target = path;
  if (*language != '\0') {
    req.headers.emplace("Accept-Language", language);
  }
  Logged out;
  char* buffer = nullptr;
  std::size_t size = 0;
  std::FILE* log = open_memstream(&buffer, &size);
  REQUIRE(log != nullptr);
  dispatch_guarded(router, req, out.res, log);
  word_refusal(req, out.res);  // as every answer is finished (serve.cpp)
  std::fclose(log);
  out.log.assign(buffer, size);
  std::free(buffer);
  return out;
}

http::Router throwing_router() {
  http::Router router;
  router.get("/std", [](const http::Request&, http::Response& res) {
    res.set_header("X-Half-Built", "yes");
    throw std::runtime_error("disk on fire");
  });
  router.get("/other", [](const http::Request&, http::Response&) { throw 42; });
  router.get("/fine", [](const http::Request&, http::Response& res) { res.set_content("{}", "application/json"); });
  return router;
}

}  // namespace

TEST_CASE("a std::exception is answered 500 and logged with its what() under the answer's request id") {
  const http::Router router = throwing_router();
  const Logged out = dispatch(router, "/std");
  CHECK(out.res.status == 500);
  const std::string id = out.res.get_header_value("X-Request-Id");
  REQUIRE_FALSE(id.empty());
  CHECK(out.log == "hotline-server: request " + id + " (GET /std) failed: disk on fire\n");
  CHECK_FALSE(out.res.has_header("X-Half-Built"));
  CHECK(out.res.body.find("disk on fire") == std::string::npos);  // the details stay on the server
  CHECK(out.res.body.find("internal error") != std::string::npos);
}

TEST_CASE("catch (...) is answered 500 and logged too, each failure under its own id") {
  const http::Router router = throwing_router();
  const Logged first = dispatch(router, "/other");
  const Logged second = dispatch(router, "/other");
  CHECK(first.res.status == 500);
  const std::string id = first.res.get_header_value("X-Request-Id");
  REQUIRE_FALSE(id.empty());
  CHECK(first.log ==
        "hotline-server: request " + id + " (GET /other) failed: an exception that is not a std::exception\n");
  CHECK(second.res.get_header_value("X-Request-Id") != id);
}

TEST_CASE("the 500 is worded in the client's language, as the 400s are") {
  const http::Router router = throwing_router();
  const Logged out = dispatch(router, "/std", "zh-CN,zh;q=0.9");
  CHECK(out.res.status == 500);
  CHECK(out.res.body.find("服务器内部错误") != std::string::npos);
  CHECK(out.res.get_header_value("Vary").find("Accept-Language") != std::string::npos);
}

TEST_CASE("a path with control characters stays one log line") {
  http::Router any;
  any.get("/*", [](const http::Request&, http::Response&) { throw std::runtime_error("boom"); });
  const Logged out = dispatch(any, "/a\nhotline-server: forged\r");
  CHECK(out.res.status == 500);
  CHECK(out.log.find("(GET /a?hotline-server: forged?) failed: boom\n") != std::string::npos);
  CHECK(out.log.find('\n') == out.log.size() - 1);
}

TEST_CASE("no route is 404 and a handler that returns is left alone, neither logged") {
  const http::Router router = throwing_router();
  const Logged missing = dispatch(router, "/nowhere");
  CHECK(missing.res.status == 404);
  CHECK(missing.log.empty());
  const Logged fine = dispatch(router, "/fine");
  CHECK(fine.res.status == 200);
  CHECK(fine.res.body == "{}");
  CHECK_FALSE(fine.res.has_header("X-Request-Id"));
  CHECK(fine.log.empty());
}
