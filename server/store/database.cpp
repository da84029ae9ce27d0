// SQLite connection, statement and transaction wrappers (see sqlite_db.h).
#include "store/database.h"

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>

namespace hotline::server {

namespace {

DbError last_error(sqlite3* db, int code) {
  return DbError{code, db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code)};
}

// Any key: the one writer lock of the database, shared by every instance (advisory locks are
// PostgreSQL's named mutexes; "12345" for the hotline).
constexpr const char* kPgBeginWrite = "BEGIN; SELECT pg_advisory_xact_lock(12345)";

std::string number_text(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.17g", value);
  return text;
}

}  // namespace

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), stmt_(other.stmt_), owner_(other.owner_), pg_(other.pg_), owned_pg_(std::move(other.owned_pg_)) {
  other.stmt_ = nullptr;
  other.pg_ = nullptr;
}

Statement::~Statement() {
  if (pg_ != nullptr && !owned_pg_) {
    owner_->release(pg_);
    return;
  }
  if (stmt_ == nullptr) {
    return;
  }
  if (owner_ != nullptr) {
    owner_->release(stmt_);
  } else {
    sqlite3_finalize(stmt_);
  }
}

Statement& Statement::bind(int index, std::string_view text) {
  if (pg_ != nullptr) {
    pg_->bind_text(index, text);
    return *this;
  }
  sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
  if (pg_ != nullptr) {
    pg_->bind_text(index, std::to_string(value));
    return *this;
  }
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

Statement& Statement::bind(int index, double value) {
  if (pg_ != nullptr) {
    pg_->bind_text(index, number_text(value));
    return *this;
  }
  sqlite3_bind_double(stmt_, index, value);
  return *this;
}

Statement& Statement::bind(int index, calendar::Instant value) {
  return bind(index, value.unix_seconds());
}

Statement& Statement::bind_null(int index) {
  if (pg_ != nullptr) {
    pg_->bind_null(index);
    return *this;
  }
  sqlite3_bind_null(stmt_, index);
  return *this;
}

Statement& Statement::bind_optional(int index, const std::optional<std::string>& text) {
  return text ? bind(index, std::string_view(*text)) : bind_null(index);
}

Statement& Statement::bind_blob(int index, std::string_view bytes) {
  if (pg_ != nullptr) {
    pg_->bind_binary(index, bytes);
    return *this;
  }
  sqlite3_bind_blob(stmt_, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
  return *this;
}

DbResult<bool> Statement::step() {
  if (pg_ != nullptr) {
    return pg_->step();
  }
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) {
    return true;
  }
  // Reset at the end so the statement can be bound and run again (bind fails on an unreset one).
  sqlite3_reset(stmt_);
  if (rc == SQLITE_DONE) {
    return false;
  }
  return base::unexpected(last_error(db_, rc));
}

DbResult<void> Statement::run() {
  return each_row([](const Statement&) { return DbResult<void>(); });
}

std::int64_t Statement::column_int(int index) const {
  if (pg_ != nullptr) {
    return std::strtoll(std::string(pg_->text(index)).c_str(), nullptr, 10);
  }
  return sqlite3_column_int64(stmt_, index);
}

double Statement::column_double(int index) const {
  if (pg_ != nullptr) {
    return std::strtod(std::string(pg_->text(index)).c_str(), nullptr);
  }
  return sqlite3_column_double(stmt_, index);
}

std::string Statement::column_blob(int index) const {
  if (pg_ != nullptr) {
    return pg_->bytea(index);
  }
  const auto* bytes = static_cast<const char*>(sqlite3_column_blob(stmt_, index));
  const int size = sqlite3_column_bytes(stmt_, index);
  return bytes != nullptr ? std::string(bytes, static_cast<std::size_t>(size)) : std::string();
}

std::string Statement::column_text(int index) const {
  if (pg_ != nullptr) {
    return std::string(pg_->text(index));
  }
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, index));
  const int size = sqlite3_column_bytes(stmt_, index);
  return text != nullptr ? std::string(text, static_cast<std::size_t>(size)) : std::string();
}

bool Statement::column_is_null(int index) const {
  if (pg_ != nullptr) {
    return pg_->is_null(index);
  }
  return sqlite3_column_type(stmt_, index) == SQLITE_NULL;
}

std::optional<std::string> Statement::column_optional_text(int index) const {
  if (column_is_null(index)) {
    return std::nullopt;
  }
  return column_text(index);
}

std::optional<std::int64_t> Statement::column_optional_int(int index) const {
  if (column_is_null(index)) {
    return std::nullopt;
  }
  return column_int(index);
}

std::optional<double> Statement::column_optional_double(int index) const {
  if (column_is_null(index)) {
    return std::nullopt;
  }
  return column_double(index);
}

DbResult<calendar::Instant> Statement::column_instant(int index) const {
  const std::int64_t seconds = column_int(index);
  auto instant = calendar::Instant::from_unix_seconds(seconds);
  if (!instant) {
    return base::unexpected(corrupt_column(index, std::to_string(seconds) + " is not a time in the years 0001..9999"));
  }
  return *instant;
}

DbError Statement::corrupt_column(int index, const std::string& problem) const {
  const char* name =
      pg_ != nullptr ? pg_->column_name(index) : sqlite3_column_name(stmt_, index);  // null only when out of memory
  return DbError{0, "corrupt row: " + std::string(name != nullptr ? name : "a column") + " = " + problem};
}

DbResult<std::optional<calendar::Instant>> Statement::column_optional_instant(int index) const {
  if (column_is_null(index)) {
    return std::optional<calendar::Instant>();
  }
  auto instant = column_instant(index);
  if (!instant) {
    return base::unexpected(instant.error());
  }
  return std::optional(*instant);
}

DbResult<std::unique_ptr<Database>> Database::open(const DbTarget& target) {
  if (target.engine == DbEngine::Postgresql) {
    auto connection = pg::Connection::open(target.location);
    if (!connection) {
      return base::unexpected(connection.error());
    }
    return std::unique_ptr<Database>(new Database(std::move(*connection)));
  }
  const std::string& path = target.location;
  sqlite3* handle = nullptr;
  // A connection is only ever used by the thread holding its lease (DbPool), as its statement cache
  // already requires: SQLite's per-call connection mutex would only cost a lock round trip on every
  // column read (10% of a list request's CPU).
  const int rc =
      sqlite3_open_v2(path.c_str(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    DbError error = last_error(handle, rc);
    sqlite3_close(handle);
    return base::unexpected(std::move(error));
  }
  std::unique_ptr<Database> db(new Database(handle));
  sqlite3_busy_timeout(handle, 5000);
  // WAL + synchronous=FULL: every COMMIT that returned is on disk, even after a power cut.
  auto pragmas = db->exec_script(
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;");
  if (!pragmas) {
    return base::unexpected(pragmas.error());
  }
  return db;
}

Database::~Database() {
  pg_cache_.clear();  // the statements' results before their connection
  for (auto& [sql, cached] : cache_) {
    sqlite3_finalize(cached.stmt);
  }
  sqlite3_close_v2(db_);
}

DbResult<Statement> Database::prepare(std::string_view sql) {
  if (pg_) {
    return prepare_pg(sql);
  }
  auto it = cache_.find(std::string(sql));
  if (it != cache_.end() && !it->second.in_use) {
    it->second.in_use = true;
    return Statement(db_, it->second.stmt, this);
  }
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) {
    return base::unexpected(last_error(db_, rc));
  }
  if (it == cache_.end() && cache_.size() < kMaxCachedStatements) {
    cache_.emplace(std::string(sql), CachedStatement{stmt, true});
    return Statement(db_, stmt, this);
  }
  return Statement(db_, stmt);
}

// Preparing happens on the statement's first run (and again after a reconnect), so this only
// finds or makes the handle.
DbResult<Statement> Database::prepare_pg(std::string_view sql) {
  auto it = pg_cache_.find(std::string(sql));
  if (it != pg_cache_.end() && !it->second.in_use) {
    it->second.in_use = true;
    return Statement(it->second.stmt.get(), this);
  }
  const bool cached = it == pg_cache_.end() && pg_cache_.size() < kMaxCachedStatements;
  auto stmt = std::make_unique<pg::Statement>(*pg_, sql, !cached);
  if (cached) {
    auto* handle = stmt.get();
    pg_cache_.emplace(std::string(sql), CachedPgStatement{std::move(stmt), true});
    return Statement(handle, this);
  }
  auto* handle = stmt.get();
  return Statement(handle, this, std::move(stmt));
}

void Database::release(pg::Statement* stmt) {
  stmt->reset();
  for (auto& [sql, cached] : pg_cache_) {
    if (cached.stmt.get() == stmt) {
      cached.in_use = false;
      return;
    }
  }
}

void Database::release(sqlite3_stmt* stmt) {
  sqlite3_reset(stmt);
  sqlite3_clear_bindings(stmt);
  for (auto& [sql, cached] : cache_) {
    if (cached.stmt == stmt) {
      cached.in_use = false;
      return;
    }
  }
}

DbResult<void> Database::exec_script(const char* sql) {
  if (pg_) {
    return pg_->exec(sql);
  }
  char* message = nullptr;
  const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    DbError error{rc, message != nullptr ? message : sqlite3_errstr(rc)};
    sqlite3_free(message);
    return base::unexpected(std::move(error));
  }
  return {};
}

DbResult<Transaction> Transaction::begin(Database& db) {
  auto ok = db.pg_ ? db.pg_->begin(kPgBeginWrite) : db.exec_script("BEGIN IMMEDIATE");
  if (!ok) {
    return base::unexpected(ok.error());
  }
  return Transaction(&db);
}

Transaction::~Transaction() {
  if (db_ != nullptr) {
    db_->pg_ ? db_->pg_->finish("ROLLBACK") : db_->exec_script("ROLLBACK");
  }
}

DbResult<void> Transaction::commit() {
  auto ok = db_->pg_ ? db_->pg_->finish("COMMIT") : db_->exec_script("COMMIT");
  if (ok || db_->pg_) {
    db_ = nullptr;
  }
  return ok;
}

}  // namespace hotline::server
