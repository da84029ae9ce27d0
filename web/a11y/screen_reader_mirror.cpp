// The C++ half of the mirror: serialises the registry, sends it when it changed, and turns the page's
// requests (activate, focus, back) into item actions for the next frame.
#include "a11y/screen_reader_mirror.h"

#include <emscripten.h>

#include <cmath>

#include <nlohmann/json.hpp>

extern "C" {
void hotline_a11y_init(void* self, void (*request)(void*, int, int));
void hotline_a11y_sync(const char* json, double cpp_ms);
}

namespace hotline::web {

namespace {

// What the page asks for (mirror.js, REQUEST_*).
enum Request { kActivate = 1, kFocus = 2, kBack = 3 };

// The items as the page's JSON ({screen, fontPx, groups: [{role, name, parent}], items: [{id, role, name,
// value, x, y, w, h, checked, disabled, live, group}]}), coordinates rounded to CSS pixels. A caption its
// field or group carries as its name is left out: read once, as that name.
std::string mirror_json(const ui::ItemRegistry& items, unsigned screen, float font_px) {
  auto groups = nlohmann::json::array();
  for (const ui::Group& group : items.groups()) {
    groups.push_back({{"role", std::string(ui::to_code(group.role))}, {"name", group.label}, {"parent", group.parent}});
  }
  auto list = nlohmann::json::array();
  for (const ui::Item& item : items.items()) {
    if (item.is_label) {
      continue;
    }
    nlohmann::json entry = {{"role", std::string(ui::to_code(item.role))},
                            {"name", item.spoken.empty() ? item.label : item.spoken},
                            {"x", std::lround(item.min.x)},
                            {"y", std::lround(item.min.y)},
                            {"w", std::lround(item.max.x - item.min.x)},
                            {"h", std::lround(item.max.y - item.min.y)}};
    // Ids travel as signed 32-bit numbers (the request callback's int); only their identity matters.
    if (item.id != 0) {
      entry["id"] = static_cast<int>(item.id);
    }
    if (item.role == ui::Role::TextField) {
      entry["value"] = item.value;
    }
    if (item.role == ui::Role::Checkbox || item.role == ui::Role::Radio) {
      entry["checked"] = item.checked;
    }
    if (item.disabled) {
      entry["disabled"] = true;
    }
    if (item.live) {
      entry["live"] = true;
    }
    if (item.group >= 0) {
      entry["group"] = item.group;
    }
    list.push_back(std::move(entry));
  }
  const nlohmann::json out = {
      {"screen", screen}, {"fontPx", font_px}, {"groups", std::move(groups)}, {"items", std::move(list)}};
  // Replacement characters rather than an exception for a label cut inside a UTF-8 sequence.
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

ScreenReaderMirror::ScreenReaderMirror(ui::ItemActions& actions, void (*wake)()) : actions_(actions), wake_(wake) {
  hotline_a11y_init(this, &ScreenReaderMirror::on_request);
}

void ScreenReaderMirror::on_request(void* self, int kind, int id) {
  auto& mirror = *static_cast<ScreenReaderMirror*>(self);
  const auto item = static_cast<ImGuiID>(id);
  switch (kind) {
    case kActivate:
      mirror.actions_.activate(item);
      break;
    case kFocus:
      mirror.actions_.focus(item);
      break;
    case kBack:
      mirror.actions_.back();
      break;
    default:
      return;
  }
  mirror.wake_();
}

void ScreenReaderMirror::sync(const ui::ItemRegistry& items, unsigned screen, float font_px) {
  const double start = emscripten_get_now();
  std::string json = mirror_json(items, screen, font_px);
  const bool changed = json != sent_;
  if (changed) {
    sent_ = std::move(json);
  }
  hotline_a11y_sync(changed ? sent_.c_str() : nullptr, emscripten_get_now() - start);
}

}  // namespace hotline::web
