// JSON answers on the wire: ETag and 304 for the catalog, gzip when accepted and worth it, Vary, and
// no caching of personal or changing answers.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "api_helpers.h"

using namespace hotline::integration;

namespace {

constexpr const char* kServices = "/open311/v2/services.json";
constexpr const char* kDefinition = "/open311/v2/services/BJ-0102.json";

// A client that shows the bytes as sent (no transparent gunzip).
httplib::Client raw_client(const ServerProcess& server) {
  auto c = server.client();
  c.set_decompress(false);
  return c;
}

std::string etag_of(const httplib::Result& res) {
  return res->get_header_value("ETag");
}

// A copy of the seed with one service described differently, for `admin seed --seed-dir`.
void write_changed_seed(const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  for (const char* name : {"units.json", "guides.json"}) {
    std::filesystem::copy_file(std::filesystem::path(HOTLINE_SEED_DIR) / name, dir / name);
  }
  std::ifstream in(std::filesystem::path(HOTLINE_SEED_DIR) / "services.json");
  std::stringstream text;
  text << in.rdbuf();
  auto seed = nlohmann::json::parse(text.str(), nullptr, false);
  REQUIRE(seed.is_object());
  REQUIRE(seed["services"][0]["code"] == "BJ-0101");
  seed["services"][0]["description"] = "供水管网井盖破损、缺失或松动";
  std::ofstream(dir / "services.json") << seed.dump();
}

}  // namespace

TEST_CASE("catalog answers carry a strong ETag derived from their bytes, revalidated on each use") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = raw_client(server);

  auto first = c.Get(kServices);
  auto second = c.Get(kServices);
  REQUIRE(first->status == 200);
  const std::string tag = etag_of(first);
  CHECK(tag.size() > 2);
  CHECK(tag.front() == '"');  // strong: no W/ prefix
  CHECK(tag.back() == '"');
  CHECK(etag_of(second) == tag);
  CHECK(second->body == first->body);
  CHECK(first->get_header_value("Cache-Control") == "no-cache");
  CHECK(first->get_header_value("Vary") == "Accept-Language, Accept-Encoding");

  const std::string definition_tag = etag_of(c.Get(kDefinition));
  CHECK_FALSE(definition_tag.empty());
  CHECK(definition_tag != tag);
  CHECK(c.Get("/open311/v2/services/NOPE.json")->get_header_value("Cache-Control") == "no-store");
  CHECK_FALSE(etag_of(c.Get("/open311/v2/discovery.json")).empty());
  // The search answer depends on the query, and so does its tag.
  auto gas = c.Get("/open311/v2/guides.json?q=%E7%87%83%E6%B0%94%E5%91%B3");  // 燃气味
  auto none = c.Get("/open311/v2/guides.json?q=zzzz");
  CHECK(gas->get_header_value("Cache-Control") == "no-cache");
  CHECK_FALSE(etag_of(gas).empty());
  CHECK(etag_of(gas) != etag_of(none));

  // The catalog changes through the admin CLI while the server runs: the list's tag follows, the
  // definition (which does not show the description) keeps its own.
  write_changed_seed(dir.path() / "seed");
  REQUIRE(run_admin(dir.file("h.db"), {"seed", "--seed-dir", (dir.path() / "seed").string()}).exit_code == 0);
  auto changed = c.Get(kServices, {{"If-None-Match", tag}});
  REQUIRE(changed->status == 200);
  CHECK(changed->body.find("供水管网井盖破损、缺失或松动") != std::string::npos);
  CHECK_FALSE(etag_of(changed).empty());
  CHECK(etag_of(changed) != tag);
  CHECK(c.Get(kDefinition, {{"If-None-Match", definition_tag}})->status == 304);
}

TEST_CASE("If-None-Match answers 304 without a body: exact, weak, listed, on several lines and *") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = raw_client(server);
  const std::string tag = etag_of(c.Get(kServices));
  REQUIRE_FALSE(tag.empty());

  const std::vector<httplib::Headers> matching = {
      {{"If-None-Match", tag}},
      {{"If-None-Match", "W/" + tag}},
      {{"If-None-Match", "\"0123\", " + tag + ", \"4567\""}},
      {{"If-None-Match", "\"a,b\"," + tag}},  // a comma inside a tag is part of it
      {{"If-None-Match", "\"0123\""}, {"If-None-Match", tag}},
      {{"If-None-Match", "*"}},
  };
  for (const auto& headers : matching) {
    auto res = c.Get(kServices, headers);
    INFO(headers.begin()->second);
    REQUIRE(res->status == 304);
    CHECK(res->body.empty());
    CHECK(etag_of(res) == tag);
    CHECK(res->get_header_value("Cache-Control") == "no-cache");
    CHECK(res->get_header_value("Vary") == "Accept-Language, Accept-Encoding");
    CHECK_FALSE(res->has_header("Content-Type"));
  }
  for (const std::string& other :
       {std::string("\"0123\""), std::string("\"0123\" ") + tag, tag.substr(1), "W/" + tag.substr(0, tag.size() - 1)}) {
    auto res = c.Get(kServices, {{"If-None-Match", other}});
    INFO(other);
    CHECK(res->status == 200);
    CHECK_FALSE(res->body.empty());
  }
  auto definition = c.Get(kDefinition);
  CHECK(c.Get(kDefinition, {{"If-None-Match", etag_of(definition)}})->status == 304);

  // HEAD: the GET's headers and status, never a body.
  auto head = c.Head(kServices);
  REQUIRE(head->status == 200);
  CHECK(head->body.empty());
  CHECK(etag_of(head) == tag);
  CHECK(head->get_header_value("Content-Length") == std::to_string(c.Get(kServices)->body.size()));
  CHECK(c.Head(kServices, {{"If-None-Match", tag}})->status == 304);
}

TEST_CASE("JSON answers are gzipped when the client accepts it and the body is worth it") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto raw = raw_client(server);
  auto plain = raw.Get(kServices);
  REQUIRE(plain->status == 200);
  REQUIRE(plain->body.size() >= 1024);
  CHECK_FALSE(plain->has_header("Content-Encoding"));
  CHECK(raw.Get(kServices, {{"Accept-Encoding", "gzip;q=0, br"}})->body == plain->body);

  auto zipped = raw.Get(kServices, {{"Accept-Encoding", "gzip, deflate"}});
  REQUIRE(zipped->status == 200);
  CHECK(zipped->get_header_value("Content-Encoding") == "gzip");
  CHECK(zipped->get_header_value("Vary") == "Accept-Language, Accept-Encoding");
  CHECK(zipped->get_header_value("Content-Type") == plain->get_header_value("Content-Type"));
  REQUIRE(zipped->body.size() > 2);
  CHECK(zipped->body.substr(0, 2) == "\x1f\x8b");
  CHECK(zipped->body.size() < plain->body.size() / 2);
  CHECK(zipped->get_header_value("Content-Length") == std::to_string(zipped->body.size()));
  // Another byte sequence, so another strong tag; each revalidates its own representation.
  const std::string gzip_tag = etag_of(zipped);
  CHECK(gzip_tag == etag_of(plain).substr(0, etag_of(plain).size() - 1) + "-gzip\"");
  auto revalidated = raw.Get(kServices, {{"Accept-Encoding", "gzip"}, {"If-None-Match", gzip_tag}});
  CHECK(revalidated->status == 304);
  CHECK(revalidated->body.empty());
  CHECK(etag_of(revalidated) == gzip_tag);
  CHECK(raw.Get(kServices, {{"If-None-Match", gzip_tag}})->status == 200);

  auto head = raw.Head(kServices, {{"Accept-Encoding", "gzip"}});
  CHECK(head->get_header_value("Content-Encoding") == "gzip");
  CHECK(head->get_header_value("Content-Length") == std::to_string(zipped->body.size()));

  auto decoding = server.client();
  auto unzipped = decoding.Get(kServices, {{"Accept-Encoding", "gzip"}});
  CHECK(unzipped->get_header_value("Content-Encoding") == "gzip");
  CHECK(unzipped->body == plain->body);

  // Small answers stay plain whatever the client accepts, and still say the answer varies.
  auto small = raw.Get("/open311/v2/discovery.json", {{"Accept-Encoding", "gzip"}});
  REQUIRE(small->status == 200);
  CHECK(small->body.size() < 1024);
  CHECK_FALSE(small->has_header("Content-Encoding"));
  CHECK(small->get_header_value("Vary") == "Accept-Encoding");
  CHECK(nlohmann::json::parse(small->body, nullptr, false)["endpoints"].size() == 1);

  // Range is ignored: a cache must never take a slice for the whole answer.
  auto ranged = raw.Get(kServices, {{"Range", "bytes=0-9"}});
  CHECK(ranged->status == 200);
  CHECK(ranged->body == plain->body);
  CHECK_FALSE(ranged->has_header("Content-Range"));
}

TEST_CASE("personal and changing answers are never stored by caches, gzipped or not") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = raw_client(server);
  std::string long_description;
  for (int i = 0; i < 40; ++i) {
    long_description += "鼓楼区东街口的上水井盖破损。";
  }
  auto posted = post_form(c, "/open311/v2/requests.json", valid_complaint(long_description));
  REQUIRE(posted->status == 200);
  CHECK(posted->get_header_value("Cache-Control") == "no-store");
  const Created made = created_of(posted);
  REQUIRE_FALSE(made.query_code.empty());
  for (int i = 0; i < 3; ++i) {
    REQUIRE(post_form(c, "/open311/v2/requests.json", valid_complaint())->status == 200);
  }

  const std::string own = "/open311/v2/requests/" + made.id + ".json?extensions=true&query_code=" + made.query_code;
  for (const std::string& path :
       {own, "/open311/v2/requests/" + made.id + ".json", std::string("/open311/v2/requests.json?extensions=true"),
        "/open311/v2/tokens/" + made.token + ".json", "/open311/v2/operator/requests/" + made.id + ".json"}) {
    auto res = c.Get(path.c_str(), {{"Accept-Encoding", "gzip"},
                                    {"If-None-Match", "*"},
                                    {"Authorization", std::string("Bearer ") + kOperatorToken}});
    INFO(path);
    REQUIRE(res->status == 200);
    CHECK(res->get_header_value("Cache-Control") == "no-store");
    CHECK_FALSE(res->has_header("ETag"));
    // Requests are worded in the client's language (service names, timeline summaries); tokens are not.
    const bool worded = path.find("/tokens/") == std::string::npos;
    CHECK(res->get_header_value("Vary") == (worded ? "Accept-Language, Accept-Encoding" : "Accept-Encoding"));
  }
  // The owner's view of a long description is compressed, and still not storable.
  auto personal = c.Get(own.c_str(), {{"Accept-Encoding", "gzip"}});
  CHECK(personal->get_header_value("Content-Encoding") == "gzip");
  auto list = server.client().Get("/open311/v2/requests.json?extensions=true", {{"Accept-Encoding", "gzip"}});
  CHECK(list->get_header_value("Content-Encoding") == "gzip");
  CHECK(json_of(list).size() == 4);
}
