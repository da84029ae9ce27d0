// The citizen's text size setting (elderly citizens read the larger ones) and its spelling.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace hotline::app {

enum class TextSize { Normal, Large, ExtraLarge };

inline constexpr std::array<TextSize, 3> kAllTextSizes = {TextSize::Normal, TextSize::Large, TextSize::ExtraLarge};

// "normal", "large", "extra-large": the command line's, the web page's and the settings record's spelling.
std::string_view text_size_tag(TextSize size);
std::optional<TextSize> parse_text_size(std::string_view tag);

}  // namespace hotline::app
