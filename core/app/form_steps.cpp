// The form's steps: their order for each kind of request and the fields each one owns.
#include "app/form_steps.h"

namespace hotline::app {

bool is_form_step(Screen screen) {
  return screen >= Screen::Category && screen <= Screen::Review;
}

bool belongs_to(Screen step, domain::Field field) {
  using domain::Field;
  switch (step) {
    case Screen::Category:
      return field == Field::Type || field == Field::ServiceCode;
    case Screen::Describe:
      return field == Field::Description;
    case Screen::Place:
      return field == Field::Location || field == Field::Latitude || field == Field::Longitude ||
             field == Field::Address || field == Field::KioskStation;
    case Screen::Photos:
      return field == Field::Photos;
    case Screen::Contact:
      return field == Field::Anonymous || field == Field::ContactName || field == Field::Mobile ||
             field == Field::ResidentId;
    case Screen::Review:
      return true;
    default:
      return false;
  }
}

bool needs_place(const open311::Service* service, std::optional<domain::RequestType> type) {
  if (service != nullptr && service->extensions) {
    return service->extensions->needs_location;
  }
  return type == domain::RequestType::Complaint || type == domain::RequestType::HelpRequest;
}

Screen step_after(Screen step, const FormState& form, const open311::Service* service) {
  const bool consultation = form.type == domain::RequestType::Consultation;
  const bool place = needs_place(service, form.type);
  const bool about_place = form.type == domain::RequestType::Complaint || form.type == domain::RequestType::HelpRequest;
  const bool has_point =
      form.place == PlaceChoice::MyLocation || form.place == PlaceChoice::Station || form.place == PlaceChoice::Map;
  switch (step) {
    case Screen::Category:
      if (consultation) {
        return Screen::Guides;
      }
      return place ? Screen::Place : Screen::Describe;
    case Screen::Guides:
      return place ? Screen::Place : Screen::Describe;
    case Screen::Place:
      return about_place && has_point ? Screen::Nearby : Screen::Describe;
    case Screen::Nearby:
      return Screen::Describe;
    case Screen::Describe:
      return Screen::Photos;
    case Screen::Photos:
      return Screen::Contact;
    case Screen::Contact:
      return Screen::Review;
    default:
      return Screen::Review;
  }
}

}  // namespace hotline::app
