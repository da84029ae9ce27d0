// The on-screen keyboard's layouts, drawing and taps (see onscreen_keyboard.h).
#include "ui/onscreen_keyboard.h"

// ItemSize / ItemAdd: each key is a custom widget (Dear ImGui's idiom for one), and the keys are a
// side bar of the viewport (BeginViewportSideBar).
#include <imgui_internal.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ui/widgets.h"

namespace hotline::ui {
namespace {

enum class Action { Character, Backspace, Clear, Done };

struct Key {
  std::string text;  // a character key's character; empty for the actions (their label is translated)
  Action action = Action::Character;
  int column = 0;
  int row = 0;
  int columns = 1;
  int rows = 1;
};

struct Layout {
  int columns = 0;
  int rows = 0;
  std::vector<Key> keys;
};

Key character(char c, int column, int row, int columns = 1) {
  return Key{std::string(1, c), Action::Character, column, row, columns, 1};
}

// A telephone pad with the actions in a fourth column; the ID number's check character X beside 0.
Layout pad(bool with_x) {
  Layout layout{4, 4, {}};
  for (int i = 0; i < 9; ++i) {
    layout.keys.push_back(character(static_cast<char>('1' + i), i % 3, i / 3));
  }
  if (with_x) {
    layout.keys.push_back(character('X', 0, 3));
    layout.keys.push_back(character('0', 1, 3, 2));
  } else {
    layout.keys.push_back(character('0', 0, 3, 3));
  }
  layout.keys.push_back(Key{"", Action::Backspace, 3, 0});
  layout.keys.push_back(Key{"", Action::Clear, 3, 1});
  layout.keys.push_back(Key{"", Action::Done, 3, 2, 1, 2});
  return layout;
}

// The telephone pad with A-F beside it (a claim's key is hexadecimal) and the actions on the right.
Layout hex_pad() {
  Layout layout{6, 4, {}};
  for (int i = 0; i < 9; ++i) {
    layout.keys.push_back(character(static_cast<char>('1' + i), i % 3, i / 3));
  }
  layout.keys.push_back(character('0', 0, 3, 3));
  for (int i = 0; i < 6; ++i) {
    layout.keys.push_back(character(static_cast<char>('A' + i), 3 + i % 2, i / 2));
  }
  layout.keys.push_back(Key{"", Action::Backspace, 5, 0});
  layout.keys.push_back(Key{"", Action::Clear, 5, 1});
  layout.keys.push_back(Key{"", Action::Done, 5, 2, 1, 2});
  return layout;
}

// Digits over the letters in the QWERTY order of every Chinese phone's Latin keyboard (query codes).
Layout letters() {
  Layout layout{10, 4, {}};
  const std::string rows[] = {"1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"};
  for (int row = 0; row < 4; ++row) {
    for (std::size_t i = 0; i < rows[row].size(); ++i) {
      layout.keys.push_back(character(rows[row][i], static_cast<int>(i), row));
    }
  }
  layout.keys.push_back(Key{"", Action::Backspace, 9, 2});
  layout.keys.push_back(Key{"", Action::Clear, 7, 3});
  layout.keys.push_back(Key{"", Action::Done, 8, 3, 2, 1});
  return layout;
}

Layout layout_for(Keys keys) {
  switch (keys) {
    case Keys::Code:
      return letters();
    case Keys::Number:
      return hex_pad();
    default:
      return pad(keys == Keys::ResidentId);
  }
}

std::string label_of(const Ui& ui, const Key& key) {
  switch (key.action) {
    case Action::Backspace:
      return ui.tr("kiosk.keyboard.backspace");
    case Action::Clear:
      return ui.tr("kiosk.keyboard.clear");
    case Action::Done:
      return ui.tr("kiosk.keyboard.done");
    case Action::Character:
      break;
  }
  return key.text;
}

// Queues a key's press and release; returns the count of events queued.
int press(ImGuiIO& io, ImGuiKey key) {
  io.AddKeyEvent(key, true);
  io.AddKeyEvent(key, false);
  return 2;
}

// What a hardware keyboard would send for the key, so the field edits exactly as with typed text (Done
// is Enter, which ends a one-line field's editing). Returns the count of events queued.
int type(const Key& key) {
  ImGuiIO& io = ImGui::GetIO();
  switch (key.action) {
    case Action::Character:
      io.AddInputCharactersUTF8(key.text.c_str());
      return static_cast<int>(key.text.size());
    case Action::Backspace:
      return press(io, ImGuiKey_Backspace);
    case Action::Clear:
      io.AddKeyEvent(ImGuiMod_Ctrl, true);
      press(io, ImGuiKey_A);
      io.AddKeyEvent(ImGuiMod_Ctrl, false);
      return 4 + press(io, ImGuiKey_Backspace);
    case Action::Done:
      return press(io, ImGuiKey_Enter);
  }
  return 0;
}

bool contains(ImVec2 min, ImVec2 max, ImVec2 point) {
  return point.x >= min.x && point.y >= min.y && point.x < max.x && point.y < max.y;
}

}  // namespace

void OnScreenKeyboard::begin_frame() {
  ImGuiIO& io = ImGui::GetIO();
  keys_ = Keys::Text;
  // Dear ImGui's NewFrame, just run, took at least one event from its queue while it had any.
  if (queued_events_ > 0) {
    --queued_events_;
  }
  if (io.MouseClicked[0]) {
    own_press_ = shown_ && contains(area_min_, area_max_, io.MouseClickedPos[0]);
  }
  hidden_ = own_press_ && (io.MouseDown[0] || io.MouseReleased[0]);
  if (hidden_) {
    clicked_ = io.MouseClicked[0];
    down_ = io.MouseDown[0];
    released_ = io.MouseReleased[0];
    io.MouseClicked[0] = io.MouseDown[0] = io.MouseReleased[0] = false;
  }
}

void OnScreenKeyboard::draw(Ui& ui) {
  ImGuiIO& io = ImGui::GetIO();
  if (hidden_) {
    io.MouseClicked[0] = clicked_;
    io.MouseDown[0] = down_;
    io.MouseReleased[0] = released_;
  }
  const bool released = hidden_ && released_;
  if (released) {
    own_press_ = false;
  }
  shown_ = keys_ != Keys::Text;
  if (!shown_) {
    pressed_ = 0;
    return;
  }
  const Theme& t = ui.theme;
  const Palette& c = t.colors;
  const Layout layout = layout_for(keys_);
  const float key_gap = t.gap * 0.6f;
  const float key_height = std::max(t.target_px, 64.0f);
  const float height = static_cast<float>(layout.rows) * (key_height + key_gap) - key_gap + t.padding * 2;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(t.padding, t.padding));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, c.background);
  // A side bar shrinks the viewport's work area: the app's window, and the field in it, end above it.
  const bool open = ImGui::BeginViewportSideBar("###keyboard", ImGui::GetMainViewport(), ImGuiDir_Down, height,
                                                ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                                                    ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  if (open) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    area_min_ = window->Pos;
    area_max_ = ImVec2(window->Pos.x + window->Size.x, window->Pos.y + window->Size.y);
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->AddLine(area_min_, ImVec2(area_max_.x, area_min_.y), c.border, 2);
    // The pad is as wide as a hand spans; the letters take the whole width.
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = layout.columns > 4 ? avail : std::min(avail, key_height * 7);
    const ImVec2 origin(ImGui::GetCursorScreenPos().x + (avail - width) / 2, ImGui::GetCursorScreenPos().y);
    const float key_width =
        (width - key_gap * static_cast<float>(layout.columns - 1)) / static_cast<float>(layout.columns);
    for (const Key& key : layout.keys) {
      const ImVec2 min(origin.x + static_cast<float>(key.column) * (key_width + key_gap),
                       origin.y + static_cast<float>(key.row) * (key_height + key_gap));
      const ImVec2 max(min.x + static_cast<float>(key.columns) * (key_width + key_gap) - key_gap,
                       min.y + static_cast<float>(key.rows) * (key_height + key_gap) - key_gap);
      const std::string label = label_of(ui, key);
      const ImGuiID id = ImGui::GetID(("key_" + label).c_str());
      ImGui::SetCursorScreenPos(min);
      ImGui::ItemSize(ImVec2(max.x - min.x, max.y - min.y));
      ImGui::ItemAdd(ImRect(min, max), id, nullptr, ImGuiItemFlags_NoNav);
      ui.items.set_last_label(label);
      ui.items.set_last_role(Role::Button);
      // Taps are tracked here, not by Dear ImGui's buttons: those would take the focus from the field.
      if (hidden_ && clicked_ && contains(min, max, io.MouseClickedPos[0])) {
        pressed_ = id;
      }
      bool tapped = ui.actions.take_activation(id);
      if (released && pressed_ == id) {
        tapped = tapped || contains(min, max, io.MousePos);
      }
      if (tapped) {
        queued_events_ += type(key);
      }
      const bool held = hidden_ && down_ && pressed_ == id && contains(min, max, io.MousePos);
      const bool done = key.action == Action::Done;
      ImU32 fill = key.action == Action::Character ? c.card : c.field;
      ImU32 ink = c.text;
      if (done) {
        fill = held ? (c.accent & ~IM_COL32_A_MASK) | IM_COL32(0, 0, 0, 200) : c.accent;
        ink = c.on_accent;
      } else if (held) {
        fill = (c.accent & ~IM_COL32_A_MASK) | IM_COL32(0, 0, 0, 48);
      }
      const float rounding = t.rounding * 0.75f;
      // A darker edge below each key: it reads as a key that can be pressed, without hover.
      list->AddRectFilled(ImVec2(min.x, min.y + 3), ImVec2(max.x, max.y + 3), c.border, rounding);
      list->AddRectFilled(min, max, fill, rounding);
      const float px = key.action == Action::Character ? t.heading_px * 1.25f : t.body_px * 1.1f;
      const ImVec2 size = ImGui::GetFont()->CalcTextSizeA(px, FLT_MAX, 0, label.c_str());
      list->AddText(ImGui::GetFont(), px, ImVec2((min.x + max.x - size.x) / 2, (min.y + max.y - px) / 2), ink,
                    label.c_str());
    }
  }
  ImGui::End();
  if (released) {
    pressed_ = 0;
  }
}

}  // namespace hotline::ui
