// The app's widgets, drawn with Dear ImGui's draw list where its stock widgets look like a developer
// tool, and always registered with a role and a readable label.
#include "ui/widgets.h"

#include <imgui.h>
// ScrollToItem: a field being edited stays in view above the on-screen keys (Dear ImGui calls it early
// work in progress that will become public; nothing public scrolls to an item).
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include <cmath>

#include "text/utf8.h"
#include "ui/line_breaking.h"

namespace hotline::ui {

namespace {

// "label###id": Dear ImGui hashes only what follows "###", so an item with its own id keeps it whatever
// the language of its label (focus, scroll requests and the accessibility mirror follow ids). Without
// one, the label is the id.
std::string imgui_id(std::string_view label, std::string_view id) {
  std::string out(label);
  out += id.empty() ? "##" : "###";
  out += id.empty() ? label : id;
  return out;
}

ImVec2 text_size(std::string_view text, float px) {
  return ImGui::GetFont()->CalcTextSizeA(px, FLT_MAX, 0, text.data(), text.data() + text.size());
}

std::vector<std::string_view> wrap(std::string_view text, float px, float width) {
  const auto measure = [px](std::string_view run) { return text_size(run, px).x; };
  return break_lines(text, width, measure);
}

// Draws wrapped text at `pos` and returns its height.
float draw_wrapped(ImDrawList* list, ImVec2 pos, std::string_view text, float px, float width, ImU32 color,
                   float line_spacing) {
  float y = pos.y;
  for (const std::string_view line : wrap(text, px, width)) {
    list->AddText(ImGui::GetFont(), px, ImVec2(pos.x, y), color, line.data(), line.data() + line.size());
    y += px * line_spacing;
  }
  return y - pos.y;
}

float wrapped_height(std::string_view text, float px, float width, float line_spacing) {
  return static_cast<float>(wrap(text, px, width).size()) * px * line_spacing;
}

// The tappable area of a widget. It registers its label itself, since Dear ImGui names only the items it
// does not clip and a screen reader reads the whole screen, and it also answers to an activation queued
// by the platform, so a double tap of a screen reader acts exactly as a tap.
bool hit_area(Ui& ui, const std::string& imgui_label, std::string_view label, ImVec2 size) {
  const bool tapped = ImGui::InvisibleButton(imgui_label.c_str(), size) && !ui.touch_scrolling;
  ui.items.set_last_label(label);
  return ui.actions.take_activation(ImGui::GetItemID()) || tapped;
}

// The widget just drawn is held down by a finger that is not scrolling.
bool held(const Ui& ui) {
  return ImGui::IsItemActive() && !ui.touch_scrolling;
}

ImU32 with_alpha(ImU32 color, int alpha) {
  return (color & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT);
}

}  // namespace

bool top_bar(Ui& ui, std::string_view title, bool back) {
  const Theme& t = ui.theme;
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = content_width(ui);
  const float height = t.target_px + t.padding / 2;
  list->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), t.colors.accent);
  bool tapped = false;
  float title_left = origin.x + t.padding;
  if (back) {
    const std::string label = "‹ " + ui.tr("app.back");
    const float button_width = text_size(label, t.body_px).x + t.padding * 2;
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + t.padding / 4));
    tapped = hit_area(ui, imgui_id(ui.tr("app.back"), "back"), ui.tr("app.back"),
                      ImVec2(std::max(button_width, t.target_px), t.target_px));
    ui.items.set_last_role(Role::Button);
    list->AddText(ImGui::GetFont(), t.body_px,
                  ImVec2(origin.x + t.padding, origin.y + t.padding / 4 + (t.target_px - t.body_px) / 2),
                  t.colors.on_accent, label.c_str());
    title_left = origin.x + std::max(button_width, t.target_px) + t.gap;
  }
  const ImVec2 title_size = text_size(title, t.heading_px);
  // Centred when it fits beside the back button, otherwise after it.
  float x = origin.x + (width - title_size.x) / 2;
  x = std::max(x, title_left);
  const ImVec2 title_pos(x, origin.y + (height - t.heading_px) / 2);
  list->PushClipRect(ImVec2(title_left, origin.y), ImVec2(origin.x + width, origin.y + height), true);
  list->AddText(ImGui::GetFont(), t.heading_px, title_pos, t.colors.on_accent, title.data(),
                title.data() + title.size());
  list->PopClipRect();
  ui.items.add_text(Role::Heading, title, title_pos, ImVec2(title_pos.x + title_size.x, title_pos.y + t.heading_px));
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
  ImGui::Dummy(ImVec2(width, 0));
  return tapped;
}

void heading(Ui& ui, std::string_view text) {
  const Theme& t = ui.theme;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float width = content_width(ui);
  const float height =
      draw_wrapped(ImGui::GetWindowDrawList(), pos, text, t.heading_px, width, t.colors.text, t.line_spacing);
  ImGui::Dummy(ImVec2(width, height));
  ui.items.add_text(Role::Heading, text, pos, ImVec2(pos.x + width, pos.y + height));
}

void paragraph(Ui& ui, std::string_view text, ImU32 color, float size_px, bool live) {
  const Theme& t = ui.theme;
  const float px = size_px > 0 ? size_px : t.body_px;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float width = content_width(ui);
  const float height = draw_wrapped(ImGui::GetWindowDrawList(), pos, text, px, width,
                                    color != 0 ? color : t.colors.text, t.line_spacing);
  ImGui::Dummy(ImVec2(width, std::max(height, 1.0f)));
  ui.items.add_text(Role::Text, text, pos, ImVec2(pos.x + width, pos.y + height), live);
}

void caption(Ui& ui, std::string_view text) {
  paragraph(ui, text, ui.theme.colors.muted, ui.theme.small_px);
}

ItemGroup captioned_group(Ui& ui, GroupRole role, std::string_view caption_text) {
  caption(ui, caption_text);
  ui.items.set_last_is_label();
  return ItemGroup(ui.items, role, caption_text);
}

bool button(Ui& ui, std::string_view label, ButtonKind kind, std::string_view id, float width, bool enabled) {
  const Theme& t = ui.theme;
  const Palette& c = t.colors;
  const float w = width > 0 ? width : content_width(ui);
  const float inner = w - t.padding * 2;
  const auto lines = wrap(label, t.body_px, inner);
  const float text_height = static_cast<float>(lines.size()) * t.body_px * t.line_spacing;
  const float h = std::max(t.target_px, text_height + t.padding);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  if (!enabled) {
    ImGui::BeginDisabled();
  }
  const bool tapped = hit_area(ui, imgui_id(label, id), label, ImVec2(w, h));
  if (!enabled) {
    ImGui::EndDisabled();
    ui.items.set_last_disabled();
  }
  ui.items.set_last_role(Role::Button);
  const bool pressed = held(ui);
  ImU32 fill = c.card;
  ImU32 text = c.accent;
  ImU32 border = c.accent;
  if (kind == ButtonKind::Primary) {
    fill = pressed ? with_alpha(c.accent, 210) : c.accent;
    text = c.on_accent;
  } else if (kind == ButtonKind::Danger) {
    text = border = c.error;
  }
  if (!enabled) {
    fill = c.field;
    text = c.muted;
    border = c.border;
  }
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + h), fill, t.rounding);
  if (kind != ButtonKind::Primary || !enabled) {
    list->AddRect(pos, ImVec2(pos.x + w, pos.y + h), border, t.rounding, 0, 1.5f);
  }
  float y = pos.y + (h - text_height) / 2 + t.body_px * (t.line_spacing - 1) / 2;
  for (const std::string_view line : lines) {
    const float x = pos.x + (w - text_size(line, t.body_px).x) / 2;
    list->AddText(ImGui::GetFont(), t.body_px, ImVec2(x, y), text, line.data(), line.data() + line.size());
    y += t.body_px * t.line_spacing;
  }
  return tapped && enabled;
}

bool tile(Ui& ui, std::string_view icon, ImU32 icon_color, std::string_view title, std::string_view subtitle,
          std::string_view id) {
  const Theme& t = ui.theme;
  const Palette& c = t.colors;
  const float w = content_width(ui);
  const float icon_size = t.heading_px * 2;
  const float text_left = t.padding * 2 + icon_size;
  const float text_width = w - text_left - t.padding;
  const float sub_px = t.small_px;
  const float height =
      std::max(icon_size + t.padding * 2, t.padding * 2 + t.body_px * t.line_spacing +
                                              wrapped_height(subtitle, sub_px, text_width, t.line_spacing));
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ItemGroup entry(ui.items, GroupRole::ListItem);
  const bool tapped = hit_area(ui, imgui_id(title, id), title, ImVec2(w, height));
  ui.items.set_last_role(Role::Button);
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + height), held(ui) ? c.field : c.card, t.rounding);
  if (t.high_contrast) {
    list->AddRect(pos, ImVec2(pos.x + w, pos.y + height), c.border, t.rounding, 0, 2);
  }
  const ImVec2 icon_min(pos.x + t.padding, pos.y + (height - icon_size) / 2);
  list->AddRectFilled(icon_min, ImVec2(icon_min.x + icon_size, icon_min.y + icon_size), icon_color, t.rounding);
  const float glyph_px = icon_size * 0.55f;
  const ImVec2 glyph = text_size(icon, glyph_px);
  list->AddText(ImGui::GetFont(), glyph_px,
                ImVec2(icon_min.x + (icon_size - glyph.x) / 2, icon_min.y + (icon_size - glyph_px) / 2), c.on_accent,
                icon.data(), icon.data() + icon.size());
  float y = pos.y + t.padding;
  list->AddText(ImGui::GetFont(), t.body_px * 1.1f, ImVec2(pos.x + text_left, y), c.text, title.data(),
                title.data() + title.size());
  y += t.body_px * t.line_spacing + t.gap / 3;
  draw_wrapped(list, ImVec2(pos.x + text_left, y), subtitle, sub_px, text_width, c.muted, t.line_spacing);
  ui.items.add_text(Role::Text, subtitle, ImVec2(pos.x + text_left, y), ImVec2(pos.x + w, pos.y + height));
  return tapped;
}

bool list_row(Ui& ui, std::string_view title, std::string_view subtitle, std::string_view badge, ImU32 badge_color,
              std::string_view id) {
  const Theme& t = ui.theme;
  const Palette& c = t.colors;
  const float w = content_width(ui);
  const float badge_px = t.small_px;
  const float badge_width = badge.empty() ? 0 : text_size(badge, badge_px).x + t.padding;
  const float text_width = w - t.padding * 3 - badge_width;
  const auto title_lines = wrap(title, t.body_px, text_width);
  const float title_height =
      static_cast<float>(std::min<std::size_t>(title_lines.size(), 2)) * t.body_px * t.line_spacing;
  const float height = std::max(
      t.target_px, t.padding * 2 + title_height + wrapped_height(subtitle, t.small_px, text_width, t.line_spacing));
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ItemGroup entry(ui.items, GroupRole::ListItem);
  const bool tapped = hit_area(ui, imgui_id(title, id), title, ImVec2(w, height));
  ui.items.set_last_role(Role::Button);
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + height), held(ui) ? c.field : c.card, t.rounding);
  float y = pos.y + t.padding;
  for (std::size_t i = 0; i < title_lines.size() && i < 2; ++i) {
    list->AddText(ImGui::GetFont(), t.body_px, ImVec2(pos.x + t.padding, y), c.text, title_lines[i].data(),
                  title_lines[i].data() + title_lines[i].size());
    y += t.body_px * t.line_spacing;
  }
  draw_wrapped(list, ImVec2(pos.x + t.padding, y), subtitle, t.small_px, text_width, c.muted, t.line_spacing);
  ui.items.add_text(Role::Text, subtitle, ImVec2(pos.x + t.padding, y), ImVec2(pos.x + w, pos.y + height));
  if (!badge.empty()) {
    const ImVec2 badge_min(pos.x + w - t.padding - badge_width, pos.y + t.padding);
    const ImVec2 badge_max(badge_min.x + badge_width, badge_min.y + badge_px * 1.6f);
    list->AddRectFilled(badge_min, badge_max, with_alpha(badge_color, 28), badge_px);
    list->AddText(ImGui::GetFont(), badge_px, ImVec2(badge_min.x + t.padding / 2, badge_min.y + badge_px * 0.3f),
                  badge_color, badge.data(), badge.data() + badge.size());
    ui.items.add_text(Role::Text, badge, badge_min, badge_max);
  }
  return tapped;
}

namespace {

// A field the platform edits: drawn here with its text, reported with its rectangle so the platform
// can put its own input over it when tapped, and updated with what the platform hands back.
// A password as the field shows it: stars, never its characters.
std::string masked(std::string_view value) {
  return std::string(text::count_code_points(value).value_or(0) * 3, '*');
}

bool platform_text_field(Ui& ui, std::string_view label, std::string& value, std::string_view id, int lines,
                         std::string_view hint, bool password, bool has_error) {
  const Theme& t = ui.theme;
  platform::TextInput& input = *ui.text_input;
  bool edited = false;
  if (auto typed = input.take_text(id)) {
    value = std::move(*typed);
    edited = true;
  }
  const bool editing = input.editing() == id;
  const float width = content_width(ui);
  const std::string shown_value = password ? masked(value) : value;
  const std::string_view shown = value.empty() ? hint : std::string_view(shown_value);
  const float min_height = lines > 1 ? t.body_px * t.line_spacing * static_cast<float>(lines) + t.padding : t.target_px;
  const float text_width = width - t.padding * 2;
  const float h = lines > 1
                      ? std::max(min_height, wrapped_height(shown, t.body_px, text_width, t.line_spacing) + t.padding)
                      : min_height;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton(("##" + std::string(id)).c_str(), ImVec2(width, h));
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + h), t.colors.field, t.rounding);
  const ImU32 border = editing ? t.colors.accent : has_error ? t.colors.error : t.colors.border;
  list->AddRect(pos, ImVec2(pos.x + width, pos.y + h), border, t.rounding, 0, editing || has_error ? 2.0f : 1.0f);
  const ImU32 color = value.empty() ? t.colors.muted : t.colors.text;
  if (lines > 1) {
    draw_wrapped(list, ImVec2(pos.x + t.padding, pos.y + t.padding / 2), shown, t.body_px, text_width, color,
                 t.line_spacing);
  } else {
    list->PushClipRect(pos, ImVec2(pos.x + width - t.padding, pos.y + h), true);
    list->AddText(ImGui::GetFont(), t.body_px, ImVec2(pos.x + t.padding, pos.y + (h - t.body_px) / 2), color,
                  shown.data(), shown.data() + shown.size());
    list->PopClipRect();
  }
  platform::TextFieldInfo info;
  info.id = std::string(id);
  info.label = std::string(label);
  info.text = value;
  info.x = pos.x;
  info.y = pos.y;
  info.width = width;
  info.height = h;
  info.font_px = t.body_px;
  info.multiline = lines > 1;
  info.password = password;
  input.field(info);
  return edited;
}

}  // namespace

bool text_field(Ui& ui, std::string_view label, std::string& value, std::string_view id,
                const TextFieldOptions& options) {
  const auto& [lines, hint, errors, counter_max, password, keys] = options;
  const Theme& t = ui.theme;
  caption(ui, label);
  ui.items.set_last_is_label();
  ImGui::PushStyleColor(ImGuiCol_Border, errors.empty() ? t.colors.border : t.colors.error);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, errors.empty() ? 1.0f : 2.0f);
  const std::string imgui_label = "##" + std::string(id);
  const float width = content_width(ui);
  bool edited = false;
  ImGui::PushFont(nullptr, t.body_px);
  ImGui::SetNextItemWidth(width);
  if (ui.text_input != nullptr) {
    edited = platform_text_field(ui, label, value, id, lines, hint, password, !errors.empty());
  } else if (lines > 1) {
    const float box_height = t.body_px * t.line_spacing * static_cast<float>(lines) + t.padding;
    const ImGuiID field_id = ImGui::GetID(imgui_label.c_str());
    ImGuiStorage* storage = ImGui::GetStateStorage();
    if (storage->GetBool(field_id)) {
      // Editing: Dear ImGui 1.92.2's multi-line input cannot wrap, so it is shown only while typing.
      ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(t.padding, t.padding / 2));
      // Until the field has the keyboard (io.WantTextInput: a text field was active when the last frame
      // ended; a tap elsewhere ends the editing below, not by taking the keyboard back).
      if (!ImGui::IsWindowAppearing() && !ImGui::GetIO().WantTextInput) {
        ImGui::SetKeyboardFocusHere();
      }
      edited = ImGui::InputTextMultiline((imgui_label + "##edit").c_str(), &value, ImVec2(width, box_height));
      if (ImGui::IsItemDeactivated()) {
        storage->SetBool(field_id, false);
      }
      ImGui::PopStyleVar();
    } else {
      // Reading: the whole text wrapped with Chinese line-breaking rules; a tap starts editing.
      const ImVec2 pos = ImGui::GetCursorScreenPos();
      const std::string_view shown = value.empty() ? hint : std::string_view(value);
      const float h =
          std::max(box_height, wrapped_height(shown, t.body_px, width - t.padding * 2, t.line_spacing) + t.padding);
      if (ImGui::InvisibleButton(imgui_label.c_str(), ImVec2(width, h)) && !ui.touch_scrolling) {
        storage->SetBool(field_id, true);
      }
      ImDrawList* list = ImGui::GetWindowDrawList();
      list->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + h), t.colors.field, t.rounding);
      list->AddRect(pos, ImVec2(pos.x + width, pos.y + h), errors.empty() ? t.colors.border : t.colors.error,
                    t.rounding, 0, errors.empty() ? 1.0f : 2.0f);
      draw_wrapped(list, ImVec2(pos.x + t.padding, pos.y + t.padding / 2), shown, t.body_px, width - t.padding * 2,
                   value.empty() ? t.colors.muted : t.colors.text, t.line_spacing);
    }
  } else {
    const std::string hint_text(hint);
    edited = ImGui::InputTextWithHint(imgui_label.c_str(), hint_text.c_str(), &value,
                                      password ? ImGuiInputTextFlags_Password : 0);
    if (ui.keyboard != nullptr && keys != Keys::Text && ImGui::IsItemActive()) {
      ui.keyboard->editing(keys);
      // The keys take the bottom of the screen: the field stays in view above them.
      ImGui::ScrollToItem(ImGuiScrollFlags_KeepVisibleCenterY);
    }
  }
  ImGui::PopFont();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  ui.items.set_last_role(Role::TextField);
  ui.items.set_last_label(label);
  ui.items.set_last_value(password ? masked(value) : value);
  if (counter_max > 0) {
    const std::size_t count = text::count_code_points(value).value_or(0);
    const std::string counter = std::to_string(count) + " / " + std::to_string(counter_max);
    caption(ui, counter);
  }
  field_errors(ui, errors);
  return edited;
}

bool text_field(Ui& ui, std::string_view label, base::SecureString& value, std::string_view id,
                const TextFieldOptions& options) {
  std::string text(value.view());
  const bool edited = text_field(ui, label, text, id, options);
  if (edited) {
    value = text;
  }
  base::secure_clear(text);
  return edited;
}

namespace {

// A full-width row with a marker (check box, radio dot) before its wrapped label, tappable as a whole.
struct ChoiceRow {
  ImVec2 pos;
  float width = 0;
  float height = 0;
  float marker = 0;  // the marker's size
  bool tapped = false;
};

ChoiceRow choice_row(Ui& ui, std::string_view label, std::string_view id) {
  const Theme& t = ui.theme;
  ChoiceRow row;
  row.width = content_width(ui);
  row.marker = t.body_px * 1.3f;
  const float text_width = row.width - row.marker - t.padding * 3;
  row.height = std::max(t.target_px, wrapped_height(label, t.body_px, text_width, t.line_spacing) + t.padding);
  row.pos = ImGui::GetCursorScreenPos();
  row.tapped = hit_area(ui, imgui_id(label, id), label, ImVec2(row.width, row.height));
  return row;
}

void choice_label(Ui& ui, const ChoiceRow& row, std::string_view label) {
  const Theme& t = ui.theme;
  const float text_width = row.width - row.marker - t.padding * 3;
  const float text_height = wrapped_height(label, t.body_px, text_width, t.line_spacing);
  draw_wrapped(ImGui::GetWindowDrawList(),
               ImVec2(row.pos.x + t.padding * 2 + row.marker, row.pos.y + (row.height - text_height) / 2), label,
               t.body_px, text_width, t.colors.text, t.line_spacing);
}

}  // namespace

bool check_row(Ui& ui, std::string_view label, bool& value, std::string_view id) {
  const Palette& c = ui.theme.colors;
  const ChoiceRow row = choice_row(ui, label, id);
  if (row.tapped) {
    value = !value;
  }
  ui.items.set_last_role(Role::Checkbox, value);
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float box = row.marker;
  const ImVec2 box_min(row.pos.x + ui.theme.padding, row.pos.y + (row.height - box) / 2);
  const ImVec2 box_max(box_min.x + box, box_min.y + box);
  if (value) {
    list->AddRectFilled(box_min, box_max, c.accent, box * 0.2f);
    const float s = box / 10;
    const std::array<ImVec2, 3> tick{ImVec2(box_min.x + 2 * s, box_min.y + 5 * s),
                                     ImVec2(box_min.x + 4.2f * s, box_min.y + 7.3f * s),
                                     ImVec2(box_min.x + 8 * s, box_min.y + 2.8f * s)};
    list->AddPolyline(tick.data(), 3, c.on_accent, 0, std::max(2.0f, s * 1.2f));
  } else {
    list->AddRect(box_min, box_max, c.muted, box * 0.2f, 0, 2);
  }
  choice_label(ui, row, label);
  return row.tapped;
}

bool radio_row(Ui& ui, std::string_view label, bool selected, std::string_view id) {
  const Theme& t = ui.theme;
  const Palette& c = t.colors;
  const ChoiceRow row = choice_row(ui, label, id);
  ui.items.set_last_role(Role::Radio, selected);
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 end(row.pos.x + row.width, row.pos.y + row.height);
  list->AddRectFilled(row.pos, end, selected ? with_alpha(c.accent, 24) : c.card, t.rounding);
  list->AddRect(row.pos, end, selected ? c.accent : c.border, t.rounding, 0, selected ? 2.0f : 1.0f);
  const ImVec2 center(row.pos.x + t.padding + row.marker / 2, row.pos.y + row.height / 2);
  list->AddCircle(center, row.marker / 2, selected ? c.accent : c.muted, 0, 2);
  if (selected) {
    list->AddCircleFilled(center, row.marker / 4, c.accent);
  }
  choice_label(ui, row, label);
  return row.tapped;
}

void field_errors(Ui& ui, const std::vector<domain::FieldError>& errors) {
  for (const domain::FieldError& error : errors) {
    paragraph(ui, "⚠ " + ui.format(error.message()), ui.theme.colors.error, ui.theme.small_px, true);
  }
}

void notice(Ui& ui, NoticeKind kind, std::string_view text) {
  const Theme& t = ui.theme;
  const Palette& c = t.colors;
  ImU32 color = c.accent;
  switch (kind) {
    case NoticeKind::Success:
      color = c.success;
      break;
    case NoticeKind::Warning:
      color = c.warning;
      break;
    case NoticeKind::Error:
      color = c.error;
      break;
    case NoticeKind::Info:
      break;
  }
  const float w = content_width(ui);
  const float text_width = w - t.padding * 2 - 4;
  const float height = wrapped_height(text, t.body_px, text_width, t.line_spacing) + t.padding * 2;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + height), with_alpha(color, 20), t.rounding);
  list->AddRectFilled(pos, ImVec2(pos.x + 4, pos.y + height), color, t.rounding, ImDrawFlags_RoundCornersLeft);
  draw_wrapped(list, ImVec2(pos.x + t.padding + 4, pos.y + t.padding), text, t.body_px, text_width, c.text,
               t.line_spacing);
  ImGui::Dummy(ImVec2(w, height));
  ui.items.add_text(Role::Text, text, pos, ImVec2(pos.x + w, pos.y + height), true);
}

namespace {

// About four lines on a phone: enough to recognise the text without scrolling past it.
constexpr std::size_t kExcerptCodePoints = 120;

}  // namespace

std::string excerpt(const Ui& ui, std::string_view text) {
  const std::size_t length = text::count_code_points(text).value_or(0);
  if (length <= kExcerptCodePoints) {
    return std::string(text);
  }
  return text::first_code_points(text, kExcerptCodePoints) + "… " +
         ui.strings.format({"app.review.length", {{"count", std::to_string(length)}}});
}

void expandable_text(Ui& ui, std::string_view text, std::string_view id, ImU32 color) {
  if (text::count_code_points(text).value_or(0) <= kExcerptCodePoints) {
    paragraph(ui, text, color);
    return;
  }
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID key = ImGui::GetID(("##expanded" + std::string(id)).c_str());
  const bool expanded = storage->GetBool(key);
  paragraph(ui, expanded ? std::string(text) : excerpt(ui, text), color);
  if (button(ui, ui.tr(expanded ? "app.text.fold" : "app.text.unfold"), ButtonKind::Secondary,
             "unfold_" + std::string(id))) {
    storage->SetBool(key, !expanded);
  }
}

void count_badge(Ui& ui, std::size_t count) {
  const Theme& t = ui.theme;
  const std::string text = std::to_string(count);
  const ImVec2 item_min = ImGui::GetItemRectMin();
  const ImVec2 item_max = ImGui::GetItemRectMax();
  const ImVec2 size = text_size(text, t.small_px);
  const float radius = std::max(size.x, size.y) / 2 + 6;
  const ImVec2 center(item_max.x - t.padding - radius, (item_min.y + item_max.y) / 2);
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddCircleFilled(center, radius, t.colors.accent);
  const ImVec2 pos(center.x - size.x / 2, center.y - size.y / 2);
  list->AddText(ImGui::GetFont(), t.small_px, pos, t.colors.on_accent, text.c_str());
  ui.items.add_text(Role::Text, text, ImVec2(center.x - radius, center.y - radius),
                    ImVec2(center.x + radius, center.y + radius));
}

void success_banner(Ui& ui, std::string_view title) {
  const Theme& t = ui.theme;
  const float width = content_width(ui);
  const float radius = t.heading_px * 1.2f;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 center(pos.x + width / 2, pos.y + radius + t.gap);
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddCircleFilled(center, radius, t.colors.success);
  const float s = radius / 5;
  const std::array<ImVec2, 3> tick{ImVec2(center.x - 2.2f * s, center.y),
                                   ImVec2(center.x - 0.6f * s, center.y + 1.7f * s),
                                   ImVec2(center.x + 2.4f * s, center.y - 1.6f * s)};
  list->AddPolyline(tick.data(), 3, t.colors.on_accent, 0, std::max(3.0f, s * 0.7f));
  const ImVec2 size = text_size(title, t.heading_px);
  const ImVec2 title_pos(pos.x + (width - size.x) / 2, center.y + radius + t.gap);
  list->AddText(ImGui::GetFont(), t.heading_px, title_pos, t.colors.text, title.data(), title.data() + title.size());
  ui.items.add_text(Role::Heading, title, title_pos, ImVec2(title_pos.x + size.x, title_pos.y + t.heading_px), true);
  ImGui::Dummy(ImVec2(width, title_pos.y + t.heading_px * t.line_spacing - pos.y));
}

void spinner(Ui& ui, std::string_view label) {
  const Theme& t = ui.theme;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float radius = t.body_px * 0.6f;
  const ImVec2 center(pos.x + radius + 2, pos.y + t.body_px * t.line_spacing / 2);
  const float start = static_cast<float>(ImGui::GetTime()) * 6.0f;
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->PathArcTo(center, radius, start, start + 4.5f, 24);
  list->PathStroke(t.colors.accent, 0, 3);
  ImGui::Dummy(ImVec2(radius * 2 + t.gap, t.body_px * t.line_spacing));
  ImGui::SameLine();
  paragraph(ui, label, t.colors.muted);
}

float content_width(const Ui& ui) {
  return ImGui::GetContentRegionAvail().x - ui.right_inset;
}

Card::Card(Ui& ui) : ui_(ui), list_(ImGui::GetWindowDrawList()) {
  layers_.Split(list_, 2);
  layers_.SetCurrentChannel(list_, 1);
  ImGui::BeginGroup();
  const float padding = ui.theme.padding;
  ImGui::Dummy(ImVec2(0, padding - ImGui::GetStyle().ItemSpacing.y));
  ImGui::Indent(padding);
  ImGui::PushItemWidth(content_width(ui) - padding);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(padding, padding));
  // Widgets take the remaining width: keep the right padding free.
  ui.right_inset += padding;
}

Card::~Card() {
  const float padding = ui_.theme.padding;
  ui_.right_inset -= padding;
  ImGui::PopStyleVar();
  ImGui::PopItemWidth();
  ImGui::Unindent(padding);
  ImGui::Dummy(ImVec2(0, padding - ImGui::GetStyle().ItemSpacing.y));
  ImGui::EndGroup();
  layers_.SetCurrentChannel(list_, 0);
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max(min.x + content_width(ui_), ImGui::GetItemRectMax().y);
  list_->AddRectFilled(min, max, ui_.theme.colors.card, ui_.theme.rounding);
  if (ui_.theme.high_contrast) {
    list_->AddRect(min, max, ui_.theme.colors.border, ui_.theme.rounding, 0, 2);
  }
  layers_.Merge(list_);
}

void gap(Ui& ui, float units) {
  ImGui::Dummy(ImVec2(0, ui.theme.gap * units));
}

bool choice_button(Ui& ui, std::string_view label, bool selected, bool first_in_row, std::string_view id) {
  const Theme& t = ui.theme;
  const float width = text_size(label, t.body_px).x + t.padding * 2;
  if (!first_in_row) {
    const float row_end = ImGui::GetCursorScreenPos().x + content_width(ui);
    if (ImGui::GetItemRectMax().x + t.gap + width <= row_end) {
      ImGui::SameLine(0, t.gap);
    }
  }
  const bool tapped = button(ui, label, selected ? ButtonKind::Primary : ButtonKind::Secondary, id, width);
  ui.items.set_last_role(Role::Radio, selected);
  return tapped;
}

}  // namespace hotline::ui
