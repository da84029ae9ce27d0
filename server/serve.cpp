// Server assembly: the connection layer's limits, the routes, JSON answer encoding, Open311 error
// bodies for the layer's own refusals, the access log, and signal-driven shutdown.
#include "serve.h"

#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <cstdio>
#include <thread>

#include "guarded_dispatch.h"
#include "http/access_log.h"
#include "http/cors.h"
#include "http/server.h"
#include "routes/routes.h"
#include "wire/http_support.h"
#include "wire/json_representation.h"
#include "wire/refusal_words.h"
#include "wire/xml_representation.h"

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

// Event loops per core when the configuration leaves it open. A connection stays on its loop, so a
// loop busy with a long answer (a 50-request list: 0.5 ms) holds up only the connections dealt to it;
// and on cores shared with other processes (nginx, the database, a build) the server's share of the
// CPU follows its runnable threads: with one loop per core it got half the CPU, and half the
// throughput, of the thread-per-connection server it replaced (docs/performance.md).
constexpr unsigned kLoopsPerCore = 8;
// Past a few dozen loops more threads only add scheduling and memory (a 64-core host would get 512).
constexpr unsigned kMaxDefaultLoops = 64;

http::Limits limits_of(const ServerConfig& config) {
  http::Limits limits;
  limits.max_head_bytes = config.max_head_bytes;
  limits.max_body_bytes = config.max_body_bytes;
  limits.max_connections = config.max_connections;
  limits.head_timeout = std::chrono::milliseconds(config.head_timeout_ms);
  limits.body_timeout = std::chrono::milliseconds(config.body_timeout_ms);
  limits.worker_threads = config.threads;
  limits.io_threads = config.io_threads > 0
                          ? config.io_threads
                          : static_cast<int>(std::min(
                                kMaxDefaultLoops, kLoopsPerCore * std::max(1u, std::thread::hardware_concurrency())));
  return limits;
}

// Every answer, routed or refused by the layer: refusals worded in the client's language, the XML
// representation, content coding and revalidation, CORS fields.
void finish_answer(const http::Request& req, http::Response& res, const CorsPolicy& cors) {
  word_refusal(req, res);
  finish_xml_answer(req, res);
  finish_json_answer(req, res);
  cors.decorate(req, res);
}

http::Application application(const http::Router& router, HttpContext& ctx, const CorsPolicy& cors, AccessLog& log) {
  http::Application app;
  app.handle = [&router, &cors](http::Request& req, http::Response& res) {
    if (req.method == "OPTIONS") {
      cors.answer_preflight(req, res);
      return;
    }
    dispatch_guarded(router, req, res, stderr);
    finish_answer(req, res, cors);
  };
  app.refuse = [&cors](const http::Request& req, http::Response& res, int status, std::string description) {
    send_error(res, status, std::move(description));
    finish_answer(req, res, cors);
  };
  app.screen = [&ctx, &cors](const http::Request& req, http::Response& res) {
    if (req.method == "OPTIONS" || !refused_on_head(ctx, req, res)) {
      return false;
    }
    finish_answer(req, res, cors);
    return true;
  };
  app.log = [&log, &ctx](const http::Request& req, const http::Response& res) {
    log.write(req, res, ctx.client_address.of(req));
  };
  return app;
}

}  // namespace

int run_http_server(Backend& backend, const ServerConfig& config) {
  const sigset_t signals = shutdown_signals();
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  HttpContext ctx{backend,
                  config,
                  AccessPolicy(config.clients, config.operator_tokens),
                  RateLimiter(config.submit_limit),
                  RateLimiter(config.failure_limit),
                  DecodeBudget(config.decode.max_decode_bytes),
                  ClientAddress(config.trusted_proxies),
                  config.web_dir.empty() ? nullptr : std::make_unique<StaticFiles>(config.web_dir)};
  AccessLog log(config.access_log);
  const CorsPolicy cors(config.cors_origins);
  http::Router router;
  add_open311_routes(router, ctx);
  add_citizen_routes(router, ctx);
  add_operator_routes(router, ctx);
  add_web_config_route(router, ctx);
  add_identity_routes(router, ctx);
  add_content_routes(router, ctx);
  http::Server server(limits_of(config), application(router, ctx, cors, log));

  const int port = server.bind(config.host, config.port);
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
  server.run();
  // run() returns only after stop(); the waiter has been released by a signal.
  waiter.join();
  std::fprintf(stderr, "hotline-server: stopped\n");
  return 0;
}

}  // namespace hotline::server
