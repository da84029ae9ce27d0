// Glyphs from a font file (kiosks: the system's Noto Sans CJK) through Dear ImGui's stb_truetype loader.
#pragma once

#include <string>

#include "ui/glyph_source.h"

namespace hotline::ui {

// The face used from a collection such as Debian's NotoSansCJK-Regular.ttc; other fonts use their first face.
inline constexpr const char* kPreferredFamily = "Noto Sans CJK SC";

class FontFileGlyphSource final : public GlyphSource {
 public:
  explicit FontFileGlyphSource(std::string path) : path_(std::move(path)) {}
  // Reads the whole file into the atlas (19 MB for the Noto collection); glyphs are rasterised later.
  base::Expected<ImFont*, GlyphError> add_font(ImFontAtlas& atlas) override;

 private:
  std::string path_;
};

}  // namespace hotline::ui
