// The host's signed identity, verified by the server, onto the contact step (see host_identity.h).
#include "app/host_identity.h"

#include <utility>

namespace hotline::app {

HostIdentity::~HostIdentity() {
  if (call_) {
    api_.cancel(*call_);
  }
}

void HostIdentity::start(std::function<void()> verified) {
  if (host_ == nullptr || asking_ || answered_ || !host_->offers().identity) {
    return;
  }
  asking_ = true;
  host_->identity_token([this, alive = std::weak_ptr<bool>(alive_),
                         verified = std::move(verified)](base::Expected<std::string, platform::HostError> token) {
    if (alive.expired()) {
      return;
    }
    if (!token || token->empty()) {
      asking_ = false;
      answered_ = true;  // this host has no identity to give
      return;
    }
    call_ = api_.verify_identity(*token, [this, verified](api::Result<api::VerifiedIdentity> identity) {
      call_.reset();
      asking_ = false;
      // Refused (the server logged why): the citizen types their own, as anywhere else. Not reached
      // (offline, the server's 5xx): asked again on the contact step.
      if (identity) {
        answered_ = true;
        verified_ = std::move(*identity);
        verified();
      } else if (identity.error().http_status >= 400 && identity.error().http_status < 500) {
        answered_ = true;
      }
    });
  });
}

bool HostIdentity::prefill(FormState& form) const {
  if (!verified_ || !form.name.empty() || !form.mobile.empty()) {
    return false;
  }
  form.name = verified_->name;
  form.mobile = verified_->mobile;
  return true;
}

}  // namespace hotline::app
