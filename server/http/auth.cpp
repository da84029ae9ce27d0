// Api key lookup and operator token checks (see auth.h).
#include "http/auth.h"

namespace hotline::server {

bool constant_time_equal(std::string_view a, std::string_view b) {
  // Length is not secret (tokens have a fixed configured length); contents are.
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  const std::size_t n = a.size() < b.size() ? a.size() : b.size();
  for (std::size_t i = 0; i < n; ++i) {
    diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  }
  return diff == 0;
}

std::optional<ApiClient> AccessPolicy::client_for_key(std::string_view api_key) const {
  std::optional<ApiClient> found;
  for (const auto& client : clients_) {
    if (constant_time_equal(client.key, api_key) && !found) {
      found = client;
    }
  }
  return found;
}

std::optional<OperatorIdentity> AccessPolicy::operator_for(std::string_view token) const {
  std::optional<OperatorIdentity> found;
  for (const auto& identity : operators_) {
    if (constant_time_equal(identity.token, token) && !found) {
      found = identity;
    }
  }
  return token.empty() ? std::nullopt : found;
}

std::string_view bearer_token(std::string_view authorization_header) {
  constexpr std::string_view kPrefix = "Bearer ";
  if (authorization_header.substr(0, kPrefix.size()) != kPrefix) {
    return {};
  }
  return authorization_header.substr(kPrefix.size());
}

}  // namespace hotline::server
