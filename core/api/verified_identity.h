// The citizen's name and mobile as the server verified them from a host app's signed token
// (identity.json, our extension; docs/host_bridge.md).
#pragma once

#include <string>
#include <string_view>

#include "base/expected.h"
#include "open311/decode_error.h"

namespace hotline::api {

struct VerifiedIdentity {
  std::string name;
  std::string mobile;
  bool operator==(const VerifiedIdentity&) const = default;
};

base::Expected<VerifiedIdentity, open311::DecodeError> decode_verified_identity(std::string_view body);

}  // namespace hotline::api
