// The address a request comes from, for the rate limiter and the access log: the peer, or, when the
// peer is a configured trusted reverse proxy, the address it appended to X-Forwarded-For. Nobody
// else's X-Forwarded-For counts, so a client cannot pick its own bucket.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "http/message.h"

namespace hotline::server {

class ClientAddress {
 public:
  // Addresses as the peer address prints them ("127.0.0.1", "::1"); no ranges.
  explicit ClientAddress(const std::vector<std::string>& trusted_proxies)
      : trusted_(trusted_proxies.begin(), trusted_proxies.end()) {}

  // Behind trusted proxies: the right-most X-Forwarded-For entry that is not itself a trusted proxy
  // (each proxy appends the address it saw; entries left of it are whatever the client sent).
  std::string of(const http::Request& req) const;

 private:
  std::unordered_set<std::string> trusted_;
};

}  // namespace hotline::server
