// Finds the kiosk's CJK font file: the configured one, else Noto Sans CJK where distributions install it.
#pragma once

#include <string>

#include "base/expected.h"

namespace hotline::native {

// `configured` (the --font option) wins, then the HOTLINE_FONT environment variable, then the usual
// install locations. The error names every place looked at and how to fix it.
base::Expected<std::string, std::string> find_cjk_font(const std::string& configured);

}  // namespace hotline::native
