// Per-request cap, total upload size, and the size text shown before sending.
#include <catch2/catch.hpp>

#include "photo/photo_set.h"
#include "photo/size_text.h"

using namespace hotline::photo;

namespace {

PreparedPhoto photo_of_size(std::size_t bytes) {
  PreparedPhoto photo;
  photo.bytes.assign(bytes, 'x');
  photo.record.byte_size = bytes;
  return photo;
}

}  // namespace

TEST_CASE("a request takes up to the configured number of photos") {
  PhotoSet set(9);
  for (int i = 0; i < 9; ++i) {
    CHECK_FALSE(set.add(photo_of_size(1000)).has_value());
  }
  CHECK(set.full());
  const auto error = set.add(photo_of_size(1000));
  REQUIRE(error.has_value());
  CHECK(error->code == PhotoErrorCode::TooManyPhotos);
  CHECK(error->message() == hotline::base::Message{"photo.error.too_many_photos", {{"max", "9"}}});
  CHECK(set.photos().size() == 9u);
  set.remove(0);
  set.remove(100);  // out of range: ignored
  CHECK(set.photos().size() == 8u);
  CHECK_FALSE(set.full());
}

TEST_CASE("the total upload size sums the prepared bytes") {
  PhotoSet set(9);
  CHECK(set.total_bytes() == 0u);
  set.add(photo_of_size(300'000));
  set.add(photo_of_size(250'000));
  set.add(photo_of_size(1));
  CHECK(set.total_bytes() == 550'001u);
  CHECK(total_upload_bytes(set.photos()) == 550'001u);
  set.remove(1);
  CHECK(set.total_bytes() == 300'001u);
}

TEST_CASE("sizes read as KB below 1 MB and MB with one decimal above, rounded up") {
  CHECK(size_text(0) == "0 KB");
  CHECK(size_text(1) == "1 KB");
  CHECK(size_text(1024) == "1 KB");
  CHECK(size_text(1025) == "2 KB");
  CHECK(size_text(820 * 1024) == "820 KB");
  CHECK(size_text(1 << 20) == "1.0 MB");
  CHECK(size_text((1 << 20) + 1) == "1.1 MB");
  CHECK(size_text(3'565'158) == "3.4 MB");
  CHECK(megabytes_text(30ull << 20) == "30.0");
}
