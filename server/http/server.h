// The connection layer: event-driven HTTP/1.1 on Boost.Asio/Beast. Connections cost no thread while
// idle or slow; request heads and bodies are limited as the bytes arrive; deadlines are absolute, so a
// dribbling client cannot extend them; complete reads run on the I/O threads, writes on a worker pool.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "http/message.h"

namespace hotline::server::http {

struct Limits {
  std::size_t max_head_bytes = 16 * 1024;  // request line and every header line together
  // Path and query (414 beyond): no route or query parameter needs more, and every later step (decoding,
  // matching, logging) is bounded by it.
  std::size_t max_target_bytes = 4096;
  std::size_t max_body_bytes = 48u << 20;  // after the transfer coding (chunked counts as decoded)
  std::size_t max_connections = 10000;     // beyond this, new connections are closed at once
  // From the end of the previous answer (or the accept) until the whole head has arrived.
  std::chrono::milliseconds head_timeout{10'000};
  std::chrono::milliseconds body_timeout{60'000};   // from the end of the head until the whole body
  std::chrono::milliseconds write_timeout{30'000};  // for the whole answer
  int worker_threads = 32;                          // run the requests that may block on storage (POST)
  int io_threads = 2;                               // event loops: every connection, GET/HEAD inline
};

struct Application {
  // A complete request: GET/HEAD on an I/O thread, others on a worker thread (may block on storage).
  std::function<void(Request&, Response&)> handle;
  // An answer the layer gives itself (400 malformed, 411, 413, 415, 431), on the I/O thread; `req`
  // holds what was read of the head.
  std::function<void(const Request&, Response&, int status, std::string description)> refuse;
  // Looks at a request's head before its body is read, on the I/O thread: true after filling in a
  // refusal, which is sent at once (a wrong credential costs no body, up to max_body_bytes, and no
  // parsing); false lets the request through. May be empty.
  std::function<bool(const Request&, Response&)> screen;
  // Every answer, once it is built (for handled requests on the worker thread).
  std::function<void(const Request&, const Response&)> log;
};

class Session;

class Server {
 public:
  Server(Limits limits, Application app);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Listens on host:port (0: any free port); returns the port, or -1.
  int bind(const std::string& host, int port);
  // Serves on the calling thread until stop(); returns when every connection is closed and every
  // handler has finished.
  void run();
  // From any thread: stops accepting, closes idle, slow and reading connections at once; requests
  // already running finish and are answered, then their connections close.
  void stop();

 private:
  friend class Session;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hotline::server::http
