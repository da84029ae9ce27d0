// Autosave of the form in progress: saved a moment after the citizen stops typing, restored after a
// crash, a reload or a power cut, photos included.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "api/photo.h"
#include "api/stored_record.h"
#include "open311/form_urlencoded.h"
#include "platform/clock.h"
#include "platform/storage.h"

namespace hotline::api {

// The form as the citizen left it: any subset of the Open311 fields (a draft need not be valid yet)
// plus UI state the screens want back (e.g. "step" = which screen was open) and the photos.
struct Draft {
  std::vector<open311::FormField> fields;
  std::vector<Photo> photos;
  std::int64_t saved_ms = 0;  // set by Drafts when written

  bool operator==(const Draft&) const = default;
};

// What restore() found: the draft, or the unreadable record it set aside (photos and all).
struct RestoredDraft {
  std::optional<Draft> draft;
  std::optional<SetAsideRecord> set_aside;
};

struct DraftPolicy {
  std::int64_t quiet_ms = 800;       // save this long after the last change...
  std::int64_t max_delay_ms = 5000;  // ...but no later than this after the first unsaved change
};

// Storage layout: "drafts/<slot>/record" and "drafts/<slot>/photos/<photo id>". Photos are written
// once (by id) before the record that names them; photos no longer named are removed after it.
class Drafts {
 public:
  Drafts(platform::Storage& storage, const platform::Clock& clock, std::string slot = "current",
         DraftPolicy policy = {});

  // The saved draft, if any. Photos whose blob is missing are left out (the record names them). An
  // unreadable record is set aside with its photos and reported, and there is no draft.
  platform::StorageResult<RestoredDraft> restore();

  // Remembers the latest form; it is written by tick() once due, or by flush().
  void update(Draft draft);
  void tick();
  // Writes now if anything is unsaved (page hidden, app backgrounded, before submitting).
  platform::StorageResult<bool> flush();
  // Deletes the saved draft (after it went to the outbox, or when a kiosk session ends).
  platform::StorageResult<void> discard();

  bool dirty() const { return pending_.has_value(); }
  std::optional<std::int64_t> next_save_ms() const;
  // The last write error, until a write succeeds (for a "not saved" hint).
  const std::optional<platform::StorageError>& last_error() const { return last_error_; }

 private:
  std::string record_key() const;
  std::string photo_key(const std::string& photo_id) const;

  platform::Storage& storage_;
  const platform::Clock& clock_;
  std::string slot_;
  DraftPolicy policy_;
  std::optional<Draft> pending_;
  std::int64_t first_change_ms_ = 0;
  std::int64_t last_change_ms_ = 0;
  std::set<std::string> stored_photos_;
  std::optional<platform::StorageError> last_error_;
};

}  // namespace hotline::api
