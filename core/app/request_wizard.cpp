// The request wizard's form and steps: choosing a category, typing, moving on, the draft.
#include "app/request_wizard.h"

#include <algorithm>

#include "app/form_steps.h"
#include "base/secure_string.h"
#include "calendar/shanghai_time.h"
#include "domain/request_validation.h"
#include "domain/validation_rules.h"

namespace hotline::app {

namespace {

// Where "nearby" ends for "already reported?": a street's length, not a district.
constexpr int kNearbyRadiusM = 300;

bool contains(const std::optional<std::string>& text, const std::string& query) {
  return text && text->find(query) != std::string::npos;
}

// The form's text a text field edits (null for a field that is not typed).
base::SecureString* text_of(FormState& form, domain::Field field) {
  switch (field) {
    case domain::Field::Description:
      return &form.description;
    case domain::Field::Address:
      return &form.address;
    case domain::Field::ContactName:
      return &form.name;
    case domain::Field::Mobile:
      return &form.mobile;
    case domain::Field::ResidentId:
      return &form.resident_id;
    default:
      return nullptr;
  }
}

}  // namespace

void RequestWizard::restore_draft() {
  if (const auto restored = core_.services.drafts.restore(); restored && restored->draft) {
    core_.visit.form = from_draft(*restored->draft);
    if (!core_.visit.form.empty()) {
      retrace_steps();
    }
  }
}

void RequestWizard::retrace_steps() {
  // The steps this form goes through up to where the citizen was, so back retraces them.
  std::vector<Route> routes{Route{Screen::Category, {}}};
  while (routes.back().screen != core_.visit.form.step && routes.back().screen != Screen::Review) {
    routes.push_back(Route{step_after(routes.back().screen, core_.visit.form, chosen_service()), {}});
  }
  core_.nav.reset(std::move(routes));
  entered();
}

void RequestWizard::reached(Screen screen) {
  if (is_form_step(screen)) {
    core_.visit.form.step = screen;
    save_draft();
  }
  entered();
}

void RequestWizard::entered() {
  switch (core_.nav.current().screen) {
    case Screen::Guides:
      fetch_guides();
      break;
    case Screen::Nearby:
      fetch_nearby();
      break;
    case Screen::Contact:
      entered_contact();
      break;
    default:
      break;
  }
}

void RequestWizard::fetch_guides() {
  Visit& visit = core_.visit;
  // Already asked for this category (back onto the step): the answer on screen stays.
  if (visit.guides_for == visit.form.service_code && (visit.guides.loading() || visit.guides.value() != nullptr)) {
    return;
  }
  visit.guides_for = visit.form.service_code;
  visit.guides.start([this, code = visit.form.service_code](auto done) {
    return core_.services.api.guides_for_service(code, std::move(done));
  });
}

void RequestWizard::fetch_nearby() {
  Visit& visit = core_.visit;
  if (!visit.form.point) {
    visit.nearby.reset();
    return;
  }
  const std::string key = visit.form.service_code + "@" + std::to_string(visit.form.point->lat) + "," +
                          std::to_string(visit.form.point->lon);
  if (visit.nearby_for == key && (visit.nearby.loading() || visit.nearby.value() != nullptr)) {
    return;
  }
  visit.nearby_for = key;
  visit.nearby.start([this, code = visit.form.service_code, point = *visit.form.point](auto done) {
    return core_.services.api.list_nearby(code, point, kNearbyRadiusM, std::move(done));
  });
}

// ---- the form

void RequestWizard::save_draft() {
  if (!core_.visit.form.empty()) {
    core_.services.drafts.update(to_draft(core_.visit.form));
  }
}

void RequestWizard::edited(std::optional<domain::Field> field) {
  if (field) {
    std::erase_if(core_.visit.field_errors, [&](const domain::FieldError& e) { return e.field == *field; });
  }
  save_draft();
  core_.changed();
}

void RequestWizard::set_field(domain::Field field, std::string_view text) {
  if (base::SecureString* value = text_of(core_.visit.form, field)) {
    value->assign(text);
    edited(field);
  }
}

void RequestWizard::set_identity(std::string_view name, std::string_view resident_id) {
  FormState& form = core_.visit.form;
  // SecureString: the text it replaces leaves nothing behind.
  form.name.assign(name);
  form.resident_id.assign(resident_id);
  edited();
}

void RequestWizard::set_keep_name_private(bool keep) {
  core_.visit.form.keep_name_private = keep;
  edited();
}

void RequestWizard::set_send_photo_location(bool send) {
  core_.visit.form.send_photo_location = send;
  edited();
}

void RequestWizard::start_request(domain::RequestType type) {
  Visit& visit = core_.visit;
  if (!visit.form.empty() && visit.form.type != type) {
    discard_request();
  }
  visit.form.type = type;
  visit.field_errors.clear();
  visit.problem.reset();
  core_.nav.home();
  router_.go(Screen::Category);
}

void RequestWizard::continue_request() {
  if (core_.visit.form.empty()) {
    return;
  }
  core_.visit.problem.reset();
  core_.visit.field_errors.clear();
  retrace_steps();
  core_.changed();
}

void RequestWizard::discard_request() {
  // A draft that could not be removed is restored at the next start.
  (void)core_.services.drafts.discard();
  core_.visit.form = FormState{};
  core_.visit.photos.reset();
  core_.visit.field_errors.clear();
  core_.changed();
}

// ---- the category

void RequestWizard::reload_services() {
  core_.reload_catalog();
}

std::vector<const open311::Service*> RequestWizard::matching_services(const std::string& query) const {
  std::vector<const open311::Service*> out;
  const auto* all = core_.catalog.value();
  if (all == nullptr) {
    return out;
  }
  const auto& type = core_.visit.form.type;
  for (const open311::Service& service : *all) {
    if (type && service.extensions && service.extensions->request_type != *type) {
      continue;
    }
    if (!query.empty() && service.service_name.find(query) == std::string::npos && !contains(service.group, query) &&
        !contains(service.description, query) && !contains(service.keywords, query)) {
      continue;
    }
    out.push_back(&service);
  }
  return out;
}

const open311::Service* RequestWizard::chosen_service() const {
  return find_service(core_.visit.form.service_code);
}

const open311::Service* RequestWizard::find_service(const std::string& code) const {
  if (const auto* all = core_.catalog.value()) {
    for (const open311::Service& service : *all) {
      if (service.service_code == code) {
        return &service;
      }
    }
  }
  return nullptr;
}

void RequestWizard::set_category_query(std::string_view query) {
  core_.visit.category_query.assign(query);
  core_.changed();
}

void RequestWizard::choose_service(const std::string& service_code) {
  core_.visit.category_query.clear();
  core_.visit.form.service_code = service_code;
  edited(domain::Field::ServiceCode);
  next();
}

void RequestWizard::guide_answered() {
  discard_request();
  router_.go_home();
}

void RequestWizard::follow_existing(const std::string& number) {
  discard_request();
  core_.nav.home();
  router_.open_request(number);
}

// ---- moving on

std::vector<domain::FieldError> RequestWizard::validate_step(Screen step) const {
  const FormState& form = core_.visit.form;
  const open311::Service* service = chosen_service();
  domain::ServiceCategory category;
  category.code = form.service_code;
  category.type = form.type.value_or(domain::RequestType::Consultation);
  if (service != nullptr && service->extensions) {
    category.type = service->extensions->request_type;
  }
  category.needs_location = needs_place(service, form.type);
  const auto& station = core_.services.station;
  const api::RequestForm request =
      to_request_form(form, core_.services.channel, station ? station->id : "", station ? station->name : "");
  const auto now = calendar::Instant::from_unix_seconds(core_.services.clock.now_ms() / 1000);
  const calendar::Date today = calendar::shanghai_date(now ? *now : calendar::Instant{});
  const auto valid = domain::validate_request(request.request, form.service_code.empty() ? nullptr : &category,
                                              domain::ValidationRules{}, today);
  std::vector<domain::FieldError> errors;
  if (!valid) {
    for (const domain::FieldError& error : valid.error()) {
      if (belongs_to(step, error.field)) {
        errors.push_back(error);
      }
    }
  }
  return errors;
}

void RequestWizard::next() {
  const Screen step = core_.nav.current().screen;
  core_.visit.field_errors = validate_step(step);
  if (!core_.visit.field_errors.empty()) {
    core_.changed();
    return;
  }
  if (step == Screen::Review) {
    submit();
    return;
  }
  router_.go(step_after(step, core_.visit.form, chosen_service()));
}

std::vector<domain::FieldError> RequestWizard::errors_for(domain::Field field) const {
  std::vector<domain::FieldError> out;
  for (const domain::FieldError& error : core_.visit.field_errors) {
    if (error.field == field) {
      out.push_back(error);
    }
  }
  return out;
}

}  // namespace hotline::app
