// What an HTTP exchange carries: the request, the response, and the typed network failure.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.h"
#include "base/secure_string.h"

namespace hotline::platform {

enum class HttpMethod { Get, Post };

std::string_view to_code(HttpMethod method);

struct HttpHeader {
  std::string name;
  std::string value;

  bool operator==(const HttpHeader&) const = default;
};

// Header names compare case-insensitively (RFC 9110).
bool header_name_equals(std::string_view a, std::string_view b);
const std::string* find_header(const std::vector<HttpHeader>& headers, std::string_view name);

struct HttpRequest {
  HttpMethod method = HttpMethod::Get;
  std::string url;
  std::vector<HttpHeader> headers;  // Content-Type of the body goes here too
  // A submission's body carries the citizen's form: zeroed when the request is done with.
  base::SecureString body;
  int connect_timeout_ms = 10'000;
  int total_timeout_ms = 30'000;
};

struct HttpResponse {
  int status = 0;
  std::vector<HttpHeader> headers;
  std::string body;

  const std::string* header(std::string_view name) const { return find_header(headers, name); }
};

// Why no HTTP answer arrived. Any answer, even 500, is an HttpResponse, not a NetworkError.
enum class NetworkErrorCode {
  Offline,         // no route, DNS failure or connection refused: nothing reached the server
  Timeout,         // the connect or total timeout expired; the server may have acted on the request
  ConnectionLost,  // the connection broke after the request was (maybe) sent
  Tls,             // certificate or handshake failure
  Cancelled,       // cancelled by the caller (transports do not deliver it; fakes and owners may)
  Other,
};

std::string_view to_code(NetworkErrorCode code);

struct NetworkError {
  NetworkErrorCode code = NetworkErrorCode::Other;
  std::string detail;  // for logs
};

using HttpResult = base::Expected<HttpResponse, NetworkError>;

}  // namespace hotline::platform
