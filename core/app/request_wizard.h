// The request wizard: the form a citizen fills step by step (category, guides, place, nearby, describe,
// photos, contact, review), its draft, what each step fetches, and the submission the confirmation
// screen follows. Screens read it and change it through its actions only.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "api/outbox_item.h"
#include "api/pending.h"
#include "app/form_state.h"
#include "app/host_identity.h"
#include "app/model_core.h"
#include "app/photo_attach.h"
#include "domain/field_error.h"
#include "open311/service.h"
#include "open311/service_request.h"

namespace hotline::app {

class RequestWizard {
 public:
  RequestWizard(ModelCore& core, Router& router) : core_(core), router_(router) {}

  // ---- what the steps show
  const FormState& form() const { return core_.visit.form; }
  // The backend's services (categories) in the citizen's language.
  const api::Pending<std::vector<open311::Service>>& catalog() const { return core_.catalog; }
  // The services of the form's type whose name, group, description or keywords contain `query`.
  std::vector<const open311::Service*> matching_services(const std::string& query) const;
  const open311::Service* chosen_service() const;
  // The category screen's search text: how the citizen looks, not part of the draft.
  const std::string& category_query() const { return core_.visit.category_query; }
  const api::Pending<std::vector<api::Guide>>& guides() const { return core_.visit.guides; }
  const api::Pending<std::vector<open311::ServiceRequest>>& nearby() const { return core_.visit.nearby; }
  bool locating() const { return core_.visit.locating.active(); }
  const PhotoAttach& photo_attach() const { return core_.visit.photos; }
  // Field errors of the form (own validation or the server's 400), in form order.
  const std::vector<domain::FieldError>& field_errors() const { return core_.visit.field_errors; }
  std::vector<domain::FieldError> errors_for(domain::Field field) const;

  // ---- after submitting
  // The outbox item the confirmation screen follows (empty when none).
  const std::string& submitted_id() const { return core_.visit.submitted_id; }
  const api::OutboxItem* submitted_item() const;
  // Working days the submitted request's type and category allow (the confirmation's due date).
  int submitted_deadline_days() const { return core_.visit.submitted_deadline_days; }
  bool copied() const { return core_.visit.copied; }

  // ---- what the citizen does
  void start_request(domain::RequestType type);
  // Back to the step of the draft where the citizen left it, the steps before it under it.
  void continue_request();
  // Drops the draft and its photos (the citizen chose "start over").
  void discard_request();
  void reload_services();
  void set_category_query(std::string_view query);
  // Chooses the category (the search is done) and goes on.
  void choose_service(const std::string& service_code);
  // The consultation was answered by a guide: nothing is filed, the draft goes.
  void guide_answered();
  // "Yes, that is mine too": follow the existing request instead of filing a new one.
  void follow_existing(const std::string& number);
  // Typing into one of the form's text fields (description, address, name, mobile, ID number): the
  // draft is saved soon and that field's errors go.
  void set_field(domain::Field field, std::string_view text);
  // The holder of an identity card (a kiosk's reader) as the contact, or nobody (empty texts).
  void set_identity(std::string_view name, std::string_view resident_id);
  void set_keep_name_private(bool keep);
  void set_send_photo_location(bool send);
  void use_address();
  void use_my_location();
  void use_station();
  // "Choose on the map": the host app's map picker (host_actions.cpp); cancelling changes nothing.
  bool can_choose_on_map() const;
  void choose_on_map();
  // The name and mobile the host app verified, prefilled on the contact step (host_identity.h).
  const HostIdentity& host_identity() const { return host_identity_; }
  // Asks the host app for the citizen's verified identity (once it answered, never again).
  void ask_host_identity();
  void add_photos();
  void remove_photo(std::size_t index);
  // Validates the current step; moves to the next one or leaves the errors next to their fields.
  void next();
  // Sends the form to the outbox; the confirmation screen follows its item.
  void submit();
  void retry_sending();
  // Takes a refused submission back into the form, its field errors next to their fields.
  void edit_returned(const std::string& outbox_id);
  void copy_query_code(std::string_view code);

  // ---- for the app model
  // The stored draft becomes the form, its step the current screen.
  void restore_draft();
  // The navigation reached `screen` (forward or back): a form step becomes the draft's step, and what
  // the screen shows is fetched.
  void reached(Screen screen);

 private:
  // Starts what the current screen shows, however it was reached (next, back, a restored draft).
  void entered();
  void fetch_guides();
  void fetch_nearby();
  // Prefills the contact step from the host's verified identity (host_actions.cpp).
  void entered_contact();
  // The current step's draft path, from the category on, becomes the navigation.
  void retrace_steps();
  const open311::Service* find_service(const std::string& code) const;
  void save_draft();
  // A form field changed: the draft is saved soon and that field's errors go.
  void edited(std::optional<domain::Field> field = std::nullopt);
  std::vector<domain::FieldError> validate_step(Screen step) const;

  ModelCore& core_;
  Router& router_;
  HostIdentity host_identity_{core_.services.host, core_.services.api};
};

}  // namespace hotline::app
