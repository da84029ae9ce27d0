// EXIF reader over ByteReader: IFD0, the Exif sub-IFD and the GPS sub-IFD, with loop detection.
#include "photo/exif.h"

#include <array>
#include <cstdint>
#include <vector>

#include "photo/byte_reader.h"

namespace hotline::photo {
namespace {

enum Tag : std::uint16_t {
  kMake = 0x010F,
  kModel = 0x0110,
  kOrientation = 0x0112,
  kExifIfd = 0x8769,
  kGpsIfd = 0x8825,
  kDateTimeOriginal = 0x9003,
  kOffsetTimeOriginal = 0x9011,
  kGpsLatitudeRef = 0x0001,
  kGpsLatitude = 0x0002,
  kGpsLongitudeRef = 0x0003,
  kGpsLongitude = 0x0004,
};

enum Type : std::uint16_t { kByte = 1, kAscii = 2, kShort = 3, kLong = 4, kRational = 5, kUndefined = 7 };

// Real IFDs hold a few dozen entries; a huge count is corruption, not a camera.
constexpr std::uint16_t kMaxEntries = 1000;
// IFD0, Exif, GPS: anything beyond a handful of sub-IFDs is not a photo we want to spend time on.
constexpr std::size_t kMaxIfds = 8;

std::uint64_t type_size(std::uint16_t type) {
  switch (type) {
    case kByte:
    case kAscii:
    case kUndefined:
      return 1;
    case kShort:
      return 2;
    case kLong:
      return 4;
    case kRational:
      return 8;
    default:
      return 0;
  }
}

struct Entry {
  std::uint16_t tag = 0;
  std::uint16_t type = 0;
  std::uint32_t count = 0;
  std::uint64_t value_offset = 0;  // where the value bytes are (inline in the entry when they fit in 4)
};

PhotoError bad(std::string reason) {
  return make_error(PhotoErrorCode::BadMetadata, {{"reason", std::move(reason)}});
}

class Reader {
 public:
  explicit Reader(std::string_view tiff) : in_(tiff) {}

  base::Expected<ExifData, PhotoError> run() {
    const auto order = in_.slice(0, 2);
    if (!order || (*order != "II" && *order != "MM")) {
      return base::unexpected(bad("bad_header"));
    }
    in_.set_order(*order == "II" ? ByteOrder::Little : ByteOrder::Big);
    const auto magic = in_.u16(2);
    const auto ifd0 = in_.u32(4);
    if (!magic || *magic != 42 || !ifd0) {
      return base::unexpected(bad("bad_header"));
    }
    std::vector<std::uint64_t> pending = {*ifd0};
    while (!pending.empty()) {
      const std::uint64_t offset = pending.back();
      pending.pop_back();
      if (auto error = read_ifd(offset, pending)) {
        return base::unexpected(std::move(*error));
      }
    }
    finish_gps();
    return data_;
  }

 private:
  std::optional<PhotoError> read_ifd(std::uint64_t offset, std::vector<std::uint64_t>& pending) {
    for (const std::uint64_t seen : visited_) {
      if (seen == offset) {
        return bad("ifd_loop");
      }
    }
    if (visited_.size() >= kMaxIfds) {
      return bad("too_many_ifds");
    }
    visited_.push_back(offset);
    const auto count = in_.u16(offset);
    if (!count) {
      return bad("out_of_range");
    }
    if (*count > kMaxEntries) {
      return bad("too_many_entries");
    }
    if (!in_.fits(offset + 2, std::uint64_t{*count} * 12)) {
      return bad("out_of_range");
    }
    for (std::uint64_t i = 0; i < *count; ++i) {
      const std::uint64_t at = offset + 2 + 12 * i;
      Entry entry{*in_.u16(at), *in_.u16(at + 2), *in_.u32(at + 4), at + 8};
      const std::uint64_t size = type_size(entry.type) * entry.count;
      if (size == 0) {
        continue;
      }
      if (size > 4) {
        entry.value_offset = *in_.u32(at + 8);
      }
      if (!in_.fits(entry.value_offset, size)) {
        continue;  // one unusable tag; the rest of the IFD may still be good
      }
      if (entry.tag == kExifIfd || entry.tag == kGpsIfd) {
        if (entry.type != kLong || entry.count != 1) {
          continue;
        }
        const std::uint32_t target = *in_.u32(entry.value_offset);
        if (!in_.fits(target, 2)) {
          return bad("out_of_range");
        }
        if (entry.tag == kGpsIfd) {
          gps_ifds_.push_back(target);
        }
        pending.push_back(target);
        continue;
      }
      take(entry, offset);
    }
    return std::nullopt;
  }

  bool in_gps_ifd(std::uint64_t ifd) const {
    for (const std::uint64_t gps : gps_ifds_) {
      if (gps == ifd) {
        return true;
      }
    }
    return false;
  }

  void take(const Entry& entry, std::uint64_t ifd) {
    if (in_gps_ifd(ifd)) {
      take_gps(entry);
      return;
    }
    switch (entry.tag) {
      case kMake:
        data_.make = ascii(entry).value_or("");
        break;
      case kModel:
        data_.model = ascii(entry).value_or("");
        break;
      case kOrientation:
        if (entry.type == kShort) {
          const std::uint16_t value = *in_.u16(entry.value_offset);
          data_.orientation = value >= 1 && value <= 8 ? value : 1;
        }
        break;
      case kDateTimeOriginal:
        data_.date_time_original = ascii(entry);
        break;
      case kOffsetTimeOriginal:
        data_.offset_time_original = ascii(entry);
        break;
      default:
        break;
    }
  }

  void take_gps(const Entry& entry) {
    switch (entry.tag) {
      case kGpsLatitudeRef:
        lat_ref_ = ascii(entry).value_or("");
        break;
      case kGpsLatitude:
        lat_ = degrees(entry);
        break;
      case kGpsLongitudeRef:
        lon_ref_ = ascii(entry).value_or("");
        break;
      case kGpsLongitude:
        lon_ = degrees(entry);
        break;
      default:
        break;
    }
  }

  // EXIF ASCII is 7-bit; anything else is dropped so the text is always valid UTF-8 for JSON and UI.
  std::optional<std::string> ascii(const Entry& entry) const {
    if (entry.type != kAscii) {
      return std::nullopt;
    }
    const std::string_view raw = in_.slice(entry.value_offset, entry.count).value_or("");
    std::string text;
    for (const char c : raw) {
      if (c == '\0') {
        break;
      }
      if (c >= 0x20 && c < 0x7F) {
        text += c;
      }
    }
    while (!text.empty() && text.back() == ' ') {
      text.pop_back();
    }
    if (text.empty()) {
      return std::nullopt;
    }
    return text;
  }

  // Degrees, minutes, seconds as three unsigned rationals.
  std::optional<double> degrees(const Entry& entry) const {
    if (entry.type != kRational || entry.count != 3) {
      return std::nullopt;
    }
    double total = 0;
    const std::array<double, 3> scale = {1.0, 60.0, 3600.0};
    for (int i = 0; i < 3; ++i) {
      const std::uint32_t numerator = *in_.u32(entry.value_offset + 8 * i);
      const std::uint32_t denominator = *in_.u32(entry.value_offset + 8 * i + 4);
      if (denominator == 0) {
        return std::nullopt;
      }
      total += static_cast<double>(numerator) / denominator / scale[i];
    }
    return total;
  }

  void finish_gps() {
    if (!lat_ || !lon_ || *lat_ > 90 || *lon_ > 180) {
      return;
    }
    if ((!lat_ref_.empty() && lat_ref_ != "N" && lat_ref_ != "S") ||
        (!lon_ref_.empty() && lon_ref_ != "E" && lon_ref_ != "W")) {
      return;
    }
    data_.gps = domain::GeoPoint{lat_ref_ == "S" ? -*lat_ : *lat_, lon_ref_ == "W" ? -*lon_ : *lon_};
  }

  ByteReader in_;
  ExifData data_;
  std::vector<std::uint64_t> visited_;
  std::vector<std::uint64_t> gps_ifds_;
  std::optional<double> lat_;
  std::optional<double> lon_;
  std::string lat_ref_;
  std::string lon_ref_;
};

}  // namespace

base::Expected<ExifData, PhotoError> parse_exif(std::string_view tiff) {
  return Reader(tiff).run();
}

}  // namespace hotline::photo
