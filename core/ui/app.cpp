// The app's frame: a full-screen window with the top bar and the current screen in a touch-scrolled
// content area, themed from the citizen's settings.
#include "ui/app.h"

#include <imgui.h>

#include <cmath>
#include <utility>

#include "ui/focus_ring.h"
#include "ui/screens/screens.h"

namespace hotline::ui {

namespace {

// A drag longer than this scrolls instead of tapping (a finger wobbles a few pixels on a tap).
constexpr float kDragThresholdPx = 12;
// Momentum after a flick: velocity decays by this factor per second, and stops below kMinVelocity.
constexpr float kMomentumDecayPerSecond = 0.05f;
constexpr float kMinVelocity = 30;

}  // namespace

App::App(app::AppModel& model) : model_(model), context_(ImGui::GetCurrentContext()) {
  attach_item_sink(context_, &items_);
}

App::~App() {
  if (ImGui::GetCurrentContext() == context_ && context_ != nullptr) {
    attach_item_sink(context_, nullptr);
  }
}

void App::follow_context() {
  if (ImGui::GetCurrentContext() == context_) {
    return;
  }
  // The old context went with its textures (the previews' too) and its widget ids.
  context_ = ImGui::GetCurrentContext();
  attach_item_sink(context_, &items_);
  thumbnails_.forget();
  shown_generation_ = ~0u;
  tracking_ = dragging_ = false;
  velocity_ = 0;
}

base::Expected<void, GlyphError> App::init_fonts(GlyphSource& glyphs) {
  ImGuiIO& io = ImGui::GetIO();
  auto font = glyphs.add_font(*io.Fonts);
  if (!font) {
    return base::unexpected(std::move(font).error());
  }
  io.FontDefault = *font;
  // A blinking cursor would need a frame twice a second for as long as a field has focus.
  io.ConfigInputTextCursorBlink = false;
  return {};
}

void App::scroll_by_touch() {
  ImGuiIO& io = ImGui::GetIO();
  // A finger moving in a text field selects text instead (the last frame's state: a drag starts only
  // after it moved across frames).
  const bool editing_text = io.WantTextInput;
  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) &&
      ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows | ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) {
    dragging_ = false;
    velocity_ = 0;
    press_scroll_ = ImGui::GetScrollY();
    tracking_ = true;
  }
  if (tracking_ && ImGui::IsMouseDown(ImGuiMouseButton_Left) && !editing_text) {
    const float dy = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0).y;
    if (!dragging_ && std::fabs(dy) > kDragThresholdPx) {
      // The finger moved: this is a scroll, so from the next frame on the widget it pressed neither
      // shows the press nor fires on release (Ui::touch_scrolling).
      dragging_ = true;
    }
    if (dragging_) {
      ImGui::SetScrollY(press_scroll_ - dy);
      if (io.DeltaTime > 0) {
        velocity_ = -io.MouseDelta.y / io.DeltaTime;
      }
    }
  } else if (tracking_) {
    tracking_ = false;
    dragging_ = false;
  } else if (std::fabs(velocity_) > kMinVelocity) {
    ImGui::SetScrollY(ImGui::GetScrollY() + velocity_ * io.DeltaTime);
    velocity_ *= std::pow(kMomentumDecayPerSecond, io.DeltaTime);
    if (ImGui::GetScrollY() <= 0 || ImGui::GetScrollY() >= ImGui::GetScrollMaxY()) {
      velocity_ = 0;
    }
  } else {
    velocity_ = 0;
  }
}

// A newly focused item out of view is scrolled to, as a citizen would scroll to it; its rectangle is
// the last frame's, laid out at the scroll this frame starts from.
void App::scroll_to_focus() {
  const ImGuiID id = actions_.take_scroll_request();
  for (const Item& item : items_.items()) {
    if (id != 0 && item.id == id) {
      // Called right after BeginChild: the draw list clips to what the content area shows.
      const ImDrawList* list = ImGui::GetWindowDrawList();
      if (const float delta = scroll_to_show(item, list->GetClipRectMin(), list->GetClipRectMax(), theme_.gap);
          delta != 0) {
        ImGui::SetScrollY(ImGui::GetScrollY() + delta);
        scrolled_to_focus_ = true;
      }
      return;
    }
  }
}

void App::frame() {
  follow_context();
  theme_ = make_theme(model_.preferences().settings());
  apply_theme(theme_);
  items_.begin_frame();
  Ui ui{theme_, items_, actions_, model_.preferences().strings(), text_input_, keyboard_};
  ui.touch_scrolling = dragging_;
  if (keyboard_ != nullptr) {
    keyboard_->begin_frame();
  }
  if (text_input_ != nullptr) {
    text_input_->begin_frame();
  }
  const app::Route route = model_.route();
  frame_generation_ = model_.navigation().generation();

  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGui::PushFont(nullptr, theme_.body_px);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("###app", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImGui::PopStyleVar();
  const std::string title = route.screen == app::Screen::Home
                                ? ui.tr("app.title")
                                : ui.tr("screen." + std::string(app::to_code(route.screen)));
  const bool back_key = ImGui::IsKeyPressed(ImGuiKey_Escape) || actions_.take_back();
  // Applied once the frame is drawn: the title above and the screen below are always the same route's.
  const bool go_back =
      top_bar(ui, title, model_.navigation().can_go_back()) || (back_key && model_.navigation().can_go_back());
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y);
  ImGui::BeginChild("##content", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NoSavedSettings);
  if (shown_generation_ != model_.navigation().generation()) {
    // A new screen starts at its top.
    shown_generation_ = model_.navigation().generation();
    ImGui::SetScrollY(0);
    velocity_ = 0;
  }
  scrolled_to_focus_ = false;
  scroll_to_focus();
  screens::Context context{ui, model_, thumbnails_};
  screens::draw(context, route);
  ImGui::Dummy(ImVec2(0, theme_.padding));
  scroll_by_touch();
  ImGui::EndChild();
  ImGui::End();
  if (overlay_) {
    overlay_(ui);
  }
  if (keyboard_ != nullptr) {
    keyboard_->draw(ui);
  }
  ImGui::PopFont();
  items_.end_frame();
  draw_focus_ring(*ImGui::GetForegroundDrawList(), items_, actions_.focused(), theme_);
  thumbnails_.end_frame();
  if (text_input_ != nullptr) {
    text_input_->end_frame();
  }
  if (go_back) {
    model_.back();
  }
  // A scroll to the focused item shows on the next frame.
  animating_ = model_.busy() || std::fabs(velocity_) > kMinVelocity || dragging_ || scrolled_to_focus_ ||
               (keyboard_ != nullptr && keyboard_->busy());
}

}  // namespace hotline::ui
