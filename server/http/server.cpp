// Boost.Asio/Beast connection handling (see server.h). Each I/O thread runs an event loop of its own
// (an io_context nobody else runs), and each connection lives on one loop: a session's state needs no
// lock or strand, and the loops share no queue to contend on. GET and HEAD run inline on the loop,
// other methods on the worker pool, which posts the answer back to the session's loop.
#include "http/server.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/basic_stream.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/status.hpp>
#include <boost/beast/http/string_body.hpp>

#include <array>
#include <atomic>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>
#include <vector>

#include "http/url_query.h"

namespace hotline::server::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
using tcp = asio::ip::tcp;
using Loop = asio::io_context;
using LoopExecutor = Loop::executor_type;
// The concrete executor type (not tcp_stream's type-erased one): every operation and timer of a
// connection is dispatched without a virtual call or a shared_ptr copy of the executor.
using Stream = beast::basic_stream<tcp, LoopExecutor>;

namespace {

// After an answer that ends the connection while the client may still be sending (413, 415, ...),
// its bytes are read and dropped for a while (as nginx's lingering close does), so the close does not
// reset the answer away before the client has read it. Bounded in time; no byte is kept.
constexpr std::chrono::milliseconds kLingerTime{5000};

bool has_body_framing(const beast::http::request_parser<beast::http::string_body>& parser) {
  return parser.content_length().has_value() || parser.chunked();
}

constexpr const char* kTargetTooLong = "request target: longer than the server accepts";

bool may_carry_body(std::string_view method) {
  return method == "POST" || method == "PUT" || method == "PATCH";
}

std::string serialize_head(const Response& res, std::size_t content_length, bool keep_alive) {
  std::string head = "HTTP/1.1 " + std::to_string(res.status) + " ";
  head += std::string(beast::http::obsolete_reason(static_cast<beast::http::status>(res.status)));
  head += "\r\n";
  for (const auto& [name, value] : res.headers) {
    if (!CaseInsensitiveLess()(name, "Content-Length") && !CaseInsensitiveLess()("Content-Length", name)) {
      continue;  // the layer sets the length of what it sends
    }
    head += name + ": " + value + "\r\n";
  }
  head += "Content-Length: " + std::to_string(content_length) + "\r\n";
  head += keep_alive ? "" : "Connection: close\r\n";
  return head + "\r\n";
}

}  // namespace

class Session;

struct Server::Impl {
  Impl(Limits l, Application a);

  void accept();
  void add(const std::shared_ptr<Session>& session);
  void remove(const std::shared_ptr<Session>& session);

  Limits limits;
  Application app;
  // One loop per I/O thread, each run by that thread alone (concurrency hint 1: what a loop posts to
  // itself skips the lock that work posted from other threads takes).
  std::vector<std::unique_ptr<Loop>> loops;
  // Keep the loops running while they have no connection, until stop().
  std::vector<asio::executor_work_guard<LoopExecutor>> keep_running;
  std::size_t next_loop = 0;  // new connections go to the loops in turn
  // The acceptor, its pause timer and `next_loop` belong to the first loop.
  tcp::acceptor acceptor;
  asio::steady_timer accept_pause;
  asio::thread_pool workers;
  std::mutex sessions_mutex;
  std::unordered_set<std::shared_ptr<Session>> sessions;
  std::atomic<bool> stopping = false;
};

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(Server::Impl& server, Stream::socket_type socket) : server_(server), stream_(std::move(socket)) {}

  auto executor() { return stream_.get_executor(); }

  void start() {
    beast::error_code ec;
    stream_.socket().set_option(tcp::no_delay(true), ec);  // head and body leave in one write anyway
    const auto peer = stream_.socket().remote_endpoint(ec);
    remote_ = ec ? std::string() : peer.address().to_string();
    read_head();
  }

  // Stops the session unless it is running a handler or writing its answer (stop() of the server).
  void close_if_idle() {
    asio::post(stream_.get_executor(), [self = shared_from_this()] {
      if (self->state_ == State::Reading || self->state_ == State::Lingering) {
        self->close();
      }
    });
  }

 private:
  enum class State { Reading, Handling, Writing, Lingering, Closed };
  using Parser = beast::http::request_parser<beast::http::string_body>;

  void read_head() {
    state_ = State::Reading;
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(server_.limits.max_head_bytes));
    parser_->body_limit(server_.limits.max_body_bytes);
    stream_.expires_after(server_.limits.head_timeout);
    beast::http::async_read_header(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_head(ec); });
  }

  void on_head(beast::error_code ec) {
    if (state_ == State::Closed) {
      return;
    }
    if (ec == beast::http::error::header_limit) {
      return request_line_too_long() ? refuse(414, kTargetTooLong)
                                     : refuse(431, "headers: larger than the server accepts");
    }
    if (ec == beast::http::error::body_limit) {
      return refuse(413, "body: larger than the server accepts");
    }
    if (ec == beast::http::error::end_of_stream || ec == beast::error::timeout ||
        ec == asio::error::operation_aborted || ec == asio::error::connection_reset ||
        (ec && buffer_.size() == 0 && !parser_->got_some())) {
      return close();  // the client left, or sent nothing in time
    }
    if (ec) {
      return refuse(400, "request not understood");
    }
    if (parser_->get().target().size() > server_.limits.max_target_bytes) {
      return refuse(414, kTargetTooLong);
    }
    if (!fill_head()) {
      return refuse(400, "request target: bad %-escape or not UTF-8");
    }
    const auto& head = parser_->get();
    if (const auto coding = head[beast::http::field::content_encoding]; !coding.empty() && coding != "identity") {
      return refuse(415, "Content-Encoding: request bodies are accepted without content coding");
    }
    if (may_carry_body(request_.method) && !has_body_framing(*parser_)) {
      return refuse(411, "Content-Length: required (or Transfer-Encoding: chunked)");
    }
    if (Response res; server_.app.screen && server_.app.screen(request_, res)) {
      server_.app.log(request_, res);
      return write(std::move(res), false, true);
    }
    if (parser_->is_done()) {
      return handle();
    }
    if (head[beast::http::field::expect] == "100-continue") {
      static constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
      stream_.expires_after(server_.limits.write_timeout);
      asio::async_write(stream_, asio::buffer(kContinue.data(), kContinue.size()),
                        [self = shared_from_this()](beast::error_code write_ec, std::size_t) {
                          write_ec ? self->close() : self->read_body();
                        });
      return;
    }
    read_body();
  }

  void read_body() {
    stream_.expires_after(server_.limits.body_timeout);
    beast::http::async_read(stream_, buffer_, *parser_,
                            [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_body(ec); });
  }

  void on_body(beast::error_code ec) {
    if (state_ == State::Closed) {
      return;
    }
    if (ec == beast::http::error::body_limit) {
      return refuse(413, "body: larger than the server accepts");
    }
    if (ec == beast::error::timeout || ec == asio::error::operation_aborted ||
        ec == beast::http::error::end_of_stream || ec == beast::http::error::partial_message ||
        ec == asio::error::connection_reset) {
      return close();
    }
    if (ec) {
      return refuse(400, "request not understood");
    }
    handle();
  }

  // Whether the head overflowed in its request line: then the target is at fault (414), not the headers.
  // The parser may already have taken a complete request line out of the buffer: then what is buffered
  // does not start with a method, and the request line was not at fault.
  bool request_line_too_long() const {
    const auto data = buffer_.cdata();
    const std::string_view seen(static_cast<const char*>(data.data()), data.size());
    const std::size_t method_end = seen.find(' ');
    if (method_end == 0 || method_end > 16 ||
        seen.substr(0, method_end).find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string_view::npos) {
      return false;
    }
    const std::size_t line_end = seen.find("\r\n");
    return (line_end == std::string_view::npos ? seen.size() : line_end) > server_.limits.max_target_bytes;
  }

  // false when the target cannot be decoded.
  bool fill_head() {
    const auto& head = parser_->get();
    request_ = Request{};
    request_.method = std::string(head.method_string());
    request_.target = std::string(head.target());
    const bool decoded = split_target(request_.target, request_.path, request_.params);
    for (const auto& field : head) {
      request_.headers.emplace(std::string(field.name_string()), std::string(field.value()));
    }
    request_.remote_addr = remote_;
    request_.received_at = std::chrono::steady_clock::now();
    return decoded;
  }

  void handle() {
    state_ = State::Handling;
    request_.body = std::move(parser_->get().body());
    const bool keep_alive = parser_->get().keep_alive();
    // Reads are answered from memory and the reader pool (WAL: never behind a commit), so they run
    // here and spare two thread hand-overs; writes wait for an fsync and go to the workers.
    if (request_.method == "GET" || request_.method == "HEAD" || request_.method == "OPTIONS") {
      Response res;
      server_.app.handle(request_, res);
      server_.app.log(request_, res);
      return write(std::move(res), keep_alive);
    }
    // The work guard keeps the session's loop running while the handler runs (stop() may have let the
    // loops go), so its answer can still be written.
    asio::post(server_.workers, [self = shared_from_this(), keep_alive, guard = asio::make_work_guard(executor())] {
      auto res = std::make_shared<Response>();
      self->server_.app.handle(self->request_, *res);
      self->server_.app.log(self->request_, *res);
      asio::post(self->stream_.get_executor(), [self, res, keep_alive] { self->write(std::move(*res), keep_alive); });
    });
  }

  // An answer of the layer itself; the rest of what the client sends is not read as a request.
  void refuse(int status, std::string description) {
    if (request_.method.empty() && parser_ && parser_->is_header_done()) {
      fill_head();
    }
    Response res;
    server_.app.refuse(request_, res, status, std::move(description));
    server_.app.log(request_, res);
    write(std::move(res), false, true);
  }

  // `linger`: the client may still be sending what was refused (see kLingerTime).
  void write(Response res, bool keep_alive, bool linger = false) {
    if (state_ == State::Closed) {
      return;
    }
    state_ = State::Writing;
    keep_alive = keep_alive && !server_.stopping;
    response_ = std::move(res);
    const std::string_view content = response_.content();
    const bool send_content = request_.method != "HEAD";
    out_head_ = serialize_head(response_, content.size(), keep_alive);
    std::array<asio::const_buffer, 2> buffers = {asio::buffer(out_head_),
                                                 asio::buffer(content.data(), send_content ? content.size() : 0)};
    stream_.expires_after(server_.limits.write_timeout);
    asio::async_write(stream_, buffers,
                      [self = shared_from_this(), keep_alive, linger](beast::error_code ec, std::size_t) {
                        if (linger && !ec && !self->server_.stopping) {
                          return self->linger();
                        }
                        if (ec || !keep_alive || self->server_.stopping) {
                          return self->close();
                        }
                        self->request_ = Request{};
                        self->response_ = Response{};
                        self->read_head();
                      });
  }

  void linger() {
    state_ = State::Lingering;
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.expires_after(kLingerTime);
    drain();
  }

  void drain() {
    stream_.async_read_some(asio::buffer(scratch_), [self = shared_from_this()](beast::error_code ec, std::size_t) {
      ec ? self->close() : self->drain();
    });
  }

  void close() {
    if (state_ == State::Closed) {
      return;
    }
    state_ = State::Closed;
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
    stream_.close();
    server_.remove(shared_from_this());
  }

  Server::Impl& server_;
  Stream stream_;
  beast::flat_buffer buffer_;
  std::optional<Parser> parser_;
  std::string remote_;
  State state_ = State::Reading;
  Request request_;
  Response response_;
  std::string out_head_;
  std::array<char, 16384> scratch_{};
};

Server::Impl::Impl(Limits l, Application a)
    : limits(l),
      app(std::move(a)),
      loops([&] {
        std::vector<std::unique_ptr<Loop>> made;
        for (int i = 0; i < std::max(1, l.io_threads); ++i) {
          made.push_back(std::make_unique<Loop>(1));
        }
        return made;
      }()),
      acceptor(*loops.front()),
      accept_pause(*loops.front()),
      workers(static_cast<std::size_t>(l.worker_threads)) {
  for (auto& loop : loops) {
    keep_running.push_back(asio::make_work_guard(*loop));
  }
}

void Server::Impl::accept() {
  Loop& loop = *loops[next_loop];
  next_loop = (next_loop + 1) % loops.size();
  acceptor.async_accept(loop.get_executor(), [this](beast::error_code ec, Stream::socket_type socket) {
    if (ec == asio::error::operation_aborted || !acceptor.is_open()) {
      return;
    }
    if (ec) {
      // Out of descriptors or memory: accepting again at once would spin; connections that end in
      // the meantime make room.
      accept_pause.expires_after(std::chrono::milliseconds(100));
      accept_pause.async_wait([this](beast::error_code) { accept(); });
      return;
    }
    auto session = std::make_shared<Session>(*this, std::move(socket));
    add(session);
    accept();
  });
}

void Server::Impl::add(const std::shared_ptr<Session>& session) {
  {
    std::lock_guard lock(sessions_mutex);
    if (sessions.size() >= limits.max_connections) {
      return;  // the session is dropped unstarted: its socket closes
    }
    sessions.insert(session);
  }
  asio::post(session->executor(), [session] { session->start(); });
}

void Server::Impl::remove(const std::shared_ptr<Session>& session) {
  std::lock_guard lock(sessions_mutex);
  sessions.erase(session);
}

Server::Server(Limits limits, Application app) : impl_(std::make_unique<Impl>(limits, std::move(app))) {}

Server::~Server() = default;

int Server::bind(const std::string& host, int port) {
  beast::error_code ec;
  const auto address = asio::ip::make_address(host, ec);
  if (ec) {
    return -1;
  }
  const tcp::endpoint endpoint(address, static_cast<unsigned short>(port));
  auto& acceptor = impl_->acceptor;
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) {
    acceptor.set_option(asio::socket_base::reuse_address(true), ec);
    acceptor.bind(endpoint, ec);
  }
  if (!ec) {
    acceptor.listen(asio::socket_base::max_listen_connections, ec);
  }
  return ec ? -1 : acceptor.local_endpoint().port();
}

void Server::run() {
  asio::post(*impl_->loops.front(), [impl = impl_.get()] { impl->accept(); });
  std::vector<std::thread> others;
  for (std::size_t i = 1; i < impl_->loops.size(); ++i) {
    others.emplace_back([loop = impl_->loops[i].get()] { loop->run(); });
  }
  impl_->loops.front()->run();
  for (auto& thread : others) {
    thread.join();
  }
  impl_->workers.join();
}

void Server::stop() {
  asio::post(*impl_->loops.front(), [impl = impl_.get()] {
    impl->stopping = true;
    beast::error_code ec;
    impl->acceptor.close(ec);
    impl->accept_pause.cancel();
    {
      std::lock_guard lock(impl->sessions_mutex);
      for (const auto& session : impl->sessions) {
        session->close_if_idle();
      }
    }
    // Each loop now ends once its connections are closed and its handlers have answered.
    for (auto& guard : impl->keep_running) {
      guard.reset();
    }
  });
}

}  // namespace hotline::server::http
