// UTF-8 validation and code-point counting (limits are in characters, not bytes).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hotline::text {

// Strict RFC 3629: rejects overlong forms, surrogates and code points above U+10FFFF.
bool is_valid_utf8(std::string_view bytes);

// Number of code points, or nullopt when the bytes are not valid UTF-8.
std::optional<std::size_t> count_code_points(std::string_view bytes);

// Decodes the code point starting at bytes[pos] and advances pos; nullopt (pos unchanged) on bad input.
std::optional<char32_t> decode_next(std::string_view bytes, std::size_t& pos);

// Appends the UTF-8 encoding of cp (which must be a valid scalar value).
void append_utf8(std::string& out, char32_t cp);
// The first `count` code points of valid UTF-8 (all of it when shorter); empty when it is not UTF-8.
std::string first_code_points(std::string_view bytes, std::size_t count);

}  // namespace hotline::text
