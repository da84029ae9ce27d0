// Server assembly: limits, error handlers, JSON answer encoding, logging, routes, and signal-driven shutdown.
#include "http_server.h"

#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <thread>

#include "access_log.h"
#include "http_support.h"
#include "json_representation.h"
#include "routes.h"

namespace hotline::server {

namespace {

// Blocks the shutdown signals in every thread; a dedicated thread waits for them with sigwait, so
// no work happens inside a signal handler.
sigset_t shutdown_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  return set;
}

void configure(httplib::Server& server, HttpContext& ctx, AccessLog& log) {
  const int threads = ctx.config.threads;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<std::size_t>(threads)); };
  server.set_payload_max_length(ctx.config.max_body_bytes);
  server.set_keep_alive_max_count(1000);
  server.set_tcp_nodelay(true);  // headers and body go out in separate writes; Nagle would delay the second
  server.set_read_timeout(10, 0);
  server.set_write_timeout(10, 0);
  server.set_pre_routing_handler([](const httplib::Request& req, httplib::Response&) {
    AccessLog::mark_start();
    // Range is ignored (RFC 9110 14.2 allows it): the library would slice answers whose status the
    // handlers set to 200, and a cache would keep such a slice as the whole answer. The request object
    // is the library's own non-const one, handed to the hooks as const.
    const_cast<httplib::Request&>(req).ranges.clear();
    return httplib::Server::HandlerResponse::Unhandled;
  });
  server.set_post_routing_handler(finish_json_answer);
  server.set_logger([&log](const httplib::Request& req, const httplib::Response& res) { log.write(req, res); });
  // Errors raised by the library itself (413 body too large, 400 bad request line, ...) get an
  // Open311 body too; handlers that already wrote one are left alone.
  server.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty() || res.status == 304) {
      return httplib::Server::HandlerResponse::Unhandled;
    }
    const int status = res.status;
    send_error(res, status, status == 413 ? "body: larger than the server accepts" : "request not understood");
    return httplib::Server::HandlerResponse::Handled;
  }));
  server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    send_error(res, 500, "internal error");  // details stay on the server
  });
  add_open311_routes(server, ctx);
  add_citizen_routes(server, ctx);
  add_operator_routes(server, ctx);
  add_content_routes(server, ctx);
}

}  // namespace

int run_http_server(Backend& backend, const ServerConfig& config) {
  const sigset_t signals = shutdown_signals();
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  HttpContext ctx{backend, config, AccessPolicy(config.clients, config.operator_tokens),
                  RateLimiter(config.submit_limit),
                  config.web_dir.empty() ? nullptr : std::make_unique<StaticFiles>(config.web_dir)};
  AccessLog log(config.access_log);
  httplib::Server server;
  configure(server, ctx, log);

  const int port = config.port == 0 ? server.bind_to_any_port(config.host)
                                    : (server.bind_to_port(config.host, config.port) ? config.port : -1);
  if (port < 0) {
    std::fprintf(stderr, "hotline-server: cannot listen on %s:%d\n", config.host.c_str(), config.port);
    return 1;
  }
  std::printf("listening on http://%s:%d\n", config.host.c_str(), port);
  std::fflush(stdout);

  std::thread waiter([&server, signals] {
    int received = 0;
    sigwait(&signals, &received);
    server.stop();
  });
  const bool clean = server.listen_after_bind();
  // listen_after_bind returns after stop() once the worker pool has drained; if it returned for
  // another reason the waiter is released with a signal of our own.
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  std::fprintf(stderr, "hotline-server: stopped\n");
  return clean ? 0 : 1;
}

}  // namespace hotline::server
