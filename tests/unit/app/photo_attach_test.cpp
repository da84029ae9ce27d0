// PhotoAttach over a platform preparer that answers later (as the web's Web Worker does): the progress
// it reports, the photos it hands over, the reasons it gives for rejected files, and that a failed
// preparation loses neither the photos already attached nor the files still waiting.
#include <catch2/catch.hpp>

#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "app/photo_attach.h"
#include "text/catalog.h"

using namespace hotline;

namespace {

// Keeps each request until the test answers it, outside prepare(), like a worker's message would.
class LaterPreparer final : public app::PhotoPreparer {
 public:
  platform::Call prepare(const platform::PickedFile& file, photo::PhotoUse use,
                         std::function<void(Result)> done) override {
    uses.push_back(use);
    platform::Call call = platform::Call::started();
    pending.push_back({file, call.deliver(std::move(done))});
    return call;
  }

  // Answers the oldest request.
  void answer(Result result) {
    REQUIRE_FALSE(pending.empty());
    auto request = std::move(pending.front());
    pending.erase(pending.begin());
    request.second(std::move(result));
  }

  std::vector<std::pair<platform::PickedFile, std::function<void(Result)>>> pending;
  std::vector<photo::PhotoUse> uses;
};

platform::PickedFile file_named(std::string name) {
  platform::PickedFile file;
  file.name = std::move(name);
  file.handle = "blob:" + file.name;  // prepared where it lives: the bytes never reach the UI thread
  return file;
}

// What the pipeline answers for a 2x1 JPEG taken in Fuzhou on 1 May 2024.
photo::PreparedPhoto prepared(const std::string& sha256, const std::string& bytes) {
  photo::PreparedPhoto photo;
  photo.bytes = bytes;
  photo.record.content_type = "image/jpeg";
  photo.record.sha256 = sha256;
  photo.record.captured_at = "2024-05-01T10:20:30+08:00";
  photo.record.location = domain::GeoPoint{26.0745, 119.2964};
  photo.thumbnail = photo::make_image(2, 1, 4);
  return photo;
}

std::string zh_cn_photo_message(const base::Message& message) {
  std::ifstream in(HOTLINE_SOURCE_DIR "/assets/i18n/zh-CN/photo.json");
  std::stringstream json;
  json << in.rdbuf();
  auto catalog = text::Catalog::parse(json.str());
  REQUIRE(catalog.has_value());
  text::Strings strings;
  strings.set_catalog(text::Language::ZhCN, std::move(catalog).value());
  return strings.format(message);
}

struct Attach {
  LaterPreparer preparer;
  platform::Activity activity;
  app::PhotoAttach attach{activity};
  std::vector<api::Photo> accepted;
  int changes = 0;

  void add(std::vector<platform::PickedFile> files, std::size_t room) {
    attach.add(
        std::move(files), room, preparer, [this](api::Photo photo) { accepted.push_back(std::move(photo)); },
        [this] { ++changes; });
  }
};

}  // namespace

TEST_CASE("photos are prepared one at a time, with progress after every answer") {
  Attach a;
  a.add({file_named("IMG_1.jpg"), file_named("IMG_2.jpg"), file_named("IMG_3.jpg")}, 9);

  // Asked for the first only; nothing done yet, "0 of 3".
  CHECK(a.changes == 1);
  REQUIRE(a.preparer.pending.size() == 1);
  CHECK(a.preparer.pending.front().first.name == "IMG_1.jpg");
  CHECK(a.preparer.pending.front().first.handle == "blob:IMG_1.jpg");
  CHECK(a.attach.busy());
  CHECK(a.attach.remaining() == 3);
  CHECK(a.attach.done_in_batch() == 0);
  CHECK(a.accepted.empty());

  a.preparer.answer(prepared("aa11", "jpeg-1"));
  CHECK(a.changes == 2);
  CHECK(a.attach.remaining() == 2);
  CHECK(a.attach.done_in_batch() == 1);
  REQUIRE(a.preparer.pending.size() == 1);
  CHECK(a.preparer.pending.front().first.name == "IMG_2.jpg");

  a.preparer.answer(prepared("bb22", "jpeg-2"));
  a.preparer.answer(prepared("cc33", "jpeg-3"));
  CHECK(a.changes == 4);
  CHECK_FALSE(a.attach.busy());
  CHECK(a.attach.remaining() == 0);
  CHECK(a.attach.done_in_batch() == 3);
  CHECK(a.preparer.pending.empty());
  CHECK(a.attach.rejected().empty());
  // As uploads: the default settings, the location read (whether it travels is decided when sending).
  CHECK(a.preparer.uses == std::vector<photo::PhotoUse>(3, photo::PhotoUse::Upload));
}

TEST_CASE("a prepared photo becomes the form's photo with its capture time, location and thumbnail") {
  Attach a;
  a.add({file_named("IMG_1.jpg")}, 9);
  a.preparer.answer(prepared("aa11", "jpeg-1"));

  REQUIRE(a.accepted.size() == 1);
  const api::Photo& photo = a.accepted.front();
  CHECK(photo.id == "aa11");  // the SHA-256 of the uploaded bytes: the same photo twice is one photo
  CHECK(photo.content_type == "image/jpeg");
  CHECK(photo.bytes == "jpeg-1");
  REQUIRE(photo.meta.captured.has_value());
  CHECK(photo.meta.captured->unix_seconds() == 1'714'530'030);  // 2024-05-01T02:20:30Z
  REQUIRE(photo.meta.location.has_value());
  CHECK(photo.meta.location->lat == Approx(26.0745));
  CHECK(photo.meta.location->lon == Approx(119.2964));
  const app::Thumbnail* thumbnail = a.attach.thumbnail("aa11");
  REQUIRE(thumbnail != nullptr);
  CHECK(thumbnail->image.width == 2);
  CHECK(thumbnail->image.height == 1);
  CHECK(a.attach.thumbnail("unknown") == nullptr);

  a.attach.forget("aa11");
  CHECK(a.attach.thumbnail("aa11") == nullptr);
}

TEST_CASE("a failed preparation is reported by file name and loses nothing else") {
  Attach a;
  a.add({file_named("IMG_1.jpg"), file_named("notes.jpg"), file_named("IMG_3.jpg")}, 9);
  a.preparer.answer(prepared("aa11", "jpeg-1"));
  a.preparer.answer(base::unexpected(photo::make_error(photo::PhotoErrorCode::NotAnImage)));

  // The rejection names the file and says why, in the citizen's language.
  REQUIRE(a.attach.rejected().size() == 1);
  CHECK(a.attach.rejected().front().file_name == "notes.jpg");
  CHECK(a.attach.rejected().front().reason.key == "photo.error.not_an_image");
  CHECK(zh_cn_photo_message(a.attach.rejected().front().reason) ==
        "该文件不是照片，请选择 JPEG、PNG 或 WebP 格式的图片。");
  CHECK(a.attach.done_in_batch() == 2);

  // The photo before it stays, the file after it is still prepared.
  CHECK(a.accepted.size() == 1);
  CHECK(a.attach.thumbnail("aa11") != nullptr);
  REQUIRE(a.preparer.pending.size() == 1);
  CHECK(a.preparer.pending.front().first.name == "IMG_3.jpg");
  a.preparer.answer(prepared("cc33", "jpeg-3"));
  REQUIRE(a.accepted.size() == 2);
  CHECK(a.accepted.back().id == "cc33");
  CHECK_FALSE(a.attach.busy());
  CHECK(a.attach.rejected().size() == 1);
}

TEST_CASE("files picked while a batch is prepared join it; those beyond the room are refused at once") {
  Attach a;
  a.add({file_named("IMG_1.jpg"), file_named("IMG_2.jpg")}, 3);
  a.add({file_named("IMG_3.jpg"), file_named("IMG_4.jpg")}, 3);  // room 3: one left after the first two

  REQUIRE(a.attach.rejected().size() == 1);
  CHECK(a.attach.rejected().front().file_name == "IMG_4.jpg");
  CHECK(zh_cn_photo_message(a.attach.rejected().front().reason) == "每条诉求最多可附 9 张照片。");
  CHECK(a.attach.remaining() == 3);
  CHECK(a.preparer.pending.size() == 1);  // still one at a time

  a.preparer.answer(prepared("aa11", "jpeg-1"));
  a.preparer.answer(prepared("bb22", "jpeg-2"));
  REQUIRE(a.preparer.pending.size() == 1);
  CHECK(a.preparer.pending.front().first.name == "IMG_3.jpg");
  a.preparer.answer(prepared("cc33", "jpeg-3"));
  CHECK(a.accepted.size() == 3);
  CHECK(a.attach.done_in_batch() == 3);
}

TEST_CASE("an answer arriving after the form was reset changes nothing") {
  Attach a;
  a.add({file_named("IMG_1.jpg"), file_named("IMG_2.jpg")}, 9);
  a.attach.reset();
  const int changes = a.changes;
  CHECK_FALSE(a.attach.busy());

  a.preparer.answer(prepared("aa11", "jpeg-1"));
  CHECK(a.accepted.empty());
  CHECK(a.attach.thumbnail("aa11") == nullptr);
  CHECK(a.changes == changes);
  CHECK(a.preparer.pending.empty());  // the second file went with the reset
}
