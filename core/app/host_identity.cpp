// The host's signed identity, verified by the server, onto the contact step (see host_identity.h).
#include "app/host_identity.h"

#include <utility>

namespace hotline::app {

void HostIdentity::start(std::function<void()> verified) {
  if (host_ == nullptr || call_.active() || answered_ || !host_->offers().identity) {
    return;
  }
  call_ = host_->identity_token(
      [this, verified = std::move(verified)](base::Expected<std::string, platform::HostError> token) {
        if (!token || token->empty()) {
          answered_ = true;  // this host has no identity to give
          return;
        }
        call_ = api_.verify_identity(*token, [this, verified](api::Result<api::VerifiedIdentity> identity) {
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

bool HostIdentity::can_prefill(const FormState& form) const {
  return verified_ && form.name.empty() && form.mobile.empty();
}

}  // namespace hotline::app
