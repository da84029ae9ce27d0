// Text sizes chosen so that extra large still fits a 4-character CJK button on a 360 px wide phone.
#include "ui/text_size.h"

namespace hotline::ui {

float text_size_px(TextSize size) {
  switch (size) {
    case TextSize::Large:
      return 32.0f;
    case TextSize::ExtraLarge:
      return 40.0f;
    case TextSize::Normal:
      break;
  }
  return 26.0f;
}

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

}  // namespace hotline::ui
