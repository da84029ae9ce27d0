// A receipt's claim: a kiosk visitor whose request could not be sent yet leaves with the submission's
// idempotency key and a secret sent along with it (Claim-Secret), which the server binds to the
// request when it arrives. On the look-up page the key goes where the number goes and the secret
// where the query code goes; once the request has arrived they find it like its number and code.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "open311/service_request.h"

namespace hotline::api {

struct Claim {
  std::string idempotency_key;
  std::string secret;
};

// The look-up page's two fields read as a claim: two runs of 32 hex digits (spaces and hyphens, as
// printed in groups, and upper case are accepted); nullopt for a number and query code.
std::optional<Claim> claim_from_lookup(std::string_view number, std::string_view code);

// The query code a redeemed claim's answer carries in service_notice ("query_code:<code>").
std::optional<std::string> query_code_notice(const open311::ServiceRequest& request);

}  // namespace hotline::api
