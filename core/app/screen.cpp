// Spelling of the screens.
#include "app/screen.h"

#include <array>
#include <utility>

namespace hotline::app {

namespace {

constexpr std::array<std::pair<Screen, std::string_view>, 15> kScreenCodes = {{
    {Screen::Home, "home"},
    {Screen::Category, "category"},
    {Screen::Guides, "guides"},
    {Screen::Nearby, "nearby"},
    {Screen::Describe, "describe"},
    {Screen::Place, "place"},
    {Screen::Photos, "photos"},
    {Screen::Contact, "contact"},
    {Screen::Review, "review"},
    {Screen::Confirmation, "confirmation"},
    {Screen::MyRequests, "my_requests"},
    {Screen::Detail, "detail"},
    {Screen::Rate, "rate"},
    {Screen::Lookup, "lookup"},
    {Screen::Settings, "settings"},
}};

}  // namespace

std::string_view to_code(Screen screen) {
  for (const auto& [value, code] : kScreenCodes) {
    if (value == screen) {
      return code;
    }
  }
  return "home";
}

bool screen_from_code(std::string_view code, Screen& screen) {
  for (const auto& [value, known] : kScreenCodes) {
    if (known == code) {
      screen = value;
      return true;
    }
  }
  return false;
}

}  // namespace hotline::app
