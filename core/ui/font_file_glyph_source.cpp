// Loads the font bytes once into memory Dear ImGui owns; stb_truetype rasterises each glyph on first use.
#include "ui/font_file_glyph_source.h"

#include <fstream>
#include <span>

#include <imgui.h>

#include "ui/font_collection.h"

namespace hotline::ui {

base::Expected<ImFont*, GlyphError> FontFileGlyphSource::add_font(ImFontAtlas& atlas) {
  std::ifstream in(path_, std::ios::binary | std::ios::ate);
  const std::streamoff size = in ? static_cast<std::streamoff>(in.tellg()) : -1;
  if (size < 0) {
    return base::unexpected(GlyphError{GlyphProblem::NoFontFile, "cannot read the font file " + path_});
  }
  if (size < 1024) {
    return base::unexpected(GlyphError{GlyphProblem::NotAFont, "the font file " + path_ + " is empty or not a font"});
  }
  // The atlas frees the data with IM_FREE, so it is read straight into memory from IM_ALLOC.
  auto* data = static_cast<unsigned char*>(IM_ALLOC(static_cast<std::size_t>(size)));
  in.seekg(0);
  if (!in.read(reinterpret_cast<char*>(data), size)) {
    IM_FREE(data);
    return base::unexpected(GlyphError{GlyphProblem::NoFontFile, "cannot read the font file " + path_});
  }
  ImFontConfig config;
  config.FontNo =
      find_face(std::span<const unsigned char>(data, static_cast<std::size_t>(size)), kPreferredFamily).value_or(0);
  config.PixelSnapH = true;
  ImFont* font = atlas.AddFontFromMemoryTTF(data, static_cast<int>(size), 0.0f, &config);
  if (font == nullptr) {
    return base::unexpected(
        GlyphError{GlyphProblem::NotAFont, "the font file " + path_ + " cannot be read by stb_truetype"});
  }
  return font;
}

}  // namespace hotline::ui
