// X-Forwarded-For from trusted proxies only (see client_address.h).
#include "http/client_address.h"

#include <string_view>

#include "http/field_text.h"

namespace hotline::server {

namespace {

bool looks_like_ip(std::string_view s) {
  return !s.empty() && s.size() <= 45 && s.find_first_not_of("0123456789abcdefABCDEF.:") == std::string_view::npos;
}

}  // namespace

std::string ClientAddress::of(const http::Request& req) const {
  if (trusted_.count(req.remote_addr) == 0) {
    return req.remote_addr;
  }
  // Several header lines are one comma-separated list (RFC 9110 5.3); the last line is the nearest.
  for (std::size_t line = req.get_header_value_count("X-Forwarded-For"); line-- > 0;) {
    const std::string value = req.get_header_value("X-Forwarded-For", line);
    std::string_view rest = value;
    while (!rest.empty()) {
      const std::size_t comma = rest.rfind(',');
      const std::string_view entry = http::trim_ows(comma == std::string_view::npos ? rest : rest.substr(comma + 1));
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(0, comma);
      if (trusted_.count(std::string(entry)) != 0) {
        continue;
      }
      return looks_like_ip(entry) ? std::string(entry) : req.remote_addr;
    }
  }
  return req.remote_addr;
}

}  // namespace hotline::server
