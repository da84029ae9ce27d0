// A thin RAII layer over SQLite: one connection, prepared statements only, typed errors.
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

struct sqlite3;
struct sqlite3_stmt;

namespace hotline::server {

struct DbError {
  int code = 0;  // SQLite result code
  std::string detail;
};

template <typename T>
using DbResult = base::Expected<T, DbError>;

class Database;

class Statement {
 public:
  // `owner` set: a cached statement of that connection, reset and handed back on destruction.
  Statement(sqlite3* db, sqlite3_stmt* stmt, Database* owner = nullptr) : db_(db), stmt_(stmt), owner_(owner) {}
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;
  Statement(const Statement&) = delete;
  ~Statement();

  // Parameters are 1-based, as in SQLite.
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
  DbResult<bool> run();
  // Steps through every row, calling on_row(const Statement&) -> DbResult<bool> for each. The first
  // error, SQLite's or on_row's, ends the walk and is returned (the statement is reset when it is
  // handed back); true when every row was read.
  template <typename OnRow>
  DbResult<bool> each_row(OnRow on_row) {
    for (;;) {
      auto row = step();
      if (!row || !*row) {
        return row ? DbResult<bool>(true) : row;
      }
      if (auto read = on_row(static_cast<const Statement&>(*this)); !read) {
        return read;
      }
    }
  }

  std::int64_t column_int(int index) const;
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

// One connection. The server opens a single connection and serializes writers itself; SQLite's
// WAL mode lets readers proceed while a commit is in flight.
class Database {
 public:
  static DbResult<std::unique_ptr<Database>> open(const std::string& path);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Statements are cached per connection (parsing a join costs more than running it); a statement
  // already in use is prepared afresh.
  DbResult<Statement> prepare(std::string_view sql);
  // For schema scripts and pragmas only (never with user input).
  DbResult<bool> exec_script(const char* sql);
  std::int64_t last_insert_rowid() const;
  int changes() const;

 private:
  friend class Statement;
  struct CachedStatement {
    sqlite3_stmt* stmt = nullptr;
    bool in_use = false;
  };
  static constexpr std::size_t kMaxCachedStatements = 64;

  explicit Database(sqlite3* db) : db_(db) {}
  void release(sqlite3_stmt* stmt);

  sqlite3* db_;
  std::unordered_map<std::string, CachedStatement> cache_;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back unless committed.
class Transaction {
 public:
  static DbResult<Transaction> begin(Database& db);
  Transaction(Transaction&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();
  DbResult<bool> commit();

 private:
  explicit Transaction(Database* db) : db_(db) {}
  Database* db_;
};

}  // namespace hotline::server
