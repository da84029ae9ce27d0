// Test double of platform::Storage: a map, with injectable failures and a durability barrier the test
// releases, so code can be checked for "nothing is sent before it is durable". Like every storage it
// never answers when_durable() inside the call, nor once the caller dropped the handle.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "platform/run_queue.h"
#include "platform/storage.h"

namespace hotline::testing {

class MemoryStorage : public platform::Storage {
 public:
  // Without a queue every when_durable() is held until release_durability().
  MemoryStorage() = default;
  // With one, when_durable() answers on the next pump unless hold_durability is set.
  explicit MemoryStorage(platform::RunQueue& queue) : queue_(&queue) {}

  platform::StorageResult<std::optional<std::string>> read(std::string_view key) override {
    ++reads;
    auto it = values_.find(std::string(key));
    return it == values_.end() ? std::nullopt : std::optional(it->second);
  }
  platform::StorageResult<void> write(std::string_view key, std::string_view value) override {
    if (!platform::is_valid_storage_key(key)) {
      return base::unexpected(platform::StorageError{platform::StorageErrorCode::InvalidKey, std::string(key)});
    }
    if (fail_writes) {
      return base::unexpected(platform::StorageError{*fail_writes, "injected"});
    }
    ++writes;
    values_[std::string(key)] = std::string(value);
    return {};
  }
  platform::StorageResult<bool> remove(std::string_view key) override {
    if (fail_writes) {
      return base::unexpected(platform::StorageError{*fail_writes, "injected"});
    }
    return values_.erase(std::string(key)) > 0;
  }
  platform::StorageResult<std::vector<std::string>> list(std::string_view prefix) override {
    std::vector<std::string> keys;
    for (const auto& [key, value] : values_) {
      if (key.compare(0, prefix.size(), prefix) == 0) {
        keys.push_back(key);
      }
    }
    return keys;
  }
  platform::Call when_durable(platform::DurableCallback callback) override {
    platform::Call call = platform::Call::started();
    platform::DurableCallback answer = call.deliver(std::move(callback));
    if (hold_durability || queue_ == nullptr) {
      held_.push_back(std::move(answer));
    } else {
      queue_->post([answer] { answer(true); });
    }
    return call;
  }

  // Completes the held when_durable() calls, successfully or with the given error.
  void release_durability(std::optional<platform::StorageErrorCode> error = std::nullopt) {
    auto held = std::move(held_);
    held_.clear();
    for (auto& callback : held) {
      if (error) {
        callback(base::unexpected(platform::StorageError{*error, "injected"}));
      } else {
        callback(true);
      }
    }
  }

  const std::map<std::string, std::string>& values() const { return values_; }
  void set_raw(const std::string& key, std::string value) { values_[key] = std::move(value); }

  std::optional<platform::StorageErrorCode> fail_writes;
  bool hold_durability = false;
  int reads = 0;
  int writes = 0;

 private:
  platform::RunQueue* queue_ = nullptr;
  std::map<std::string, std::string> values_;
  std::vector<platform::DurableCallback> held_;
};

}  // namespace hotline::testing
