// Issue 16, findings 1, 2 and 5: form bodies of any size up to the limit, body limits that hold for
// chunked, unframed and compressed bodies, and JSON nesting refused before it costs memory.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "api_helpers.h"
#include "raw_connection.h"

using namespace hotline::integration;

namespace {

// n CJK characters (3 UTF-8 bytes each, 9 once percent-encoded).
std::string chinese(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    out += i % 2 == 0 ? "井" : "盖";
  }
  return out;
}

std::string error_description(const std::string& raw_response) {
  const auto body = nlohmann::json::parse(body_of(raw_response), nullptr, false);
  return body.is_array() && !body.empty() ? body[0].value("description", "") : "<" + raw_response + ">";
}

std::string post_head(const std::string& extra_headers) {
  return "POST /open311/v2/requests.json HTTP/1.1\r\nHost: 127.0.0.1\r\n"
         "Content-Type: application/x-www-form-urlencoded\r\n" +
         extra_headers + "\r\n";
}

constexpr const char* kSmallBodyLimit = R"("limits": {"max_body_bytes": 1048576})";

}  // namespace

TEST_CASE("a form-encoded complaint of 1,000 and of 4,000 Chinese characters is filed, as JSON is") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  for (std::size_t length : {1000u, 4000u}) {
    INFO(length);
    const auto fields = valid_complaint(chinese(length));
    REQUIRE(form_body(fields).size() > 8192);  // past cpp-httplib's cap for url-encoded bodies
    auto form = post_form(c, "/open311/v2/requests.json", fields);
    REQUIRE(form->status == 200);
    const auto made = created_of(form);
    CHECK(json_of(c.Get(("/open311/v2/requests/" + made.id + ".json").c_str()))[0]["description"] == chinese(length));
  }
  // Past the core's limit it is the validation's 400, not a transport error.
  auto too_long = post_form(c, "/open311/v2/requests.json", valid_complaint(chinese(4001)));
  CHECK(too_long->status == 400);
  CHECK(error_of(too_long).rfind("description: ", 0) == 0);
}

TEST_CASE("body limits hold for chunked bodies, declared lengths, unframed and compressed bodies") {
  TempDir dir;
  ServerOptions options{dir.file("h.db")};
  options.extra_config = kSmallBodyLimit;
  ServerProcess server(dir, options);

  // A chunked body is counted as it arrives: 2 MiB of a body that never ends is answered at once.
  {
    RawConnection raw(server.port());
    REQUIRE(raw.send(post_head("Transfer-Encoding: chunked\r\n")));
    const std::string chunk(64 * 1024, 'a');
    char size_line[32];
    std::snprintf(size_line, sizeof size_line, "%zx\r\n", chunk.size());
    for (int i = 0; i < 32; ++i) {
      REQUIRE(raw.send(std::string(size_line) + chunk + "\r\n"));
    }
    const std::string answer = raw.read_until_closed();
    CHECK(status_of(answer) == 413);
    CHECK(error_description(answer) == "body: larger than the server accepts");
  }
  // A declared length over the limit is refused before a byte of the body is sent.
  {
    RawConnection raw(server.port());
    REQUIRE(raw.send(post_head("Content-Length: " + std::to_string(64u << 20) + "\r\n")));
    const std::string answer = raw.read_until_closed();
    CHECK(status_of(answer) == 413);
    CHECK(error_description(answer) == "body: larger than the server accepts");
  }
  // A POST with neither Content-Length nor chunked would be read until the client closes.
  {
    RawConnection raw(server.port());
    REQUIRE(raw.send(post_head("") + "api_key=x&service_code=BJ-0101"));
    const std::string answer = raw.read_until_closed();
    CHECK(status_of(answer) == 411);
    CHECK(error_description(answer).rfind("Content-Length: required", 0) == 0);
  }
  // A compressed body is refused on its head: nothing is inflated (a 254 KiB gzip bomb held 256 MiB).
  {
    RawConnection raw(server.port());
    REQUIRE(raw.send(post_head("Content-Encoding: gzip\r\nContent-Length: 260000\r\n")));
    const std::string answer = raw.read_until_closed();
    CHECK(status_of(answer) == 415);
    CHECK(error_description(answer).rfind("Content-Encoding: ", 0) == 0);
  }
  // Under the limit everything still works, chunked included.
  {
    RawConnection raw(server.port());
    const std::string body = form_body(valid_complaint());
    char size_line[32];
    std::snprintf(size_line, sizeof size_line, "%zx\r\n", body.size());
    REQUIRE(raw.send(post_head("Transfer-Encoding: chunked\r\nConnection: close\r\n") + size_line + body +
                     "\r\n0\r\n\r\n"));
    CHECK(status_of(raw.read_until_closed()) == 200);
  }
  auto c = server.client();
  CHECK(c.Get("/healthz")->status == 200);
}

TEST_CASE("deeply nested JSON and bodies of countless fields are refused before they are built") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  // The finding: 8 MiB of '[' held 308 MiB before the 400, and before the api_key check. JSON never
  // carries photos: over 1 MiB it is refused unread, under it the depth is checked on the raw text.
  auto huge = c.Post("/open311/v2/requests.json", std::string(8u << 20, '['), "application/json");
  CHECK(huge->status == 413);
  CHECK(error_of(huge) == "body: JSON bodies are limited to 1 MiB");
  auto nested = c.Post("/open311/v2/requests.json", std::string(1000000, '['), "application/json");
  CHECK(nested->status == 400);
  CHECK(error_of(nested) == "body: JSON nested deeper than 8 levels");
  std::string objects;
  for (int i = 0; i < 100; ++i) {
    objects += R"({"a":)";
  }
  CHECK(error_of(c.Post("/open311/v2/requests.json", objects, "application/json")) ==
        "body: JSON nested deeper than 8 levels");
  // Wide instead of deep: a million form fields, a hundred thousand multipart parts.
  std::string fields;
  for (int i = 0; i < 1000000; ++i) {
    fields += "a=1&";
  }
  CHECK(error_of(c.Post("/open311/v2/requests.json", fields, "application/x-www-form-urlencoded")) ==
        "body: too many fields");
  std::string parts;
  for (int i = 0; i < 100000; ++i) {
    parts += "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n";
  }
  parts += "--b--\r\n";
  CHECK(error_of(c.Post("/open311/v2/requests.json", parts, "multipart/form-data; boundary=b")) ==
        "body: too many fields");
  CHECK(error_of(c.Post("/open311/v2/requests.json", "--b\r\nno headers\r\n", "multipart/form-data; boundary=b")) ==
        "body: malformed multipart/form-data");
  // A normal JSON submission is unaffected.
  const std::string json = R"({"api_key": ")" + std::string(kKioskKey) +
                           R"(", "service_code": "ZX-0201", "description": "租房提取公积金需要什么材料？",
      "attribute": {"anonymous": "true", "kiosk_station": "GL-DJ-001"}})";
  CHECK(c.Post("/open311/v2/requests.json", json, "application/json")->status == 200);
}
