// The look of the app from the citizen's settings: one accent colour on white cards, sizes for the
// chosen text size, 长辈版's larger text and targets, and a high-contrast palette.
#pragma once

#include <imgui.h>

#include "app/settings.h"

namespace hotline::ui {

struct Palette {
  ImU32 background;  // behind the cards
  ImU32 card;
  ImU32 text;
  ImU32 muted;      // secondary text (still 4.5:1 on the card)
  ImU32 accent;     // buttons, the top bar, links
  ImU32 on_accent;  // text on the accent colour
  ImU32 border;
  ImU32 error;
  ImU32 success;
  ImU32 warning;
  ImU32 field;  // text field background
};

Palette normal_palette();
Palette high_contrast_palette();

struct Theme {
  Palette colors = normal_palette();
  float body_px = 18;     // main text
  float heading_px = 24;  // a screen's title and section headings
  float small_px = 15;    // secondary text (never below 15)
  float target_px = 52;   // minimum height and width of anything tappable
  float gap = 12;         // between items
  float padding = 16;     // inside cards and around the screen
  float rounding = 12;
  float line_spacing = 1.3f;   // paragraph line height as a multiple of the font size
  float focus_ring_px = 2;     // each of the keyboard focus ring's two tones (text colour, card colour)
  bool high_contrast = false;  // cards and tiles get an outline (their fill alone does not stand out)
};

Theme make_theme(const app::Settings& settings);

// Applies the theme to the current ImGui style (colours, paddings, rounding).
void apply_theme(const Theme& theme);

// WCAG 2.1 contrast ratio of two opaque colours (1..21).
float contrast_ratio(ImU32 a, ImU32 b);

}  // namespace hotline::ui
