// Reads Dear ImGui 1.92's per-size glyph index (imgui_internal.h), where a refused character is
// marked instead of being asked for again every frame.
#include "ui/glyph_coverage.h"

#include <set>

#include <imgui.h>
#include <imgui_internal.h>

#include "text/utf8.h"

namespace hotline::ui {
namespace {

// IM_FONTGLYPH_INDEX_NOT_FOUND in imgui_draw.cpp: "the glyph source has no such character".
constexpr ImU16 kIndexNotFound = 0xFFFE;

}  // namespace

std::size_t missing_glyph_count(const ImFontAtlas& atlas) {
  if (atlas.Builder == nullptr) {
    return 0;
  }
  std::set<int> missing;
  const ImStableVector<ImFontBaked, 32>& pool = atlas.Builder->BakedPool;
  for (int i = 0; i < pool.Size; ++i) {
    const ImVector<ImU16>& lookup = pool[i].IndexLookup;
    for (int c = 0; c < lookup.Size; ++c) {
      if (lookup[c] == kIndexNotFound) {
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
