// The app model: what each citizen action does to the form, the stores and the navigation.
#include "app/app_model.h"

#include <algorithm>

#include "api/request_form.h"
#include "calendar/iso_timestamp.h"
#include "calendar/shanghai_time.h"
#include "calendar/working_days.h"
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
      reply_photos_(services.transport, services.photo_preparer, services.api.config().base_url),
      services_(services.api),
      guides_(services.api),
      nearby_(services.api),
      detail_(services.api),
      rating_(services.api),
      lookup_(services.api) {}

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
  s.tracker.set_listener([this, alive = std::weak_ptr<bool>(alive_)] {
    if (!alive.expired()) {
      // A request just filed or looked up is no news; nor is the one on screen (a write that fails
      // only tells the citizen again).
      auto& tracker = services_ref_.tracker;
      tracker.adopt_new();
      if (nav_.current().screen == Screen::Detail) {
        tracker.mark_seen(detail_number_);
      }
      changed();
    }
  });
  if (const auto restored = s.drafts.restore(); restored && restored->draft) {
    form_ = from_draft(*restored->draft);
    if (!form_.empty()) {
      // The steps this form goes through up to where the citizen was, so back retraces them.
      std::vector<Route> routes{Route{Screen::Category, {}}};
      while (routes.back().screen != form_.step && routes.back().screen != Screen::Review) {
        routes.push_back(Route{step_after(routes.back().screen), {}});
      }
      nav_.reset(std::move(routes));
    }
  }
  reload_services();
  changed();
}

void AppModel::tick() {
  auto& s = services_ref_;
  s.outbox.tick();
  s.drafts.tick();
  s.tracker.tick();
  // Results the model acts on itself, whichever screen polls them.
  if (nav_.current().screen == Screen::Lookup && lookup_.value() != nullptr) {
    lookup_finished();
  }
  if (rating_.value() != nullptr && !rating_applied_) {
    rating_applied_ = true;
    rating_form_ = RatingForm{};
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
    form_.step = screen;
    save_draft();
  }
  changed();
}

void AppModel::open(Screen screen) {
  problem_.reset();
  if (screen == Screen::MyRequests) {
    services_ref_.tracker.refresh_now();
  }
  if (screen == Screen::Lookup) {
    lookup_.reset();
  }
  go(screen);
}

void AppModel::back() {
  problem_.reset();
  field_errors_.clear();
  nav_.back();
  const Screen now = nav_.current().screen;
  if (now >= Screen::Category && now <= Screen::Review) {
    form_.step = now;
    save_draft();
  }
  changed();
}

void AppModel::go_home() {
  problem_.reset();
  field_errors_.clear();
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
  if (!form_.empty()) {
    services_ref_.drafts.update(to_draft(form_));
  }
}

void AppModel::form_edited(std::optional<domain::Field> field) {
  if (field) {
    std::erase_if(field_errors_, [&](const domain::FieldError& e) { return e.field == *field; });
  }
  save_draft();
  changed();
}

void AppModel::start_request(domain::RequestType type) {
  if (!form_.empty() && form_.type != type) {
    discard_request();
  }
  form_.type = type;
  field_errors_.clear();
  problem_.reset();
  nav_.home();
  go(Screen::Category);
}

void AppModel::discard_request() {
  services_ref_.drafts.discard();
  form_ = FormState{};
  photos_.reset();
  field_errors_.clear();
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
    if (form_.type && service.extensions && service.extensions->request_type != *form_.type) {
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
  return find_service(form_.service_code);
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
  form_.service_code = service_code;
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
  const bool consultation = form_.type == domain::RequestType::Consultation;
  const bool place = needs_place(service, form_.type);
  const bool about_place =
      form_.type == domain::RequestType::Complaint || form_.type == domain::RequestType::HelpRequest;
  const bool has_point = form_.place == PlaceChoice::MyLocation || form_.place == PlaceChoice::Station;
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
  category.code = form_.service_code;
  category.type = form_.type.value_or(domain::RequestType::Consultation);
  if (service != nullptr && service->extensions) {
    category.type = service->extensions->request_type;
  }
  category.needs_location = needs_place(service, form_.type);
  const auto& station = services_ref_.station;
  const api::RequestForm request =
      to_request_form(form_, services_ref_.channel, station ? station->id : "", station ? station->name : "");
  const auto now = calendar::Instant::from_unix_seconds(services_ref_.clock.now_ms() / 1000);
  const calendar::Date today = calendar::shanghai_date(now ? *now : calendar::Instant{});
  const auto valid = domain::validate_request(request.request, form_.service_code.empty() ? nullptr : &category,
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
  field_errors_ = validate_step(step);
  if (!field_errors_.empty()) {
    changed();
    return;
  }
  if (step == Screen::Review) {
    submit();
    return;
  }
  const Screen following = step_after(step);
  if (following == Screen::Nearby && form_.point) {
    nearby_.start([this, code = form_.service_code, point = *form_.point](auto done) {
      return services_ref_.api.list_nearby(code, point, kNearbyRadiusM, std::move(done));
    });
  }
  if (following == Screen::Guides) {
    guides_.start([this, code = form_.service_code](auto done) {
      return services_ref_.api.guides_for_service(code, std::move(done));
    });
  }
  go(following);
}

void AppModel::use_my_location() {
  if (services_ref_.location == nullptr) {
    problem_ = Problem{{"app.place.no_location", {}}};
    changed();
    return;
  }
  locating_ = true;
  problem_.reset();
  services_ref_.location->locate([this, alive = std::weak_ptr<bool>(alive_)](auto result) {
    if (alive.expired()) {
      return;
    }
    locating_ = false;
    if (result) {
      form_.place = PlaceChoice::MyLocation;
      form_.point = domain::GeoPoint{result->lat, result->lon};
      form_edited(domain::Field::Location);
    } else {
      // Denied or unavailable: the typed address is the way on, and the screen says so.
      form_.place = PlaceChoice::Address;
      problem_ = Problem{{result.error() == platform::LocationError::Denied ? "app.place.location_denied"
                                                                            : "app.place.location_unavailable",
                          {}}};
    }
    changed();
  });
  changed();
}

void AppModel::use_station() {
  if (const auto& station = services_ref_.station) {
    form_.place = PlaceChoice::Station;
    form_.point = station->point;
    form_edited(domain::Field::Location);
  }
}

void AppModel::add_photos() {
  auto* picker = services_ref_.photo_picker;
  if (picker == nullptr) {
    problem_ = Problem{{"app.photos.unavailable", {}}};
    changed();
    return;
  }
  const std::size_t room = domain::kMaxPhotos - std::min(domain::kMaxPhotos, form_.photos.size());
  photos_.clear_rejected();
  picker->pick(static_cast<int>(room), [this, room, alive = std::weak_ptr<bool>(alive_)](platform::PickResult picked) {
    if (alive.expired()) {
      return;
    }
    if (picked.outcome == platform::PickOutcome::Unavailable) {
      problem_ = Problem{{"app.photos.unavailable", {}}};
    }
    photos_.add(
        std::move(picked.files), room, services_ref_.photo_preparer,
        [this](api::Photo photo) {
          const bool known = std::any_of(form_.photos.begin(), form_.photos.end(),
                                         [&](const api::Photo& p) { return p.id == photo.id; });
          if (!known && form_.photos.size() < domain::kMaxPhotos) {
            form_.photos.push_back(std::move(photo));
            form_edited(domain::Field::Photos);
          }
        },
        [this] { changed(); });
  });
}

void AppModel::remove_photo(std::size_t index) {
  if (index < form_.photos.size()) {
    photos_.forget(form_.photos[index].id);
    form_.photos.erase(form_.photos.begin() + static_cast<std::ptrdiff_t>(index));
    form_edited(domain::Field::Photos);
  }
}

void AppModel::submit() {
  field_errors_ = validate_step(Screen::Review);
  if (!field_errors_.empty()) {
    // Back to the first step holding an error, where it is shown next to its field.
    for (const Screen step : kFormSteps) {
      if (std::any_of(field_errors_.begin(), field_errors_.end(), [&](const domain::FieldError& e) {
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
      to_request_form(form_, services_ref_.channel, station ? station->id : "", station ? station->name : "");
  std::vector<api::Photo> photos = form_.photos;
  for (api::Photo& photo : photos) {
    photo.meta =
        api::photo_meta(photo.meta.captured, photo.meta.location,
                        form_.send_photo_location ? api::LocationConsent::Agreed : api::LocationConsent::Refused);
  }
  auto id = services_ref_.outbox.enqueue(api::to_open311_fields(request), std::move(photos));
  if (!id) {
    // Nothing was stored: the form stays as it is, and the citizen can try again.
    problem_ = Problem{id.error().message};
    changed();
    return;
  }
  submitted_id_ = *id;
  if (const open311::Service* service = chosen_service(); service != nullptr && service->extensions) {
    submitted_deadline_days_ = service->extensions->deadline_working_days;
  } else {
    submitted_deadline_days_ = domain::legal_deadline_working_days(request.request.type, false);
  }
  discard_request();
  nav_.home();
  go(Screen::Confirmation);
}

std::vector<domain::FieldError> AppModel::errors_for(domain::Field field) const {
  std::vector<domain::FieldError> out;
  for (const domain::FieldError& error : field_errors_) {
    if (error.field == field) {
      out.push_back(error);
    }
  }
  return out;
}

// ---- after submitting

const api::OutboxItem* AppModel::submitted_item() const {
  return submitted_id_.empty() ? nullptr : services_ref_.outbox.find(submitted_id_);
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
    problem_ = Problem{{"app.confirm.refused", {}}};
    changed();
    return;
  }
  const open311::Service* service = find_service(request->service_code);
  FormState form =
      form_from_open311(*request, service != nullptr && service->extensions ? service->extensions->request_type
                                                                            : domain::RequestType::Complaint);
  form.photos = std::move(returned->photos);
  form_ = std::move(form);
  field_errors_ = returned->field_errors;
  nav_.home();
  go(Screen::Review);
}

void AppModel::copy_query_code(const std::string& code) {
  copied_ = services_ref_.clipboard != nullptr && services_ref_.clipboard->copy(code);
  changed();
}

// ---- one request

void AppModel::open_request(const std::string& number) {
  if (number != detail_number_) {
    reply_photos_.clear();
  }
  detail_number_ = number;
  rating_form_ = RatingForm{};
  rating_.reset();
  rating_applied_ = false;
  reload_detail();
  services_ref_.tracker.mark_seen(number);
  nav_.push(Route{Screen::Detail, number});
  changed();
}

void AppModel::reload_detail() {
  const api::MyRequest* mine = services_ref_.my_requests.find(detail_number_);
  std::optional<std::string> code = mine != nullptr ? mine->query_code : std::nullopt;
  if (!code && !lookup_code_.empty() && lookup_number_ == detail_number_) {
    code = lookup_code_;
  }
  detail_.start(
      [this, code](auto done) { return services_ref_.api.fetch_request(detail_number_, code, std::move(done)); });
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
  if (lookup_number_ == number && !lookup_code_.empty()) {
    return lookup_code_;
  }
  return std::nullopt;
}

void AppModel::rate(workflow::Satisfaction satisfaction, const std::string& comment) {
  const auto code = query_code_of(detail_number_);
  if (!code) {
    return;
  }
  rating_applied_ = false;
  rating_.start([this, code, satisfaction, comment](auto done) {
    return services_ref_.api.rate(detail_number_, *code, satisfaction, comment, std::move(done));
  });
  changed();
}

void AppModel::ask_rework(const std::string& reason) {
  const auto code = query_code_of(detail_number_);
  if (!code) {
    return;
  }
  rating_applied_ = false;
  rating_.start([this, code, reason](auto done) {
    return services_ref_.api.ask_rework(detail_number_, *code, reason, std::move(done));
  });
  changed();
}

// ---- look-up

void AppModel::look_up() {
  problem_.reset();
  const std::string number = lookup_number_;
  if (auto claim = api::claim_from_lookup(number, lookup_code_)) {
    // A receipt's claim for a request that was waiting to be sent when it was printed.
    lookup_.start([this, claim = std::move(*claim)](auto done) {
      return services_ref_.api.fetch_claimed(claim, std::move(done));
    });
    changed();
    return;
  }
  // Citizens copy codes with spaces, hyphens, lower case or full-width letters: the canonical form goes.
  const std::optional<std::string> canonical = domain::normalize_query_code(lookup_code_);
  if (!canonical) {
    lookup_.reset();
    problem_ = Problem{{"app.detail.wrong_code", {}}};
    changed();
    return;
  }
  lookup_code_ = *canonical;
  const std::string code = *canonical;
  lookup_.start(
      [this, number, code](auto done) { return services_ref_.api.fetch_request(number, code, std::move(done)); });
  changed();
}

void AppModel::lookup_finished() {
  const open311::ServiceRequest* found = lookup_.value();
  if (found == nullptr) {
    return;
  }
  // Found by a receipt's claim, the request's own query code came with it.
  lookup_code_ = api::query_code_notice(*found).value_or(lookup_code_);
  services_ref_.my_requests.remember_looked_up(*found, lookup_code_, services_ref_.clock.now_ms());
  services_ref_.tracker.set_numbers(services_ref_.my_requests.numbers());
  const std::string number = found->service_request_id;
  nav_.back();
  open_request(number);
}

// ---- deadlines

std::optional<int> AppModel::working_days_left(const std::string& due) const {
  const auto due_at = calendar::parse_iso8601_timestamp(due);
  const auto now = calendar::Instant::from_unix_seconds(services_ref_.clock.now_ms() / 1000);
  if (!due_at || !now) {
    return std::nullopt;
  }
  const auto left = calendar::working_days_left(services_ref_.holidays, *now, *due_at);
  if (!left) {
    return std::nullopt;
  }
  return *left;
}

}  // namespace hotline::app
