// Reads Dear ImGui 1.92's per-size glyph index (the atlas's baked sizes: imgui_internal.h), where a
// refused character is marked instead of being asked for again every frame.
#include "ui/glyph_coverage.h"

#include <set>

#include <imgui.h>
#include <imgui_internal.h>

#include "text/utf8.h"

namespace hotline::ui {

std::size_t missing_glyph_count(const ImFontAtlas& atlas) {
  if (atlas.Builder == nullptr) {
    return 0;
  }
  std::set<int> missing;
  const ImStableVector<ImFontBaked, 32>& pool = atlas.Builder->BakedPool;
  for (int i = 0; i < pool.Size; ++i) {
    const ImFontBaked& baked = pool[i];
    const ImVector<ImU16>& lookup = baked.IndexLookup;
    if (lookup.Size == 0) {
      continue;
    }
    // An entry is a glyph's index or one of two reserved marks, "never asked for" and "refused". Which
    // is which is read from the index itself rather than copied from imgui_draw.cpp: code point 0 is
    // never asked for (text ends there).
    const ImU16 never_asked = lookup[0];
    for (int c = 1; c < lookup.Size; ++c) {
      if (lookup[c] >= baked.Glyphs.Size && lookup[c] != never_asked) {
        missing.insert(c);
      }
    }
  }
  return missing.size();
}

std::vector<char32_t> missing_glyphs(ImFont& font, float size_px, std::string_view text) {
  ImFontBaked* baked = font.GetFontBaked(size_px);
  std::vector<char32_t> missing;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto cp = text::decode_next(text, pos);
    if (!cp) {
      ++pos;
      continue;
    }
    if (*cp >= 0x20 && *cp <= IM_UNICODE_CODEPOINT_MAX &&
        baked->FindGlyphNoFallback(static_cast<ImWchar>(*cp)) == nullptr) {
      missing.push_back(*cp);
    }
  }
  return missing;
}

std::size_t atlas_texture_bytes(const ImFontAtlas& atlas) {
  const ImTextureData* texture = atlas.TexData;
  return texture == nullptr ? 0 : static_cast<std::size_t>(texture->Width) * texture->Height * texture->BytesPerPixel;
}

}  // namespace hotline::ui
