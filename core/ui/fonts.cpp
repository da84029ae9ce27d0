// Builds the glyph ranges from the subset's character list; ImGui only rasterises what ranges name.
#include "ui/fonts.h"

#include <imgui.h>

#include "text/utf8.h"

namespace hotline::ui {

ImFont* load_ui_font(const std::vector<unsigned char>& font_bytes, const std::string& charset, float pixel_ratio) {
  ImGuiIO& io = ImGui::GetIO();
  // The atlas keeps pointers to the ranges until it is built, so they live as long as the process.
  static ImVector<ImWchar> ranges;
  ImFontGlyphRangesBuilder builder;
  builder.AddText(charset.data(), charset.data() + charset.size());
  ranges.clear();
  builder.BuildRanges(&ranges);

  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;
  config.OversampleH = 1;
  config.OversampleV = 1;
  config.PixelSnapH = true;
  const float ratio = pixel_ratio > 0.0f ? pixel_ratio : 1.0f;
  ImFont* font =
      io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(font_bytes.data()), static_cast<int>(font_bytes.size()),
                                     kBaseFontPx * ratio, &config, ranges.Data);
  if (font == nullptr || !io.Fonts->Build()) {
    return nullptr;
  }
  io.FontGlobalScale = 1.0f / ratio;
  io.FontDefault = font;
  return font;
}

std::vector<char32_t> missing_glyphs(const ImFont& font, std::string_view text) {
  std::vector<char32_t> missing;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto cp = text::decode_next(text, pos);
    if (!cp) {
      ++pos;
      continue;
    }
    if (*cp >= 0x20 && *cp <= IM_UNICODE_CODEPOINT_MAX &&
        font.FindGlyphNoFallback(static_cast<ImWchar>(*cp)) == nullptr) {
      missing.push_back(*cp);
    }
  }
  return missing;
}

}  // namespace hotline::ui
