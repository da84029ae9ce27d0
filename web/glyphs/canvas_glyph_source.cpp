// A Dear ImGui 1.92 ImFontLoader over canvas_glyphs.js, shaped like imgui_draw.cpp's stb_truetype
// loader: ImGui asks for each (character, size) once, the first time a frame draws it.
#include "glyphs/canvas_glyph_source.h"

#include <algorithm>
#include <cmath>

#include <emscripten/emscripten.h>
#include <imgui.h>
// ImFontLoader and the baked-glyph calls a loader makes (Dear ImGui's font loader idiom).
#include <imgui_internal.h>

extern "C" {
int hotline_glyphs_init();
void hotline_glyphs_font_metrics(float px, float* out_ascent_descent);
int hotline_glyphs_rasterize(unsigned codepoint, float px, float* out_metrics);
void hotline_glyphs_copy_alpha(unsigned char* buffer);
}

namespace hotline::web {
namespace {

// Beyond 3 device pixels per CSS pixel nobody sees the difference, but the atlas would still grow.
constexpr float kMaxDensity = 3.0f;

double g_busy_ms = 0;

struct GlyphMetrics {  // in device pixels, five floats as canvas_glyphs.js writes them
  float advance;
  float left;  // mask's top-left corner relative to the pen on the baseline
  float top;
  float width;
  float height;
};
static_assert(sizeof(GlyphMetrics) == 5 * sizeof(float));

float density_of(const ImFontConfig* src, const ImFontBaked* baked) {
  return std::clamp(src->RasterizerDensity * baked->RasterizerDensity, 1.0f, kMaxDensity);
}

bool baked_init(ImFontAtlas*, ImFontConfig*, ImFontBaked* baked, void*) {
  float ascent_descent[2] = {0, 0};
  hotline_glyphs_font_metrics(baked->Size, ascent_descent);
  // The primary font's own box, so Latin and CJK glyphs sit on one baseline; ImGui's descent is negative.
  baked->Ascent = std::ceil(ascent_descent[0]);
  baked->Descent = -std::ceil(ascent_descent[1]);
  return true;
}

bool rasterize_glyph(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, ImWchar codepoint,
                     ImFontGlyph* out_glyph, float* out_advance_x) {
  const float density = density_of(src, baked);
  GlyphMetrics m{};
  if (hotline_glyphs_rasterize(codepoint, baked->Size * density, reinterpret_cast<float*>(&m)) == 0) {
    return false;  // no installed font has it: ImGui draws its fallback and remembers the refusal
  }
  if (out_advance_x != nullptr) {  // layout asks for widths only at very large sizes
    *out_advance_x = m.advance / density;
    return true;
  }
  out_glyph->Codepoint = codepoint;
  out_glyph->AdvanceX = m.advance / density;
  const int w = static_cast<int>(m.width);
  const int h = static_cast<int>(m.height);
  if (w == 0 || h == 0) {
    return true;  // a space: advance only
  }
  const ImFontAtlasRectId pack_id = ImFontAtlasPackAddRect(atlas, w, h);
  if (pack_id == ImFontAtlasRectId_Invalid) {
    return false;
  }
  ImTextureRect* rect = ImFontAtlasPackGetRect(atlas, pack_id);
  ImVector<unsigned char>& pixels = atlas->Builder->TempBuffer;
  pixels.resize(w * h);
  hotline_glyphs_copy_alpha(pixels.Data);
  const float baseline = std::round(baked->Ascent);
  out_glyph->X0 = m.left / density;
  out_glyph->Y0 = m.top / density + baseline;
  out_glyph->X1 = (m.left + m.width) / density;
  out_glyph->Y1 = (m.top + m.height) / density + baseline;
  out_glyph->Visible = true;
  out_glyph->PackId = pack_id;
  ImFontAtlasBakedSetFontGlyphBitmap(atlas, baked, src, out_glyph, rect, pixels.Data, ImTextureFormat_Alpha8, w);
  return true;
}

bool load_glyph(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, void*, ImWchar codepoint,
                ImFontGlyph* out_glyph, float* out_advance_x) {
  const double start = emscripten_get_now();
  const bool loaded = rasterize_glyph(atlas, src, baked, codepoint, out_glyph, out_advance_x);
  g_busy_ms += emscripten_get_now() - start;
  return loaded;
}

const ImFontLoader* canvas_loader() {
  static ImFontLoader loader = [] {
    ImFontLoader l;
    l.Name = "browser canvas";
    l.FontBakedInit = baked_init;
    l.FontBakedLoadGlyph = load_glyph;
    return l;
  }();
  return &loader;
}

}  // namespace

double CanvasGlyphSource::busy_ms() {
  return g_busy_ms;
}

base::Expected<ImFont*, ui::GlyphError> CanvasGlyphSource::add_font(ImFontAtlas& atlas) {
  if (hotline_glyphs_init() == 0) {
    return base::unexpected(ui::GlyphError{ui::GlyphProblem::NoCanvas, "this browser cannot draw text into a canvas"});
  }
  ImFontConfig config;
  config.FontLoader = canvas_loader();
  config.PixelSnapH = true;
  ImStrncpy(config.Name, "browser fonts", IM_ARRAYSIZE(config.Name));
  ImFont* font = atlas.AddFont(&config);
  if (font == nullptr) {
    return base::unexpected(
        ui::GlyphError{ui::GlyphProblem::AtlasRefused, "the browser font could not be added to the atlas"});
  }
  return font;
}

}  // namespace hotline::web
