// UTF-8 decoding per RFC 3629 table 3.
#include "text/utf8.h"

namespace hotline::text {

std::optional<char32_t> decode_next(std::string_view bytes, std::size_t& pos) {
  if (pos >= bytes.size()) {
    return std::nullopt;
  }
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  std::size_t length = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, cp = lead & 0x1F, min = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, cp = lead & 0x0F, min = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, cp = lead & 0x07, min = 0x10000;
  } else {
    return std::nullopt;
  }
  if (bytes.size() - pos < length) {
    return std::nullopt;
  }
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char cont = byte(pos + i);
    if ((cont & 0xC0) != 0x80) {
      return std::nullopt;
    }
    cp = (cp << 6) | (cont & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    return std::nullopt;
  }
  pos += length;
  return cp;
}

std::optional<std::size_t> count_code_points(std::string_view bytes) {
  std::size_t count = 0;
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    if (!decode_next(bytes, pos)) {
      return std::nullopt;
    }
    ++count;
  }
  return count;
}

bool is_valid_utf8(std::string_view bytes) {
  return count_code_points(bytes).has_value();
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string first_code_points(std::string_view bytes, std::size_t count) {
  std::string out;
  std::size_t pos = 0;
  for (std::size_t n = 0; n < count && pos < bytes.size(); ++n) {
    const auto cp = decode_next(bytes, pos);
    if (!cp) {
      return {};
    }
    append_utf8(out, *cp);
  }
  return out;
}

}  // namespace hotline::text
