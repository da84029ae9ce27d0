// Who may call what: Open311 api_keys per client (recorded as the request's channel) and operator tokens.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/channel.h"

namespace hotline::server {

struct ApiClient {
  std::string name;  // "web", "kiosk", "app", ...
  std::string key;
  domain::Channel channel = domain::Channel::Website;
};

// Compares without an early exit, so response timing does not reveal how much of a secret matched.
bool constant_time_equal(std::string_view a, std::string_view b);

// Who holds an operator token: what the timeline records for their actions, whatever a request body says.
struct OperatorIdentity {
  std::string token;
  std::string actor = "operator";  // staff id
  std::string unit;                // the unit they act for; "" for the centre (department verbs: the holder)
};

class AccessPolicy {
 public:
  AccessPolicy(std::vector<ApiClient> clients, std::vector<OperatorIdentity> operators)
      : clients_(std::move(clients)), operators_(std::move(operators)) {}

  // The client an api_key belongs to; every configured key is compared, whatever matches first.
  std::optional<ApiClient> client_for_key(std::string_view api_key) const;
  // Whose token this is; every configured token is compared, whatever matches first.
  std::optional<OperatorIdentity> operator_for(std::string_view token) const;
  bool is_operator_token(std::string_view token) const { return operator_for(token).has_value(); }
  bool has_operator_tokens() const { return !operators_.empty(); }
  const std::vector<ApiClient>& clients() const { return clients_; }

 private:
  std::vector<ApiClient> clients_;
  std::vector<OperatorIdentity> operators_;
};

// "Bearer <token>" -> token; anything else -> empty.
std::string_view bearer_token(std::string_view authorization_header);

}  // namespace hotline::server
