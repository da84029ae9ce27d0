// Multipart photo upload (v2.1 draft `media` parts): metadata, stable URLs, count and size limits.
#include <catch2/catch.hpp>

#include <cctype>

#include "api_helpers.h"

using namespace hotline::integration;

namespace {

httplib::MultipartFormDataItems items_of(const Fields& fields) {
  httplib::MultipartFormDataItems items;
  for (const auto& [name, value] : fields) {
    items.push_back({name, value, "", ""});
  }
  return items;
}

}  // namespace

TEST_CASE("photos uploaded with a request are stored with their metadata and served back") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();
  const std::string png = make_png(64, 48, 1);
  const std::string jpeg = make_jpeg(40, 30, 2);
  auto items = items_of(valid_complaint());
  items.push_back({"media", png, "cover.png", "application/octet-stream"});  // type is sniffed, not trusted
  items.push_back({"media", jpeg, "cover.jpg", "image/jpeg"});
  auto res = c.Post("/open311/v2/requests.json", items);
  REQUIRE(res->status == 200);
  const auto made = created_of(res);

  auto view = json_of(c.Get(("/open311/v2/requests/" + made.id + ".json?extensions=true").c_str()));
  const auto photos = view[0]["extended_attributes"]["photos"];
  REQUIRE(photos.size() == 2);
  // What is published is the server's re-encoding (no metadata), described as stored: a PNG becomes
  // whichever of PNG and JPEG is smaller.
  CHECK(photos[0]["width"] == 64);
  CHECK(photos[0]["height"] == 48);
  CHECK(photos[0]["sha256"].get<std::string>().size() == 64);
  CHECK(photos[1]["content_type"] == "image/jpeg");
  CHECK(photos[1]["width"] == 40);
  CHECK(view[0]["media_url"] == photos[0]["media_url"]);

  for (const auto& photo : photos) {
    auto served = c.Get(path_of(photo["media_url"].get<std::string>()).c_str());
    REQUIRE(served->status == 200);
    CHECK(served->body.size() == photo["byte_size"]);
    CHECK(served->get_header_value("Content-Type") == photo["content_type"]);
    CHECK(served->get_header_value("Cache-Control").find("immutable") != std::string::npos);
    CHECK(served->body != png);
    CHECK(served->body != jpeg);
  }
  CHECK(c.Get(("/media/" + std::string(64, '0')).c_str())->status == 404);
  // Only a digest names a file: upper case, other lengths and a parent directory name none.
  const std::string stored = path_of(photos[0]["media_url"].get<std::string>()).substr(7);
  std::string upper = stored;
  for (char& ch : upper) {
    ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  }
  for (const std::string& id : {upper, stored.substr(1), stored + "0", std::string(".."), std::string("%2E%2E")}) {
    INFO(id);
    auto refused = c.Get(("/media/" + id).c_str());
    CHECK(refused->status == 404);
    CHECK(error_of(refused) == "media: not found");
  }
}

TEST_CASE("media limits: too many files, too large, not an image") {
  TempDir dir;
  ServerProcess server(dir, {dir.file("h.db")});
  auto c = server.client();

  auto ten = items_of(valid_complaint());
  for (int i = 0; i < 10; ++i) {
    ten.push_back({"media", make_png(8, 8, i), "p.png", "image/png"});
  }
  auto too_many = c.Post("/open311/v2/requests.json", ten);
  CHECK(too_many->status == 400);
  CHECK(error_of(too_many).find("media") != std::string::npos);

  auto big = items_of(valid_complaint());
  std::string large = make_png(8, 8, 1);
  large.resize(11u << 20, '\0');
  big.push_back({"media", large, "big.png", "image/png"});
  auto too_large = c.Post("/open311/v2/requests.json", big);
  CHECK(too_large->status == 413);
  CHECK(json_of(too_large)[0]["code"] == 413);

  auto text = items_of(valid_complaint());
  text.push_back({"media", "just some text, not a photo", "note.jpg", "image/jpeg"});
  auto not_image = c.Post("/open311/v2/requests.json", text);
  CHECK(not_image->status == 400);
  CHECK(error_of(not_image).find("media[0]") != std::string::npos);

  CHECK(json_of(c.Get("/open311/v2/requests.json")).empty());
}
