// "My requests": the citizen's requests with their query codes, kept on the device so that rating and
// rework stay possible after the outbox forgot the submission.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "api/my_request.h"
#include "api/outbox.h"
#include "api/stored_record.h"
#include "open311/service_request.h"
#include "platform/storage.h"

namespace hotline::api {

// What open() found: entries restored, and records it set aside (each reported once, see
// stored_record.h).
struct MyRequestsLoadReport {
  std::size_t requests = 0;
  std::vector<SetAsideRecord> set_aside;
};

// Storage layout: "my_requests/<number>", one record per request, so one damaged record costs one
// entry. The memory list follows the storage only when a write succeeded.
class MyRequests {
 public:
  explicit MyRequests(platform::Storage& storage);

  platform::StorageResult<MyRequestsLoadReport> open();

  // Adds a request the outbox delivered (state Sent); false when it is not Sent or already known.
  platform::StorageResult<bool> remember_sent(const OutboxItem& item);
  // Adds every Sent item of the outbox not yet known (call from the outbox's listener or after
  // open()); returns how many were added. The outbox may then forget them.
  platform::StorageResult<std::size_t> collect_sent(const Outbox& outbox);
  // Adds or refreshes a request the citizen looked up with its query code (the answer proved it).
  // An entry the app submitted keeps its origin and creation time.
  platform::StorageResult<bool> remember_looked_up(const open311::ServiceRequest& request,
                                                   const std::string& query_code, std::int64_t now_ms);

  platform::StorageResult<bool> forget(const std::string& number);
  // Removes every entry and every set-aside one (a kiosk session ends: nothing personal stays).
  platform::StorageResult<void> wipe();

  // Newest first.
  std::vector<const MyRequest*> items() const;
  const MyRequest* find(const std::string& number) const;
  // The numbers, for ApiClient::list_requests and the StatusTracker.
  std::vector<std::string> numbers() const;

  static std::string key(const std::string& number);

 private:
  platform::StorageResult<bool> store(MyRequest request);

  platform::Storage& storage_;
  std::map<std::string, MyRequest> requests_;
};

}  // namespace hotline::api
