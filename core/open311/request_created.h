// POST requests.json answer ([{service_request_id | token, service_notice, account_id}]) and the
// GET tokens/{token}.json answer ([{service_request_id, token}]) that turns a token into an id.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.h"
#include "open311/decode_error.h"

namespace hotline::open311 {

// Realtime services answer with the id; batch services with a token to poll. At least one is set
// (the decoder reports MissingField "service_request_id" otherwise).
struct RequestCreated {
  std::optional<std::string> service_request_id;
  std::optional<std::string> token;
  std::optional<std::string> service_notice;
  std::optional<std::string> account_id;

  bool operator==(const RequestCreated&) const = default;
};

std::string encode_request_created(const std::vector<RequestCreated>& created);
base::Expected<std::vector<RequestCreated>, DecodeError> decode_request_created(std::string_view body,
                                                                                const DecodeLimits& limits = {});

// service_request_id stays empty until the batch has been processed.
struct TokenStatus {
  std::optional<std::string> service_request_id;
  std::string token;

  bool operator==(const TokenStatus&) const = default;
};

std::string encode_token_status(const std::vector<TokenStatus>& statuses);
base::Expected<std::vector<TokenStatus>, DecodeError> decode_token_status(std::string_view body,
                                                                          const DecodeLimits& limits = {});

}  // namespace hotline::open311
