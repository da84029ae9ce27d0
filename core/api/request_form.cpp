// The filled form as Open311 fields and our extension attributes (see request_form.h).
#include "api/request_form.h"

#include <algorithm>
#include <string>

#include "open311/extension_attribute_codes.h"

namespace hotline::api {

namespace {

constexpr std::string_view kExtensionCodes[] = {open311::kAttrResidentId, open311::kAttrAnonymous,
                                                open311::kAttrShowName, open311::kAttrKioskStation};

std::optional<std::string> non_empty(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional(text);
}

void answer(open311::NewRequest& out, std::string_view code, const std::string& value) {
  if (!value.empty()) {
    out.attributes.push_back({std::string(code), {value}, false});
  }
}

std::string flag(bool on) {
  return on ? "true" : "false";
}

}  // namespace

open311::NewRequest to_new_request(const RequestForm& form) {
  const domain::ServiceRequest& r = form.request;
  open311::NewRequest out;
  out.service_code = r.service_code;
  out.description = non_empty(r.description);
  if (r.location.point) {
    out.lat = r.location.point->lat;
    out.lon = r.location.point->lon;
  }
  out.address_string = non_empty(r.location.address);
  out.last_name = non_empty(r.contact.name);
  out.phone = non_empty(r.contact.mobile);
  answer(out, open311::kAttrResidentId, r.contact.resident_id);
  answer(out, open311::kAttrAnonymous, flag(r.contact.anonymous));
  answer(out, open311::kAttrShowName, flag(r.contact.show_name_publicly));
  answer(out, open311::kAttrKioskStation, r.location.kiosk_station_id);
  for (const auto& a : form.answers) {
    if (std::find(std::begin(kExtensionCodes), std::end(kExtensionCodes), a.code) == std::end(kExtensionCodes)) {
      out.attributes.push_back(a);
    }
  }
  return out;
}

std::vector<open311::FormField> to_open311_fields(const RequestForm& form) {
  return open311::new_request_fields(to_new_request(form));
}

}  // namespace hotline::api
