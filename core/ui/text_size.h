// The citizen's text size setting (elderly citizens read the larger ones) and its pixel sizes.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace hotline::ui {

enum class TextSize { Normal, Large, ExtraLarge };

inline constexpr std::array<TextSize, 3> kAllTextSizes = {TextSize::Normal, TextSize::Large, TextSize::ExtraLarge};

// Font size in logical pixels; the renderer multiplies by the screen's pixel density.
float text_size_px(TextSize size);

// "normal", "large", "extra-large": the command line's and the web page's spelling.
std::string_view text_size_tag(TextSize size);
std::optional<TextSize> parse_text_size(std::string_view tag);

}  // namespace hotline::ui
