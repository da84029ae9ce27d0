// The screen of a route.
#include "ui/screens/screens.h"

namespace hotline::ui::screens {

void draw(Context& c, const app::Route& route) {
  switch (route.screen) {
    case app::Screen::Home:
      home(c);
      break;
    case app::Screen::Category:
      category(c);
      break;
    case app::Screen::Guides:
      guides(c);
      break;
    case app::Screen::Nearby:
      nearby(c);
      break;
    case app::Screen::Describe:
      describe(c);
      break;
    case app::Screen::Place:
      place(c);
      break;
    case app::Screen::Photos:
      photos(c);
      break;
    case app::Screen::Contact:
      contact(c);
      break;
    case app::Screen::Review:
      review(c);
      break;
    case app::Screen::Confirmation:
      confirmation(c);
      break;
    case app::Screen::MyRequests:
      my_requests(c);
      break;
    case app::Screen::Detail:
      detail(c);
      break;
    case app::Screen::Rate:
      rate(c);
      break;
    case app::Screen::Lookup:
      lookup(c);
      break;
    case app::Screen::Settings:
      settings(c);
      break;
  }
}

}  // namespace hotline::ui::screens
