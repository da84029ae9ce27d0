// Native side of bench/glyphs/run.sh: glyphs on demand from the system's Noto Sans CJK SC through
// stb_truetype, in a headless ImGui context that honours texture requests like a renderer would.
//  - cost of new glyphs: CPU time of the frame that introduces 100 CJK characters not drawn before
//    (rasterised and packed into the atlas; no GPU upload here), median, next to the same frame
//    drawn again once they are loaded (9 rounds);
//  - atlas texture bytes after the home screen (3 languages) at normal size, then after the same at extra
//    large size too (the atlas keeps both while both are in use; Dear ImGui discards unused sizes later).
//
// usage: native_glyph_bench ASSETS_DIR FONT_FILE
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <imgui.h>

#include "text/utf8.h"
#include "ui/app.h"
#include "ui/font_file_glyph_source.h"
#include "ui/glyph_coverage.h"
#include "ui/headless_imgui.h"
#include "ui/test_app.h"
#include "ui/text_size.h"

using namespace hotline;

namespace {

constexpr int kRounds = 9;

// The same characters as browser_bench.mjs: 100 ideographs from U+6000 in strides of 7.
std::string new_characters(int round) {
  std::string text;
  for (int i = 0; i < 100; ++i) {
    text::append_utf8(text, static_cast<char32_t>(0x6000 + (round * 100 + i) * 7));
  }
  return text;
}

double frame_ms(test::HeadlessImGui& imgui, test::TestApp& app) {
  const auto start = std::chrono::steady_clock::now();
  app.frame(imgui);
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: native_glyph_bench ASSETS_DIR FONT_FILE\n");
    return 2;
  }
  test::HeadlessImGui imgui(ImVec2(720, 1280));
  std::unique_ptr<test::TestApp> loaded;
  try {
    loaded = std::make_unique<test::TestApp>(argv[1], argv[2]);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "native_glyph_bench: %s\n", e.what());
    return 1;
  }
  test::TestApp& app = *loaded;
  app::AppModel& model = app.model();
  const auto set = [&model](auto change) {
    app::Settings settings = model.preferences().settings();
    change(settings);
    model.preferences().set_settings(settings);
  };
  const double first = frame_ms(imgui, app);
  std::printf("native first frame (first screen's glyphs, font file read before): %.1f ms\n", first);
  for (const ui::TextSize size : {ui::TextSize::Normal, ui::TextSize::ExtraLarge}) {
    set([size](app::Settings& s) { s.text_size = size; });
    for (const text::Language language : text::kAllLanguages) {
      set([language](app::Settings& s) { s.language = language; });
      frame_ms(imgui, app);
    }
    std::printf("native atlas texture after every screen at %s: %zu bytes, glyphs missing %zu\n",
                std::string(ui::text_size_tag(size)).c_str(), ui::atlas_texture_bytes(*ImGui::GetIO().Fonts),
                ui::missing_glyph_count(*ImGui::GetIO().Fonts));
  }
  set([](app::Settings& s) { s.text_size = ui::TextSize::Normal; });
  // New characters arrive as a citizen's text on the description screen.
  model.wizard().start_request(domain::RequestType::Complaint);
  model.open(app::Screen::Describe);
  std::vector<double> introducing;
  std::vector<double> again;
  for (int round = 0; round < kRounds; ++round) {
    model.wizard().set_field(domain::Field::Description, new_characters(round));
    introducing.push_back(frame_ms(imgui, app));
    again.push_back(frame_ms(imgui, app));
  }
  std::printf("native frame introducing 100 new CJK characters: median %.1f ms; same frame again %.2f ms\n",
              median(introducing), median(again));
  return 0;
}
