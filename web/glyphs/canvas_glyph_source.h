// Glyphs from the browser's own fonts, rasterised one by one through a 2D canvas: no font file is
// downloaded, and any character some installed font has is drawn (Mapbox GL's local ideographs idea).
#pragma once

#include "ui/glyph_source.h"

namespace hotline::web {

class CanvasGlyphSource final : public ui::GlyphSource {
 public:
  base::Expected<ImFont*, ui::GlyphError> add_font(ImFontAtlas& atlas) override;
  // Milliseconds spent producing glyphs (canvas rasterisation and atlas packing) since start; the
  // page reports each frame's share, which the glyph bench reads.
  static double busy_ms();
};

}  // namespace hotline::web
