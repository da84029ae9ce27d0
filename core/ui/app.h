// The app model and its screens, drawn with Dear ImGui once per frame by either platform shell.
#pragma once

#include <cstddef>
#include <string>

#include "ui/glyph_source.h"
#include "ui/resources.h"
#include "ui/text_size.h"

namespace hotline::ui {

class App {
 public:
  explicit App(Resources resources);

  // Adds the UI font from `glyphs` to the current ImGui context and sets the style; false with the
  // reason when there is no usable font.
  bool init_fonts(GlyphSource& glyphs, std::string& error);
  // Draws one frame of UI into the current ImGui context (between NewFrame and Render).
  void frame();

  // Takes effect from the next frame; glyphs at the new size are rasterised as that frame draws them.
  void set_text_size(TextSize size) { text_size_ = size; }
  TextSize text_size() const { return text_size_; }
  void set_language(text::Language language) { resources_.strings.set_language(language); }
  // A paragraph under the welcome text. QA uses it for the rare characters of citizens' names and
  // addresses until the request form screens exist.
  void set_extra_text(std::string text) { extra_text_ = std::move(text); }

  const text::Strings& strings() const { return resources_.strings; }

 private:
  void draw_language_bar();
  void draw_text_size_bar();

  Resources resources_;
  TextSize text_size_ = TextSize::Normal;
  std::string extra_text_;
};

}  // namespace hotline::ui
