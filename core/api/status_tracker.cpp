// Scheduled refresh with backoff and the "what changed" comparison (see status_tracker.h).
#include "api/status_tracker.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace hotline::api {

namespace {

using nlohmann::json;

constexpr const char* kSeenKey = "status/seen";

json to_json(const RequestSnapshot& s) {
  json out = {{"status", std::string(open311::to_code(s.status))}, {"notes", s.notes}, {"updated", s.updated}};
  if (s.step) {
    out["step"] = std::string(workflow::to_code(*s.step));
  }
  return out;
}

std::optional<RequestSnapshot> from_json(const json& j) {
  if (!j.is_object() || !j.contains("status") || !j["status"].is_string() || !j.contains("notes") ||
      !j["notes"].is_number_unsigned() || !j.contains("updated") || !j["updated"].is_string()) {
    return std::nullopt;
  }
  const auto status = open311::status_from_code(j["status"].get<std::string>());
  if (!status) {
    return std::nullopt;
  }
  RequestSnapshot s{*status, std::nullopt, j["notes"].get<std::size_t>(), j["updated"].get<std::string>()};
  if (j.contains("step")) {
    s.step = j["step"].is_string() ? workflow::step_from_code(j["step"].get<std::string>()) : std::nullopt;
    if (!s.step) {
      return std::nullopt;
    }
  }
  return s;
}

}  // namespace

RequestSnapshot snapshot_of(const open311::ServiceRequest& request) {
  RequestSnapshot s;
  s.status = request.status;
  s.updated = request.updated_datetime.value_or(request.requested_datetime);
  if (request.extended_attributes) {
    const auto& notes = request.extended_attributes->notes;
    s.notes = notes.size();
    for (auto it = notes.rbegin(); it != notes.rend() && !s.step; ++it) {
      s.step = it->step;
    }
  }
  return s;
}

StatusTracker::StatusTracker(ApiClient& api, platform::Storage& storage, const platform::Clock& clock,
                             TrackerPolicy policy)
    : api_(api), storage_(storage), clock_(clock), policy_(policy), interval_ms_(policy.min_interval_ms) {}

StatusTracker::~StatusTracker() {
  if (in_flight_) {
    api_.cancel(*in_flight_);
  }
}

platform::StorageResult<bool> StatusTracker::open() {
  auto text = storage_.read(kSeenKey);
  if (!text) {
    return base::unexpected(text.error());
  }
  seen_.clear();
  if (!*text) {
    return false;
  }
  const json all = json::parse(**text, nullptr, false);
  if (!all.is_object()) {
    return false;
  }
  for (const auto& [number, value] : all.items()) {
    if (auto s = from_json(value)) {
      seen_[number] = *s;
    }
  }
  return true;
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
  if (!in_flight_) {
    batch_start_ = 0;
    batch_changed_ = false;
    start_refresh();
  }
}

void StatusTracker::tick() {
  if (!in_flight_ && !numbers_.empty() && clock_.now_ms() >= next_refresh_ms_) {
    batch_start_ = 0;
    batch_changed_ = false;
    start_refresh();
  }
}

std::optional<std::int64_t> StatusTracker::next_refresh_ms() const {
  if (in_flight_ || numbers_.empty()) {
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
  in_flight_.reset();
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
  if (listener_) {
    listener_();
  }
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

platform::StorageResult<bool> StatusTracker::mark_seen() {
  for (const auto& [number, request] : latest_) {
    seen_[number] = snapshot_of(request);
  }
  json all = json::object();
  for (const auto& [number, s] : seen_) {
    if (std::binary_search(numbers_.begin(), numbers_.end(), number)) {
      all[number] = to_json(s);
    }
  }
  return storage_.write(kSeenKey, all.dump(-1, ' ', false, json::error_handler_t::replace));
}

}  // namespace hotline::api
