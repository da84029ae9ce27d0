// Connections to the one database: a single writer (writes are serialized, as SQLite requires; on
// PostgreSQL the instances' writers also take turns, see Transaction) and a pool of readers that run
// alongside a commit.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/database.h"

namespace hotline::server {

class DbPool {
 public:
  // Opens the writer connection and migrates the schema.
  static DbResult<std::unique_ptr<DbPool>> open(const DbTarget& target);

  class ReadLease {
   public:
    ReadLease(DbPool* pool, std::unique_ptr<Database> db) : pool_(pool), db_(std::move(db)) {}
    ReadLease(ReadLease&&) = default;
    ~ReadLease();
    Database& db() { return *db_; }

   private:
    DbPool* pool_;
    std::unique_ptr<Database> db_;
  };

  class WriteLease {
   public:
    explicit WriteLease(DbPool* pool) : lock_(pool->write_mutex_), db_(pool->writer_.get()) {}
    Database& db() { return *db_; }

   private:
    std::unique_lock<std::mutex> lock_;
    Database* db_;
  };

  DbResult<ReadLease> read();
  WriteLease write() { return WriteLease(this); }
  const DbTarget& target() const { return target_; }

 private:
  explicit DbPool(DbTarget target, std::unique_ptr<Database> writer)
      : target_(std::move(target)), writer_(std::move(writer)) {}

  DbTarget target_;
  std::unique_ptr<Database> writer_;
  std::mutex write_mutex_;
  std::mutex readers_mutex_;
  std::vector<std::unique_ptr<Database>> idle_readers_;
};

}  // namespace hotline::server
