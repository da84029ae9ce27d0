// Palettes and sizes. The accent is the blue of Chinese government service apps; every text colour is
// checked against its background by the palette test (4.5:1, 7:1 in high contrast).
#include "ui/theme.h"

#include <algorithm>
#include <cmath>

#include "ui/text_size.h"

namespace hotline::ui {

Palette normal_palette() {
  Palette p;
  p.background = IM_COL32(0xF2, 0xF4, 0xF7, 0xFF);
  p.card = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
  p.text = IM_COL32(0x1A, 0x1A, 0x1A, 0xFF);
  p.muted = IM_COL32(0x59, 0x5F, 0x69, 0xFF);
  p.accent = IM_COL32(0x0B, 0x5C, 0xD5, 0xFF);
  p.on_accent = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
  p.border = IM_COL32(0xC9, 0xCE, 0xD6, 0xFF);
  p.error = IM_COL32(0xC4, 0x1E, 0x1E, 0xFF);
  p.success = IM_COL32(0x1B, 0x6E, 0x34, 0xFF);
  p.warning = IM_COL32(0x8A, 0x4B, 0x00, 0xFF);
  p.field = IM_COL32(0xF7, 0xF8, 0xFA, 0xFF);
  return p;
}

Palette high_contrast_palette() {
  Palette p;
  p.background = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
  p.card = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
  p.text = IM_COL32(0x00, 0x00, 0x00, 0xFF);
  p.muted = IM_COL32(0x2B, 0x2B, 0x2B, 0xFF);
  p.accent = IM_COL32(0x00, 0x2E, 0x8A, 0xFF);
  p.on_accent = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
  p.border = IM_COL32(0x00, 0x00, 0x00, 0xFF);
  p.error = IM_COL32(0x8B, 0x00, 0x00, 0xFF);
  p.success = IM_COL32(0x00, 0x4D, 0x1A, 0xFF);
  p.warning = IM_COL32(0x5C, 0x30, 0x00, 0xFF);
  p.field = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
  return p;
}

Theme make_theme(const app::Settings& settings) {
  Theme theme;
  theme.colors = settings.high_contrast ? high_contrast_palette() : normal_palette();
  theme.high_contrast = settings.high_contrast;
  theme.body_px = text_size_px(settings.text_size);
  if (settings.elderly) {
    // MIIT 2021 elderly-friendly rules: main text at least 18 dp (we start higher), a largest size of
    // at least 30 dp, targets at least 60x60 dp.
    theme.body_px = std::max(theme.body_px, text_size_px(app::TextSize::Large));
    theme.target_px = 64;
    theme.gap = 16;
  }
  theme.heading_px = std::max(theme.body_px * 1.3f, settings.elderly ? 32.0f : 0.0f);
  theme.small_px = std::max(15.0f, theme.body_px * 0.85f);
  theme.target_px = std::max(theme.target_px, theme.body_px * 2.4f);
  return theme;
}

void apply_theme(const Theme& theme) {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  ImGui::StyleColorsLight(&style);
  const Palette& c = theme.colors;
  const auto v = [](ImU32 color) { return ImGui::ColorConvertU32ToFloat4(color); };
  style.Colors[ImGuiCol_WindowBg] = v(c.background);
  style.Colors[ImGuiCol_ChildBg] = v(c.background);
  style.Colors[ImGuiCol_Text] = v(c.text);
  style.Colors[ImGuiCol_TextDisabled] = v(c.muted);
  style.Colors[ImGuiCol_Button] = v(c.card);
  style.Colors[ImGuiCol_ButtonHovered] = v(c.card);  // nothing depends on hovering (touch screens)
  style.Colors[ImGuiCol_ButtonActive] = v(c.field);
  style.Colors[ImGuiCol_FrameBg] = v(c.field);
  style.Colors[ImGuiCol_FrameBgHovered] = v(c.field);
  style.Colors[ImGuiCol_FrameBgActive] = v(c.card);
  style.Colors[ImGuiCol_Border] = v(c.border);
  style.Colors[ImGuiCol_CheckMark] = v(c.accent);
  style.Colors[ImGuiCol_TextSelectedBg] = ImVec4(0.04f, 0.36f, 0.84f, 0.25f);
  style.Colors[ImGuiCol_NavCursor] = v(c.accent);
  style.Colors[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  style.WindowPadding = ImVec2(theme.padding, theme.padding);
  style.FramePadding = ImVec2(theme.padding, (theme.target_px - theme.body_px) / 2);
  style.ItemSpacing = ImVec2(theme.gap, theme.gap);
  style.ItemInnerSpacing = ImVec2(theme.gap, theme.gap / 2);
  style.FrameRounding = theme.rounding;
  style.ChildRounding = theme.rounding;
  style.GrabRounding = theme.rounding;
  style.WindowRounding = 0;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 0;
  style.FrameBorderSize = 1;
  style.ScrollbarSize = 6;
  style.TouchExtraPadding = ImVec2(4, 4);
}

float contrast_ratio(ImU32 a, ImU32 b) {
  const auto luminance = [](ImU32 color) {
    const auto channel = [](unsigned value) {
      const float c = static_cast<float>(value) / 255.0f;
      return c <= 0.03928f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
    };
    return 0.2126f * channel((color >> IM_COL32_R_SHIFT) & 0xFF) +
           0.7152f * channel((color >> IM_COL32_G_SHIFT) & 0xFF) +
           0.0722f * channel((color >> IM_COL32_B_SHIFT) & 0xFF);
  };
  const float la = luminance(a);
  const float lb = luminance(b);
  return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

}  // namespace hotline::ui
