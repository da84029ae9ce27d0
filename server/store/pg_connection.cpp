// libpq connection and prepared statements (see pg_connection.h).
#include "store/pg_connection.h"

#include <libpq-fe.h>

#include <algorithm>
#include <cstring>

namespace hotline::server::pg {

namespace {

// SQLSTATE classes after which the same request may succeed on another connection: connection
// exceptions (08), operator intervention such as a shutdown (57), a read-only server (25006: this host
// became a standby), insufficient resources (53).
bool retryable(const char* sqlstate) {
  if (sqlstate == nullptr) {
    return false;
  }
  return std::strncmp(sqlstate, "08", 2) == 0 || std::strncmp(sqlstate, "57", 2) == 0 ||
         std::strncmp(sqlstate, "53", 2) == 0 || std::strcmp(sqlstate, "25006") == 0;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : c - 'A' + 10;
}

DbError unavailable_error(std::string_view detail) {
  std::string text(kDbUnavailable);
  text += detail;
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
    text.pop_back();
  }
  return DbError{0, std::move(text), true};
}

}  // namespace

std::string numbered_parameters(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  char quote = 0;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (quote != 0) {
      quote = c == quote ? 0 : quote;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '?' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
      out += '$';
      continue;
    }
    out += c;
  }
  return out;
}

DbResult<std::unique_ptr<Connection>> Connection::open(const std::string& conninfo) {
  PGconn* conn = PQconnectdb(conninfo.c_str());
  if (conn == nullptr) {
    return base::unexpected(unavailable_error("out of memory"));
  }
  // NOTICEs ("relation already exists, skipping") are not the operator's business.
  PQsetNoticeProcessor(
      conn, [](void*, const char*) {}, nullptr);
  std::unique_ptr<Connection> connection(new Connection(conn));
  if (PQstatus(conn) != CONNECTION_OK) {
    return base::unexpected(unavailable_error(PQerrorMessage(conn)));
  }
  return connection;
}

Connection::~Connection() {
  PQfinish(conn_);
}

DbResult<void> Connection::ensure_connected() {
  if (PQstatus(conn_) == CONNECTION_OK && !broken_) {
    return {};
  }
  if (in_transaction_) {
    // Reconnecting here would run the rest of the transaction's statements outside it.
    return base::unexpected(unavailable_error("connection lost inside a transaction"));
  }
  PQreset(conn_);
  if (PQstatus(conn_) != CONNECTION_OK) {
    return base::unexpected(unavailable_error(PQerrorMessage(conn_)));
  }
  broken_ = false;
  ++generation_;
  return {};
}

DbError Connection::error_of(PGresult* result) {
  const char* sqlstate = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const bool lost = PQstatus(conn_) != CONNECTION_OK;
  const bool unavailable = lost || retryable(sqlstate);
  // A read-only server answers but cannot write: reconnect, so target_session_attrs finds the primary.
  broken_ = broken_ || unavailable;
  std::string detail = result != nullptr ? PQresultErrorMessage(result) : PQerrorMessage(conn_);
  if (detail.empty()) {
    detail = PQerrorMessage(conn_);
  }
  if (sqlstate != nullptr) {
    detail = std::string(sqlstate) + ": " + detail;
  }
  while (!detail.empty() && (detail.back() == '\n' || detail.back() == ' ')) {
    detail.pop_back();
  }
  return unavailable ? unavailable_error(detail) : DbError{0, std::move(detail), false};
}

DbResult<void> Connection::exec(const char* sql) {
  if (auto connected = ensure_connected(); !connected) {
    return connected;
  }
  PGresult* result = PQexec(conn_, sql);
  const ExecStatusType status = PQresultStatus(result);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    DbError error = error_of(result);
    PQclear(result);
    return base::unexpected(std::move(error));
  }
  PQclear(result);
  return {};
}

DbResult<void> Connection::begin(const char* sql) {
  auto begun = exec(sql);
  in_transaction_ = static_cast<bool>(begun);
  return begun;
}

DbResult<void> Connection::finish(const char* sql) {
  if (broken_ || PQstatus(conn_) != CONNECTION_OK) {
    // The server rolls back a transaction whose connection is gone.
    in_transaction_ = false;
    return base::unexpected(unavailable_error("connection lost inside a transaction"));
  }
  auto done = exec(sql);
  in_transaction_ = false;
  return done;
}

Statement::~Statement() {
  reset();
}

void Statement::set(int index, std::optional<std::string> value, int format) {
  const auto slot = static_cast<std::size_t>(index - 1);
  if (values_.size() <= slot) {
    values_.resize(slot + 1);
    formats_.resize(slot + 1, 0);
  }
  values_[slot] = std::move(value);
  formats_[slot] = format;
}

DbResult<void> Statement::prepare() {
  PGconn* conn = conn_->handle();
  name_ = one_shot_ ? std::string() : conn_->next_statement_name();
  PGresult* prepared = PQprepare(conn, name_.c_str(), sql_.c_str(), 0, nullptr);
  if (PQresultStatus(prepared) != PGRES_COMMAND_OK) {
    DbError error = conn_->error_of(prepared);
    PQclear(prepared);
    return base::unexpected(std::move(error));
  }
  PQclear(prepared);
  PGresult* described = PQdescribePrepared(conn, name_.c_str());
  if (PQresultStatus(described) != PGRES_COMMAND_OK) {
    DbError error = conn_->error_of(described);
    PQclear(described);
    return base::unexpected(std::move(error));
  }
  parameter_count_ = PQnparams(described);
  PQclear(described);
  prepared_generation_ = conn_->generation();
  return {};
}

DbResult<bool> Statement::step() {
  if (result_ == nullptr) {
    if (auto connected = conn_->ensure_connected(); !connected) {
      return base::unexpected(connected.error());
    }
    if (one_shot_ || prepared_generation_ != conn_->generation()) {
      if (auto prepared = prepare(); !prepared) {
        return base::unexpected(prepared.error());
      }
    }
    const auto count = static_cast<std::size_t>(parameter_count_);
    values_.resize(std::max(values_.size(), count));
    formats_.resize(values_.size(), 0);
    std::vector<const char*> values(count);
    std::vector<int> lengths(count);
    for (std::size_t i = 0; i < count; ++i) {
      values[i] = values_[i] ? values_[i]->data() : nullptr;
      lengths[i] = values_[i] ? static_cast<int>(values_[i]->size()) : 0;
    }
    result_ = PQexecPrepared(conn_->handle(), name_.c_str(), parameter_count_, values.data(), lengths.data(),
                             formats_.data(), 0);
    const ExecStatusType status = PQresultStatus(result_);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
      DbError error = conn_->error_of(result_);
      PQclear(result_);
      result_ = nullptr;
      return base::unexpected(std::move(error));
    }
    row_ = -1;
  }
  if (++row_ < PQntuples(result_)) {
    return true;
  }
  // Done: the next step runs the statement again (with the same parameters unless rebound).
  PQclear(result_);
  result_ = nullptr;
  row_ = -1;
  return false;
}

void Statement::reset() {
  if (result_ != nullptr) {
    PQclear(result_);
    result_ = nullptr;
  }
  row_ = -1;
  for (auto& value : values_) {
    value.reset();
  }
  std::fill(formats_.begin(), formats_.end(), 0);
}

bool Statement::is_null(int column) const {
  return PQgetisnull(result_, row_, column) != 0;
}

std::string_view Statement::text(int column) const {
  return {PQgetvalue(result_, row_, column), static_cast<std::size_t>(PQgetlength(result_, row_, column))};
}

std::string Statement::bytea(int column) const {
  const std::string_view hex = text(column);
  std::string bytes;
  if (hex.size() < 2 || hex.substr(0, 2) != "\\x") {
    return bytes;
  }
  bytes.reserve((hex.size() - 2) / 2);
  for (std::size_t i = 2; i + 1 < hex.size(); i += 2) {
    bytes += static_cast<char>(hex_value(hex[i]) * 16 + hex_value(hex[i + 1]));
  }
  return bytes;
}

const char* Statement::column_name(int column) const {
  return PQfname(result_, column);
}

}  // namespace hotline::server::pg
