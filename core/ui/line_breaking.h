// Line breaking for mixed Chinese/Latin text: CJK may break between any two characters, Latin only at
// spaces, and Chinese punctuation rules (避头尾) keep closing marks off line starts and opening marks off
// line ends. Dear ImGui's own wrapping knows only spaces.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

namespace hotline::ui {

// Width of a UTF-8 run in pixels (in the app: the current ImGui font; in tests: a fixed-width model).
using MeasureText = std::function<float(std::string_view)>;

// Splits `text` into lines no wider than `max_width` where possible (a single unbreakable run wider
// than the line is split by character). Explicit '\n' always breaks. Returned views point into `text`;
// trailing spaces at a break are dropped.
std::vector<std::string_view> break_lines(std::string_view text, float max_width, const MeasureText& measure);

// Whether a line may start / end with this code point (exposed for tests).
bool may_start_line(char32_t cp);
bool may_end_line(char32_t cp);

}  // namespace hotline::ui
