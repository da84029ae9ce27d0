// The request wizard's end: the form handed to the outbox, the item the confirmation follows, and a
// refused submission taken back into the form.
#include <algorithm>

#include "api/request_form.h"
#include "app/form_steps.h"
#include "app/request_wizard.h"
#include "domain/deadline.h"

namespace hotline::app {

void RequestWizard::submit() {
  Visit& visit = core_.visit;
  visit.field_errors = validate_step(Screen::Review);
  if (!visit.field_errors.empty()) {
    // Back to the first step holding an error, where it is shown next to its field.
    for (const Screen step : kFormSteps) {
      if (std::any_of(visit.field_errors.begin(), visit.field_errors.end(), [&](const domain::FieldError& e) {
            return belongs_to(step, e.field) && step != Screen::Review;
          })) {
        router_.go(step);
        return;
      }
    }
    core_.changed();
    return;
  }
  const auto& station = core_.services.station;
  const api::RequestForm request =
      to_request_form(visit.form, core_.services.channel, station ? station->id : "", station ? station->name : "");
  std::vector<api::Photo> photos = visit.form.photos;
  for (api::Photo& photo : photos) {
    photo.meta =
        api::photo_meta(photo.meta.captured, photo.meta.location,
                        visit.form.send_photo_location ? api::LocationConsent::Agreed : api::LocationConsent::Refused);
  }
  auto id = core_.services.outbox.enqueue(api::to_open311_fields(request), std::move(photos));
  if (!id) {
    // Nothing was stored: the form stays as it is, and the citizen can try again.
    visit.problem = Problem{id.error().message()};
    core_.changed();
    return;
  }
  visit.submitted_id = *id;
  if (const open311::Service* service = chosen_service(); service != nullptr && service->extensions) {
    visit.submitted_deadline_days = service->extensions->deadline_working_days;
  } else {
    visit.submitted_deadline_days = domain::legal_deadline_working_days(request.request.type, false);
  }
  discard_request();
  core_.nav.home();
  router_.go(Screen::Confirmation);
}

const api::OutboxItem* RequestWizard::submitted_item() const {
  const std::string& id = core_.visit.submitted_id;
  return id.empty() ? nullptr : core_.services.outbox.find(id);
}

void RequestWizard::retry_sending() {
  core_.services.outbox.retry_now();
  core_.changed();
}

void RequestWizard::edit_returned(const std::string& outbox_id) {
  auto returned = core_.services.outbox.take_back(outbox_id);
  if (!returned) {
    return;
  }
  const auto request = open311::decode_new_request(open311::encode_form(returned->fields));
  if (!request) {
    // The outbox wrote these fields itself: unreadable means a damaged record, kept out of the form.
    core_.visit.problem = Problem{{"app.confirm.refused", {}}};
    core_.changed();
    return;
  }
  const open311::Service* service = find_service(request->service_code);
  FormState form =
      form_from_open311(*request, service != nullptr && service->extensions ? service->extensions->request_type
                                                                            : domain::RequestType::Complaint);
  form.photos = std::move(returned->photos);
  core_.visit.form = std::move(form);
  core_.visit.field_errors = returned->field_errors;
  core_.nav.home();
  router_.go(Screen::Review);
}

void RequestWizard::copy_query_code(std::string_view code) {
  auto* clipboard = core_.services.clipboard;
  core_.visit.copied = clipboard != nullptr && clipboard->copy(code);
  core_.changed();
}

}  // namespace hotline::app
