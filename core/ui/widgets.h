// Small ImGui building blocks shared by the screens.
#pragma once

#include <string_view>

namespace hotline::ui {

// A paragraph wrapped to the available width with Chinese line-breaking rules (see line_breaking.h).
void paragraph(std::string_view text);

// One button of a row of choices (language, text size); the selected one is drawn pressed. Buttons
// after the first continue the row while they fit and wrap otherwise (narrow phones, extra large
// text). True when tapped.
bool choice_button(std::string_view label, bool selected, bool first_in_row);

}  // namespace hotline::ui
