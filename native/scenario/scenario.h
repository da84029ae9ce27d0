// A QA scenario as the runner executes it: the screen it runs on and its steps, already checked.
#pragma once

#include <imgui.h>

#include <optional>
#include <string>
#include <vector>

#include "app/text_size.h"
#include "text/catalog.h"
#include "ui/item_registry.h"

namespace hotline::scenario {

enum class StepKind {
  Tap,           // text: the label; role narrows the search; scrolled into view first
  Type,          // text: UTF-8 typed into the focused field
  Key,           // key pressed `times` times
  PickPhotos,    // args: files (relative to the scenario file) answering the open photo chooser
  WaitFor,       // text appears within timeout_ms
  Expect,        // text is visible now
  ExpectNot,     // text is not visible now
  Screenshot,    // text: file name (without .png) in the output folder
  Language,      // language
  TextSize,      // text_size
  HighContrast,  // flag
  Elderly,       // flag (长辈版)
  ScrollTo,      // text: the label scrolled into view; role narrows the search
  Capture,       // text: variable name; pattern: regex over the visible labels
  Exec,          // args: argv, must exit 0 within timeout_ms
  Idle,          // timeout_ms: the app runs untouched; at most `times` frames may be drawn (-1: any)
};

// The spelling of each kind in scenario files ("tap", "pick_photos", ...).
std::string_view to_code(StepKind kind);

struct Step {
  StepKind kind = StepKind::Tap;
  std::string text;
  std::optional<ui::Role> role;
  std::vector<std::string> args;
  std::string pattern;
  ImGuiKey key = ImGuiKey_None;
  int times = 1;
  int timeout_ms = 0;
  bool flag = false;
  text::Language language = text::Language::ZhCN;
  app::TextSize text_size = app::TextSize::Normal;
};

struct Scenario {
  std::string name;
  int width = 390;  // logical pixels, what ImGui lays out
  int height = 844;
  int scale = 1;  // device pixels per logical pixel (a phone's devicePixelRatio)
  std::vector<Step> steps;
};

// One line for reports: "step 4 (tap 'Next' button)".
std::string describe(const Step& step, std::size_t index);

}  // namespace hotline::scenario
