// AppModel::wipe_session: the end of one citizen's visit to a shared device (see app_model.h).
#include "app/app_model.h"

#include "api/stored_record.h"
#include "base/secure_string.h"

namespace hotline::app {

void AppModel::wipe_session() {
  auto& s = core_.services;
  Visit& visit = core_.visit;
  // The form's and the look-up's text is SecureString (zeroed as the fresh Visit replaces it); these
  // plain strings would keep their buffers with the old text in them: zeroed first.
  for (std::string* text : {&visit.category_query, &visit.rating_form.comment}) {
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
  // Whatever is on it may be this citizen's: a query code copied, or text copied out of a field.
  if (s.clipboard != nullptr) {
    s.clipboard->copy("");
  }
  core_.visit = Visit(core_.activity);
  go_home();
}

}  // namespace hotline::app
