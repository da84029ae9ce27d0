// Pixel sizes of the citizen's text size setting.
#pragma once

#include "app/text_size.h"

namespace hotline::ui {

using app::kAllTextSizes;
using app::parse_text_size;
using app::text_size_tag;
using app::TextSize;

// Font size in logical pixels; the renderer multiplies by the screen's pixel density.
float text_size_px(TextSize size);

}  // namespace hotline::ui
