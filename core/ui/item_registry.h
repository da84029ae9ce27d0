// What the last frame showed: every interactive item and text with its role, label and rectangle, so
// QA's scenario runner can find "the button labelled X" and the web's screen-reader mirror can copy it.
#pragma once

#include <imgui.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ui/item_sink.h"

namespace hotline::ui {

enum class Role { Button, TextField, Checkbox, Radio, Heading, Text, Image };

std::string_view to_code(Role role);

// What a screen reader announces around items: a list and its entries ("list, 3 items"), a set of
// choices of which one is picked.
enum class GroupRole { List, ListItem, RadioGroup };

std::string_view to_code(GroupRole role);

struct Group {
  GroupRole role = GroupRole::List;
  std::string label;  // empty: named by its content
  int parent = -1;    // the enclosing group's index, -1: none
};

struct Item {
  ImGuiID id = 0;  // 0 for texts and headings
  Role role = Role::Text;
  std::string label;  // what the citizen reads (ImGui's "##id" suffix removed)
  std::string value;  // a text field's text as shown (masked for passwords)
  ImVec2 min;
  ImVec2 max;
  bool visible = true;  // some of it lies inside its window's visible area
  bool checked = false;
  bool disabled = false;
  bool live = false;  // news to announce when it appears: an error, "sent", a status
  // A caption that its field or group carries as its name: a screen reader would read it twice.
  bool is_label = false;
  // What a screen reader says instead of `label` when the label alone is ambiguous (several "solved"
  // buttons, each under its own guide); empty: the label. Scenarios still find the item by its label.
  std::string spoken;
  int group = -1;  // the innermost group it lies in (index into groups()), -1: none

  ImVec2 center() const { return ImVec2((min.x + max.x) / 2, (min.y + max.y) / 2); }
};

// Collects items as ImGui lays them out (through ItemSink) plus the roles and texts the widgets add.
// begin_frame() starts a new list; the previous frame's list stays readable until end_frame().
class ItemRegistry final : public ItemSink {
 public:
  void begin_frame();
  void end_frame();

  // Items of the last complete frame, in layout (reading) order.
  const std::vector<Item>& items() const { return done_; }
  // The groups of the last complete frame, each before the groups it encloses.
  const std::vector<Group>& groups() const { return done_groups_; }
  // The first item whose label equals `label` (after trimming); roles narrow the search when given.
  const Item* find(std::string_view label, std::optional<Role> role = std::nullopt) const;
  // True when some visible item's label contains `text`.
  bool shows(std::string_view text) const;
  // A readable dump of the last frame for reports ("button 'Next' at 20,700 360x64").
  std::string describe() const;

  // Called by widgets right after drawing: the last interactive item gets this role and state.
  void set_last_role(Role role, bool checked = false);
  void set_last_label(std::string_view label);
  void set_last_disabled();
  void set_last_value(std::string_view value);
  void set_last_spoken(std::string_view spoken);
  // The last item of any kind (the caption just drawn) names what follows it.
  void set_last_is_label();

  // Items registered between these lie in a group (nested groups allowed; ItemGroup pairs them).
  void begin_group(GroupRole role, std::string_view label = {});
  void end_group();
  // Non-interactive content (texts have no ImGui id); `live` for news a screen reader announces.
  void add_text(Role role, std::string_view text, ImVec2 min, ImVec2 max, bool live = false);

  void item_added(ImGuiID id, ImVec2 min, ImVec2 max, ImVec2 clip_min, ImVec2 clip_max) override;
  void item_info(ImGuiID id, const char* label, int status_flags) override;

 private:
  Item* last_interactive();

  std::vector<Item> building_;
  std::vector<Item> done_;
  std::vector<Group> building_groups_;
  std::vector<Group> done_groups_;
  std::vector<int> open_groups_;
  ImVec2 last_clip_min_;
  ImVec2 last_clip_max_;
};

// A group open for the lifetime of the scope.
class ItemGroup {
 public:
  ItemGroup(ItemRegistry& items, GroupRole role, std::string_view label = {}) : items_(items) {
    items_.begin_group(role, label);
  }
  ~ItemGroup() { items_.end_group(); }
  ItemGroup(const ItemGroup&) = delete;
  ItemGroup& operator=(const ItemGroup&) = delete;

 private:
  ItemRegistry& items_;
};

}  // namespace hotline::ui
