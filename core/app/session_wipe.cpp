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
  if (s.clipboard != nullptr && copied_) {
    s.clipboard->copy("");
  }
  form_ = FormState{};
  field_errors_.clear();
  problem_.reset();
  submitted_id_.clear();
  category_query_.clear();
  rating_form_ = RatingForm{};
  lookup_number_.clear();
  lookup_code_.clear();
  detail_number_.clear();
  submitted_deadline_days_ = 0;
  copied_ = false;
  nearby_.reset();
  detail_.reset();
  rating_.reset();
  lookup_.reset();
  go_home();
}

}  // namespace hotline::app
