// Structured access log: one JSON object per line (time, client, method, path, status, bytes, ms).
// Query strings are never logged (they may carry api keys or query codes), nor any header.
#pragma once

#include <cstdio>
#include <mutex>
#include <string>

#include "http/message.h"

namespace hotline::server {

class AccessLog {
 public:
  // "-": stderr; "off": nothing; otherwise appended to the file.
  explicit AccessLog(const std::string& target);
  ~AccessLog();
  AccessLog(const AccessLog&) = delete;
  AccessLog& operator=(const AccessLog&) = delete;

  // `client`: the client's address (behind a trusted proxy, the one it forwarded: client_address.h);
  // the peer's is logged beside it when it differs.
  void write(const http::Request& req, const http::Response& res, const std::string& client);

 private:
  std::FILE* out_ = nullptr;
  bool owned_ = false;
  std::mutex mutex_;
};

}  // namespace hotline::server
