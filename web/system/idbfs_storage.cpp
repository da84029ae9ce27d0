// IDBFS mount and synced storage (see idbfs_storage.h).
#include "web/system/idbfs_storage.h"

#include <emscripten/emscripten.h>

#include <map>

namespace hotline::web {

namespace {

// Completions of FS.syncfs, by token: JS calls back into hotline_idbfs_done(token, code).
std::map<int, std::function<void(int)>>& pending() {
  static std::map<int, std::function<void(int)>> callbacks;
  return callbacks;
}
int g_next_token = 1;

int remember(std::function<void(int)> callback) {
  const int token = g_next_token++;
  pending()[token] = std::move(callback);
  return token;
}

// Codes passed back from JavaScript: 0 ok, 1 any failure, 2 quota exceeded.
constexpr int kOk = 0;
constexpr int kQuota = 2;

}  // namespace

}  // namespace hotline::web

extern "C" EMSCRIPTEN_KEEPALIVE void hotline_idbfs_done(int token, int code) {
  auto& callbacks = hotline::web::pending();
  auto it = callbacks.find(token);
  if (it == callbacks.end()) {
    return;
  }
  auto callback = std::move(it->second);
  callbacks.erase(it);
  callback(code);
}

// clang-format off
EM_JS(void, hotline_idbfs_mount_js, (const char* path, int token), {
  var dir = UTF8ToString(path);
  try {
    FS.mkdirTree(dir);
    FS.mount(IDBFS, {}, dir);
  } catch (e) {
    console.error('[hotline] IDBFS mount failed: ' + e);
    _hotline_idbfs_done(token, 1);
    return;
  }
  FS.syncfs(true, function(err) {
    if (err) console.error('[hotline] IDBFS load failed: ' + err);
    _hotline_idbfs_done(token, err ? 1 : 0);
  });
});

EM_JS(void, hotline_idbfs_sync_js, (int token), {
  FS.syncfs(false, function(err) {
    var code = 0;
    if (err) {
      var text = String((err && (err.name || err.message)) || err);
      code = text.indexOf('Quota') >= 0 ? 2 : 1;
      console.warn('[hotline] IDBFS sync failed: ' + text);
    }
    _hotline_idbfs_done(token, code);
  });
});
// clang-format on

namespace hotline::web {

void mount_idbfs(const std::string& mount_point, std::function<void(bool ok)> done) {
  const int token = remember([done = std::move(done)](int code) { done(code == kOk); });
  hotline_idbfs_mount_js(mount_point.c_str(), token);
}

IdbfsStorage::IdbfsStorage(std::string root, platform::RunQueue& queue)
    : files_(std::move(root), queue), queue_(queue) {}

platform::StorageResult<std::optional<std::string>> IdbfsStorage::read(std::string_view key) {
  return files_.read(key);
}

platform::StorageResult<std::vector<std::string>> IdbfsStorage::list(std::string_view prefix) {
  return files_.list(prefix);
}

platform::StorageResult<void> IdbfsStorage::write(std::string_view key, std::string_view value) {
  auto result = files_.write(key, value);
  if (result) {
    changed();
  }
  return result;
}

platform::StorageResult<bool> IdbfsStorage::remove(std::string_view key) {
  auto result = files_.remove(key);
  if (result && *result) {
    changed();
  }
  return result;
}

void IdbfsStorage::changed() {
  ++written_;
  if (syncing_ == 0) {
    start_sync();
  }
}

void IdbfsStorage::start_sync() {
  syncing_ = written_;
  sync_ = platform::Call::started();
  hotline_idbfs_sync_js(remember(sync_.deliver(std::function<void(int)>([this](int code) { sync_done(code); }))));
}

void IdbfsStorage::sync_done(int code) {
  const std::uint64_t covered = syncing_;
  syncing_ = 0;
  std::optional<platform::StorageError> error;
  if (code == kOk) {
    synced_ = covered;
    sync_error_.reset();
  } else {
    error = platform::StorageError{
        code == kQuota ? platform::StorageErrorCode::QuotaExceeded : platform::StorageErrorCode::Io,
        "IndexedDB sync failed"};
    sync_error_ = error;
  }
  std::vector<Waiter> still_waiting;
  std::vector<Waiter> answered;
  for (auto& w : waiters_) {
    (w.generation <= covered ? answered : still_waiting).push_back(std::move(w));
  }
  waiters_ = std::move(still_waiting);
  // Writes made during this sync need another one; after a failure only when new writes arrive.
  if (written_ > covered) {
    start_sync();
  }
  for (auto& w : answered) {
    if (error) {
      w.callback(base::unexpected(*error));
    } else {
      w.callback(true);
    }
  }
}

platform::Call IdbfsStorage::when_durable(platform::DurableCallback callback) {
  platform::Call call = platform::Call::started();
  platform::DurableCallback answer = call.deliver(std::move(callback));
  if (written_ == synced_ && syncing_ == 0) {
    queue_.post([answer] { answer(true); });
  } else if (syncing_ == 0 && sync_error_) {
    // The last sync failed and nothing was written since.
    queue_.post([answer, error = *sync_error_] { answer(base::unexpected(error)); });
  } else {
    waiters_.push_back({written_, std::move(answer)});
  }
  return call;
}

}  // namespace hotline::web
