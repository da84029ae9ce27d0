// Where the UI's glyphs come from. Implementations are platform code chosen by CMake: the browser's
// own fonts through a 2D canvas (web/), a system font file through stb_truetype (native/).
#pragma once

#include <string>

#include "base/expected.h"

struct ImFont;
struct ImFontAtlas;

namespace hotline::ui {

class GlyphSource {
 public:
  virtual ~GlyphSource() = default;
  // Adds the UI font to `atlas`. No glyph is rasterised here: Dear ImGui asks for each glyph, at each
  // size, the first time a frame draws it. The error says what to install or configure.
  virtual base::Expected<ImFont*, std::string> add_font(ImFontAtlas& atlas) = 0;
};

}  // namespace hotline::ui
