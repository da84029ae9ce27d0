// Reading a receipt's claim off the look-up page (see claim.h).
#include "api/claim.h"

#include "api/idempotency_key.h"
#include "domain/request_number.h"

namespace hotline::api {

namespace {

constexpr std::string_view kQueryCodeNotice = "query_code:";

std::optional<std::string> hex_run(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == ' ' || c == '-') {
      continue;
    }
    out += (c >= 'A' && c <= 'F') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  if (!is_idempotency_key(out)) {
    return std::nullopt;
  }
  return out;
}

}  // namespace

std::optional<Claim> claim_from_lookup(std::string_view number, std::string_view code) {
  auto key = hex_run(number);
  auto secret = hex_run(code);
  if (!key || !secret) {
    return std::nullopt;
  }
  return Claim{std::move(*key), std::move(*secret)};
}

std::optional<std::string> query_code_notice(const open311::ServiceRequest& request) {
  if (!request.service_notice || request.service_notice->rfind(kQueryCodeNotice, 0) != 0) {
    return std::nullopt;
  }
  return domain::normalize_query_code(request.service_notice->substr(kQueryCodeNotice.size()));
}

}  // namespace hotline::api
