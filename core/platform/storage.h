// Durable key-value storage: the outbox, drafts and caches survive a crash, a reload or a power cut.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.h"
#include "base/message.h"
#include "platform/call.h"

namespace hotline::platform {

enum class StorageErrorCode {
  InvalidKey,     // see is_valid_storage_key
  Io,             // the device refused (disk full, read-only, permissions)
  QuotaExceeded,  // the browser's storage quota for this site is used up
};

struct StorageError {
  StorageErrorCode code = StorageErrorCode::Io;
  std::string detail;  // for logs

  // "api.storage.io" / "api.storage.quota" / "api.storage.invalid_key"
  base::Message message() const;
};

template <typename T>
using StorageResult = base::Expected<T, StorageError>;
using DurableCallback = std::function<void(StorageResult<bool>)>;

// Keys are 1-200 characters of [a-z0-9_.-] in '/'-separated segments, none empty, "." or "..", so
// every implementation can map them to file names. Values are arbitrary bytes.
bool is_valid_storage_key(std::string_view key);

// write() and remove() replace the whole value atomically: after a crash a reader sees the old or the
// new value, never a mix. A value is durable once when_durable() has reported success for a call made
// after the write (natively at once: writes are fsynced before they return; in the browser after the
// IndexedDB sync that follows the write).
class Storage {
 public:
  virtual ~Storage() = default;
  virtual StorageResult<std::optional<std::string>> read(std::string_view key) = 0;
  virtual StorageResult<void> write(std::string_view key, std::string_view value) = 0;
  // Removing a missing key succeeds (returns false).
  virtual StorageResult<bool> remove(std::string_view key) = 0;
  // Keys starting with prefix, sorted.
  virtual StorageResult<std::vector<std::string>> list(std::string_view prefix) = 0;
  // Calls back once every write made so far is durable, or with the error that prevented it: later,
  // from the RunQueue or the browser's sync event, never before returning, and not once the handle is
  // gone.
  virtual Call when_durable(DurableCallback callback) = 0;
};

}  // namespace hotline::platform
