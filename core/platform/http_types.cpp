// Names and header lookup for the HTTP value types (see http_types.h).
#include "platform/http_types.h"

namespace hotline::platform {

std::string_view to_code(HttpMethod method) {
  return method == HttpMethod::Post ? "POST" : "GET";
}

std::string_view to_code(NetworkErrorCode code) {
  switch (code) {
    case NetworkErrorCode::Offline:
      return "offline";
    case NetworkErrorCode::Timeout:
      return "timeout";
    case NetworkErrorCode::ConnectionLost:
      return "connection_lost";
    case NetworkErrorCode::Tls:
      return "tls";
    case NetworkErrorCode::Cancelled:
      return "cancelled";
    case NetworkErrorCode::Other:
      break;
  }
  return "other";
}

bool header_name_equals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) {
      return false;
    }
  }
  return true;
}

const std::string* find_header(const std::vector<HttpHeader>& headers, std::string_view name) {
  for (const auto& h : headers) {
    if (header_name_equals(h.name, name)) {
      return &h.value;
    }
  }
  return nullptr;
}

}  // namespace hotline::platform
