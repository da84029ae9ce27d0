// Debounced draft autosave and restore (see drafts.h).
#include "api/drafts.h"

#include <algorithm>

#include "api/draft_record.h"

namespace hotline::api {

Drafts::Drafts(platform::Storage& storage, const platform::Clock& clock, std::string slot, DraftPolicy policy)
    : storage_(storage), clock_(clock), slot_(std::move(slot)), policy_(policy) {}

std::string Drafts::record_key() const {
  return "drafts/" + slot_ + "/record";
}

std::string Drafts::photo_key(const std::string& photo_id) const {
  return "drafts/" + slot_ + "/photos/" + photo_id;
}

platform::StorageResult<RestoredDraft> Drafts::restore() {
  auto text = storage_.read(record_key());
  if (!text) {
    return base::unexpected(text.error());
  }
  RestoredDraft out;
  if (!*text) {
    return out;
  }
  auto record = decode_draft_record(**text);
  base::secure_clear(**text);  // the record as read: the citizen's form, now held by `record`
  if (!record) {
    // Its photos go with it: the next save would otherwise delete them as no longer named.
    out.set_aside = set_aside(storage_, record_key(), record.error().detail, {photo_key("")});
    return out;
  }
  Draft draft{std::move(record->fields), {}, record->saved_ms};
  stored_photos_.clear();
  for (const auto& ref : record->photos) {
    auto bytes = storage_.read(photo_key(ref.id));
    if (!bytes) {
      return base::unexpected(bytes.error());
    }
    if (*bytes) {
      draft.photos.push_back(with_bytes(ref, std::move(**bytes)));
      stored_photos_.insert(ref.id);
    }
  }
  out.draft = std::move(draft);
  return out;
}

void Drafts::update(Draft draft) {
  const std::int64_t now = clock_.now_ms();
  if (!pending_) {
    first_change_ms_ = now;
  }
  last_change_ms_ = now;
  pending_ = std::move(draft);
}

std::optional<std::int64_t> Drafts::next_save_ms() const {
  if (!pending_) {
    return std::nullopt;
  }
  return std::min(last_change_ms_ + policy_.quiet_ms, first_change_ms_ + policy_.max_delay_ms);
}

void Drafts::tick() {
  const auto due = next_save_ms();
  if (due && *due <= clock_.now_ms()) {
    (void)flush();
  }
}

platform::StorageResult<bool> Drafts::flush() {
  if (!pending_) {
    return false;
  }
  Draft& draft = *pending_;
  for (const auto& photo : draft.photos) {
    if (stored_photos_.count(photo.id) > 0) {
      continue;
    }
    auto written = storage_.write(photo_key(photo.id), photo.bytes);
    if (!written) {
      last_error_ = written.error();
      return base::unexpected(written.error());
    }
    stored_photos_.insert(photo.id);
  }
  draft.saved_ms = clock_.now_ms();
  DraftRecord record{draft.fields, {}, draft.saved_ms};
  for (const auto& photo : draft.photos) {
    record.photos.push_back(ref_of(photo));
  }
  auto written = storage_.write(record_key(), encode_draft_record(record));
  if (!written) {
    last_error_ = written.error();
    return base::unexpected(written.error());
  }
  std::set<std::string> named;
  for (const auto& photo : draft.photos) {
    named.insert(photo.id);
  }
  // Listed rather than remembered, so blobs left by an earlier session go too.
  const std::string prefix = photo_key("");
  if (auto stored = storage_.list(prefix)) {
    for (const auto& key : *stored) {
      const std::string id = key.substr(prefix.size());
      if (named.count(id) == 0) {
        (void)storage_.remove(key);
        stored_photos_.erase(id);
      }
    }
  }
  last_error_.reset();
  pending_.reset();
  return true;
}

platform::StorageResult<void> Drafts::discard() {
  pending_.reset();
  auto photos = storage_.list(photo_key(""));
  if (!photos) {
    return base::unexpected(photos.error());
  }
  for (const auto& key : *photos) {
    auto removed = storage_.remove(key);
    if (!removed) {
      return base::unexpected(removed.error());
    }
  }
  stored_photos_.clear();
  if (auto removed = storage_.remove(record_key()); !removed) {
    return base::unexpected(removed.error());
  }
  return {};
}

}  // namespace hotline::api
