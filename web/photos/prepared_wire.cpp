// Little-endian fields in a fixed order; strings and pixels as a 32-bit length and their bytes. Both
// ends are the same build, so the layout needs no version.
#include "photos/prepared_wire.h"

#include <cstdint>
#include <cstring>
#include <optional>

namespace hotline::web {

namespace {

class Writer {
 public:
  template <typename T>
  void number(T value) {
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));  // wasm is little-endian
    out_.append(bytes, sizeof(T));
  }
  void text(std::string_view value) {
    number(static_cast<std::uint32_t>(value.size()));
    out_.append(value);
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  template <typename T>
  std::optional<T> number() {
    if (in_.size() < sizeof(T)) {
      return std::nullopt;
    }
    T value;
    std::memcpy(&value, in_.data(), sizeof(T));
    in_.remove_prefix(sizeof(T));
    return value;
  }
  std::optional<std::string_view> text() {
    const auto size = number<std::uint32_t>();
    if (!size || in_.size() < *size) {
      return std::nullopt;
    }
    const std::string_view value = in_.substr(0, *size);
    in_.remove_prefix(*size);
    return value;
  }

 private:
  std::string_view in_;
};

std::optional<PreparedResult> read_error(Reader& in) {
  const auto code = in.number<std::uint32_t>();
  const auto count = in.number<std::uint32_t>();
  if (!code || !count || *code > static_cast<std::uint32_t>(photo::PhotoErrorCode::TooManyPhotos)) {
    return std::nullopt;
  }
  std::vector<base::MessageParam> params;
  for (std::uint32_t i = 0; i < *count; ++i) {
    const auto name = in.text();
    const auto value = in.text();
    if (!name || !value) {
      return std::nullopt;
    }
    params.push_back({std::string(*name), std::string(*value)});
  }
  return base::unexpected(photo::make_error(static_cast<photo::PhotoErrorCode>(*code), std::move(params)));
}

std::optional<PreparedResult> read_photo(Reader& in) {
  photo::PreparedPhoto out;
  domain::Attachment& record = out.record;
  const auto bytes = in.text();
  const auto type = in.text();
  const auto width = in.number<std::uint32_t>();
  const auto height = in.number<std::uint32_t>();
  const auto sha = in.text();
  const auto captured = in.text();
  const auto has_location = in.number<std::uint8_t>();
  const auto lat = in.number<double>();
  const auto lon = in.number<double>();
  const auto thumb_width = in.number<std::uint32_t>();
  const auto thumb_height = in.number<std::uint32_t>();
  const auto pixels = in.text();
  if (!bytes || !type || !width || !height || !sha || !captured || !has_location || !lat || !lon || !thumb_width ||
      !thumb_height || !pixels) {
    return std::nullopt;
  }
  out.bytes = std::string(*bytes);
  record.content_type = std::string(*type);
  record.byte_size = out.bytes.size();
  record.width = *width;
  record.height = *height;
  record.sha256 = std::string(*sha);
  if (!captured->empty()) {
    record.captured_at = std::string(*captured);
  }
  if (*has_location != 0) {
    record.location = domain::GeoPoint{*lat, *lon};
  }
  out.thumbnail = photo::make_image(*thumb_width, *thumb_height, 4);
  if (out.thumbnail.byte_count() != pixels->size() || out.thumbnail.pixels.size() != pixels->size()) {
    return std::nullopt;
  }
  std::memcpy(out.thumbnail.pixels.data(), pixels->data(), pixels->size());
  return PreparedResult(std::move(out));
}

}  // namespace

std::string encode_prepared(const PreparedResult& result) {
  Writer out;
  out.number<std::uint8_t>(result ? 1 : 0);
  if (!result) {
    const photo::PhotoError& error = result.error();
    out.number(static_cast<std::uint32_t>(error.code));
    out.number(static_cast<std::uint32_t>(error.params.size()));
    for (const base::MessageParam& param : error.params) {
      out.text(param.name);
      out.text(param.value);
    }
    return out.take();
  }
  const photo::PreparedPhoto& photo = *result;
  const domain::Attachment& record = photo.record;
  out.text(photo.bytes);
  out.text(record.content_type);
  out.number(record.width);
  out.number(record.height);
  out.text(record.sha256);
  out.text(record.captured_at.value_or(""));
  out.number<std::uint8_t>(record.location ? 1 : 0);
  out.number(record.location ? record.location->lat : 0.0);
  out.number(record.location ? record.location->lon : 0.0);
  // The thumbnail is RGBA (prepare() makes it so), the only layout the app's textures take.
  out.number(photo.thumbnail.width);
  out.number(photo.thumbnail.height);
  out.text(
      std::string_view(reinterpret_cast<const char*>(photo.thumbnail.pixels.data()), photo.thumbnail.byte_count()));
  return out.take();
}

PreparedResult decode_prepared(std::string_view wire) {
  Reader in(wire);
  const auto ok = in.number<std::uint8_t>();
  std::optional<PreparedResult> result;
  if (ok) {
    result = *ok != 0 ? read_photo(in) : read_error(in);
  }
  if (!result) {
    return base::unexpected(photo::make_error(photo::PhotoErrorCode::DecodeFailed));
  }
  return std::move(*result);
}

}  // namespace hotline::web
