// The citizen app's view: draws the model's current screen with Dear ImGui once per frame and records
// what it drew in the item registry. Both platform shells (web, kiosk) and the scenario runner drive it.
#pragma once

#include <functional>
#include <string>

#include "app/app_model.h"
#include "platform/text_input.h"
#include "ui/glyph_source.h"
#include "ui/item_actions.h"
#include "ui/item_registry.h"
#include "ui/theme.h"
#include "ui/thumbnails.h"
#include "ui/widgets.h"

namespace hotline::ui {

class App {
 public:
  // Attaches the item registry to the current ImGui context.
  explicit App(app::AppModel& model);
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  // Adds the UI font from `glyphs` to the current ImGui context, or says why there is no usable font.
  [[nodiscard]] base::Expected<void, GlyphError> init_fonts(GlyphSource& glyphs);
  // Draws one frame (between NewFrame and Render) and fills the item registry. A new current ImGui
  // context (a kiosk's next visit) is taken up: the registry attaches to it, photo previews and touch
  // scrolling start afresh.
  void frame();
  // The platform edits text fields itself from now on (the web build's browser inputs).
  void set_text_input(platform::TextInput* input) { text_input_ = input; }
  // Drawn after the app's window in every frame, its items in the same registry (the kiosk's attract
  // screen, time-limit dialog and bar).
  void set_overlay(std::function<void(Ui&)> overlay) { overlay_ = std::move(overlay); }
  // Kiosk mode: keys for digits and letters while such a field is edited (phones have their own).
  void set_keyboard(OnScreenKeyboard* keyboard) { keyboard_ = keyboard; }
  // True while something on screen moves (a spinner, a text cursor): the loop keeps drawing.
  bool animating() const { return animating_; }

  const ItemRegistry& items() const { return items_; }
  // Activations, focus and "back" asked for between frames (the web's screen-reader mirror).
  ItemActions& actions() { return actions_; }
  const Theme& theme() const { return theme_; }
  // Changes with every new screen drawn: the navigation generation the last frame started with (a tap
  // or "back" during a frame shows its screen whole, title and content, only in the next one).
  unsigned drawn_screen() const { return frame_generation_; }
  app::AppModel& model() { return model_; }

 private:
  void follow_context();
  void scroll_by_touch();
  void scroll_to_focus();

  app::AppModel& model_;
  ImGuiContext* context_ = nullptr;  // the one the registry is attached to
  ItemRegistry items_;
  ItemActions actions_;
  Thumbnails thumbnails_;
  Theme theme_;
  platform::TextInput* text_input_ = nullptr;
  std::function<void(Ui&)> overlay_;
  OnScreenKeyboard* keyboard_ = nullptr;
  unsigned shown_generation_ = ~0u;
  unsigned frame_generation_ = ~0u;
  bool animating_ = false;
  bool scrolled_to_focus_ = false;
  // Drag-to-scroll with momentum (touch screens have no wheel).
  bool tracking_ = false;
  bool dragging_ = false;
  float press_scroll_ = 0;
  float velocity_ = 0;
};

}  // namespace hotline::ui
