// Masking of personal numbers for display.
#include "domain/masking.h"

#include "text/utf8.h"

namespace hotline::domain {
namespace {

constexpr std::size_t kMinHidden = 4;

}  // namespace

std::string mask_middle(std::string_view text, std::size_t keep_head, std::size_t keep_tail) {
  const auto count = text::count_code_points(text);
  if (!count) {
    return std::string(text.size(), '*');
  }
  const bool reveal = *count >= keep_head + keep_tail + kMinHidden;
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  for (std::size_t i = 0; i < *count; ++i) {
    const std::size_t start = pos;
    text::decode_next(text, pos);
    if (reveal && (i < keep_head || i >= *count - keep_tail)) {
      out.append(text.substr(start, pos - start));
    } else {
      out += '*';
    }
  }
  return out;
}

std::string mask_resident_id(std::string_view number) {
  return mask_middle(number, 3, 4);
}

std::string mask_mobile(std::string_view number) {
  return mask_middle(number, 3, 4);
}

}  // namespace hotline::domain
