// The QA hooks of the web app, called by browser tests and benches through Module.ccall. Linked only
// into the QA build (build/wasm/web-qa): the production index.wasm exports none of them.
#include <emscripten.h>

#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "photo/header.h"
#include "web/qa_access.h"

using namespace hotline;

namespace {

void with_model(const std::function<void(app::AppModel&)>& change) {
  if (app::AppModel* model = web::running_model()) {
    change(*model);
    web::wake_loop();
  }
}

}  // namespace

// Test hooks for browser tests and benches (Module.ccall); each wakes the loop for a frame.
extern "C" {

EMSCRIPTEN_KEEPALIVE void hotline_qa_set_language(const char* tag) {
  if (const auto language = text::parse_language_tag(tag)) {
    with_model([&](app::AppModel& model) {
      app::Settings settings = model.preferences().settings();
      settings.language = *language;
      model.preferences().set_settings(settings);
    });
  }
}

EMSCRIPTEN_KEEPALIVE void hotline_qa_set_text_size(const char* tag) {
  if (const auto size = app::parse_text_size(tag)) {
    with_model([&](app::AppModel& model) {
      app::Settings settings = model.preferences().settings();
      settings.text_size = *size;
      model.preferences().set_settings(settings);
    });
  }
}

EMSCRIPTEN_KEEPALIVE void hotline_qa_set_high_contrast(int on) {
  with_model([&](app::AppModel& model) {
    app::Settings settings = model.preferences().settings();
    settings.high_contrast = on != 0;
    model.preferences().set_settings(settings);
  });
}

// A citizen's text (rare characters of names and addresses) shown on the description screen.
EMSCRIPTEN_KEEPALIVE void hotline_qa_set_text(const char* utf8) {
  with_model([&](app::AppModel& model) {
    if (model.route().screen != app::Screen::Describe) {
      model.wizard().start_request(domain::RequestType::Complaint);
      model.open(app::Screen::Describe);
    }
    model.wizard().set_field(domain::Field::Description, utf8);
  });
}

// The last frame's items as JSON ([{role, label, x, y, width, height, visible, checked, disabled}], CSS
// pixels of the canvas), so tests tap "the button labelled X" without coordinates of their own.
EMSCRIPTEN_KEEPALIVE const char* hotline_qa_items() {
  static std::string json;
  auto items = nlohmann::json::array();
  if (const ui::App* view = web::running_view()) {
    for (const ui::Item& item : view->items().items()) {
      items.push_back({{"role", std::string(ui::to_code(item.role))},
                       {"label", item.label},
                       {"x", item.min.x},
                       {"y", item.min.y},
                       {"width", item.max.x - item.min.x},
                       {"height", item.max.y - item.min.y},
                       {"visible", item.visible},
                       {"checked", item.checked},
                       {"disabled", item.disabled}});
    }
  }
  json = items.dump();
  return json.c_str();
}

// The form's photos as JSON ([{content_type, bytes, width, height, lat, lon, captured}]; width and
// height as stored, the location and capture time as read from the photo), so tests check what the
// browser's downscaling kept without looking at pixels.
EMSCRIPTEN_KEEPALIVE const char* hotline_qa_photos() {
  static std::string json;
  auto photos = nlohmann::json::array();
  if (const app::AppModel* model = web::running_model()) {
    for (const api::Photo& photo : model->wizard().form().photos) {
      nlohmann::json entry = {{"content_type", photo.content_type}, {"bytes", photo.bytes.size()}};
      // The header alone: the app's full inspection (EXIF and all) would be linked for this hook only.
      const auto header = photo.content_type == "image/png" ? photo::read_png_header(photo.bytes)
                                                            : photo::read_jpeg_header(photo.bytes);
      if (header) {
        entry["width"] = header->width;
        entry["height"] = header->height;
      }
      if (photo.meta.location) {
        entry["lat"] = photo.meta.location->lat;
        entry["lon"] = photo.meta.location->lon;
      }
      if (photo.meta.captured) {
        entry["captured"] = photo.meta.captured->unix_seconds();
      }
      photos.push_back(std::move(entry));
    }
  }
  json = photos.dump();
  return json.c_str();
}

}  // extern "C"
