// The outbox: a citizen's submission is stored durably with its idempotency key before it is sent,
// then retried until the server has it exactly once, across offline spells and app restarts.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "api/api_client.h"
#include "api/backoff.h"
#include "api/outbox_item.h"
#include "domain/random_source.h"
#include "platform/clock.h"
#include "platform/storage.h"
#include "platform/subscription.h"

namespace hotline::api {

struct OutboxPolicy {
  BackoffPolicy backoff;
  int max_in_flight = 2;
};

// What open() found: items restored, and records it could not use (kept out of the list; an unreadable
// record is set aside in quarantine with its photos, so it is reported once), orphaned photo blobs
// removed.
struct OutboxLoadReport {
  std::size_t items = 0;
  std::vector<SetAsideRecord> set_aside;
  std::size_t orphaned_photos_removed = 0;
};

// A refused submission handed back to the citizen, with what the server said about it.
struct ReturnedSubmission {
  std::vector<open311::FormField> fields;
  std::vector<Photo> photos;
  std::vector<domain::FieldError> field_errors;
  std::string message_key;
};

// Storage layout: "outbox/items/<id>" (see encode_outbox_item) and "outbox/photos/<id>/<photo id>".
// An item's record is written after its photos, so a crash in between leaves only orphans.
//
// Retry rules: network failures, timeouts, 5xx, 429 and unreadable 2xx answers are retried with
// backoff (the idempotency key makes a retry of an already-accepted submission harmless); any other
// 4xx puts the item in NeedsAttention, with the field errors of a 400.
//
// Visits (shared kiosks): once begin_visit() was called, an item belongs to the visit that filed it.
// items(), find(), take_back() and forget() see only the current visit's items; those of earlier
// visits (and every item read from storage) are still sent, and dropped, record and photos, as soon
// as they are delivered or refused: nothing of them is ever listed, counted or opened again.
class Outbox {
 public:
  Outbox(platform::Storage& storage, ApiClient& api, const platform::Clock& clock, domain::RandomSource& random,
         OutboxPolicy policy = {});
  Outbox(const Outbox&) = delete;
  Outbox& operator=(const Outbox&) = delete;

  // Loads the stored items; one interrupted while sending is Waiting again and due at once.
  platform::StorageResult<OutboxLoadReport> open();

  // Stores a new submission (fields without api_key) and returns its id; it is sent once durable.
  // Photo ids must be valid storage key segments. Nothing is stored on error.
  Result<std::string> enqueue(std::vector<open311::FormField> fields, std::vector<Photo> photos);

  // Starts the attempts that are due. Call every frame (cheap when nothing is due).
  void tick();
  // Every waiting item becomes due now (the network came back, or the citizen pressed "retry").
  void retry_now();
  // Removes an item that needs attention and hands it back for editing.
  std::optional<ReturnedSubmission> take_back(const std::string& id);
  // Removes a sent item from the list (its number lives on in "my requests").
  bool forget(const std::string& id);
  // A new visit of a shared device begins: every item so far belongs to an earlier one. The delivered
  // and refused ones are dropped now (a refused one was told to its visitor while they were there).
  void begin_visit();

  // In submission order.
  std::vector<const OutboxItem*> items() const;
  const OutboxItem* find(const std::string& id) const;
  // When tick() next has work, for a frame loop that sleeps while idle; nullopt: nothing scheduled.
  std::optional<std::int64_t> next_due_ms() const;
  // Calls `listener` after any item changed (state, attempts, errors), with its id, for as long as the
  // subscription is held.
  platform::Subscription listen(std::function<void(const std::string&)> listener) {
    return changed_.subscribe(std::move(listener));
  }

  static std::string item_key(const std::string& id);
  static std::string photo_key(const std::string& id, const std::string& photo_id);

 private:
  void start_attempt(OutboxItem& item);
  void finish_attempt(const std::string& id, Result<Created> result);
  void persist(OutboxItem& item);
  void remove_stored(const OutboxItem& item, bool record_too);
  void changed(const std::string& id);
  int in_flight() const;
  bool mine(const OutboxItem& item) const { return item.visit == visit_; }
  // Drops an item of an earlier visit once it needs nothing more of the device; true if it did.
  bool drop_if_done_elsewhere(const std::string& id);

  platform::Storage& storage_;
  ApiClient& api_;
  const platform::Clock& clock_;
  domain::RandomSource& random_;
  OutboxPolicy policy_;
  std::map<std::string, OutboxItem> items_;
  // Destroying a handle cancels its call: nothing reaches an outbox that is gone.
  std::map<std::string, platform::Call> becoming_durable_;
  std::map<std::string, platform::Call> sending_;
  std::int64_t next_seq_ = 1;
  std::uint64_t visit_ = 0;  // 0 until begin_visit: every item is the device owner's
  platform::Notifier<const std::string&> changed_;
};

}  // namespace hotline::api
