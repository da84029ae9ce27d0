// Writer/reader connection management (see db_pool.h).
#include "store/db_pool.h"

#include "store/migrations.h"

namespace hotline::server {

DbResult<std::unique_ptr<DbPool>> DbPool::open(const DbTarget& target) {
  auto writer = Database::open(target);
  if (!writer) {
    return base::unexpected(writer.error());
  }
  auto migrated = migrate(**writer);
  if (!migrated) {
    return base::unexpected(migrated.error());
  }
  return std::unique_ptr<DbPool>(new DbPool(target, std::move(*writer)));
}

DbPool::ReadLease::~ReadLease() {
  if (db_) {
    std::lock_guard lock(pool_->readers_mutex_);
    pool_->idle_readers_.push_back(std::move(db_));
  }
}

DbResult<DbPool::ReadLease> DbPool::read() {
  {
    std::lock_guard lock(readers_mutex_);
    if (!idle_readers_.empty()) {
      auto db = std::move(idle_readers_.back());
      idle_readers_.pop_back();
      return ReadLease(this, std::move(db));
    }
  }
  auto db = Database::open(target_);
  if (!db) {
    return base::unexpected(db.error());
  }
  return ReadLease(this, std::move(*db));
}

}  // namespace hotline::server
