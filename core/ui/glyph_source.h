// Where the UI's glyphs come from. Implementations are platform code chosen by CMake: the browser's
// own fonts through a 2D canvas (web/), a system font file through stb_truetype (native/).
#pragma once

#include <string>

#include "base/expected.h"

struct ImFont;
struct ImFontAtlas;

namespace hotline::ui {

// Why there is no UI font. No citizen reads it (without a font there is no text to tell them): the
// kiosk logs it and exits, the web page shows it under its own bilingual "failed to start" notice.
enum class GlyphProblem {
  NoFontFile,    // the font file cannot be read: install it or point the kiosk to one
  NotAFont,      // the file is empty, or stb_truetype cannot read it
  NoCanvas,      // the browser cannot draw text into a canvas
  AtlasRefused,  // Dear ImGui's atlas did not take the font
};

struct GlyphError {
  GlyphProblem problem = GlyphProblem::NoFontFile;
  std::string detail;  // what to install or configure, with the file's path
};

class GlyphSource {
 public:
  virtual ~GlyphSource() = default;
  // Adds the UI font to `atlas`. No glyph is rasterised here: Dear ImGui asks for each glyph, at each
  // size, the first time a frame draws it.
  virtual base::Expected<ImFont*, GlyphError> add_font(ImFontAtlas& atlas) = 0;
};

}  // namespace hotline::ui
