// Bounds-checked reads from untrusted bytes: every read says whether it fit, nothing is trusted.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace hotline::photo {

enum class ByteOrder { Big, Little };

class ByteReader {
 public:
  explicit ByteReader(std::string_view bytes, ByteOrder order = ByteOrder::Big) : bytes_(bytes), order_(order) {}

  std::size_t size() const { return bytes_.size(); }
  ByteOrder order() const { return order_; }
  void set_order(ByteOrder order) { order_ = order; }

  // True when [offset, offset + length) lies inside the bytes, without overflowing.
  bool fits(std::uint64_t offset, std::uint64_t length) const {
    return offset <= bytes_.size() && length <= bytes_.size() - offset;
  }
  std::optional<std::uint8_t> u8(std::uint64_t offset) const {
    if (!fits(offset, 1)) {
      return std::nullopt;
    }
    return static_cast<std::uint8_t>(bytes_[offset]);
  }
  std::optional<std::uint16_t> u16(std::uint64_t offset) const {
    const auto value = read(offset, 2);
    return value ? std::optional<std::uint16_t>(static_cast<std::uint16_t>(*value)) : std::nullopt;
  }
  std::optional<std::uint32_t> u32(std::uint64_t offset) const {
    const auto value = read(offset, 4);
    return value ? std::optional<std::uint32_t>(static_cast<std::uint32_t>(*value)) : std::nullopt;
  }
  std::optional<std::string_view> slice(std::uint64_t offset, std::uint64_t length) const {
    if (!fits(offset, length)) {
      return std::nullopt;
    }
    return bytes_.substr(offset, length);
  }

 private:
  std::optional<std::uint64_t> read(std::uint64_t offset, int width) const {
    if (!fits(offset, static_cast<std::uint64_t>(width))) {
      return std::nullopt;
    }
    std::uint64_t value = 0;
    for (int i = 0; i < width; ++i) {
      const int index = order_ == ByteOrder::Big ? i : width - 1 - i;
      value = (value << 8) | static_cast<std::uint8_t>(bytes_[offset + index]);
    }
    return value;
  }

  std::string_view bytes_;
  ByteOrder order_;
};

}  // namespace hotline::photo
