// The app model: what each citizen action does to the form, the stores and the navigation.
#include "app/app_model.h"

#include <algorithm>

#include "api/request_form.h"
#include "calendar/iso_timestamp.h"
#include "calendar/shanghai_time.h"
#include "domain/deadline.h"
#include "domain/request_number.h"
#include "domain/request_validation.h"
#include "domain/validation_rules.h"

namespace hotline::app {

namespace {

// Where "nearby" ends for "already reported?": a street's length, not a district.
constexpr int kNearbyRadiusM = 300;

bool contains(const std::optional<std::string>& text, const std::string& query) {
  return text && text->find(query) != std::string::npos;
}

// The fields each step of the form owns: its errors are shown there, and "next" checks only them.
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

constexpr Screen kFormSteps[] = {Screen::Category, Screen::Guides, Screen::Place,   Screen::Nearby,
                                 Screen::Describe, Screen::Photos, Screen::Contact, Screen::Review};

}  // namespace

AppModel::AppModel(AppServices services, text::Strings& strings)
    : services_ref_(services),
      strings_(strings),
      services_(services.api),
      reply_photos_(services.transport, services.photo_preparer, services.api.config().base_url),
      visit_(services.api),
      host_identity_(services.host, services.api) {}

void AppModel::start() {
  auto& s = services_ref_;
  if (const auto stored = s.storage.read(kSettingsKey); stored && stored->has_value()) {
    settings_ = decode_settings(**stored);
  }
  set_settings(settings_);
  s.outbox.open();
  s.my_requests.open();
  s.tracker.open();
  s.my_requests.collect_sent(s.outbox);
  s.tracker.set_numbers(s.my_requests.numbers());
  s.outbox.set_listener([this, alive = std::weak_ptr<bool>(alive_)](const std::string& id) {
    if (!alive.expired()) {
      on_outbox_change(id);
    }
  });
  reply_photos_.set_listener([this] { changed(); });
  host_identity_.start([this] { entered_contact(); });
  s.tracker.set_listener([this, alive = std::weak_ptr<bool>(alive_)] {
    if (!alive.expired()) {
      // A request just filed or looked up is no news; nor is the one on screen (a write that fails
      // only tells the citizen again).
      auto& tracker = services_ref_.tracker;
      tracker.adopt_new();
      if (nav_.current().screen == Screen::Detail) {
        tracker.mark_seen(visit_.detail_number);
      }
      changed();
    }
  });
  // The catalog is asked for first: a restored step's own fetches follow it.
  reload_services();
  if (const auto restored = s.drafts.restore(); restored && restored->draft) {
    visit_.form = from_draft(*restored->draft);
    if (!visit_.form.empty()) {
      retrace_steps();
    }
  }
  changed();
}

void AppModel::retrace_steps() {
  // The steps this form goes through up to where the citizen was, so back retraces them.
  std::vector<Route> routes{Route{Screen::Category, {}}};
  while (routes.back().screen != visit_.form.step && routes.back().screen != Screen::Review) {
    routes.push_back(Route{step_after(routes.back().screen), {}});
  }
  nav_.reset(std::move(routes));
  entered();
}

void AppModel::tick() {
  auto& s = services_ref_;
  s.outbox.tick();
  s.drafts.tick();
  s.tracker.tick();
  // Results the model acts on itself, whichever screen polls them.
  if (nav_.current().screen == Screen::Lookup && visit_.lookup.value() != nullptr) {
    lookup_finished();
  }
  if (visit_.rating.value() != nullptr && !visit_.rating_applied) {
    visit_.rating_applied = true;
    visit_.rating_form = RatingForm{};
    if (nav_.current().screen == Screen::Rate) {
      nav_.back();
    }
    reload_detail();
    s.tracker.refresh_now();
    changed();
  }
}

std::optional<std::int64_t> AppModel::next_wake_ms() const {
  std::optional<std::int64_t> wake;
  const auto earliest = [&wake](std::optional<std::int64_t> at) {
    if (at && (!wake || *at < *wake)) {
      wake = at;
    }
  };
  earliest(services_ref_.outbox.next_due_ms());
  earliest(services_ref_.drafts.next_save_ms());
  earliest(services_ref_.tracker.next_refresh_ms());
  return wake;
}

bool AppModel::busy() const {
  return services_.loading() || visit_.guides.loading() || visit_.nearby.loading() || visit_.detail.loading() ||
         visit_.rating.loading() || visit_.lookup.loading() || visit_.photos.busy() || reply_photos_.loading() ||
         visit_.locating;
}

void AppModel::on_outbox_change(const std::string&) {
  auto& s = services_ref_;
  if (const auto added = s.my_requests.collect_sent(s.outbox); added && *added > 0) {
    s.tracker.set_numbers(s.my_requests.numbers());
    // The state the citizen saw when filing is the one later news is told against.
    s.tracker.refresh_now();
  }
  changed();
}

// ---- navigation

void AppModel::go(Screen screen) {
  nav_.push(Route{screen, {}});
  if (screen >= Screen::Category && screen <= Screen::Review) {
    visit_.form.step = screen;
    save_draft();
  }
  entered();
  changed();
}

void AppModel::entered() {
  switch (nav_.current().screen) {
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

void AppModel::fetch_guides() {
  // Already asked for this category (back onto the step): the answer on screen stays.
  if (visit_.guides_for == visit_.form.service_code && (visit_.guides.loading() || visit_.guides.value() != nullptr)) {
    return;
  }
  visit_.guides_for = visit_.form.service_code;
  visit_.guides.start([this, code = visit_.form.service_code](auto done) {
    return services_ref_.api.guides_for_service(code, std::move(done));
  });
}

void AppModel::fetch_nearby() {
  if (!visit_.form.point) {
    visit_.nearby.reset();
    return;
  }
  const std::string key = visit_.form.service_code + "@" + std::to_string(visit_.form.point->lat) + "," +
                          std::to_string(visit_.form.point->lon);
  if (visit_.nearby_for == key && (visit_.nearby.loading() || visit_.nearby.value() != nullptr)) {
    return;
  }
  visit_.nearby_for = key;
  visit_.nearby.start([this, code = visit_.form.service_code, point = *visit_.form.point](auto done) {
    return services_ref_.api.list_nearby(code, point, kNearbyRadiusM, std::move(done));
  });
}

void AppModel::open(Screen screen) {
  visit_.problem.reset();
  if (screen == Screen::MyRequests) {
    services_ref_.tracker.refresh_now();
  }
  if (screen == Screen::Lookup) {
    visit_.lookup.reset();
  }
  go(screen);
}

void AppModel::back() {
  visit_.problem.reset();
  visit_.field_errors.clear();
  nav_.back();
  const Screen now = nav_.current().screen;
  if (now >= Screen::Category && now <= Screen::Review) {
    visit_.form.step = now;
    save_draft();
  }
  entered();
  changed();
}

void AppModel::go_home() {
  visit_.problem.reset();
  visit_.field_errors.clear();
  // Reply photos are decoded pixels (a megabyte each): kept while the citizen looks, not afterwards.
  reply_photos_.clear();
  nav_.home();
  changed();
}

// ---- settings

void AppModel::set_settings(const Settings& settings) {
  const bool new_language = settings.language != strings_.language() || !language_sent_;
  settings_ = settings;
  strings_.set_language(settings.language);
  if (new_language) {
    // Service names come from the backend in the citizen's language: ask again in the new one.
    language_sent_ = true;
    services_ref_.api.set_language(std::string(text::language_tag(settings.language)));
    if (services_.state() != api::PendingState::Idle) {
      reload_services();
    }
  }
  services_ref_.storage.write(kSettingsKey, encode_settings(settings));
  changed();
}

// ---- the form

void AppModel::save_draft() {
  if (!visit_.form.empty()) {
    services_ref_.drafts.update(to_draft(visit_.form));
  }
}

void AppModel::form_edited(std::optional<domain::Field> field) {
  if (field) {
    std::erase_if(visit_.field_errors, [&](const domain::FieldError& e) { return e.field == *field; });
  }
  save_draft();
  changed();
}

void AppModel::start_request(domain::RequestType type) {
  if (!visit_.form.empty() && visit_.form.type != type) {
    discard_request();
  }
  visit_.form.type = type;
  visit_.field_errors.clear();
  visit_.problem.reset();
  nav_.home();
  go(Screen::Category);
}

void AppModel::continue_request() {
  if (visit_.form.empty()) {
    return;
  }
  visit_.problem.reset();
  visit_.field_errors.clear();
  retrace_steps();
  changed();
}

void AppModel::discard_request() {
  services_ref_.drafts.discard();
  visit_.form = FormState{};
  visit_.photos.reset();
  visit_.field_errors.clear();
  changed();
}

void AppModel::reload_services() {
  services_.start([this](auto done) { return services_ref_.api.load_services(std::move(done)); });
}

std::vector<const open311::Service*> AppModel::matching_services(const std::string& query) const {
  std::vector<const open311::Service*> out;
  const auto* all = services_.value();
  if (all == nullptr) {
    return out;
  }
  for (const open311::Service& service : *all) {
    if (visit_.form.type && service.extensions && service.extensions->request_type != *visit_.form.type) {
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

const open311::Service* AppModel::chosen_service() const {
  return find_service(visit_.form.service_code);
}

const open311::Service* AppModel::find_service(const std::string& code) const {
  if (const auto* all = services_.value()) {
    for (const open311::Service& service : *all) {
      if (service.service_code == code) {
        return &service;
      }
    }
  }
  return nullptr;
}

void AppModel::choose_service(const std::string& service_code) {
  visit_.form.service_code = service_code;
  form_edited(domain::Field::ServiceCode);
  next();
}

void AppModel::guide_answered() {
  discard_request();
  go_home();
}

void AppModel::follow_existing(const std::string& number) {
  discard_request();
  nav_.home();
  open_request(number);
}

Screen AppModel::step_after(Screen step) const {
  const open311::Service* service = chosen_service();
  const bool consultation = visit_.form.type == domain::RequestType::Consultation;
  const bool place = needs_place(service, visit_.form.type);
  const bool about_place =
      visit_.form.type == domain::RequestType::Complaint || visit_.form.type == domain::RequestType::HelpRequest;
  const bool has_point = visit_.form.place == PlaceChoice::MyLocation || visit_.form.place == PlaceChoice::Station ||
                         visit_.form.place == PlaceChoice::Map;
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

std::vector<domain::FieldError> AppModel::validate_step(Screen step) const {
  const open311::Service* service = chosen_service();
  domain::ServiceCategory category;
  category.code = visit_.form.service_code;
  category.type = visit_.form.type.value_or(domain::RequestType::Consultation);
  if (service != nullptr && service->extensions) {
    category.type = service->extensions->request_type;
  }
  category.needs_location = needs_place(service, visit_.form.type);
  const auto& station = services_ref_.station;
  const api::RequestForm request =
      to_request_form(visit_.form, services_ref_.channel, station ? station->id : "", station ? station->name : "");
  const auto now = calendar::Instant::from_unix_seconds(services_ref_.clock.now_ms() / 1000);
  const calendar::Date today = calendar::shanghai_date(now ? *now : calendar::Instant{});
  const auto valid = domain::validate_request(request.request, visit_.form.service_code.empty() ? nullptr : &category,
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

void AppModel::next() {
  const Screen step = nav_.current().screen;
  visit_.field_errors = validate_step(step);
  if (!visit_.field_errors.empty()) {
    changed();
    return;
  }
  if (step == Screen::Review) {
    submit();
    return;
  }
  go(step_after(step));
}

void AppModel::use_my_location() {
  if (services_ref_.location == nullptr) {
    visit_.problem = Problem{{"app.place.no_location", {}}};
    changed();
    return;
  }
  visit_.locating = true;
  visit_.problem.reset();
  // A fresh visit drops `alive`: a late position never lands in the next citizen's form.
  services_ref_.location->locate([this, alive = std::weak_ptr<bool>(visit_.alive)](auto result) {
    if (alive.expired()) {
      return;
    }
    visit_.locating = false;
    if (result) {
      visit_.form.place = PlaceChoice::MyLocation;
      visit_.form.point = domain::GeoPoint{result->lat, result->lon};
      form_edited(domain::Field::Location);
    } else {
      // Denied or unavailable: the typed address is the way on, and the screen says so.
      visit_.form.place = PlaceChoice::Address;
      visit_.problem = Problem{{result.error() == platform::LocationError::Denied ? "app.place.location_denied"
                                                                                  : "app.place.location_unavailable",
                                {}}};
    }
    changed();
  });
  changed();
}

void AppModel::use_station() {
  if (const auto& station = services_ref_.station) {
    visit_.form.place = PlaceChoice::Station;
    visit_.form.point = station->point;
    form_edited(domain::Field::Location);
  }
}

void AppModel::add_photos() {
  auto* picker = services_ref_.photo_picker;
  if (picker == nullptr) {
    visit_.problem = Problem{{"app.photos.unavailable", {}}};
    changed();
    return;
  }
  const std::size_t room = domain::kMaxPhotos - std::min(domain::kMaxPhotos, visit_.form.photos.size());
  visit_.photos.clear_rejected();
  picker->pick(static_cast<int>(room),
               [this, room, alive = std::weak_ptr<bool>(visit_.alive)](platform::PickResult picked) {
                 if (alive.expired()) {
                   return;
                 }
                 if (picked.outcome == platform::PickOutcome::Unavailable) {
                   visit_.problem = Problem{{"app.photos.unavailable", {}}};
                 }
                 visit_.photos.add(
                     std::move(picked.files), room, services_ref_.photo_preparer,
                     [this](api::Photo photo) {
                       const bool known = std::any_of(visit_.form.photos.begin(), visit_.form.photos.end(),
                                                      [&](const api::Photo& p) { return p.id == photo.id; });
                       if (!known && visit_.form.photos.size() < domain::kMaxPhotos) {
                         visit_.form.photos.push_back(std::move(photo));
                         form_edited(domain::Field::Photos);
                       }
                     },
                     [this] { changed(); });
               });
}

void AppModel::remove_photo(std::size_t index) {
  if (index < visit_.form.photos.size()) {
    visit_.photos.forget(visit_.form.photos[index].id);
    visit_.form.photos.erase(visit_.form.photos.begin() + static_cast<std::ptrdiff_t>(index));
    form_edited(domain::Field::Photos);
  }
}

void AppModel::submit() {
  visit_.field_errors = validate_step(Screen::Review);
  if (!visit_.field_errors.empty()) {
    // Back to the first step holding an error, where it is shown next to its field.
    for (const Screen step : kFormSteps) {
      if (std::any_of(visit_.field_errors.begin(), visit_.field_errors.end(), [&](const domain::FieldError& e) {
            return belongs_to(step, e.field) && step != Screen::Review;
          })) {
        go(step);
        return;
      }
    }
    changed();
    return;
  }
  const auto& station = services_ref_.station;
  const api::RequestForm request =
      to_request_form(visit_.form, services_ref_.channel, station ? station->id : "", station ? station->name : "");
  std::vector<api::Photo> photos = visit_.form.photos;
  for (api::Photo& photo : photos) {
    photo.meta =
        api::photo_meta(photo.meta.captured, photo.meta.location,
                        visit_.form.send_photo_location ? api::LocationConsent::Agreed : api::LocationConsent::Refused);
  }
  auto id = services_ref_.outbox.enqueue(api::to_open311_fields(request), std::move(photos));
  if (!id) {
    // Nothing was stored: the form stays as it is, and the citizen can try again.
    visit_.problem = Problem{id.error().message};
    changed();
    return;
  }
  visit_.submitted_id = *id;
  if (const open311::Service* service = chosen_service(); service != nullptr && service->extensions) {
    visit_.submitted_deadline_days = service->extensions->deadline_working_days;
  } else {
    visit_.submitted_deadline_days = domain::legal_deadline_working_days(request.request.type, false);
  }
  discard_request();
  nav_.home();
  go(Screen::Confirmation);
}

std::vector<domain::FieldError> AppModel::errors_for(domain::Field field) const {
  std::vector<domain::FieldError> out;
  for (const domain::FieldError& error : visit_.field_errors) {
    if (error.field == field) {
      out.push_back(error);
    }
  }
  return out;
}

// ---- after submitting

const api::OutboxItem* AppModel::submitted_item() const {
  return visit_.submitted_id.empty() ? nullptr : services_ref_.outbox.find(visit_.submitted_id);
}

void AppModel::retry_sending() {
  services_ref_.outbox.retry_now();
  changed();
}

void AppModel::edit_returned(const std::string& outbox_id) {
  auto returned = services_ref_.outbox.take_back(outbox_id);
  if (!returned) {
    return;
  }
  const auto request = open311::decode_new_request(open311::encode_form(returned->fields));
  if (!request) {
    // The outbox wrote these fields itself: unreadable means a damaged record, kept out of the form.
    visit_.problem = Problem{{"app.confirm.refused", {}}};
    changed();
    return;
  }
  const open311::Service* service = find_service(request->service_code);
  FormState form =
      form_from_open311(*request, service != nullptr && service->extensions ? service->extensions->request_type
                                                                            : domain::RequestType::Complaint);
  form.photos = std::move(returned->photos);
  visit_.form = std::move(form);
  visit_.field_errors = returned->field_errors;
  nav_.home();
  go(Screen::Review);
}

void AppModel::copy_query_code(const std::string& code) {
  visit_.copied = services_ref_.clipboard != nullptr && services_ref_.clipboard->copy(code);
  changed();
}

// ---- one request

void AppModel::open_request(const std::string& number) {
  if (number != visit_.detail_number) {
    reply_photos_.clear();
  }
  visit_.detail_number = number;
  visit_.rating_form = RatingForm{};
  visit_.rating.reset();
  visit_.rating_applied = false;
  reload_detail();
  services_ref_.tracker.mark_seen(number);
  nav_.push(Route{Screen::Detail, number});
  changed();
}

void AppModel::reload_detail() {
  const api::MyRequest* mine = services_ref_.my_requests.find(visit_.detail_number);
  std::optional<std::string> code = mine != nullptr ? mine->query_code : std::nullopt;
  if (!code && !visit_.lookup_code.empty() && visit_.lookup_number == visit_.detail_number) {
    code = visit_.lookup_code;
  }
  visit_.detail.start(
      [this, code](auto done) { return services_ref_.api.fetch_request(visit_.detail_number, code, std::move(done)); });
}

const open311::ServiceRequest* AppModel::known_request(const std::string& number) const {
  const auto& latest = services_ref_.tracker.requests();
  const auto it = latest.find(number);
  return it == latest.end() ? nullptr : &it->second;
}

std::optional<std::string> AppModel::query_code_of(const std::string& number) const {
  if (const api::MyRequest* mine = services_ref_.my_requests.find(number); mine != nullptr && mine->query_code) {
    return mine->query_code;
  }
  if (visit_.lookup_number == number && !visit_.lookup_code.empty()) {
    return visit_.lookup_code;
  }
  return std::nullopt;
}

void AppModel::rate(workflow::Satisfaction satisfaction, const std::string& comment) {
  const auto code = query_code_of(visit_.detail_number);
  if (!code) {
    return;
  }
  visit_.rating_applied = false;
  visit_.rating.start([this, code, satisfaction, comment](auto done) {
    return services_ref_.api.rate(visit_.detail_number, *code, satisfaction, comment, std::move(done));
  });
  changed();
}

void AppModel::ask_rework(const std::string& reason) {
  const auto code = query_code_of(visit_.detail_number);
  if (!code) {
    return;
  }
  visit_.rating_applied = false;
  visit_.rating.start([this, code, reason](auto done) {
    return services_ref_.api.ask_rework(visit_.detail_number, *code, reason, std::move(done));
  });
  changed();
}

// ---- look-up

void AppModel::look_up() {
  visit_.problem.reset();
  const std::string number = visit_.lookup_number;
  if (auto claim = api::claim_from_lookup(number, visit_.lookup_code)) {
    // A receipt's claim for a request that was waiting to be sent when it was printed.
    visit_.lookup.start([this, claim = std::move(*claim)](auto done) {
      return services_ref_.api.fetch_claimed(claim, std::move(done));
    });
    changed();
    return;
  }
  // Citizens copy codes with spaces, hyphens, lower case or full-width letters: the canonical form goes.
  const std::optional<std::string> canonical = domain::normalize_query_code(visit_.lookup_code);
  if (!canonical) {
    visit_.lookup.reset();
    visit_.problem = Problem{{"app.detail.wrong_code", {}}};
    changed();
    return;
  }
  visit_.lookup_code = *canonical;
  const std::string code = *canonical;
  visit_.lookup.start(
      [this, number, code](auto done) { return services_ref_.api.fetch_request(number, code, std::move(done)); });
  changed();
}

void AppModel::lookup_finished() {
  const open311::ServiceRequest* found = visit_.lookup.value();
  if (found == nullptr) {
    return;
  }
  // Found by a receipt's claim, the request's own query code came with it.
  visit_.lookup_code = api::query_code_notice(*found).value_or(visit_.lookup_code);
  services_ref_.my_requests.remember_looked_up(*found, visit_.lookup_code, services_ref_.clock.now_ms());
  services_ref_.tracker.set_numbers(services_ref_.my_requests.numbers());
  const std::string number = found->service_request_id;
  nav_.back();
  open_request(number);
}

// ---- deadlines

std::optional<calendar::DeadlineStatus> AppModel::deadline_status(const std::string& due) const {
  const auto due_at = calendar::parse_iso8601_timestamp(due);
  const auto now = calendar::Instant::from_unix_seconds(services_ref_.clock.now_ms() / 1000);
  if (!due_at || !now) {
    return std::nullopt;
  }
  return calendar::deadline_status(services_ref_.holidays, *now, *due_at);
}

}  // namespace hotline::app
