// Reads just enough of the OpenType container (collection header, table directory, name table) to tell
// faces apart; every offset is bounds-checked because kiosk operators may configure any file.
#include "ui/font_collection.h"

#include <cstdint>
#include <vector>

namespace hotline::ui {
namespace {

class Reader {
 public:
  explicit Reader(std::span<const unsigned char> bytes) : bytes_(bytes) {}
  bool has(std::size_t offset, std::size_t size) const {
    return offset <= bytes_.size() && size <= bytes_.size() - offset;
  }
  std::uint32_t u16(std::size_t offset) const { return has(offset, 2) ? bytes_[offset] << 8 | bytes_[offset + 1] : 0; }
  std::uint32_t u32(std::size_t offset) const { return u16(offset) << 16 | u16(offset + 2); }

 private:
  std::span<const unsigned char> bytes_;
};

constexpr std::uint32_t tag(const char (&t)[5]) {
  return static_cast<std::uint32_t>(t[0]) << 24 | static_cast<std::uint32_t>(t[1]) << 16 |
         static_cast<std::uint32_t>(t[2]) << 8 | static_cast<std::uint32_t>(t[3]);
}

std::size_t find_table(const Reader& font, std::size_t face_offset, std::uint32_t wanted) {
  const std::uint32_t tables = font.u16(face_offset + 4);
  for (std::uint32_t i = 0; i < tables; ++i) {
    const std::size_t record = face_offset + 12 + i * 16;
    if (font.u32(record) == wanted) {
      return font.u32(record + 8);
    }
  }
  return 0;
}

// Windows-platform names are UTF-16BE; family names of CJK fonts in English are ASCII there.
bool name_equals(const Reader& font, std::size_t offset, std::size_t length, std::string_view family) {
  if (length != family.size() * 2 || !font.has(offset, length)) {
    return false;
  }
  for (std::size_t i = 0; i < family.size(); ++i) {
    if (font.u16(offset + i * 2) != static_cast<unsigned char>(family[i])) {
      return false;
    }
  }
  return true;
}

bool face_has_family(const Reader& font, std::size_t face_offset, std::string_view family) {
  const std::size_t names = find_table(font, face_offset, tag("name"));
  if (names == 0) {
    return false;
  }
  const std::uint32_t count = font.u16(names + 2);
  const std::size_t strings = names + font.u16(names + 4);
  for (std::uint32_t i = 0; i < count; ++i) {
    const std::size_t record = names + 6 + i * 12;
    const std::uint32_t platform = font.u16(record);
    const std::uint32_t name_id = font.u16(record + 6);
    if (platform == 3 && (name_id == 1 || name_id == 16) &&
        name_equals(font, strings + font.u16(record + 10), font.u16(record + 8), family)) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::optional<int> find_face(std::span<const unsigned char> font_file, std::string_view family) {
  const Reader font(font_file);
  std::vector<std::size_t> faces;
  if (font.u32(0) == tag("ttcf")) {
    const std::uint32_t count = font.u32(8);
    for (std::uint32_t i = 0; i < count && font.has(12 + i * 4, 4); ++i) {
      faces.push_back(font.u32(12 + i * 4));
    }
  } else {
    faces.push_back(0);
  }
  for (std::size_t i = 0; i < faces.size(); ++i) {
    if (face_has_family(font, faces[i], family)) {
      return static_cast<int>(i);
    }
  }
  return std::nullopt;
}

}  // namespace hotline::ui
