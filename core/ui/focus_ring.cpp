// The focus ring and scroll-into-view for keyboard and screen-reader focus.
#include "ui/focus_ring.h"

namespace hotline::ui {

float scroll_to_show(const Item& item, ImVec2 clip_min, ImVec2 clip_max, float margin) {
  const float top = item.min.y - margin;
  const float bottom = item.max.y + margin;
  if (top < clip_min.y || bottom - top > clip_max.y - clip_min.y) {
    return top - clip_min.y;
  }
  if (bottom > clip_max.y) {
    return bottom - clip_max.y;
  }
  return 0;
}

void draw_focus_ring(ImDrawList& list, const ItemRegistry& items, ImGuiID id, const Theme& theme) {
  if (id == 0) {
    return;
  }
  for (const Item& item : items.items()) {
    if (item.id != id) {
      continue;
    }
    // Two tones just outside the item (its own border and fill stay readable): a dark ring with a light
    // one inside it, so one of them stands out 3:1 on every surface, the accent top bar included
    // (WCAG 2.4.7 and 1.4.11; the palette test checks both tones).
    const float w = theme.focus_ring_px;
    const ImVec2 outer_min(item.min.x - 2 * w, item.min.y - 2 * w);
    const ImVec2 outer_max(item.max.x + 2 * w, item.max.y + 2 * w);
    list.AddRect(outer_min, outer_max, theme.colors.text, theme.rounding + 2 * w, 0, w * 2);
    list.AddRect(ImVec2(item.min.x - w / 2, item.min.y - w / 2), ImVec2(item.max.x + w / 2, item.max.y + w / 2),
                 theme.colors.card, theme.rounding + w / 2, 0, w);
    return;
  }
}

}  // namespace hotline::ui
