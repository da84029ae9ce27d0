// One function per screen of the app, each drawing the model's state for it and calling the model's
// actions on taps. Titles come from the catalog ("screen.<code>").
#pragma once

#include <optional>
#include <string_view>

#include "app/app_model.h"
#include "ui/thumbnails.h"
#include "ui/widgets.h"

namespace hotline::ui::screens {

struct Context {
  Ui& ui;
  app::AppModel& model;
  Thumbnails& thumbnails;
};

void home(Context& c);
void category(Context& c);
void guides(Context& c);
void nearby(Context& c);
void describe(Context& c);
void place(Context& c);
void photos(Context& c);
void contact(Context& c);
void review(Context& c);
void confirmation(Context& c);
void my_requests(Context& c);
void detail(Context& c);
void rate(Context& c);
void lookup(Context& c);
void settings(Context& c);

// A text field over a model's text: the widget edits a copy, and an edit comes back for the model's
// action (screens never write into the model).
template <class Text>
std::optional<Text> edited_text(Ui& ui, std::string_view label, const Text& value, std::string_view id,
                                const TextFieldOptions& options = {}) {
  Text edit = value;
  if (!text_field(ui, label, edit, id, options)) {
    return std::nullopt;
  }
  return edit;
}

// A check row over a model's flag: the new value when tapped.
inline std::optional<bool> toggled(Ui& ui, std::string_view label, bool value, std::string_view id) {
  return check_row(ui, label, value, id) ? std::optional<bool>(value) : std::nullopt;
}

// Draws the screen of `route`.
void draw(Context& c, const app::Route& route);

}  // namespace hotline::ui::screens
