// Scheduled refresh with backoff and the "what changed" comparison (see status_tracker.h).
#include "api/status_tracker.h"

#include <algorithm>

namespace hotline::api {

namespace {

constexpr const char* kSeenKey = "status/seen";

}  // namespace

StatusTracker::StatusTracker(ApiClient& api, platform::Storage& storage, const platform::Clock& clock,
                             TrackerPolicy policy)
    : api_(api), storage_(storage), clock_(clock), policy_(policy), interval_ms_(policy.min_interval_ms) {}

platform::StorageResult<std::optional<SetAsideRecord>> StatusTracker::open() {
  auto text = storage_.read(kSeenKey);
  if (!text) {
    return base::unexpected(text.error());
  }
  seen_.clear();
  if (!*text) {
    return std::optional<SetAsideRecord>();
  }
  auto seen = decode_seen_record(**text);
  if (!seen) {
    return std::optional<SetAsideRecord>(set_aside(storage_, kSeenKey, seen.error().detail));
  }
  seen_ = std::move(*seen);
  return std::optional<SetAsideRecord>();
}

void StatusTracker::set_numbers(std::vector<std::string> numbers) {
  std::sort(numbers.begin(), numbers.end());
  numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
  numbers_ = std::move(numbers);
  for (auto it = latest_.begin(); it != latest_.end();) {
    it = std::binary_search(numbers_.begin(), numbers_.end(), it->first) ? std::next(it) : latest_.erase(it);
  }
}

void StatusTracker::refresh_now() {
  interval_ms_ = policy_.min_interval_ms;
  if (!in_flight_.active()) {
    batch_start_ = 0;
    batch_changed_ = false;
    start_refresh();
  }
}

void StatusTracker::tick() {
  if (!in_flight_.active() && !numbers_.empty() && clock_.now_ms() >= next_refresh_ms_) {
    batch_start_ = 0;
    batch_changed_ = false;
    start_refresh();
  }
}

std::optional<std::int64_t> StatusTracker::next_refresh_ms() const {
  if (in_flight_.active() || numbers_.empty()) {
    return std::nullopt;
  }
  return next_refresh_ms_;
}

void StatusTracker::start_refresh() {
  if (numbers_.empty()) {
    return;
  }
  const std::size_t end = std::min(numbers_.size(), batch_start_ + policy_.max_numbers_per_call);
  const std::vector<std::string> batch(numbers_.begin() + static_cast<std::ptrdiff_t>(batch_start_),
                                       numbers_.begin() + static_cast<std::ptrdiff_t>(end));
  in_flight_ = api_.list_requests(batch, std::nullopt, [this](Result<std::vector<open311::ServiceRequest>> result) {
    finish_refresh(std::move(result));
  });
}

void StatusTracker::finish_refresh(Result<std::vector<open311::ServiceRequest>> result) {
  if (result) {
    last_error_.reset();
    for (auto& request : *result) {
      const std::string number = request.service_request_id;
      if (!std::binary_search(numbers_.begin(), numbers_.end(), number)) {
        continue;
      }
      auto it = latest_.find(number);
      if (it == latest_.end() || snapshot_of(it->second) != snapshot_of(request)) {
        batch_changed_ = true;
      }
      latest_[number] = std::move(request);
    }
    batch_start_ += policy_.max_numbers_per_call;
    if (batch_start_ < numbers_.size()) {
      start_refresh();
      return;
    }
  } else {
    last_error_ = result.error();
  }
  // Something moved: look again soon. Quiet (or failing): wait twice as long, up to the maximum.
  interval_ms_ = batch_changed_ ? policy_.min_interval_ms : std::min(interval_ms_ * 2, policy_.max_interval_ms);
  next_refresh_ms_ = clock_.now_ms() + interval_ms_;
  refreshed_.notify();
}

std::vector<RequestChange> StatusTracker::changes() const {
  std::vector<RequestChange> out;
  for (const auto& [number, request] : latest_) {
    const RequestSnapshot now = snapshot_of(request);
    auto seen = seen_.find(number);
    if (seen != seen_.end() && seen->second == now) {
      continue;
    }
    RequestChange change{number, std::nullopt, now};
    if (seen != seen_.end()) {
      change.before = seen->second;
      change.status_changed = seen->second.status != now.status;
      change.step_changed = seen->second.step != now.step;
      change.new_notes = now.notes > seen->second.notes ? now.notes - seen->second.notes : 0;
    } else {
      change.status_changed = true;
      change.step_changed = now.step.has_value();
      change.new_notes = now.notes;
    }
    out.push_back(std::move(change));
  }
  return out;
}

std::vector<RequestChange> StatusTracker::news() const {
  std::vector<RequestChange> out = changes();
  std::erase_if(out, [](const RequestChange& change) { return !change.before; });
  return out;
}

platform::StorageResult<void> StatusTracker::mark_seen() {
  for (const auto& [number, request] : latest_) {
    seen_[number] = snapshot_of(request);
  }
  return store_seen();
}

platform::StorageResult<bool> StatusTracker::mark_seen(const std::string& number) {
  const auto latest = latest_.find(number);
  if (latest == latest_.end()) {
    return false;
  }
  // Called on every refresh while the request is on screen: written only when it moved.
  RequestSnapshot now = snapshot_of(latest->second);
  if (const auto seen = seen_.find(number); seen != seen_.end() && seen->second == now) {
    return false;
  }
  seen_[number] = std::move(now);
  if (auto stored = store_seen(); !stored) {
    return base::unexpected(stored.error());
  }
  return true;
}

platform::StorageResult<void> StatusTracker::wipe() {
  set_numbers({});
  seen_.clear();
  for (const std::string& key : {std::string(kSeenKey), quarantine_key(kSeenKey)}) {
    if (auto removed = storage_.remove(key); !removed) {
      return base::unexpected(removed.error());
    }
  }
  return {};
}

platform::StorageResult<bool> StatusTracker::adopt_new() {
  bool adopted = false;
  for (const auto& [number, request] : latest_) {
    adopted |= seen_.try_emplace(number, snapshot_of(request)).second;
  }
  if (!adopted) {
    return false;
  }
  if (auto stored = store_seen(); !stored) {
    return base::unexpected(stored.error());
  }
  return true;
}

platform::StorageResult<void> StatusTracker::store_seen() {
  std::map<std::string, RequestSnapshot> followed;
  for (const auto& [number, s] : seen_) {
    if (std::binary_search(numbers_.begin(), numbers_.end(), number)) {
      followed.emplace(number, s);
    }
  }
  return storage_.write(kSeenKey, encode_seen_record(followed));
}

}  // namespace hotline::api
