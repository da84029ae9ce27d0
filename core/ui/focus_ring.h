// The keyboard's place on screen: a ring drawn around the focused item, and the scroll that brings a
// newly focused item into the visible part of the content.
#pragma once

#include <imgui.h>

#include "ui/item_registry.h"
#include "ui/theme.h"

namespace hotline::ui {

// How far to scroll (positive: down) so that `item` lies inside [clip_min, clip_max] with `margin`
// around it; 0 when it is already inside. An item taller than the view shows its top.
float scroll_to_show(const Item& item, ImVec2 clip_min, ImVec2 clip_max, float margin);

// Draws the ring around the item `id` of the last frame on top of everything (nothing when absent).
void draw_focus_ring(ImDrawList& list, const ItemRegistry& items, ImGuiID id, const Theme& theme);

}  // namespace hotline::ui
