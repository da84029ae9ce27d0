// The app's state apart from drawing: navigation, the form, settings, every pending network result and
// every error, with one method per thing a citizen can do. Screens are functions of it; scenario tests
// and unit tests drive it without rendering.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "api/pending.h"
#include "app/app_services.h"
#include "app/form_state.h"
#include "app/host_identity.h"
#include "app/navigation.h"
#include "app/photo_attach.h"
#include "app/reply_photos.h"
#include "app/settings.h"
#include "app/visit.h"
#include "calendar/deadline_status.h"
#include "domain/field_error.h"
#include "open311/service.h"
#include "open311/service_definition.h"
#include "open311/service_request.h"
#include "text/catalog.h"
#include "workflow/satisfaction.h"

namespace hotline::app {

class AppModel {
 public:
  AppModel(AppServices services, text::Strings& strings);
  AppModel(const AppModel&) = delete;
  AppModel& operator=(const AppModel&) = delete;

  // Opens the stores, restores settings and the draft (its step becomes the current screen).
  void start();
  // Advances timers (outbox retries, draft autosave, status refresh). Call once per loop iteration.
  void tick();
  // When tick() next has work (ms since epoch), for a loop that sleeps while idle.
  std::optional<std::int64_t> next_wake_ms() const;
  // Bumped whenever something a screen shows changed outside of input (a result, a timer): the loop
  // draws a frame when it moves.
  unsigned revision() const { return revision_; }
  void changed() { ++revision_; }
  // Something the citizen waits for is on its way (a fetch, a photo being prepared, locating): the
  // view keeps drawing while it shows a spinner.
  bool busy() const;

  // ---- navigation
  const Route& route() const { return nav_.current(); }
  const Navigation& navigation() const { return nav_; }
  void back();
  void go_home();
  void open(Screen screen);

  // ---- settings
  const Settings& settings() const { return settings_; }
  void set_settings(const Settings& settings);
  const text::Strings& strings() const { return strings_; }

  // ---- new request
  FormState& form() { return visit_.form; }
  const FormState& form() const { return visit_.form; }
  // Call after the view changed a form field (typing): schedules the autosave, clears that field's error.
  void form_edited(std::optional<domain::Field> field = std::nullopt);
  void start_request(domain::RequestType type);
  // Back to the step of the draft where the citizen left it, the steps before it under it.
  void continue_request();
  // Drops the draft and its photos (the citizen chose "start over").
  void discard_request();
  // The backend's services (categories) in the citizen's language.
  const api::Pending<std::vector<open311::Service>>& catalog() const { return services_; }
  void reload_services();
  // The services of the form's type whose name, group, description or keywords contain `query`.
  std::vector<const open311::Service*> matching_services(const std::string& query) const;
  const open311::Service* chosen_service() const;
  // The category screen's search text: how the citizen looks, not part of the draft.
  std::string& category_query() { return visit_.category_query; }
  void choose_service(const std::string& service_code);
  const api::Pending<std::vector<api::Guide>>& guides() const { return visit_.guides; }
  // The consultation was answered by a guide: nothing is filed, the draft goes.
  void guide_answered();
  const api::Pending<std::vector<open311::ServiceRequest>>& nearby() const { return visit_.nearby; }
  // "Yes, that is mine too": follow the existing request instead of filing a new one.
  void follow_existing(const std::string& number);
  // Validates the current step; moves to the next one or leaves the errors next to their fields.
  void next();
  void use_my_location();
  bool locating() const { return visit_.locating; }
  void use_station();
  // "Choose on the map": the host app's map picker (host_actions.cpp); cancelling changes nothing.
  bool can_choose_on_map() const;
  void choose_on_map();
  // The name and mobile the host app verified, prefilled on the contact step (host_identity.h).
  const HostIdentity& host_identity() const { return host_identity_; }
  void add_photos();
  void remove_photo(std::size_t index);
  const PhotoAttach& photo_attach() const { return visit_.photos; }
  // Sends the form to the outbox; the confirmation screen follows its item.
  void submit();
  // Field errors of the form (own validation or the server's 400), in form order.
  const std::vector<domain::FieldError>& field_errors() const { return visit_.field_errors; }
  std::vector<domain::FieldError> errors_for(domain::Field field) const;
  const std::optional<Problem>& problem() const { return visit_.problem; }

  // ---- after submitting
  // The outbox item the confirmation screen follows (empty when none).
  const std::string& submitted_id() const { return visit_.submitted_id; }
  const api::OutboxItem* submitted_item() const;
  // The citizen's requests, newest first, with the outbox's unsent ones before them.
  const api::MyRequests& my_requests() const { return services_ref_.my_requests; }
  const api::Outbox& outbox() const { return services_ref_.outbox; }
  void retry_sending();
  // Takes a refused submission back into the form, its field errors next to their fields.
  void edit_returned(const std::string& outbox_id);
  void copy_query_code(const std::string& code);
  bool copied() const { return visit_.copied; }

  // ---- one request
  void open_request(const std::string& number);
  const api::Pending<open311::ServiceRequest>& detail() const { return visit_.detail; }
  ReplyPhotos& reply_photos() { return reply_photos_; }
  const ReplyPhotos& reply_photos() const { return reply_photos_; }
  void reload_detail();
  const open311::ServiceRequest* known_request(const std::string& number) const;
  void rate(workflow::Satisfaction satisfaction, const std::string& comment);
  void ask_rework(const std::string& reason);
  const api::Pending<api::StepUpdate>& rating() const { return visit_.rating; }
  RatingForm& rating_form() { return visit_.rating_form; }

  // ---- look-up
  std::string& lookup_number() { return visit_.lookup_number; }
  std::string& lookup_code() { return visit_.lookup_code; }
  void look_up();
  const api::Pending<open311::ServiceRequest>& lookup() const { return visit_.lookup; }
  // The query code the app knows for a request (stored, or just typed in the look-up), if any.
  std::optional<std::string> query_code_of(const std::string& number) const;
  // Working days the submitted request's type and category allow (the confirmation's due date).
  int submitted_deadline_days() const { return visit_.submitted_deadline_days; }

  // ---- shared device (kiosk)
  // Forgets everything of the citizen who was here: form, draft, photos, contact, the requests and
  // query codes on screen and in storage; undelivered requests stay in the outbox until delivered.
  void wipe_session();

  // ---- what screens read of the device and the stores
  const std::optional<Station>& station() const { return services_ref_.station; }
  bool can_locate() const { return services_ref_.location != nullptr; }
  bool can_copy() const { return services_ref_.clipboard != nullptr; }
  // The citizen's requests as last refreshed: news since they last looked, the last refresh's error.
  const api::StatusTracker& tracker() const { return services_ref_.tracker; }
  // Where a request stands now against its deadline (`due`, ISO 8601); nullopt when unreadable.
  std::optional<calendar::DeadlineStatus> deadline_status(const std::string& due) const;
  // The model's dependencies, for the platform's own wiring (not for screens).
  const AppServices& services_ref() const { return services_ref_; }

 private:
  void go(Screen screen);
  // Starts what the current screen shows, however it was reached (next, back, a restored draft).
  void entered();
  void fetch_guides();
  void fetch_nearby();
  // The current step's draft path, from the category on, becomes the navigation.
  void retrace_steps();
  const open311::Service* find_service(const std::string& code) const;
  void save_draft();
  std::vector<domain::FieldError> validate_step(Screen step) const;
  Screen step_after(Screen step) const;
  void on_outbox_change(const std::string& id);
  void lookup_finished();
  // Prefills the contact step from the host's verified identity (host_actions.cpp).
  void entered_contact();

  AppServices services_ref_;
  text::Strings& strings_;
  Navigation nav_;
  Settings settings_;
  api::Pending<std::vector<open311::Service>> services_;
  ReplyPhotos reply_photos_;
  Visit visit_;
  HostIdentity host_identity_;
  bool language_sent_ = false;
  unsigned revision_ = 0;
  std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
};

}  // namespace hotline::app
