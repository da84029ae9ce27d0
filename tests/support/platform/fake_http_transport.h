// Test double of platform::HttpTransport: scripts responses and network failures, records requests,
// and delivers callbacks through a RunQueue like the real transports (never from inside send(), never
// once the handle is gone).
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "platform/http_transport.h"
#include "platform/run_queue.h"

namespace hotline::testing {

class FakeHttpTransport : public platform::HttpTransport {
 public:
  // The fake's own number for an exchange, for tests that answer requests out of order.
  using RequestId = std::uint64_t;

  explicit FakeHttpTransport(platform::RunQueue& queue) : queue_(queue) {}

  // Answers for the next sends, in order. Without a scripted answer a request stays pending until
  // answer() is called.
  void script(platform::HttpResult result) { script_.push_back(std::move(result)); }
  void script_response(int status, std::string body, std::vector<platform::HttpHeader> headers = {}) {
    platform::HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    r.headers = std::move(headers);
    script(std::move(r));
  }
  void script_error(platform::NetworkErrorCode code) {
    script(base::unexpected(platform::NetworkError{code, "scripted"}));
  }

  platform::Call send(platform::HttpRequest request, platform::HttpCallback callback) override {
    const RequestId id = ++last_id_;
    sent_.push_back(request);
    platform::Call call = platform::Call::started([this, id] {
      pending_.erase(id);
      cancelled_.insert(id);
    });
    platform::HttpCallback guarded = call.deliver(std::move(callback));
    if (!script_.empty()) {
      platform::HttpResult result = std::move(script_.front());
      script_.pop_front();
      deliver(std::move(guarded), std::move(result));
    } else {
      pending_.emplace(id, Pending{std::move(request), std::move(guarded)});
    }
    return call;
  }

  // Every request ever sent, in order.
  const std::vector<platform::HttpRequest>& sent() const { return sent_; }
  std::size_t pending_count() const { return pending_.size(); }
  std::vector<RequestId> pending_ids() const {
    std::vector<RequestId> ids;
    for (const auto& [id, p] : pending_) {
      ids.push_back(id);
    }
    return ids;
  }
  const platform::HttpRequest& pending_request(RequestId id) const { return pending_.at(id).request; }
  std::size_t cancelled_count() const { return cancelled_.size(); }

  // Completes a pending request; the callback runs on the next pump.
  void answer(RequestId id, platform::HttpResult result) {
    auto it = pending_.find(id);
    if (it == pending_.end()) {
      return;
    }
    platform::HttpCallback callback = std::move(it->second.callback);
    pending_.erase(it);
    deliver(std::move(callback), std::move(result));
  }
  void answer_oldest(platform::HttpResult result) {
    if (!pending_.empty()) {
      answer(pending_.begin()->first, std::move(result));
    }
  }

 private:
  struct Pending {
    platform::HttpRequest request;
    platform::HttpCallback callback;
  };

  void deliver(platform::HttpCallback callback, platform::HttpResult result) {
    queue_.post(
        [callback = std::move(callback), result = std::move(result)]() mutable { callback(std::move(result)); });
  }

  platform::RunQueue& queue_;
  std::deque<platform::HttpResult> script_;
  std::map<RequestId, Pending> pending_;
  std::set<RequestId> cancelled_;
  std::vector<platform::HttpRequest> sent_;
  RequestId last_id_ = 0;
};

}  // namespace hotline::testing
