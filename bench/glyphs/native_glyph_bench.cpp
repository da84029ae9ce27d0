// Native side of bench/glyphs/run.sh: glyphs on demand from the system's Noto Sans CJK SC through
// stb_truetype, in a headless ImGui context that honours texture requests like a renderer would.
//  - cost of new glyphs: CPU time of the frame that introduces 100 CJK characters not drawn before
//    (rasterised and packed into the atlas; no GPU upload here), median, next to the same frame
//    drawn again once they are loaded (9 rounds);
//  - atlas texture bytes after every screen (3 languages) at normal size, then after the same at extra
//    large size too (the atlas keeps both while both are in use; Dear ImGui discards unused sizes later).
//
// usage: native_glyph_bench ASSETS_DIR FONT_FILE
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include <imgui.h>

#include "text/utf8.h"
#include "ui/app.h"
#include "ui/font_file_glyph_source.h"
#include "ui/glyph_coverage.h"
#include "ui/headless_imgui.h"

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

double frame_ms(test::HeadlessImGui& imgui, ui::App& app) {
  const auto start = std::chrono::steady_clock::now();
  imgui.frame([&app] { app.frame(); });
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
  auto resources = ui::load_resources(argv[1]);
  if (!resources) {
    std::fprintf(stderr, "native_glyph_bench: %s\n", resources.error().c_str());
    return 1;
  }
  test::HeadlessImGui imgui(ImVec2(720, 1280));
  ui::App app(std::move(resources).value());
  ui::FontFileGlyphSource glyphs(argv[2]);
  std::string error;
  if (!app.init_fonts(glyphs, error)) {
    std::fprintf(stderr, "native_glyph_bench: %s\n", error.c_str());
    return 1;
  }
  const double first = frame_ms(imgui, app);
  std::printf("native first frame (first screen's glyphs, font file read before): %.1f ms\n", first);
  for (const ui::TextSize size : {ui::TextSize::Normal, ui::TextSize::ExtraLarge}) {
    app.set_text_size(size);
    for (const text::Language language : text::kAllLanguages) {
      app.set_language(language);
      frame_ms(imgui, app);
    }
    std::printf("native atlas texture after every screen at %s: %zu bytes, glyphs missing %zu\n",
                std::string(ui::text_size_tag(size)).c_str(), ui::atlas_texture_bytes(*ImGui::GetIO().Fonts),
                ui::missing_glyph_count(*ImGui::GetIO().Fonts));
  }
  app.set_text_size(ui::TextSize::Normal);
  std::vector<double> introducing;
  std::vector<double> again;
  for (int round = 0; round < kRounds; ++round) {
    app.set_extra_text(new_characters(round));
    introducing.push_back(frame_ms(imgui, app));
    again.push_back(frame_ms(imgui, app));
  }
  std::printf("native frame introducing 100 new CJK characters: median %.1f ms; same frame again %.2f ms\n",
              median(introducing), median(again));
  return 0;
}
