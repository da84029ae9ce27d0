// AppModel::wipe_session: the end of one citizen's visit to a shared device (see app_model.h).
#include "app/app_model.h"

#include "api/stored_record.h"
#include "base/secure_string.h"

namespace hotline::app {

void AppModel::wipe_session() {
  auto& s = core_.services;
  Visit& visit = core_.visit;
  // Assigning an empty form keeps each string's buffer with the old text in it: zeroed first.
  FormState& form = visit.form;
  for (std::string* text :
       {&form.name, &form.mobile, &form.resident_id, &form.address, &form.description, &visit.lookup_number,
        &visit.lookup_code, &visit.category_query, &visit.rating_form.comment}) {
    base::secure_clear(*text);
  }
  wizard_.discard_request();
  // What this visit filed and is not yet delivered is still sent, but belongs to no later visit: the
  // outbox drops it once delivered or refused, and the delivered and refused ones now.
  s.outbox.begin_visit();
  // Each wipe is tried even when one before it failed: the visit ends either way.
  (void)s.my_requests.wipe();
  // Records set aside as unreadable may hold a form; they are never read again.
  (void)api::wipe_quarantine(s.storage);
  (void)s.tracker.wipe();
  if (s.clipboard != nullptr && visit.copied) {
    s.clipboard->copy("");
  }
  core_.visit = Visit();
  go_home();
}

}  // namespace hotline::app
