// The form's draft fields (names of our own: a draft is the app's record, not an Open311 message) and
// its mapping to the request the outbox sends.
#include "app/form_state.h"

#include <cstdlib>
#include <string_view>

#include "open311/extension_attribute_codes.h"

namespace hotline::app {

namespace {

constexpr std::pair<PlaceChoice, std::string_view> kPlaceCodes[] = {
    {PlaceChoice::None, "none"},       {PlaceChoice::MyLocation, "my_location"},
    {PlaceChoice::Address, "address"}, {PlaceChoice::Station, "station"},
    {PlaceChoice::Map, "map"},
};

std::string_view place_code(PlaceChoice place) {
  for (const auto& [value, code] : kPlaceCodes) {
    if (value == place) {
      return code;
    }
  }
  return "none";
}

PlaceChoice place_from_code(std::string_view text) {
  for (const auto& [value, code] : kPlaceCodes) {
    if (code == text) {
      return value;
    }
  }
  return PlaceChoice::None;
}

std::optional<double> number(const base::SecureString& text) {
  if (text.empty()) {
    return std::nullopt;
  }
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size()) {
    return std::nullopt;
  }
  return value;
}

std::string flag(bool value) {
  return value ? "true" : "false";
}

}  // namespace

std::string map_place_text(const FormState& form) {
  const std::string_view name = form.place_name;
  const std::string_view address = form.address;
  if (name.empty() || address.empty() || address.find(name) != std::string_view::npos) {
    return std::string(address.empty() ? name : address);
  }
  return std::string(name) + "，" + std::string(address);
}

api::Draft to_draft(const FormState& form) {
  api::Draft draft;
  // Straight into the field's SecureString: no plain copy of the citizen's text on the way.
  auto add = [&draft](std::string name, std::string_view value) {
    draft.fields.push_back({std::move(name), base::SecureString(value)});
  };
  if (form.type) {
    add("type", std::string(domain::to_code(*form.type)));
  }
  add("service_code", form.service_code);
  add("description", form.description);
  add("place", std::string(place_code(form.place)));
  add("address", form.address);
  add("place_name", form.place_name);
  if (form.point) {
    add("lat", std::to_string(form.point->lat));
    add("lon", std::to_string(form.point->lon));
  }
  add("send_photo_location", flag(form.send_photo_location));
  add("name", form.name);
  add("mobile", form.mobile);
  add("resident_id", form.resident_id);
  add("keep_name_private", flag(form.keep_name_private));
  add("step", std::string(to_code(form.step)));
  draft.photos = form.photos;
  return draft;
}

FormState from_draft(const api::Draft& draft) {
  FormState form;
  std::optional<double> lat;
  std::optional<double> lon;
  for (const auto& [name, value] : draft.fields) {
    if (name == "type") {
      form.type = domain::request_type_from_code(value);
    } else if (name == "service_code") {
      form.service_code = value;
    } else if (name == "description") {
      form.description = value;
    } else if (name == "place") {
      form.place = place_from_code(value);
    } else if (name == "address") {
      form.address = value;
    } else if (name == "place_name") {
      form.place_name = value;
    } else if (name == "lat") {
      lat = number(value);
    } else if (name == "lon") {
      lon = number(value);
    } else if (name == "send_photo_location") {
      form.send_photo_location = value == "true";
    } else if (name == "name") {
      form.name = value;
    } else if (name == "mobile") {
      form.mobile = value;
    } else if (name == "resident_id") {
      form.resident_id = value;
    } else if (name == "keep_name_private") {
      form.keep_name_private = value != "false";
    } else if (name == "step") {
      Screen step = Screen::Category;
      // Only the form's own steps can be restored; anything else starts at the category.
      if (screen_from_code(value, step) && step >= Screen::Category && step <= Screen::Review) {
        form.step = step;
      }
    }
  }
  if (lat && lon) {
    form.point = domain::GeoPoint{*lat, *lon};
  }
  form.photos = draft.photos;
  return form;
}

FormState form_from_open311(const open311::NewRequest& request, domain::RequestType type) {
  FormState form;
  form.type = type;
  form.service_code = request.service_code;
  form.description = request.description.value_or("");
  if (request.lat && request.lon) {
    // Coordinates with an address: a place picked on a map.
    form.place = request.address_string ? PlaceChoice::Map : PlaceChoice::MyLocation;
    form.point = domain::GeoPoint{*request.lat, *request.lon};
    form.address = request.address_string.value_or("");
  } else if (request.address_string) {
    form.place = PlaceChoice::Address;
    form.address = *request.address_string;
  }
  // The app sends the whole name as last_name (see api::to_new_request); other clients may split it.
  form.name = request.last_name.value_or("") + request.first_name.value_or("");
  form.mobile = request.phone.value_or("");
  for (const open311::AttributeAnswer& answer : request.attributes) {
    const std::string value = answer.values.empty() ? std::string() : answer.values.front();
    if (answer.code == open311::kAttrResidentId) {
      form.resident_id = value;
    } else if (answer.code == open311::kAttrShowName) {
      form.keep_name_private = value != "true";
    }
  }
  return form;
}

api::RequestForm to_request_form(const FormState& form, domain::Channel channel, const std::string& station_id,
                                 const std::string& station_address) {
  api::RequestForm out;
  domain::ServiceRequest& request = out.request;
  request.type = form.type.value_or(domain::RequestType::Consultation);
  request.service_code = form.service_code;
  request.description = form.description;
  request.channel = channel;
  request.location.kiosk_station_id = station_id;
  switch (form.place) {
    case PlaceChoice::MyLocation:
      request.location.point = form.point;
      break;
    case PlaceChoice::Address:
      request.location.address = form.address;
      break;
    case PlaceChoice::Station:
      request.location.address = station_address;
      break;
    case PlaceChoice::Map:
      request.location.point = form.point;
      request.location.address = map_place_text(form);
      break;
    case PlaceChoice::None:
      break;
  }
  request.contact.name = form.name;
  request.contact.mobile = form.mobile;
  request.contact.resident_id = form.resident_id;
  request.contact.show_name_publicly = !form.keep_name_private;
  for (const api::Photo& photo : form.photos) {
    domain::Attachment attachment;
    attachment.content_type = photo.content_type;
    request.attachments.push_back(attachment);
  }
  return out;
}

}  // namespace hotline::app
