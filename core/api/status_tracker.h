// "My requests": refreshed on demand and on a schedule that backs off while nothing changes, with
// what changed since the citizen last looked.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "api/api_client.h"
#include "api/request_snapshot.h"
#include "api/stored_record.h"
#include "open311/service_request.h"
#include "platform/clock.h"
#include "platform/storage.h"
#include "platform/subscription.h"

namespace hotline::api {

struct RequestChange {
  std::string number;
  std::optional<RequestSnapshot> before;  // nullopt: never looked at before
  RequestSnapshot now;
  bool status_changed = false;
  bool step_changed = false;
  std::size_t new_notes = 0;
};

struct TrackerPolicy {
  std::int64_t min_interval_ms = 60'000;
  std::int64_t max_interval_ms = 30 * 60'000;
  std::size_t max_numbers_per_call = 100;  // the server's page size limit is 200
};

// Storage: "status/seen" holds the snapshots the citizen has seen.
class StatusTracker {
 public:
  StatusTracker(ApiClient& api, platform::Storage& storage, const platform::Clock& clock, TrackerPolicy policy = {});
  StatusTracker(const StatusTracker&) = delete;
  StatusTracker& operator=(const StatusTracker&) = delete;

  // Loads what the citizen has seen. A damaged record is set aside (reported once) and counts as
  // "seen nothing": every followed request shows as new.
  platform::StorageResult<std::optional<SetAsideRecord>> open();

  // The request numbers to follow (from the outbox and from lookups).
  void set_numbers(std::vector<std::string> numbers);
  // Refreshes now and resets the schedule to the shortest interval.
  void refresh_now();
  // Refreshes when the schedule says so. Call every frame.
  void tick();

  // Latest known state of each followed request, by number.
  const std::map<std::string, open311::ServiceRequest>& requests() const { return latest_; }
  // Differences between the latest state and what the citizen has seen, in number order.
  std::vector<RequestChange> changes() const;
  // What moved since the citizen last looked at requests they had seen before (a status, a step, a
  // note): the news to tell them wherever they are.
  std::vector<RequestChange> news() const;
  // The citizen has looked: the latest state becomes the seen state.
  platform::StorageResult<void> mark_seen();
  // The citizen has looked at one request (true when that was news and is now stored as seen).
  platform::StorageResult<bool> mark_seen(const std::string& number);
  // The end of a visit to a shared device: nothing followed, nothing seen, the record removed.
  platform::StorageResult<void> wipe();
  // Requests known for the first time (just filed, just looked up) are no news: their state is seen.
  platform::StorageResult<bool> adopt_new();

  bool refreshing() const { return in_flight_.active(); }
  std::int64_t interval_ms() const { return interval_ms_; }
  std::optional<std::int64_t> next_refresh_ms() const;
  const std::optional<ApiError>& last_error() const { return last_error_; }
  // Calls `listener` after a refresh brought news or an error, for as long as the subscription is held.
  platform::Subscription listen(std::function<void()> listener) { return refreshed_.subscribe(std::move(listener)); }

 private:
  void start_refresh();
  platform::StorageResult<void> store_seen();
  void finish_refresh(Result<std::vector<open311::ServiceRequest>> result);

  ApiClient& api_;
  platform::Storage& storage_;
  const platform::Clock& clock_;
  TrackerPolicy policy_;
  std::vector<std::string> numbers_;
  std::map<std::string, open311::ServiceRequest> latest_;
  std::map<std::string, RequestSnapshot> seen_;
  std::int64_t interval_ms_;
  std::int64_t next_refresh_ms_ = 0;
  platform::Call in_flight_;
  std::size_t batch_start_ = 0;
  bool batch_changed_ = false;
  std::optional<ApiError> last_error_;
  platform::Notifier<> refreshed_;
};

}  // namespace hotline::api
