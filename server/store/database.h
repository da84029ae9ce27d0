// The storage interface: one connection, prepared statements only, typed errors as values; two
// engines behind it, SQLite (embedded, the default) and PostgreSQL (several instances, a standby).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/expected.h"
#include "base/wire_code.h"
#include "calendar/instant.h"
#include "store/db_error.h"
#include "store/db_target.h"
#include "store/pg_connection.h"

struct sqlite3;
struct sqlite3_stmt;

namespace hotline::server {

class Database;

class Statement {
 public:
  // `owner` set: a cached statement of that connection, reset and handed back on destruction.
  Statement(sqlite3* db, sqlite3_stmt* stmt, Database* owner = nullptr) : db_(db), stmt_(stmt), owner_(owner) {}
  // PostgreSQL: `pg` is either cached by `owner` or owned (`owned`).
  Statement(pg::Statement* pg, Database* owner, std::unique_ptr<pg::Statement> owned = nullptr)
      : db_(nullptr), stmt_(nullptr), owner_(owner), pg_(pg), owned_pg_(std::move(owned)) {}
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;
  Statement(const Statement&) = delete;
  ~Statement();

  // Parameters are 1-based, "?1" in the SQL for both engines. What both engines accept is written
  // once: upserts with ON CONFLICT, RETURNING, no engine-specific functions.
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, double value);
  Statement& bind(int index, calendar::Instant value);  // as Unix seconds
  Statement& bind_null(int index);
  Statement& bind_optional(int index, const std::optional<std::string>& text);
  Statement& bind_blob(int index, std::string_view bytes);

  // true when a row is available, false when done; errors as values.
  DbResult<bool> step();
  // Runs to completion (for statements that return no rows).
  DbResult<void> run();
  // Steps through every row, calling on_row(const Statement&) -> DbResult<void> for each. The first
  // error, SQLite's or on_row's, ends the walk and is returned (the statement is reset when it is
  // handed back); success when every row was read.
  template <typename OnRow>
  DbResult<void> each_row(OnRow on_row) {
    for (;;) {
      auto row = step();
      if (!row) {
        return base::unexpected(row.error());
      }
      if (!*row) {
        return {};
      }
      if (auto read = on_row(static_cast<const Statement&>(*this)); !read) {
        return read;
      }
    }
  }

  std::int64_t column_int(int index) const;
  std::string column_blob(int index) const;
  double column_double(int index) const;
  std::string column_text(int index) const;
  std::optional<std::string> column_optional_text(int index) const;
  std::optional<std::int64_t> column_optional_int(int index) const;
  std::optional<double> column_optional_double(int index) const;
  // Unix seconds; a value outside calendar::Instant's range was not written by the server (a corrupt row).
  DbResult<calendar::Instant> column_instant(int index) const;
  DbResult<std::optional<calendar::Instant>> column_optional_instant(int index) const;
  // A stored enum code; a code outside the enum's table was not written by the server (a corrupt row),
  // so it is an error rather than some default that would, say, move a case back to "submitted".
  template <typename Enum, std::size_t N>
  DbResult<Enum> column_code(int index, const std::pair<Enum, std::string_view> (&table)[N]) const {
    const std::string code = column_text(index);
    if (auto value = base::from_code(table, code)) {
      return *value;
    }
    return base::unexpected(corrupt_column(index, "'" + code + "' is not a known code"));
  }
  template <typename Enum, std::size_t N>
  DbResult<std::optional<Enum>> column_optional_code(int index,
                                                     const std::pair<Enum, std::string_view> (&table)[N]) const {
    if (column_is_null(index)) {
      return std::optional<Enum>();
    }
    auto value = column_code(index, table);
    if (!value) {
      return base::unexpected(value.error());
    }
    return std::optional(*value);
  }
  bool column_is_null(int index) const;

 private:
  // "corrupt row: <column name> = <problem>".
  DbError corrupt_column(int index, const std::string& problem) const;

  sqlite3* db_;
  sqlite3_stmt* stmt_;
  Database* owner_;
  // The PostgreSQL engine (one branch per call; SQLite's path stays as it was).
  pg::Statement* pg_ = nullptr;
  std::unique_ptr<pg::Statement> owned_pg_;
};

// Stores a checked column read in `out` unless an earlier read of the same row failed, keeping the
// first failure: a row reader reads every column and checks once.
template <typename T>
void read_into(T& out, DbResult<T> read, std::optional<DbError>& failure) {
  if (failure) {
    return;
  }
  if (!read) {
    failure = read.error();
    return;
  }
  out = std::move(*read);
}

// One connection. The server opens a single writer connection and serializes writers itself;
// SQLite's WAL mode lets readers proceed while a commit is in flight. PostgreSQL's connection
// reconnects itself after a loss (and so follows a promoted standby).
class Database {
 public:
  static DbResult<std::unique_ptr<Database>> open(const DbTarget& target);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Statements are cached per connection (parsing a join costs more than running it); a statement
  // already in use is prepared afresh.
  DbResult<Statement> prepare(std::string_view sql);
  // For schema scripts and pragmas only (never with user input).
  DbResult<void> exec_script(const char* sql);
  DbEngine engine() const { return pg_ ? DbEngine::Postgresql : DbEngine::Sqlite; }

 private:
  friend class Statement;
  friend class Transaction;
  struct CachedStatement {
    sqlite3_stmt* stmt = nullptr;
    bool in_use = false;
  };
  static constexpr std::size_t kMaxCachedStatements = 64;

  struct CachedPgStatement {
    std::unique_ptr<pg::Statement> stmt;
    bool in_use = false;
  };

  explicit Database(sqlite3* db) : db_(db) {}
  explicit Database(std::unique_ptr<pg::Connection> pg) : db_(nullptr), pg_(std::move(pg)) {}
  void release(sqlite3_stmt* stmt);
  void release(pg::Statement* stmt);
  DbResult<Statement> prepare_pg(std::string_view sql);

  sqlite3* db_;
  std::unordered_map<std::string, CachedStatement> cache_;
  std::unique_ptr<pg::Connection> pg_;
  std::unordered_map<std::string, CachedPgStatement> pg_cache_;
};

// A write transaction; rolls back unless committed. SQLite: BEGIN IMMEDIATE (the one writer).
// PostgreSQL: BEGIN and a transaction-scoped advisory lock, so writers of every instance on the
// database take turns exactly as SQLite's do: an idempotency key looked up and inserted, the day's
// next request number, a case's step checked and moved, each in one turn (docs/server.md).
class Transaction {
 public:
  static DbResult<Transaction> begin(Database& db);
  Transaction(Transaction&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();
  DbResult<void> commit();

 private:
  explicit Transaction(Database* db) : db_(db) {}
  Database* db_;
};

}  // namespace hotline::server
