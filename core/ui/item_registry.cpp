// The per-frame list of items: ImGui's hooks give ids, rectangles and labels; widgets add roles and texts.
#include "ui/item_registry.h"

// The test-engine hooks' item status flags (text field, check box, checked).
#include <imgui_internal.h>

#include <cstdio>

#include "base/secure_string.h"

namespace hotline::ui {

namespace {

std::string_view visible_label(std::string_view label) {
  if (const auto hidden = label.find("##"); hidden != std::string_view::npos) {
    label = label.substr(0, hidden);
  }
  while (!label.empty() && label.back() == ' ') {
    label.remove_suffix(1);
  }
  return label;
}

bool overlaps(ImVec2 min, ImVec2 max, ImVec2 clip_min, ImVec2 clip_max) {
  return min.x < clip_max.x && max.x > clip_min.x && min.y < clip_max.y && max.y > clip_min.y;
}

}  // namespace

std::string_view to_code(Role role) {
  switch (role) {
    case Role::Button:
      return "button";
    case Role::TextField:
      return "textbox";
    case Role::Checkbox:
      return "checkbox";
    case Role::Radio:
      return "radio";
    case Role::Heading:
      return "heading";
    case Role::Text:
      return "text";
    case Role::Image:
      return "img";
  }
  return "text";
}

std::string_view to_code(GroupRole role) {
  switch (role) {
    case GroupRole::List:
      return "list";
    case GroupRole::ListItem:
      return "listitem";
    case GroupRole::RadioGroup:
      return "radiogroup";
  }
  return "list";
}

void ItemRegistry::begin_frame() {
  // The vector keeps its storage: a short label or a field's text (a name, a mobile number) would stay
  // there after clear(), inside the strings' own buffers, through every later visit of a kiosk.
  for (Item& item : building_) {
    for (std::string* text : {&item.label, &item.value, &item.spoken}) {
      base::secure_clear(*text);
    }
  }
  building_.clear();
  building_groups_.clear();
  open_groups_.clear();
}

void ItemRegistry::end_frame() {
  // Windows and scroll regions report themselves as items without a visible label; they are not
  // something a citizen can act on (every widget of ours carries a label, icon buttons included).
  std::erase_if(building_, [](const Item& item) { return item.id != 0 && item.label.empty(); });
  done_.swap(building_);
  done_groups_.swap(building_groups_);
}

const Item* ItemRegistry::find(std::string_view label, std::optional<Role> role) const {
  label = visible_label(label);
  for (const Item& item : done_) {
    if (item.label == label && (!role || item.role == *role)) {
      return &item;
    }
  }
  return nullptr;
}

bool ItemRegistry::shows(std::string_view text) const {
  for (const Item& item : done_) {
    if (item.visible && item.label.find(text) != std::string::npos) {
      return true;
    }
  }
  return false;
}

std::string ItemRegistry::describe() const {
  std::string out;
  for (const Item& item : done_) {
    char where[96];
    std::snprintf(where, sizeof where, " at %.0f,%.0f %.0fx%.0f%s%s%s\n", item.min.x, item.min.y,
                  item.max.x - item.min.x, item.max.y - item.min.y, item.visible ? "" : " (scrolled away)",
                  item.checked ? " (checked)" : "", item.disabled ? " (disabled)" : "");
    out += std::string(to_code(item.role)) + " '" + item.label + "'" + where;
  }
  return out;
}

Item* ItemRegistry::last_interactive() {
  for (auto it = building_.rbegin(); it != building_.rend(); ++it) {
    if (it->id != 0) {
      return &*it;
    }
  }
  return nullptr;
}

void ItemRegistry::set_last_role(Role role, bool checked) {
  if (Item* item = last_interactive()) {
    item->role = role;
    item->checked = checked;
  }
}

void ItemRegistry::set_last_label(std::string_view label) {
  if (Item* item = last_interactive()) {
    item->label = std::string(visible_label(label));
  }
}

void ItemRegistry::set_last_disabled() {
  if (Item* item = last_interactive()) {
    item->disabled = true;
  }
}

void ItemRegistry::set_last_value(std::string_view value) {
  if (Item* item = last_interactive()) {
    item->value = std::string(value);
  }
}

void ItemRegistry::set_last_spoken(std::string_view spoken) {
  if (Item* item = last_interactive()) {
    item->spoken = std::string(spoken);
  }
}

void ItemRegistry::set_last_is_label() {
  if (!building_.empty()) {
    building_.back().is_label = true;
  }
}

void ItemRegistry::begin_group(GroupRole role, std::string_view label) {
  building_groups_.push_back(Group{role, std::string(label), open_groups_.empty() ? -1 : open_groups_.back()});
  open_groups_.push_back(static_cast<int>(building_groups_.size()) - 1);
}

void ItemRegistry::end_group() {
  if (!open_groups_.empty()) {
    open_groups_.pop_back();
  }
}

void ItemRegistry::add_text(Role role, std::string_view text, ImVec2 min, ImVec2 max, bool live) {
  Item item;
  item.role = role;
  item.live = live;
  item.label = std::string(text);
  item.min = min;
  item.max = max;
  item.visible = overlaps(min, max, last_clip_min_, last_clip_max_);
  item.group = open_groups_.empty() ? -1 : open_groups_.back();
  building_.push_back(std::move(item));
}

void ItemRegistry::item_added(ImGuiID id, ImVec2 min, ImVec2 max, ImVec2 clip_min, ImVec2 clip_max) {
  last_clip_min_ = clip_min;
  last_clip_max_ = clip_max;
  // Texts and separators come without an id; the widgets add the texts they draw themselves.
  if (id == 0) {
    return;
  }
  // An item laid out twice in a frame (ImGui's ItemAdd for a group, then its parts) keeps one entry.
  for (Item& known : building_) {
    if (known.id == id) {
      known.min = min;
      known.max = max;
      return;
    }
  }
  Item item;
  item.id = id;
  item.role = Role::Button;
  item.min = min;
  item.max = max;
  item.visible = overlaps(min, max, clip_min, clip_max);
  item.group = open_groups_.empty() ? -1 : open_groups_.back();
  building_.push_back(std::move(item));
}

void ItemRegistry::item_info(ImGuiID id, const char* label, int status_flags) {
  for (auto it = building_.rbegin(); it != building_.rend(); ++it) {
    if (it->id != id) {
      continue;
    }
    it->label = std::string(visible_label(label != nullptr ? label : ""));
    if (status_flags & ImGuiItemStatusFlags_Inputable) {
      it->role = Role::TextField;
    } else if (status_flags & ImGuiItemStatusFlags_Checkable) {
      it->role = Role::Checkbox;
      it->checked = (status_flags & ImGuiItemStatusFlags_Checked) != 0;
    }
    return;
  }
}

}  // namespace hotline::ui
