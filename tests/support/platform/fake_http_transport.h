// Test double of platform::HttpTransport: scripts responses and network failures, records requests,
// and delivers callbacks through a RunQueue like the real transports (never from inside send()).
#pragma once

#include <algorithm>
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

  platform::HttpRequestId send(platform::HttpRequest request, platform::HttpCallback callback) override {
    const platform::HttpRequestId id = ++last_id_;
    sent_.push_back(request);
    if (!script_.empty()) {
      platform::HttpResult result = std::move(script_.front());
      script_.pop_front();
      deliver(id, std::move(callback), std::move(result));
    } else {
      pending_.emplace(id, Pending{std::move(request), std::move(callback)});
    }
    return id;
  }

  void cancel(platform::HttpRequestId id) override {
    pending_.erase(id);
    cancelled_.insert(id);
  }

  // Every request ever sent, in order.
  const std::vector<platform::HttpRequest>& sent() const { return sent_; }
  std::size_t pending_count() const { return pending_.size(); }
  std::vector<platform::HttpRequestId> pending_ids() const {
    std::vector<platform::HttpRequestId> ids;
    for (const auto& [id, p] : pending_) {
      ids.push_back(id);
    }
    return ids;
  }
  const platform::HttpRequest& pending_request(platform::HttpRequestId id) const { return pending_.at(id).request; }
  std::size_t cancelled_count() const { return cancelled_.size(); }

  // Completes a pending request; the callback runs on the next pump.
  void answer(platform::HttpRequestId id, platform::HttpResult result) {
    auto it = pending_.find(id);
    if (it == pending_.end()) {
      return;
    }
    platform::HttpCallback callback = std::move(it->second.callback);
    pending_.erase(it);
    deliver(id, std::move(callback), std::move(result));
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

  void deliver(platform::HttpRequestId id, platform::HttpCallback callback, platform::HttpResult result) {
    queue_.post([this, id, callback = std::move(callback), result = std::move(result)]() mutable {
      if (cancelled_.count(id) == 0) {
        callback(std::move(result));
      }
    });
  }

  platform::RunQueue& queue_;
  std::deque<platform::HttpResult> script_;
  std::map<platform::HttpRequestId, Pending> pending_;
  std::set<platform::HttpRequestId> cancelled_;
  std::vector<platform::HttpRequest> sent_;
  platform::HttpRequestId last_id_ = 0;
};

}  // namespace hotline::testing
