// Masked display of personal numbers: 350***********123X, 138****5678.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace hotline::domain {

// Replaces every code point but the first `keep_head` and last `keep_tail` with '*', keeping the
// length in characters. Reveals nothing when fewer than 4 characters would be hidden (a short or
// truncated value would otherwise be almost fully shown); invalid UTF-8 becomes one '*' per byte.
std::string mask_middle(std::string_view text, std::size_t keep_head, std::size_t keep_tail);

// At most the first 3 and last 4 characters (Personal Information Protection Law display practice).
std::string mask_resident_id(std::string_view number);
std::string mask_mobile(std::string_view number);

}  // namespace hotline::domain
