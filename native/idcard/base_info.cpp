// The base information block decoded (see base_info.h).
#include "native/idcard/base_info.h"

#include "native/idcard/card_check.h"
#include "text/utf8.h"

namespace hotline::native::idcard {

std::string ucs2le_field(const Bytes& block, TextField field) {
  std::string out;
  std::size_t end = field.offset + field.size;
  // The chip pads fields with spaces (some readers with NULs).
  while (end >= field.offset + 2 && (block[end - 2] == 0x20 || block[end - 2] == 0) && block[end - 1] == 0) {
    end -= 2;
  }
  for (std::size_t i = field.offset; i + 1 < end; i += 2) {
    const char32_t unit = block[i] | (static_cast<char32_t>(block[i + 1]) << 8);
    // Names and numbers are in the BMP; a lone surrogate would be a garbled read.
    text::append_utf8(out, unit >= 0xD800 && unit < 0xE000 ? 0xFFFD : unit);
  }
  return out;
}

void put_ucs2le_field(Bytes& block, TextField field, const std::string& utf8) {
  std::size_t at = field.offset;
  std::size_t pos = 0;
  while (pos < utf8.size() && at + 1 < field.offset + field.size) {
    const auto decoded = text::decode_next(utf8, pos);
    if (!decoded) {
      ++pos;  // a stray byte: the replacement character
    }
    const char32_t cp = decoded.value_or(0xFFFD);
    block[at] = static_cast<std::uint8_t>(cp & 0xFF);
    block[at + 1] = static_cast<std::uint8_t>((cp >> 8) & 0xFF);
    at += 2;
  }
  for (; at + 1 < field.offset + field.size; at += 2) {
    block[at] = 0x20;
    block[at + 1] = 0;
  }
}

base::Expected<platform::IdCard, std::string> parse_base_info(const Bytes& data) {
  if (data.size() < 4) {
    return base::unexpected(std::string("base information: shorter than its two lengths"));
  }
  const std::size_t text_size = (static_cast<std::size_t>(data[0]) << 8) | data[1];
  const std::size_t photo_size = (static_cast<std::size_t>(data[2]) << 8) | data[3];
  if (text_size < kTextBlockSize || data.size() < 4 + text_size + photo_size) {
    return base::unexpected("base information: text " + std::to_string(text_size) + " and photo " +
                            std::to_string(photo_size) + " bytes announced, " + std::to_string(data.size() - 4) +
                            " received");
  }
  Bytes block(data.begin() + 4, data.begin() + 4 + static_cast<std::ptrdiff_t>(kTextBlockSize));
  platform::IdCard card{ucs2le_field(block, kNameField), ucs2le_field(block, kIdNumberField)};
  wipe(block);
  if (auto problem = card_problem(card)) {
    return base::unexpected("base information: " + *problem);
  }
  return card;
}

}  // namespace hotline::native::idcard
