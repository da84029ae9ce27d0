// The citizen's identity as the host app verified it (real-name apps such as e福州): the host's signed
// token, verified by the server (the app never trusts a token itself), then the name and mobile
// prefilled on the contact step. A token the server refuses leaves the contact step empty.
#pragma once

#include <functional>
#include <optional>

#include "api/api_client.h"
#include "api/verified_identity.h"
#include "app/form_state.h"
#include "platform/call.h"
#include "platform/host_bridge.h"

namespace hotline::app {

class HostIdentity {
 public:
  // `host` may be null (no host app: nothing is asked).
  HostIdentity(platform::HostBridge* host, api::ApiClient& api) : host_(host), api_(api) {}
  HostIdentity(const HostIdentity&) = delete;
  HostIdentity& operator=(const HostIdentity&) = delete;

  // Asks the host for its token and has the server verify it; `verified` runs when it did. Called
  // again (the contact step is entered) after the server could not be reached; never again after it
  // answered.
  void start(std::function<void()> verified);
  const std::optional<api::VerifiedIdentity>& verified() const { return verified_; }
  // The name and mobile may fill the form: both are empty (never over what the citizen typed or a
  // draft kept).
  bool can_prefill(const FormState& form) const;
  // The form's name / mobile is the one the host verified (the contact step marks it so).
  bool name_verified(const FormState& form) const { return verified_ && form.name == verified_->name; }
  bool mobile_verified(const FormState& form) const { return verified_ && form.mobile == verified_->mobile; }

 private:
  platform::HostBridge* host_;
  api::ApiClient& api_;
  std::optional<api::VerifiedIdentity> verified_;
  platform::Call call_;    // the host's token, then the server's verification
  bool answered_ = false;  // verified or refused: nothing more to ask
};

}  // namespace hotline::app
