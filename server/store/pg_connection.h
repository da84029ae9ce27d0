// A thin RAII layer over libpq: one connection that reconnects itself, named prepared statements
// and their results, typed errors (see docs/decisions/0002-postgresql-client.md).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/db_error.h"

struct pg_conn;
struct pg_result;

namespace hotline::server::pg {

// "?1 ... ?12" (the SQL our stores write, SQLite's numbered parameters) as "$1 ... $12"; quoted
// text and identifiers are left alone.
std::string numbered_parameters(std::string_view sql);

class Connection {
 public:
  // Any libpq connection string: a URI or "key=value ..." (several hosts and target_session_attrs
  // included). A connection that cannot be made is an `unavailable` error.
  static DbResult<std::unique_ptr<Connection>> open(const std::string& conninfo);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Reconnects (libpq tries every host of the string again, so a promoted standby is found) when the
  // last call lost the connection. Server-side prepared statements do not survive: `generation`
  // changes, and statements prepare themselves again.
  DbResult<void> ensure_connected();
  std::uint64_t generation() const { return generation_; }
  pg_conn* handle() { return conn_; }

  // For schema scripts (never with user input): the simple query protocol.
  DbResult<void> exec(const char* sql);
  // Transaction control: while a transaction is open a lost connection is not silently replaced
  // (the rest of the transaction would run outside it); `finish` commits or rolls back.
  DbResult<void> begin(const char* sql);
  DbResult<void> finish(const char* sql);
  // The error of a failed call: `unavailable` when the connection is gone (or the server is read-only:
  // a standby), so the caller can answer 503 and retry later.
  DbError error_of(pg_result* result);
  std::string next_statement_name() {
    std::string name("s");
    return name += std::to_string(++statement_count_);
  }

 private:
  explicit Connection(pg_conn* conn) : conn_(conn) {}

  pg_conn* conn_;
  std::uint64_t generation_ = 1;
  std::uint64_t statement_count_ = 0;
  bool broken_ = false;
  bool in_transaction_ = false;
};

// One prepared statement of a connection, run with text parameters (bytea in binary) and read in
// text format.
class Statement {
 public:
  // `one_shot`: not cached by the caller, so it is PostgreSQL's unnamed statement (prepared on every
  // run, never left behind on the server).
  Statement(Connection& conn, std::string_view sql, bool one_shot = false)
      : conn_(&conn), sql_(numbered_parameters(sql)), one_shot_(one_shot) {}
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Parameters are 1-based.
  void bind_text(int index, std::string_view text) { set(index, std::string(text), 0); }
  void bind_binary(int index, std::string_view bytes) { set(index, std::string(bytes), 1); }
  void bind_null(int index) { set(index, std::nullopt, 0); }

  // Runs the statement on the first call, then walks its rows: true while a row is available.
  DbResult<bool> step();
  // Forgets the result and the parameters (the statement can be bound and run again).
  void reset();

  bool is_null(int column) const;
  std::string_view text(int column) const;
  std::string bytea(int column) const;  // the hex text format decoded
  const char* column_name(int column) const;

 private:
  void set(int index, std::optional<std::string> value, int format);
  DbResult<void> prepare();

  Connection* conn_;
  std::string sql_;
  bool one_shot_;
  std::string name_;
  std::uint64_t prepared_generation_ = 0;
  int parameter_count_ = 0;
  std::vector<std::optional<std::string>> values_;
  std::vector<int> formats_;
  pg_result* result_ = nullptr;
  int row_ = -1;
};

}  // namespace hotline::server::pg
