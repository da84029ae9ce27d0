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
  // Non-interactive content (texts have no ImGui id); `live` for news a screen reader announces.
  void add_text(Role role, std::string_view text, ImVec2 min, ImVec2 max, bool live = false);

  void item_added(ImGuiID id, ImVec2 min, ImVec2 max, ImVec2 clip_min, ImVec2 clip_max) override;
  void item_info(ImGuiID id, const char* label, int status_flags) override;

 private:
  Item* last_interactive();

  std::vector<Item> building_;
  std::vector<Item> done_;
  ImVec2 last_clip_min_;
  ImVec2 last_clip_max_;
};

}  // namespace hotline::ui
