// Text sizes in dp: 18 is the MIIT elderly-friendly minimum for main text; extra large still fits a
// 4-character CJK button on a 360 dp wide phone.
#include "ui/text_size.h"

namespace hotline::ui {

float text_size_px(TextSize size) {
  switch (size) {
    case TextSize::Large:
      return 22.0f;
    case TextSize::ExtraLarge:
      return 28.0f;
    case TextSize::Normal:
      break;
  }
  return 18.0f;
}

}  // namespace hotline::ui
