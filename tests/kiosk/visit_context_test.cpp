// Each kiosk visit is drawn in its own Dear ImGui context over the one font atlas: the kiosk's frame loop
// (AppLoop over SoftWindow, headless) drops the last visit's widget state at the wipe, by construction,
// and the next visit still draws its text and edits its fields.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <memory>
#include <string>

#include "app/kiosk_session.h"
#include "native/app_loop.h"
#include "native/sdl/imgui_contexts.h"
#include "native/sdl/soft_window.h"
#include "photo/image.h"
#include "ui/finger_tap.h"
#include "ui/glyph_coverage.h"
#include "ui/kiosk/kiosk_view.h"
#include "ui/test_app.h"
#include "ui/thumbnails.h"

using namespace hotline;

namespace {

// A kiosk over the test doubles: the visit, its layer and the frame loop, drawn headless.
struct Kiosk {
  Kiosk() {
    std::string error;
    window = sdl::SoftWindow::open("visit test", 540, 960, 1, error);
    REQUIRE(window != nullptr);
    app = std::make_unique<test::TestApp>();
    app->model().start();
    session =
        std::make_unique<app::KioskSession>(app->model(), app->clock, app::KioskPolicy{}, nullptr, nullptr, app->tasks,
                                            [](const std::string&, const std::string&) { return std::string(); });
    view = std::make_unique<ui::kiosk::KioskView>(*session, app->model());
    app->view.set_overlay([this](ui::Ui& ui) {
      view->draw(ui);
      // A value a widget would keep in ImGui's storage (open, scrolled, expanded), in the overlay's window.
      ImGuiStorage* storage = ImGui::GetStateStorage();
      probe_seen = storage->GetInt(ImGui::GetID("visit-probe"), 0);
      if (probe_store) {
        storage->SetInt(ImGui::GetID("visit-probe"), 42);
      }
    });
    loop = std::make_unique<native::AppLoop>(*window, app->view, app->queue, app->clock);
    loop->set_kiosk(session.get());
    session->finish();
  }

  // Forces a frame and returns its pixels.
  sdl::Window::Capture frame() {
    app->queue.pump();
    sdl::Window::Capture capture;
    loop->step(&capture);
    return capture;
  }

  void type_into(const char* field, const char* text) {
    frame();
    const ui::Item* item = app->view.items().find(field, ui::Role::TextField);
    REQUIRE(item != nullptr);
    ui::queue_finger_tap(item->center());
    for (int i = 0; i < 4; ++i) {
      frame();
    }
    ImGui::GetIO().AddInputCharactersUTF8(text);
    frame();
    frame();
  }

  void start_visit() {
    session->begin();
    app->model().wizard().start_request(domain::RequestType::Complaint);
    app->model().open(app::Screen::Contact);
  }

  // Destroyed in reverse: the loop and the view before the window that holds the contexts.
  std::unique_ptr<sdl::SoftWindow> window;
  std::unique_ptr<test::TestApp> app;
  std::unique_ptr<app::KioskSession> session;
  std::unique_ptr<ui::kiosk::KioskView> view;
  std::unique_ptr<native::AppLoop> loop;
  bool probe_store = false;
  int probe_seen = 0;
};

}  // namespace

TEST_CASE("a visit's ImGui context ends with it; the font atlas and its glyphs stay") {
  Kiosk kiosk;
  kiosk.frame();
  kiosk.frame();
  const sdl::Window::Capture attract_before = kiosk.frame();
  ImGuiContext* const first = ImGui::GetCurrentContext();
  ImFontAtlas* const atlas = ImGui::GetIO().Fonts;

  kiosk.start_visit();
  kiosk.type_into("手机号码", "13805910123");
  REQUIRE(kiosk.app->model().wizard().form().mobile == "13805910123");
  kiosk.probe_store = true;
  kiosk.frame();
  kiosk.probe_store = false;
  kiosk.frame();
  REQUIRE(kiosk.probe_seen == 42);
  REQUIRE(ImGui::GetIO().WantTextInput);
  REQUIRE(ImGui::IsAnyItemActive());
  REQUIRE(ImGui::GetCurrentContext() == first);

  kiosk.session->finish();
  kiosk.frame();
  CHECK(ImGui::GetCurrentContext() != first);
  CHECK(ImGui::GetIO().Fonts == atlas);
  CHECK(kiosk.probe_seen == 0);
  CHECK_FALSE(ImGui::GetIO().WantTextInput);
  CHECK_FALSE(ImGui::IsAnyItemActive());

  // The atlas's texture was destroyed with the old context's renderer and uploaded again: the attract
  // screen reads exactly as before the visit, every glyph in place.
  kiosk.frame();
  const sdl::Window::Capture attract_after = kiosk.frame();
  CHECK(atlas->TexData->Status == ImTextureStatus_OK);
  CHECK(ui::missing_glyph_count(*atlas) == 0);
  REQUIRE(attract_after.width == attract_before.width);
  CHECK(attract_after.rgba == attract_before.rgba);
  CHECK(kiosk.app->view.items().items().size() > 1);

  // The next citizen's first field edits (the old context's text buffer is gone, not copied).
  kiosk.start_visit();
  kiosk.type_into("姓名", "李");
  CHECK(kiosk.app->model().wizard().form().name == "李");
  CHECK(kiosk.app->model().wizard().form().mobile.empty());
}

TEST_CASE("every visit gets a context of its own; nothing the last one registered outlives it") {
  Kiosk kiosk;
  ImFontAtlas* const atlas = ImGui::GetIO().Fonts;
  for (int visit = 0; visit < 3; ++visit) {
    kiosk.frame();
    ImGuiContext* const before = ImGui::GetCurrentContext();
    kiosk.start_visit();
    kiosk.frame();
    kiosk.session->finish();
    kiosk.frame();
    CHECK(ImGui::GetCurrentContext() != before);
    CHECK(ImGui::GetIO().Fonts == atlas);
    // Only the atlas's own textures are left: nothing the last context registered outlives it.
    CHECK(ImGui::GetPlatformIO().Textures.Size == atlas->TexList.Size);
  }
}

TEST_CASE("photo previews are created by the visit's renderer when first drawn and go with the screen or the visit") {
  // A renderer backend's texture requests, as ImGui_ImplXxx_UpdateTexture honours them.
  int created = 0;
  int destroyed = 0;
  int alive_at_shutdown = -1;
  const auto update = [&](ImTextureData* texture) {
    if (texture->Status == ImTextureStatus_WantCreate) {
      texture->SetTexID(static_cast<ImTextureID>(++created));
      texture->SetStatus(ImTextureStatus_OK);
    } else if (texture->Status == ImTextureStatus_WantDestroy && texture->UnusedFrames > 0) {
      ++destroyed;
      texture->SetTexID(ImTextureID_Invalid);
      texture->SetStatus(ImTextureStatus_Destroyed);
    }
  };
  sdl::ImGuiContexts contexts({[] {}, [&] { alive_at_shutdown = created - destroyed; }, update});
  const photo::Image image = photo::make_image(2, 1, 3);
  ui::Thumbnails thumbnails;

  ImTextureData* first = thumbnails.get("a", image);
  REQUIRE(first != nullptr);
  CHECK(first->Status == ImTextureStatus_OK);  // uploaded before any frame draws it
  CHECK(first->GetTexID() != ImTextureID_Invalid);
  CHECK(thumbnails.get("a", image) == first);  // once per photo
  thumbnails.end_frame();
  CHECK(destroyed == 0);  // drawn this frame: kept
  thumbnails.end_frame();
  CHECK(destroyed == 1);  // not drawn in the last frame: the photo left the screen

  thumbnails.get("b", image);
  thumbnails.get("c", image);
  CHECK(created == 3);
  contexts.renew();  // the visit ends: its previews go before its renderer shuts down
  CHECK(alive_at_shutdown == 0);
  CHECK(destroyed == 3);
  thumbnails.forget();
  CHECK(thumbnails.get("b", image) != nullptr);  // the next visit uploads its own
  CHECK(created == 4);
}
