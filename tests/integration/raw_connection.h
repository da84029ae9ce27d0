// A plain TCP connection to the server under test, for what an HTTP client library will not send:
// dribbled bytes, header floods, chunked and unframed bodies, bodies that never come.
#pragma once

#include <string>
#include <string_view>

namespace hotline::integration {

class RawConnection {
 public:
  explicit RawConnection(int port);  // 127.0.0.1:port; throws when it cannot connect
  ~RawConnection();
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  // false once the server has closed (or reset) the connection.
  bool send(std::string_view bytes);
  // Everything the server sends until it closes the connection (30 s without a byte ends the wait).
  std::string read_until_closed();
  // Whether the server has closed the connection, waiting at most `wait_ms` for it.
  bool closed_by_server(int wait_ms);

 private:
  int fd_ = -1;
};

// "HTTP/1.1 413 ..." -> 413; 0 when `response` does not start with a status line.
int status_of(const std::string& response);
// The body after the head of a raw response.
std::string body_of(const std::string& response);

}  // namespace hotline::integration
