// application/x-www-form-urlencoded bodies (the POST requests.json format), both directions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.h"
#include "base/secure_string.h"
#include "open311/decode_error.h"

namespace hotline::open311 {

inline constexpr std::string_view kFormContentType = "application/x-www-form-urlencoded; charset=utf-8";

// The value is what the citizen typed (name, mobile, ID number, description...): it is held, encoded
// and decoded in zeroing storage, so a form in the outbox or a draft leaves nothing when it goes.
struct FormField {
  std::string name;
  base::SecureString value;

  bool operator==(const FormField&) const = default;
};

// The WHATWG urlencoded serializer: ASCII letters, digits and "*-._" stay, space becomes '+', every
// other byte (UTF-8 of Chinese text, "&=+%[]", ...) becomes %XX with upper-case hex.
std::string percent_encode(std::string_view text);
// %XX decoded to its byte, '+' to a space when `plus_is_space` (forms and query strings, not paths);
// nullopt on a '%' not followed by two hex digits. The bytes are not checked for UTF-8.
std::optional<std::string> percent_decode(std::string_view text, bool plus_is_space);
// name=value pairs joined by '&', in the given order; written into one block reserved up front, so no
// regrowth leaves a part of the body behind.
base::SecureString encode_form(const std::vector<FormField>& fields);

// Splits on '&' (empty pieces skipped), then on the first '=' (no '=' means an empty value); '+' is a
// space and %XX a byte. Errors: TooLarge, BadPercentEscape (field = the decoded name, or "[i]" for the
// i-th pair when the name itself is bad), InvalidUtf8 (decoded bytes are not UTF-8). Duplicate names
// are kept in order; deciding what they mean is the caller's business.
base::Expected<std::vector<FormField>, DecodeError> decode_form(std::string_view body, const DecodeLimits& limits = {});

}  // namespace hotline::open311
