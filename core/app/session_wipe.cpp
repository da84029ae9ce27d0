// AppModel::wipe_session: the end of one citizen's visit to a shared device (see app_model.h).
#include "app/app_model.h"

namespace hotline::app {

void AppModel::wipe_session() {
  auto& s = services_ref_;
  discard_request();
  // A delivered request's stored record still holds the contact it was sent with: the outbox keeps
  // only what is not yet delivered.
  std::vector<std::string> sent;
  for (const api::OutboxItem* item : s.outbox.items()) {
    if (item->state == api::OutboxState::Sent) {
      sent.push_back(item->id);
    }
  }
  for (const auto& id : sent) {
    s.outbox.forget(id);
  }
  s.my_requests.wipe();
  s.tracker.wipe();
  if (s.clipboard != nullptr && visit_.copied) {
    s.clipboard->copy("");
  }
  visit_ = Visit(services_ref_.api);
  go_home();
}

}  // namespace hotline::app
