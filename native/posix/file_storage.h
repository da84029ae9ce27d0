// platform::Storage as files in one directory: each value is written to a temporary file, fsynced,
// renamed over the old one and the directory fsynced, so a power cut leaves the old or the new value.
#pragma once

#include <string>

#include "platform/call.h"
#include "platform/run_queue.h"
#include "platform/storage.h"

namespace hotline::posix {

class FileStorage : public platform::Storage {
 public:
  // The directory is created if missing. Keys map to relative paths ("a/b" -> root/a/b). when_durable
  // answers through `queue`, which must outlive the storage.
  FileStorage(std::string root, platform::RunQueue& queue);

  platform::StorageResult<std::optional<std::string>> read(std::string_view key) override;
  platform::StorageResult<void> write(std::string_view key, std::string_view value) override;
  platform::StorageResult<bool> remove(std::string_view key) override;
  platform::StorageResult<std::vector<std::string>> list(std::string_view prefix) override;
  // Writes are durable when write() returns: answers on the next pump with the last write error, if any.
  platform::Call when_durable(platform::DurableCallback callback) override;

  const std::string& root() const { return root_; }

 private:
  platform::StorageResult<std::string> path_of(std::string_view key) const;

  std::string root_;
  platform::RunQueue& queue_;
  std::optional<platform::StorageError> failed_since_last_check_;
};

}  // namespace hotline::posix
