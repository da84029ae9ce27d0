// EXIF reader: exiftool's answers for fixtures written by exiftool, and hostile hand-made TIFF blocks.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "fixture_files.h"
#include "photo/exif.h"
#include "photo/inspect.h"

using namespace hotline::photo;
using photo_test::read_fixture;
namespace base = hotline::base;

namespace {

// The EXIF block of a fixture, via the same path the app takes.
ExifData exif_of(const std::string& name) {
  const auto info = inspect(read_fixture(name));
  REQUIRE(info.has_value());
  REQUIRE_FALSE(info->metadata_error.has_value());
  return info->exif;
}

nlohmann::json oracle(const std::string& name) {
  const auto json = nlohmann::json::parse(read_fixture(name), nullptr, false);
  REQUIRE(json.is_array());
  return json.at(0);
}

void check_against_exiftool(const std::string& stem) {
  INFO(stem);
  const ExifData exif = exif_of(stem + ".jpg");
  const nlohmann::json expected = oracle(stem + ".exiftool.json");
  CHECK(exif.orientation == expected.value("Orientation", 1));
  CHECK(exif.make == expected.value("Make", ""));
  CHECK(exif.model == expected.value("Model", ""));
  if (expected.contains("DateTimeOriginal")) {
    CHECK(exif.date_time_original == expected["DateTimeOriginal"].get<std::string>());
  } else {
    CHECK_FALSE(exif.date_time_original.has_value());
  }
  if (expected.contains("OffsetTimeOriginal")) {
    CHECK(exif.offset_time_original == expected["OffsetTimeOriginal"].get<std::string>());
  } else {
    CHECK_FALSE(exif.offset_time_original.has_value());
  }
  if (expected.contains("GPSLatitude")) {
    REQUIRE(exif.gps.has_value());
    CHECK(exif.gps->lat == Approx(expected["GPSLatitude"].get<double>()).margin(1e-6));
    CHECK(exif.gps->lon == Approx(expected["GPSLongitude"].get<double>()).margin(1e-6));
  } else {
    CHECK_FALSE(exif.gps.has_value());
  }
}

// A minimal TIFF writer for hostile inputs: header, then IFDs at caller-chosen offsets.
class Tiff {
 public:
  explicit Tiff(bool little) : little_(little) {
    bytes_ = little ? "II" : "MM";
    u16(42);
    u32(8);
  }
  Tiff& u16(std::uint32_t v) { return put(v, 2); }
  Tiff& u32(std::uint32_t v) { return put(v, 4); }
  // One 12-byte IFD entry.
  Tiff& entry(std::uint16_t tag, std::uint16_t type, std::uint32_t count, std::uint32_t value) {
    u16(tag).u16(type).u32(count);
    return type == 3 && count == 1 ? u16(value).u16(0) : u32(value);
  }
  Tiff& raw(std::string_view text) {
    bytes_ += text;
    return *this;
  }
  const std::string& bytes() const { return bytes_; }

 private:
  Tiff& put(std::uint32_t v, int width) {
    for (int i = 0; i < width; ++i) {
      const int shift = little_ ? 8 * i : 8 * (width - 1 - i);
      bytes_ += static_cast<char>((v >> shift) & 0xFF);
    }
    return *this;
  }
  bool little_;
  std::string bytes_;
};

std::string reason_of(const base::Expected<ExifData, PhotoError>& result) {
  REQUIRE_FALSE(result.has_value());
  CHECK(result.error().code == PhotoErrorCode::BadMetadata);
  REQUIRE(result.error().params.size() == 1u);
  REQUIRE(result.error().params[0].name == "reason");
  return result.error().params[0].value;
}

}  // namespace

TEST_CASE("EXIF matches exiftool for big-endian, little-endian and metadata-rich photos") {
  check_against_exiftool("camera_mm");  // Motorola, Fuzhou GPS, offset time, orientation 6
  check_against_exiftool("camera_ii");  // Intel, S/W references, no offset
  check_against_exiftool("metadata_rich");
  check_against_exiftool("orientation_6");
}

TEST_CASE("every orientation fixture reports its orientation") {
  for (int n = 1; n <= 8; ++n) {
    INFO("orientation " << n);
    CHECK(exif_of("orientation_" + std::to_string(n) + ".jpg").orientation == n);
  }
}

TEST_CASE("orientation and ASCII tags from a hand-made little-endian block") {
  Tiff tiff(true);
  tiff.u16(2).entry(0x0112, 3, 1, 8).entry(0x010F, 2, 4, 0x00435A59).u32(0);  // Make "YZC\0" inline
  const auto exif = parse_exif(tiff.bytes());
  REQUIRE(exif.has_value());
  CHECK(exif->orientation == 8);
  CHECK(exif->make == "YZC");
}

TEST_CASE("out-of-range orientation values read as 1") {
  Tiff tiff(false);
  tiff.u16(1).entry(0x0112, 3, 1, 9).u32(0);
  const auto exif = parse_exif(tiff.bytes());
  REQUIRE(exif.has_value());
  CHECK(exif->orientation == 1);
}

TEST_CASE("IFD loops are detected, not followed forever") {
  // IFD0 at 8 whose Exif pointer points back at IFD0.
  Tiff self(true);
  self.u16(1).entry(0x8769, 4, 1, 8).u32(0);
  CHECK(reason_of(parse_exif(self.bytes())) == "ifd_loop");
  // IFD0 -> Exif IFD (26) -> GPS pointer back to the Exif IFD.
  Tiff pair(false);
  pair.u16(1).entry(0x8769, 4, 1, 26).u32(0);
  pair.u16(1).entry(0x8825, 4, 1, 26).u32(0);
  CHECK(reason_of(parse_exif(pair.bytes())) == "ifd_loop");
}

TEST_CASE("offsets and counts outside the block are typed errors or skipped tags") {
  CHECK(reason_of(parse_exif(Tiff(true).bytes())) == "out_of_range");  // IFD0 offset 8 == end of block
  Tiff far(true);
  far.u16(1).entry(0x8825, 4, 1, 0xFFFFFFF0u).u32(0);
  CHECK(reason_of(parse_exif(far.bytes())) == "out_of_range");
  Tiff many(true);
  many.u16(900).entry(0x0112, 3, 1, 6);  // claims 900 entries, holds 1
  CHECK(reason_of(parse_exif(many.bytes())) == "out_of_range");
  Tiff huge(false);
  huge.u16(60000);
  CHECK(reason_of(parse_exif(huge.bytes())) == "too_many_entries");
  // A value whose count * size runs past the end (and would overflow 32 bits) is skipped; the
  // orientation after it is still read.
  Tiff count(true);
  count.u16(2).entry(0x010F, 2, 0xFFFFFFFFu, 100).entry(0x0112, 3, 1, 3).u32(0);
  const auto exif = parse_exif(count.bytes());
  REQUIRE(exif.has_value());
  CHECK(exif->make.empty());
  CHECK(exif->orientation == 3);
}

TEST_CASE("bad TIFF headers are rejected") {
  CHECK(reason_of(parse_exif("")) == "bad_header");
  CHECK(reason_of(parse_exif("XX*\0\x08\0\0\0")) == "bad_header");
  CHECK(reason_of(parse_exif(std::string("II\x2B\0\x08\0\0\0", 8))) == "bad_header");
  CHECK(reason_of(parse_exif("MM\0")) == "bad_header");
}

TEST_CASE("GPS with a zero denominator or out-of-range degrees is dropped") {
  // IFD0 (8): GPS pointer to 26; GPS IFD (26): 2 entries -> rationals at 56 (lat) and 80 (lon).
  const auto gps_block = [](std::uint32_t lat_denominator, std::uint32_t lon_degrees) {
    Tiff tiff(false);
    tiff.u16(1).entry(0x8825, 4, 1, 26).u32(0);
    tiff.u16(2).entry(0x0002, 5, 3, 56).entry(0x0004, 5, 3, 80).u32(0);
    tiff.u32(26).u32(lat_denominator).u32(0).u32(1).u32(0).u32(1);
    tiff.u32(lon_degrees).u32(1).u32(30).u32(1).u32(0).u32(1);
    return tiff.bytes();
  };
  const auto good = parse_exif(gps_block(1, 119));
  REQUIRE(good.has_value());
  REQUIRE(good->gps.has_value());
  CHECK(good->gps->lat == Approx(26.0));
  CHECK(good->gps->lon == Approx(119.5));
  const auto zero = parse_exif(gps_block(0, 119));
  REQUIRE(zero.has_value());
  CHECK_FALSE(zero->gps.has_value());
  const auto far = parse_exif(gps_block(1, 200));
  REQUIRE(far.has_value());
  CHECK_FALSE(far->gps.has_value());
}

TEST_CASE("a JPEG whose EXIF loops is still usable, with the metadata problem reported") {
  Tiff loop(false);
  loop.u16(1).entry(0x8769, 4, 1, 8).u32(0);
  const std::string app1 = "Exif" + std::string(2, '\0') + loop.bytes();
  const std::size_t length = app1.size() + 2;
  std::string jpeg = read_fixture("orientation_1.jpg");
  jpeg.insert(2, std::string("\xFF\xE1", 2) + static_cast<char>(length >> 8) + static_cast<char>(length & 0xFF) + app1);
  const auto info = inspect(jpeg);
  REQUIRE(info.has_value());
  CHECK(info->width == 64u);
  REQUIRE(info->metadata_error.has_value());
  CHECK(info->metadata_error->code == PhotoErrorCode::BadMetadata);
  CHECK(info->orientation == 1);
}
