// libFuzzer harness: arbitrary bytes into every Open311 decoder (JSON and form). Beyond "no crash,
// no exception", whatever decodes must re-encode to a body that decodes to the same encoding again.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "open311/api_error.h"
#include "open311/discovery.h"
#include "open311/new_request.h"
#include "open311/request_created.h"
#include "open311/service.h"
#include "open311/service_definition.h"
#include "open311/service_request.h"

namespace {

using namespace hotline::open311;

template <typename Decode, typename Encode>
void check_stable(const char* what, std::string_view body, const DecodeLimits& limits, Decode decode, Encode encode) {
  const auto decoded = decode(body, limits);
  if (!decoded) {
    if (decoded.error().message_key.empty()) {
      std::fprintf(stderr, "%s: error without a message key\n", what);
      std::abort();
    }
    return;
  }
  const std::string encoded = encode(*decoded);
  const auto again = decode(encoded, DecodeLimits{});
  if (!again || encode(*again) != encoded) {
    std::fprintf(stderr, "%s: not stable after re-encoding:\n%s\n", what, encoded.c_str());
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  DecodeLimits limits;
  limits.max_bytes = 64 * 1024;
  limits.max_depth = 16;
  check_stable("services", body, limits, decode_services, encode_services);
  check_stable("service definition", body, limits, decode_service_definition, encode_service_definition);
  check_stable("requests", body, limits, decode_requests, encode_requests);
  check_stable("request created", body, limits, decode_request_created, encode_request_created);
  check_stable("token status", body, limits, decode_token_status, encode_token_status);
  check_stable("discovery", body, limits, decode_discovery, encode_discovery);
  check_stable("errors", body, limits, decode_errors, encode_errors);
  check_stable("new request form", body, limits, decode_new_request, encode_new_request);
  const ErrorResponse response = read_error_response(400, body, limits);
  if (response.errors.empty()) {
    std::abort();
  }
  return 0;
}
