// Issue 16, findings 6 and 7: published photos carry no metadata (no EXIF GPS, XMP, IPTC, comment),
// whatever client uploaded them, and the photos of a refused submission or action leave nothing on disk.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "api_helpers.h"
#include "test_database.h"

using namespace hotline::integration;

namespace {

void put_u16(std::string& out, unsigned v) {
  out += static_cast<char>((v >> 8) & 0xff);
  out += static_cast<char>(v & 0xff);
}

void put_u32(std::string& out, unsigned v) {
  put_u16(out, v >> 16);
  put_u16(out, v & 0xffff);
}

void put_entry(std::string& out, unsigned tag, unsigned type, unsigned count, unsigned value) {
  put_u16(out, tag);
  put_u16(out, type);
  put_u32(out, count);
  put_u32(out, value);
}

// A big-endian TIFF block whose GPS IFD places the photo at 26°5'7.15"N 119°17'47.29"E (Fuzhou).
std::string exif_with_gps() {
  std::string tiff = "MM";
  put_u16(tiff, 42);
  put_u32(tiff, 8);  // IFD0
  put_u16(tiff, 1);
  put_entry(tiff, 0x8825, 4, 1, 26);  // GPSInfo -> offset 26
  put_u32(tiff, 0);
  put_u16(tiff, 4);                          // GPS IFD at 26, 54 bytes: data from 80
  put_entry(tiff, 0x0001, 2, 2, 'N' << 24);  // GPSLatitudeRef
  put_entry(tiff, 0x0002, 5, 3, 80);         // GPSLatitude
  put_entry(tiff, 0x0003, 2, 2, 'E' << 24);  // GPSLongitudeRef
  put_entry(tiff, 0x0004, 5, 3, 104);        // GPSLongitude
  put_u32(tiff, 0);
  for (unsigned v : {26u, 1u, 5u, 1u, 715u, 100u, 119u, 1u, 17u, 1u, 4729u, 100u}) {
    put_u32(tiff, v);
  }
  return std::string("Exif\0\0", 6) + tiff;
}

std::string segment(unsigned marker, const std::string& payload) {
  std::string out;
  put_u16(out, marker);
  put_u16(out, static_cast<unsigned>(payload.size() + 2));
  return out + payload;
}

constexpr const char* kXmpMarker = "http://ns.adobe.com/xap/1.0/";
constexpr const char* kComment = "taken at home, Gulou district";

// A real JPEG with EXIF GPS, XMP, IPTC (Photoshop APP13) and a comment after its SOI marker.
std::string jpeg_with_metadata(int seed) {
  const std::string plain = make_jpeg(48, 32, seed);
  const std::string xmp = std::string(kXmpMarker) + '\0' +
                          "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
                          "xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description "
                          "xmlns:exif='http://ns.adobe.com/exif/1.0/' exif:GPSLatitude='26,5.119N' "
                          "exif:GPSLongitude='119,17.788E'/></rdf:RDF></x:xmpmeta>";
  const std::string iptc = std::string("Photoshop 3.0\0", 14) + "8BIM" + std::string("\x04\x04\0\0\0\0\0\x0b", 8) +
                           std::string("\x1c\x02\x5a\0\x06", 5) + "Fuzhou";
  return plain.substr(0, 2) + segment(0xffe1, exif_with_gps()) + segment(0xffe1, xmp) + segment(0xffed, iptc) +
         segment(0xfffe, kComment) + plain.substr(2);
}

// exiftool's reading of the bytes (an independent oracle): "Tag: value" lines of the groups given.
std::string exiftool(const TempDir& dir, const std::string& bytes, const std::vector<std::string>& tags) {
  const std::string file = dir.file("probe.jpg");
  std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
  std::vector<std::string> args = {"exiftool", "-s", "-n"};
  args.insert(args.end(), tags.begin(), tags.end());
  args.push_back(file);
  const auto result = run_command(args);
  REQUIRE(result.exit_code == 0);  // exiftool (Debian libimage-exiftool-perl) must be installed
  return result.out;
}

const std::vector<std::string> kMetadataGroups = {"-EXIF:All", "-XMP:All", "-IPTC:All", "-Comment", "-GPSPosition"};

void check_published_without_metadata(const TempDir& dir, const std::string& bytes) {
  CHECK(exiftool(dir, bytes, kMetadataGroups).empty());
  CHECK(bytes.find("Exif") == std::string::npos);
  CHECK(bytes.find(kXmpMarker) == std::string::npos);
  CHECK(bytes.find("Photoshop") == std::string::npos);
  CHECK(bytes.find(kComment) == std::string::npos);
}

httplib::MultipartFormDataItems multipart(const Fields& fields, const std::vector<std::string>& photos) {
  httplib::MultipartFormDataItems items;
  for (const auto& [name, value] : fields) {
    items.push_back({name, value, "", ""});
  }
  for (const auto& photo : photos) {
    items.push_back({"media", photo, "photo.jpg", "image/jpeg"});
  }
  return items;
}

}  // namespace

TEST_CASE("a photo's EXIF GPS, XMP, IPTC and comment are never published, from citizens or departments") {
  TempDir dir;
  const std::string db = dir.file("h.db");
  ServerProcess server(dir, {db});
  auto c = server.client();
  const std::string photo = jpeg_with_metadata(3);
  // The fixture really carries a position that exiftool reads.
  REQUIRE(exiftool(dir, photo, {"-GPSPosition"}).find("26.085") != std::string::npos);

  // The public view's media_url is open to anyone, whoever the citizen is.
  auto res = c.Post("/open311/v2/requests.json", multipart(valid_complaint(), {photo}));
  REQUIRE(res->status == 201);
  const auto made = created_of(res);
  const auto view = json_of(c.Get(("/open311/v2/requests/" + made.id + ".json").c_str()));
  const auto served = c.Get(view[0]["media_url"].get<std::string>().c_str());
  REQUIRE(served->status == 200);
  check_published_without_metadata(dir, served->body);
  // The stored bytes are what is served: nothing on disk holds the position either.
  const auto stored_now = stored_photos(db);
  CHECK(stored_now.size() == 1);
  for (const auto& stored : stored_now) {
    CHECK(stored.find("Exif") == std::string::npos);
  }

  // A department's reply photo goes through the same re-encoding.
  REQUIRE(act(c, made.id, "accept")->status == 200);
  REQUIRE(act(c, made.id, "dispatch", {{"unit", "FZZLS"}})->status == 200);
  REQUIRE(act(c, made.id, "handle")->status == 200);
  auto replied = c.Post(("/open311/v2/operator/requests/" + made.id + "/reply.json").c_str(), operator_headers(),
                        multipart({{"note", "井盖已更换"}}, {jpeg_with_metadata(4)}));
  REQUIRE(replied->status == 200);
  const auto notes = operator_view(c, made.id)["extended_attributes"]["notes"];
  const auto reply_photo = c.Get(notes[4]["reply_media"][0]["media_url"].get<std::string>().c_str());
  REQUIRE(reply_photo->status == 200);
  check_published_without_metadata(dir, reply_photo->body);
}

TEST_CASE("photos of a refused submission or refused action leave nothing on disk and are not served") {
  TempDir dir;
  const std::string db = dir.file("h.db");
  ServerProcess server(dir, {db});
  auto c = server.client();
  const std::vector<std::string> photos = {make_jpeg(40, 30, 1), make_png(24, 24, 2)};

  auto bad_mobile = valid_complaint();
  for (auto& [name, value] : bad_mobile) {
    value = name == "phone" ? "12345" : value;
  }
  auto refused = c.Post("/open311/v2/requests.json", multipart(bad_mobile, photos));
  CHECK(refused->status == 400);
  CHECK(error_of(refused).rfind("phone: ", 0) == 0);
  auto unknown_service = valid_complaint();
  unknown_service[1].second = "NO-SUCH";
  CHECK(c.Post("/open311/v2/requests.json", multipart(unknown_service, photos))->status == 404);
  auto no_key = valid_complaint();
  no_key[0].second = "wrong-key";
  CHECK(c.Post("/open311/v2/requests.json", multipart(no_key, photos))->status == 403);
  CHECK(stored_photos(db).empty());

  // A reply the state machine refuses (the case is still at "submitted") stores nothing either.
  const auto made = created_of(post_form(c, "/open311/v2/requests.json", valid_complaint()));
  auto early_reply = c.Post(("/open311/v2/operator/requests/" + made.id + "/reply.json").c_str(), operator_headers(),
                            multipart({{"note", "已处理"}}, photos));
  CHECK(early_reply->status == 409);
  CHECK(stored_photos(db).empty());

  // The same photos with a valid request are stored and served.
  auto accepted = c.Post("/open311/v2/requests.json", multipart(valid_complaint(), photos));
  REQUIRE(accepted->status == 201);
  CHECK(stored_photos(db).size() == 2);
  const auto view =
      json_of(c.Get(("/open311/v2/requests/" + created_of(accepted).id + ".json?extensions=true").c_str()));
  for (const auto& photo : view[0]["extended_attributes"]["photos"]) {
    CHECK(c.Get(photo["media_url"].get<std::string>().c_str())->status == 200);
  }
}

TEST_CASE("a stored file no committed request refers to is not served") {
  TempDir dir;
  const std::string db = dir.file("h.db");
  ServerProcess server(dir, {db});
  auto c = server.client();
  // As a submission that lost a race or hit a storage failure after writing its photo would leave it.
  const std::string id(64, 'a');
  store_photo(db, id, make_jpeg(8, 8, 1));
  auto res = c.Get(("/media/" + id).c_str());
  CHECK(res->status == 404);
  CHECK(error_of(res) == "media: not found");
}
