// The whole app over test doubles (scripted HTTP, memory storage, a manual clock), drawn headless with
// the real catalogs and the system's CJK font: what UI tests and the native UI bench drive.
#pragma once

#include <stdexcept>
#include <string>

#include "app/app_runtime.h"
#include "app/portable_photo_preparer.h"
#include "platform/deferred_task_runner.h"
#include "platform/fake_http_transport.h"
#include "platform/manual_clock.h"
#include "platform/memory_storage.h"
#include "platform/sequence_random.h"
#include "ui/app.h"
#include "ui/font_file_glyph_source.h"
#include "ui/headless_imgui.h"
#include "ui/resources.h"

namespace hotline::test {

// Throws (a test failure or a bench's exit) when the staged assets cannot be read.
inline ui::Resources load_test_resources(const std::string& assets_dir) {
  auto resources = ui::load_resources(assets_dir);
  if (!resources) {
    throw std::runtime_error(resources.error());
  }
  return std::move(resources).value();
}

// Needs a HeadlessImGui (current context) alive for as long as it lives.
struct TestApp {
  TestApp(const std::string& assets_dir, const std::string& font_file) : resources(load_test_resources(assets_dir)) {
    ui::FontFileGlyphSource glyphs(font_file);
    if (const auto fonts = view.init_fonts(glyphs); !fonts) {
      throw std::runtime_error(fonts.error().detail);
    }
  }
#ifdef HOTLINE_APP_ASSETS_DIR
  TestApp() : TestApp(HOTLINE_APP_ASSETS_DIR, HOTLINE_TEST_CJK_FONT) {}
#endif

  platform::RunQueue queue;
  testing::FakeHttpTransport transport{queue};
  testing::MemoryStorage storage{queue};
  testing::ManualClock clock{1'764'460'800'000};  // 2025-11-30T00:00Z, a year with holiday data
  testing::SequenceRandom random;
  platform::DeferredTaskRunner tasks{queue};
  app::PortablePhotoPreparer photos{tasks};
  ui::Resources resources;
  app::AppRuntime runtime{
      {transport, storage, clock, random, photos}, runtime_config(), resources.strings, resources.holidays};
  ui::App view{runtime.model()};

  static app::RuntimeConfig runtime_config() {
    app::RuntimeConfig config;
    config.api.base_url = "https://hotline.test/open311/v2";
    config.api.api_key = "test-key";
    return config;
  }

  app::AppModel& model() {
    return runtime.model();
  }
  // Network answers and deferred work land, then one frame is drawn.
  void frame(HeadlessImGui& imgui) {
    queue.pump();
    model().tick();
    imgui.frame([this] { view.frame(); });
  }
};

}  // namespace hotline::test
