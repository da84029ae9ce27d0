// One function per screen of the app, each drawing the model's state for it and calling the model's
// actions on taps. Titles come from the catalog ("screen.<code>").
#pragma once

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

// Draws the screen of `route`.
void draw(Context& c, const app::Route& route);

}  // namespace hotline::ui::screens
