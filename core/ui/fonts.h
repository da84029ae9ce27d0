// UI font setup: the CJK subset at a size readable by elderly citizens, and a glyph coverage check.
#pragma once

#include <string>
#include <string_view>
#include <vector>

struct ImFont;

namespace hotline::ui {

inline constexpr float kBaseFontPx = 26.0f;

// Adds the font to the current ImGui context's atlas, rasterised at kBaseFontPx * pixel_ratio and
// scaled back so text stays sharp on high-density phone screens. Returns nullptr on a bad font.
ImFont* load_ui_font(const std::vector<unsigned char>& font_bytes, const std::string& charset, float pixel_ratio);

// Code points of `text` that the font cannot draw (they would show as fallback boxes).
std::vector<char32_t> missing_glyphs(const ImFont& font, std::string_view text);

}  // namespace hotline::ui
