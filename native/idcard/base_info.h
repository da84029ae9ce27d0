// The base information block a SAM module returns for "read base information" (0x30 0x01): the lengths
// of the text and photo blocks, 256 bytes of UCS-2LE text in fixed fields, then the photo (WLT, 1024
// bytes). The kiosk takes the name and the ID number only; the address, birth date, nation, issuing
// authority and photo are never decoded.
#pragma once

#include <string>

#include "base/expected.h"
#include "native/idcard/sam_frame.h"
#include "platform/id_card_reader.h"

namespace hotline::native::idcard {

// The text block's fields: offset and size in bytes (GA 467's layout of the chip's text file).
struct TextField {
  std::size_t offset;
  std::size_t size;
};
inline constexpr TextField kNameField{0, 30};
inline constexpr TextField kGenderField{30, 2};
inline constexpr TextField kNationField{32, 4};
inline constexpr TextField kBirthField{36, 16};
inline constexpr TextField kAddressField{52, 70};
inline constexpr TextField kIdNumberField{122, 36};
inline constexpr TextField kAuthorityField{158, 30};
inline constexpr TextField kValidFromField{188, 16};
inline constexpr TextField kValidToField{204, 16};
inline constexpr std::size_t kTextBlockSize = 256;
inline constexpr std::size_t kPhotoBlockSize = 1024;

// The name and number from an answer's data (text length, photo length, text, photo). The error says
// what is malformed (for the log).
base::Expected<platform::IdCard, std::string> parse_base_info(const Bytes& data);

// A field's UCS-2LE text as UTF-8, the trailing space padding removed.
std::string ucs2le_field(const Bytes& block, TextField field);

// The inverse, for simulated readers: UTF-8 (BMP only) as UCS-2LE padded with spaces to the field size.
void put_ucs2le_field(Bytes& block, TextField field, const std::string& utf8);

}  // namespace hotline::native::idcard
