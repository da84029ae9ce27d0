// Test helpers: fixture bytes from the source tree, and the segment/chunk lists of encoded images.
#pragma once

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace photo_test {

inline std::string fixture_path(const std::string& name) {
  return std::string(HOTLINE_SOURCE_DIR) + "/tests/unit/photo/fixtures/" + name;
}

inline std::string read_fixture(const std::string& name) {
  std::ifstream in(fixture_path(name), std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The marker bytes of every JPEG segment before the scan (SOS); empty when the walk fails.
inline std::vector<unsigned char> jpeg_markers(const std::string& jpeg) {
  std::vector<unsigned char> markers;
  std::size_t at = 2;
  while (at + 4 <= jpeg.size() && static_cast<unsigned char>(jpeg[at]) == 0xFF) {
    const auto marker = static_cast<unsigned char>(jpeg[at + 1]);
    markers.push_back(marker);
    if (marker == 0xDA) {
      return markers;
    }
    const std::size_t length = static_cast<std::size_t>(static_cast<unsigned char>(jpeg[at + 2])) << 8 |
                               static_cast<unsigned char>(jpeg[at + 3]);
    at += 2 + length;
  }
  return {};
}

// The chunk types of a PNG in order.
inline std::vector<std::string> png_chunks(const std::string& png) {
  std::vector<std::string> chunks;
  std::size_t at = 8;
  while (at + 8 <= png.size()) {
    const auto byte = [&](std::size_t i) { return static_cast<std::size_t>(static_cast<unsigned char>(png[i])); };
    const std::size_t length = byte(at) << 24 | byte(at + 1) << 16 | byte(at + 2) << 8 | byte(at + 3);
    chunks.push_back(png.substr(at + 4, 4));
    at += 12 + length;
  }
  return chunks;
}

}  // namespace photo_test
