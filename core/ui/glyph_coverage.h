// Which characters fell back to Dear ImGui's "missing" box: the app reports the count (web: a data-
// attribute of the page, native: a log line and exit status) so tests see coverage, not just pixels.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

struct ImFont;
struct ImFontAtlas;

namespace hotline::ui {

// Distinct characters that some frame drew or measured with the fallback box, at any size. Dear
// ImGui asks the glyph source once per character and size and remembers a refusal.
std::size_t missing_glyph_count(const ImFontAtlas& atlas);

// Characters of `text` that `font` cannot draw at `size_px`; asks the glyph source for each one.
std::vector<char32_t> missing_glyphs(ImFont& font, float size_px, std::string_view text);

// Bytes of the atlas texture the renderer holds (width x height x bytes per pixel).
std::size_t atlas_texture_bytes(const ImFontAtlas& atlas);

}  // namespace hotline::ui
