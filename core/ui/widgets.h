// Small ImGui building blocks shared by the screens.
#pragma once

#include <string_view>

namespace hotline::ui {

// A paragraph wrapped to the available width with Chinese line-breaking rules (see line_breaking.h).
void paragraph(std::string_view text);

}  // namespace hotline::ui
