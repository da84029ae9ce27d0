// Spelling of the text sizes.
#include "app/text_size.h"

namespace hotline::app {

std::string_view text_size_tag(TextSize size) {
  switch (size) {
    case TextSize::Large:
      return "large";
    case TextSize::ExtraLarge:
      return "extra-large";
    case TextSize::Normal:
      break;
  }
  return "normal";
}

std::optional<TextSize> parse_text_size(std::string_view tag) {
  for (const TextSize size : kAllTextSizes) {
    if (text_size_tag(size) == tag) {
      return size;
    }
  }
  return std::nullopt;
}

}  // namespace hotline::app
