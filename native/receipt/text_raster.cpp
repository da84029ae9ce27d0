// stb_truetype glyphs blended onto the canvas (see text_raster.h). ImGui compiles its own copy of
// stb_truetype as static functions, so this one does not clash with it.
#include "native/receipt/text_raster.h"

#include <algorithm>

#define STB_TRUETYPE_IMPLEMENTATION
#define STBTT_STATIC
#include <stb/stb_truetype.h>

namespace hotline::native {
namespace {

// The next code point of `s` at `i` (advancing i); U+FFFD for a malformed sequence.
char32_t next_code_point(const std::string& s, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  const int extra = lead < 0x80 ? 0 : (lead >> 5) == 6 ? 1 : (lead >> 4) == 14 ? 2 : (lead >> 3) == 30 ? 3 : -1;
  if (extra < 0 || i + extra >= s.size() + (extra == 0 ? 1 : 0)) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = extra == 0 ? lead : lead & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  i += static_cast<std::size_t>(extra) + 1;
  return cp;
}

}  // namespace

struct TextRaster::Font {
  stbtt_fontinfo info;
};

void Canvas::blit(const std::vector<unsigned char>& square, int size, int x, int y) {
  for (int row = 0; row < size && y + row < height; ++row) {
    const int columns = std::min(size, width - x);
    if (y + row < 0 || columns <= 0) {
      continue;
    }
    std::copy_n(&square[static_cast<std::size_t>(row) * size * 4], columns * 4,
                &rgba[(static_cast<std::size_t>(y + row) * width + x) * 4]);
  }
}

TextRaster::TextRaster(const std::vector<unsigned char>& font, int face) : font_(std::make_unique<Font>()) {
  const int offset = stbtt_GetFontOffsetForIndex(font.data(), face);
  ok_ = offset >= 0 && stbtt_InitFont(&font_->info, font.data(), offset) != 0;
}

TextRaster::~TextRaster() = default;

void TextRaster::draw(Canvas& canvas, const std::string& utf8, int x, int y, float px) const {
  const float scale = stbtt_ScaleForPixelHeight(&font_->info, px);
  int ascent = 0;
  stbtt_GetFontVMetrics(&font_->info, &ascent, nullptr, nullptr);
  const int baseline = y + static_cast<int>(static_cast<float>(ascent) * scale);
  float pen = static_cast<float>(x);
  for (std::size_t i = 0; i < utf8.size();) {
    const int glyph = stbtt_FindGlyphIndex(&font_->info, static_cast<int>(next_code_point(utf8, i)));
    int advance = 0;
    stbtt_GetGlyphHMetrics(&font_->info, glyph, &advance, nullptr);
    int w = 0;
    int h = 0;
    int xoff = 0;
    int yoff = 0;
    unsigned char* bitmap = stbtt_GetGlyphBitmap(&font_->info, scale, scale, glyph, &w, &h, &xoff, &yoff);
    const int left = static_cast<int>(pen) + xoff;
    for (int row = 0; row < h; ++row) {
      for (int col = 0; col < w; ++col) {
        const int cx = left + col;
        const int cy = baseline + yoff + row;
        if (cx < 0 || cy < 0 || cx >= canvas.width || cy >= canvas.height) {
          continue;
        }
        unsigned char* p = &canvas.rgba[(static_cast<std::size_t>(cy) * canvas.width + cx) * 4];
        const int ink = bitmap[row * w + col];
        for (int c = 0; c < 3; ++c) {
          p[c] = static_cast<unsigned char>(std::min<int>(p[c], 255 - ink));
        }
      }
    }
    stbtt_FreeBitmap(bitmap, nullptr);
    pen += static_cast<float>(advance) * scale;
  }
}

}  // namespace hotline::native
