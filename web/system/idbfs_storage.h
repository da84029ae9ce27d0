// platform::Storage in the browser: files on an IDBFS mount (IndexedDB underneath). Every write is
// followed by a sync to IndexedDB (coalesced while one is running); when_durable() answers once the
// sync covering the caller's writes has finished, with the browser's quota error if it failed (from
// the sync's completion, or through the RunQueue when nothing needs syncing: never inside the call).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "native/posix/file_storage.h"
#include "platform/call.h"
#include "platform/run_queue.h"
#include "platform/storage.h"

namespace hotline::web {

// Mounts IDBFS at mount_point and loads what IndexedDB holds into it. Asynchronous: open storages
// under the mount point only after `done` reported success (the app start waits for it).
void mount_idbfs(const std::string& mount_point, std::function<void(bool ok)> done);

class IdbfsStorage : public platform::Storage {
 public:
  // root: a directory under a mounted IDBFS mount point; answers that need no sync go to `queue`.
  IdbfsStorage(std::string root, platform::RunQueue& queue);
  IdbfsStorage(const IdbfsStorage&) = delete;
  IdbfsStorage& operator=(const IdbfsStorage&) = delete;

  platform::StorageResult<std::optional<std::string>> read(std::string_view key) override;
  platform::StorageResult<void> write(std::string_view key, std::string_view value) override;
  platform::StorageResult<bool> remove(std::string_view key) override;
  platform::StorageResult<std::vector<std::string>> list(std::string_view prefix) override;
  platform::Call when_durable(platform::DurableCallback callback) override;

  // The last failed sync (e.g. QuotaExceeded), until a sync succeeds: for a "not saved" hint.
  const std::optional<platform::StorageError>& sync_error() const { return sync_error_; }

 private:
  struct Waiter {
    std::uint64_t generation;
    platform::DurableCallback callback;
  };
  void changed();
  void start_sync();
  void sync_done(int code);

  posix::FileStorage files_;
  platform::RunQueue& queue_;
  std::uint64_t written_ = 0;  // generation of the last write
  std::uint64_t synced_ = 0;   // generation covered by the last successful sync
  std::uint64_t syncing_ = 0;  // generation the running sync covers, 0 when none runs
  std::vector<Waiter> waiters_;
  std::optional<platform::StorageError> sync_error_;
  platform::Call sync_;  // the running FS.syncfs: its completion is dropped once the storage is gone
};

}  // namespace hotline::web
