// The screens of the app and a route to one of them (a screen plus the request it shows).
#pragma once

#include <string>
#include <string_view>

namespace hotline::app {

enum class Screen {
  Home,
  Category,      // new request: pick the service (search + grouped list)
  Guides,        // consultation: "is this your question?"
  Nearby,        // complaint / help about a place: "already reported?"
  Describe,      // description
  Place,         // location
  Photos,        // photos and the photo-location consent
  Contact,       // name, mobile, ID number, privacy
  Review,        // everything once more, then submit
  Confirmation,  // number, query code, due date (or "saved, will send")
  MyRequests,
  Detail,  // one request: timeline, reply, deadline
  Rate,    // satisfaction + comment, rework
  Lookup,  // number + query code
  Settings,
};

// "home", "category", ...: the spelling of routes in drafts, browser history and scenario reports.
std::string_view to_code(Screen screen);
bool screen_from_code(std::string_view code, Screen& screen);

struct Route {
  Screen screen = Screen::Home;
  std::string number;  // Detail, Rate: the request shown

  bool operator==(const Route&) const = default;
};

}  // namespace hotline::app
