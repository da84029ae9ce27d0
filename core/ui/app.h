// The app model and its screens, drawn with Dear ImGui once per frame by either platform shell.
#pragma once

#include <string>
#include <vector>

#include "ui/resources.h"

struct ImFont;

namespace hotline::ui {

class App {
 public:
  explicit App(Resources resources);

  // Loads the UI font into the current ImGui context; false (with a reason) when it cannot.
  bool init_fonts(float pixel_ratio, std::string& error);
  // Draws one frame of UI into the current ImGui context (between NewFrame and Render).
  void frame();
  // Every catalog string the font cannot draw, as "key: U+XXXX" lines; empty when coverage is complete.
  std::vector<std::string> glyph_coverage_problems() const;

  const text::Strings& strings() const { return resources_.strings; }

 private:
  void draw_language_bar();

  Resources resources_;
  ImFont* font_ = nullptr;
};

}  // namespace hotline::ui
