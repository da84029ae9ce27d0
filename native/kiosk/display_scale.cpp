// The kiosk's scale from its configuration or its display (see display_scale.h).
#include "native/kiosk/display_scale.h"

#include <algorithm>
#include <cmath>

namespace hotline::native {
namespace {

// Layout pixels per inch: a desktop's 96, each pixel twice as large.
constexpr float kLayoutPixelsPerInch = 48;

}  // namespace

float kiosk_scale(std::optional<float> configured, std::optional<float> display_dpi) {
  if (configured) {
    return *configured;
  }
  if (!display_dpi || !(*display_dpi > 0)) {
    return 1;
  }
  return std::clamp(std::floor(*display_dpi / kLayoutPixelsPerInch * 4) / 4, 1.0f, 4.0f);
}

}  // namespace hotline::native
