// The web build (MIME types, gzip, ETag/304, no path traversal), knowledge-base search, health.
#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>

#include "api_helpers.h"
#include "test_database.h"

using namespace hotline::integration;

TEST_CASE("the web build is served with the right types, gzip and cache headers") {
  TempDir dir;
  const auto web = dir.path() / "web";
  std::filesystem::create_directories(web);
  const std::string html = "<!doctype html><title>12345</title>" + std::string(2000, ' ');
  std::ofstream(web / "index.html") << html;
  std::string wasm("\0asm\x01\0\0\0", 8);
  wasm += std::string(4000, '\0');
  std::ofstream(web / "hotline.wasm", std::ios::binary) << wasm;
  std::ofstream(dir.path() / "secret.txt") << "outside";
  ServerProcess server(dir, {dir.file("h.db"), web.string()});
  auto c = server.client();
  c.set_decompress(false);

  auto index = c.Get("/");
  REQUIRE(index->status == 200);
  CHECK(index->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(index->get_header_value("Cache-Control") == "no-cache");
  CHECK(index->body == html);

  auto plain = c.Get("/hotline.wasm");
  REQUIRE(plain->status == 200);
  CHECK(plain->get_header_value("Content-Type") == "application/wasm");
  CHECK(plain->body == wasm);
  CHECK_FALSE(plain->has_header("Content-Encoding"));

  auto zipped = c.Get("/hotline.wasm", {{"Accept-Encoding", "gzip, deflate"}});
  REQUIRE(zipped->status == 200);
  CHECK(zipped->get_header_value("Content-Encoding") == "gzip");
  CHECK(zipped->body.size() < wasm.size() / 4);
  CHECK(zipped->get_header_value("Vary") == "Accept-Encoding");
  CHECK(c.Get("/hotline.wasm", {{"Accept-Encoding", "gzip;q=0"}})->body == wasm);

  const std::string etag = plain->get_header_value("ETag");
  REQUIRE_FALSE(etag.empty());
  CHECK(c.Get("/hotline.wasm", {{"If-None-Match", etag}})->status == 304);
  // The gzip copy is another byte sequence with its own strong tag; If-None-Match compares weakly.
  const std::string gzip_etag = zipped->get_header_value("ETag");
  CHECK(gzip_etag != etag);
  CHECK(c.Get("/hotline.wasm", {{"Accept-Encoding", "gzip"}, {"If-None-Match", "\"x\", W/" + gzip_etag}})->status ==
        304);
  CHECK(c.Get("/hotline.wasm", {{"Accept-Encoding", "gzip"}, {"If-None-Match", etag}})->status == 200);

  CHECK(c.Get("/../secret.txt")->status == 404);
  CHECK(c.Get("/%2e%2e/secret.txt")->status == 404);
  CHECK(c.Get("/missing.js")->status == 404);
  // The health check names the engine and the role it reached (a standby would answer 503).
  const auto health = c.Get("/healthz");
  CHECK(health->status == 200);
  const auto reported = json_of(health);
  CHECK(reported["ok"] == true);
  CHECK(reported["engine"] == (on_postgresql() ? "postgresql" : "sqlite"));
  CHECK(reported["role"] == (on_postgresql() ? "primary" : "sqlite"));
}

TEST_CASE("a brotli copy written by the build is served to clients that accept br, never a stale one") {
  TempDir dir;
  const auto web = dir.path() / "web";
  std::filesystem::create_directories(web);
  const std::string js = "var hotline = 1;" + std::string(3000, ' ');
  // Served as they are: the server never decodes them. (The literal is split so "\x00" stays one byte.)
  const std::string br(
      "BROTLI\x1b\x00"
      "bytes",
      13);
  std::ofstream(web / "index.js") << js;
  std::ofstream(web / "index.js.br", std::ios::binary) << br;
  std::ofstream(web / "old.js") << js;
  std::ofstream(web / "old.js.br", std::ios::binary) << br;
  // old.js.br is from an earlier build than old.js.
  std::filesystem::last_write_time(web / "old.js.br",
                                   std::filesystem::last_write_time(web / "old.js") - std::chrono::hours(1));
  ServerProcess server(dir, {dir.file("h.db"), web.string()});
  auto c = server.client();
  c.set_decompress(false);

  auto brotli = c.Get("/index.js", {{"Accept-Encoding", "gzip, deflate, br"}});
  REQUIRE(brotli->status == 200);
  CHECK(brotli->get_header_value("Content-Encoding") == "br");
  CHECK(brotli->body == br);
  CHECK(brotli->get_header_value("Content-Type") == "text/javascript; charset=utf-8");
  CHECK(brotli->get_header_value("Vary") == "Accept-Encoding");
  const std::string br_etag = brotli->get_header_value("ETag");
  CHECK(br_etag.find("-br\"") != std::string::npos);
  CHECK(c.Get("/index.js", {{"Accept-Encoding", "br"}, {"If-None-Match", br_etag}})->status == 304);

  CHECK(c.Get("/index.js", {{"Accept-Encoding", "gzip"}})->get_header_value("Content-Encoding") == "gzip");
  CHECK(c.Get("/index.js", {{"Accept-Encoding", "br;q=0, gzip"}})->get_header_value("Content-Encoding") == "gzip");
  CHECK(c.Get("/index.js", {{"Accept-Encoding", "*"}})->get_header_value("Content-Encoding") == "gzip");
  CHECK(c.Get("/index.js")->body == js);
  CHECK(c.Get("/old.js", {{"Accept-Encoding", "br, gzip"}})->get_header_value("Content-Encoding") == "gzip");
}

TEST_CASE("the knowledge base answers short Chinese questions by character bigrams") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  auto hits = json_of(c.Get("/open311/v2/guides.json?q=%E7%A4%BE%E4%BF%9D%E5%8D%A1%E8%A1%A5%E5%8A%9E"));  // 社保卡补办
  REQUIRE_FALSE(hits.empty());
  CHECK(hits[0]["id"] == "KB-001");
  auto gas = json_of(c.Get("/open311/v2/guides.json?q=%E7%87%83%E6%B0%94%E5%91%B3"));  // 燃气味
  REQUIRE_FALSE(gas.empty());
  CHECK(gas[0]["id"] == "KB-016");
  CHECK(json_of(c.Get("/open311/v2/guides.json?q=zzzz")).empty());
  CHECK(c.Get("/open311/v2/guides.json?q=")->status == 400);
  CHECK(c.Get("/open311/v2/guides.json?q=%FF")->status == 400);
}

TEST_CASE("guides.json?service_code= lists a service's guides, with or without a search") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  const auto ids_of = [&](const std::string& path) {
    auto res = c.Get(path.c_str());
    REQUIRE(res->status == 200);
    const auto guides = json_of(res);
    for (const auto& guide : guides) {
      CHECK(guide["service_code"] == guides[0]["service_code"]);
    }
    return strings_of(guides, "id");
  };
  // Seed: KB-008, KB-009 and KB-010 are the household-registration guides.
  CHECK(ids_of("/open311/v2/guides.json?service_code=ZX-0301") ==
        std::vector<std::string>{"KB-008", "KB-009", "KB-010"});
  // With q only the service's matches: 居住证 is also in other guides' words.
  CHECK(ids_of("/open311/v2/guides.json?service_code=ZX-0301&q=%E5%B1%85%E4%BD%8F%E8%AF%81") ==  // 居住证
        std::vector<std::string>{"KB-008"});
  CHECK(ids_of("/open311/v2/guides.json?service_code=BJ-0106").empty());  // a service without guides
  auto unknown = c.Get("/open311/v2/guides.json?service_code=NOPE");
  CHECK(unknown->status == 404);
  CHECK(error_of(unknown).rfind("service_code:", 0) == 0);
  CHECK(c.Get("/open311/v2/guides.json")->status == 400);
}
