// The outbox's storage, scheduling and state changes (see outbox.h).
#include "api/outbox.h"

#include <algorithm>
#include <set>

#include "api/idempotency_key.h"

namespace hotline::api {

namespace {

constexpr std::string_view kItemsPrefix = "outbox/items/";
constexpr std::string_view kPhotosPrefix = "outbox/photos/";

bool keeps_photos(OutboxState state) {
  return state == OutboxState::Waiting || state == OutboxState::Sending || state == OutboxState::NeedsAttention;
}

}  // namespace

Outbox::Outbox(platform::Storage& storage, ApiClient& api, const platform::Clock& clock, domain::RandomSource& random,
               OutboxPolicy policy)
    : storage_(storage), api_(api), clock_(clock), random_(random), policy_(policy) {}

std::string Outbox::item_key(const std::string& id) {
  return std::string(kItemsPrefix) + id;
}

std::string Outbox::photo_key(const std::string& id, const std::string& photo_id) {
  return std::string(kPhotosPrefix) + id + "/" + photo_id;
}

platform::StorageResult<OutboxLoadReport> Outbox::open() {
  OutboxLoadReport report;
  auto set_aside_records = load_records(
      storage_, kItemsPrefix,
      [this](const std::string& key, std::string_view text) -> std::optional<std::string> {
        auto item = decode_outbox_item(text);
        if (!item) {
          return item.error().detail;
        }
        if (item_key(item->id) != key) {
          return "id does not match its key";
        }
        next_seq_ = std::max(next_seq_, item->seq + 1);
        items_[item->id] = std::move(*item);
        return std::nullopt;
      },
      [](const std::string& key) {
        return std::vector<std::string>{std::string(kPhotosPrefix) + key.substr(kItemsPrefix.size()) + "/"};
      });
  if (!set_aside_records) {
    return base::unexpected(set_aside_records.error());
  }
  report.set_aside = std::move(*set_aside_records);
  report.items = items_.size();
  for (auto& [id, item] : items_) {
    // Delivered before contact details were erased on delivery (an older version wrote it).
    if (item.state == OutboxState::Sent && holds_form(item)) {
      keep_only_delivered(item);
      persist(item);
    }
  }
  auto photo_keys = storage_.list(kPhotosPrefix);
  if (!photo_keys) {
    return base::unexpected(photo_keys.error());
  }
  for (const auto& key : *photo_keys) {
    const std::string rest = key.substr(kPhotosPrefix.size());
    const std::string id = rest.substr(0, rest.find('/'));
    auto it = items_.find(id);
    if ((it == items_.end() || !keeps_photos(it->second.state)) && storage_.remove(key)) {
      ++report.orphaned_photos_removed;
    }
  }
  return report;
}

Result<std::string> Outbox::enqueue(std::vector<open311::FormField> fields, std::vector<Photo> photos) {
  OutboxItem item;
  item.id = make_idempotency_key(random_);
  item.claim_secret = make_idempotency_key(random_);
  item.seq = next_seq_++;
  item.created_ms = clock_.now_ms();
  item.next_attempt_ms = item.created_ms;
  item.visit = visit_;
  item.fields = std::move(fields);
  for (const auto& photo : photos) {
    item.photos.push_back(ref_of(photo));
  }
  for (const auto& photo : photos) {
    auto written = storage_.write(photo_key(item.id, photo.id), photo.bytes);
    if (!written) {
      remove_stored(item, false);
      return base::unexpected(from_storage_error(written.error()));
    }
  }
  auto written = storage_.write(item_key(item.id), encode_outbox_item(item));
  if (!written) {
    remove_stored(item, false);
    return base::unexpected(from_storage_error(written.error()));
  }
  const std::string id = item.id;
  items_[id] = std::move(item);
  becoming_durable_[id] = storage_.when_durable([this, id](platform::StorageResult<bool> durable) {
    becoming_durable_.erase(id);
    auto it = items_.find(id);
    if (it == items_.end()) {
      return;
    }
    // Delivery is what the citizen asked for: an item the device could not keep is still sent, and
    // the UI warns that it would not survive a restart.
    it->second.durable = true;
    if (!durable) {
      it->second.storage_error_key = durable.error().message().key;
    }
    changed(id);
    tick();
  });
  changed(id);
  return id;
}

int Outbox::in_flight() const {
  return static_cast<int>(sending_.size());
}

void Outbox::tick() {
  const std::int64_t now = clock_.now_ms();
  std::vector<OutboxItem*> due;
  for (auto& [id, item] : items_) {
    if (item.state == OutboxState::Waiting && item.durable && item.next_attempt_ms <= now) {
      due.push_back(&item);
    }
  }
  std::sort(due.begin(), due.end(), [](const OutboxItem* a, const OutboxItem* b) { return a->seq < b->seq; });
  for (OutboxItem* item : due) {
    if (in_flight() >= policy_.max_in_flight) {
      break;
    }
    start_attempt(*item);
  }
}

void Outbox::start_attempt(OutboxItem& item) {
  Submission submission;
  submission.fields = item.fields;
  submission.idempotency_key = item.id;
  submission.claim_secret = item.claim_secret;
  for (const auto& ref : item.photos) {
    auto bytes = storage_.read(photo_key(item.id, ref.id));
    if (!bytes || !*bytes) {
      item.state = OutboxState::NeedsAttention;
      item.last_error_key = bytes ? "api.outbox.photo_missing" : bytes.error().message().key;
      persist(item);
      const std::string id = item.id;
      if (!drop_if_done_elsewhere(id)) {
        changed(id);
      }
      return;
    }
    submission.photos.push_back(with_bytes(ref, std::move(**bytes)));
  }
  item.state = OutboxState::Sending;
  const std::string id = item.id;
  sending_[id] = api_.submit(submission, [this, id](Result<Created> result) { finish_attempt(id, std::move(result)); });
  changed(id);
}

void Outbox::finish_attempt(const std::string& id, Result<Created> result) {
  sending_.erase(id);
  auto it = items_.find(id);
  if (it == items_.end()) {
    return;
  }
  OutboxItem& item = it->second;
  const std::int64_t now = clock_.now_ms();
  if (result) {
    item.state = OutboxState::Sent;
    item.request_number = result->request_number;
    item.query_code = result->query_code;
    item.sent_ms = now;
    item.last_error_key.clear();
    item.field_errors.clear();
    std::vector<PhotoRef> photos;
    photos.swap(item.photos);
    keep_only_delivered(item);
    persist(item);
    // Only once the stored record no longer names them: a kill in between must not leave a waiting
    // record whose photos are gone (open() removes a delivered item's photos left behind).
    for (const auto& ref : photos) {
      (void)storage_.remove(photo_key(item.id, ref.id));
    }
  } else if (is_retryable(result.error())) {
    item.state = OutboxState::Waiting;
    item.attempts += 1;
    // The item shows the failure's generic message, whose key takes no params (the stored record keeps
    // none); the message of a single refused field is in field_errors, shown next to that field.
    item.last_error_key = message_key(result.error().code);
    item.next_attempt_ms =
        now + backoff_delay_ms(policy_.backoff, item.attempts, random_.next_u32(), result.error().retry_after_s);
    persist(item);
  } else {
    item.state = OutboxState::NeedsAttention;
    item.attempts += 1;
    item.last_error_key = message_key(result.error().code);
    item.field_errors = result.error().field_errors;
    persist(item);
  }
  if (!drop_if_done_elsewhere(id)) {
    changed(id);
  }
  tick();
}

bool Outbox::drop_if_done_elsewhere(const std::string& id) {
  auto it = items_.find(id);
  if (it == items_.end() || mine(it->second) ||
      (it->second.state != OutboxState::Sent && it->second.state != OutboxState::NeedsAttention)) {
    return false;
  }
  remove_stored(it->second, true);
  items_.erase(it);
  return true;
}

void Outbox::begin_visit() {
  ++visit_;
  std::vector<std::string> ids;
  for (const auto& [id, item] : items_) {
    ids.push_back(id);
  }
  for (const auto& id : ids) {
    drop_if_done_elsewhere(id);
  }
}

void Outbox::persist(OutboxItem& item) {
  // A failed write keeps the memory state: the worst case after a restart is one more attempt, which
  // the idempotency key turns into a replay.
  auto written = storage_.write(item_key(item.id), encode_outbox_item(item));
  if (!written) {
    item.storage_error_key = written.error().message().key;
  }
}

void Outbox::remove_stored(const OutboxItem& item, bool record_too) {
  for (const auto& ref : item.photos) {
    (void)storage_.remove(photo_key(item.id, ref.id));
  }
  if (record_too) {
    (void)storage_.remove(item_key(item.id));
  }
}

void Outbox::retry_now() {
  const std::int64_t now = clock_.now_ms();
  for (auto& [id, item] : items_) {
    if (item.state == OutboxState::Waiting && item.next_attempt_ms > now) {
      item.next_attempt_ms = now;
      changed(id);
    }
  }
  tick();
}

std::optional<ReturnedSubmission> Outbox::take_back(const std::string& id) {
  auto it = items_.find(id);
  if (it == items_.end() || !mine(it->second) || it->second.state != OutboxState::NeedsAttention) {
    return std::nullopt;
  }
  OutboxItem& item = it->second;
  ReturnedSubmission out{item.fields, {}, item.field_errors, item.last_error_key};
  for (const auto& ref : item.photos) {
    auto bytes = storage_.read(photo_key(item.id, ref.id));
    if (bytes && *bytes) {
      out.photos.push_back(with_bytes(ref, std::move(**bytes)));
    }
  }
  remove_stored(item, true);
  const std::string removed = it->first;  // `id` may be the erased item's own
  items_.erase(it);
  changed(removed);
  return out;
}

bool Outbox::forget(const std::string& id) {
  auto it = items_.find(id);
  if (it == items_.end() || !mine(it->second) || it->second.state != OutboxState::Sent) {
    return false;
  }
  remove_stored(it->second, true);
  const std::string removed = it->first;  // `id` may be the erased item's own
  items_.erase(it);
  changed(removed);
  return true;
}

std::vector<const OutboxItem*> Outbox::items() const {
  std::vector<const OutboxItem*> out;
  for (const auto& [id, item] : items_) {
    if (mine(item)) {
      out.push_back(&item);
    }
  }
  std::sort(out.begin(), out.end(), [](const OutboxItem* a, const OutboxItem* b) { return a->seq < b->seq; });
  return out;
}

const OutboxItem* Outbox::find(const std::string& id) const {
  auto it = items_.find(id);
  return it == items_.end() || !mine(it->second) ? nullptr : &it->second;
}

std::optional<std::int64_t> Outbox::next_due_ms() const {
  std::optional<std::int64_t> next;
  for (const auto& [id, item] : items_) {
    if (item.state == OutboxState::Waiting && item.durable && (!next || item.next_attempt_ms < *next)) {
      next = item.next_attempt_ms;
    }
  }
  return next;
}

void Outbox::changed(const std::string& id) {
  changed_.notify(id);
}

}  // namespace hotline::api
