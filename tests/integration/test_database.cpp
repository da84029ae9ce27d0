// SQLite file or PostgreSQL database behind a test's path (see test_database.h).
#include "test_database.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <mutex>
#include <stdexcept>

namespace hotline::integration {

namespace {

const char* cluster_dir() {
  const char* dir = std::getenv("HOTLINE_TEST_POSTGRESQL");
  return dir != nullptr && *dir != '\0' ? dir : nullptr;
}

std::string cluster_uri(const std::string& database) {
  std::ifstream in(std::string(cluster_dir()) + "/port");
  int port = 0;
  if (!(in >> port)) {
    throw std::runtime_error(std::string("no test cluster in ") + cluster_dir() + " (pg_cluster.sh start)");
  }
  return "postgresql://postgres@127.0.0.1:" + std::to_string(port) + "/" + database;
}

// Runs SQL on one database of the cluster; returns the rows changed (and the first column of the rows
// read, a bytea, in `rows`).
int run_sql(const std::string& database, const std::string& sql, std::vector<std::string>* rows = nullptr) {
  PGconn* conn = PQconnectdb(cluster_uri(database).c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    const std::string error = PQerrorMessage(conn);
    PQfinish(conn);
    throw std::runtime_error("test cluster: " + error);
  }
  PQsetNoticeProcessor(
      conn, [](void*, const char*) {}, nullptr);
  PGresult* result = PQexec(conn, sql.c_str());
  const ExecStatusType status = PQresultStatus(result);
  const std::string error = PQresultErrorMessage(result);
  const int changed = std::atoi(PQcmdTuples(result));
  if (rows != nullptr) {
    for (int row = 0; row < PQntuples(result); ++row) {
      std::size_t size = 0;
      unsigned char* bytes = PQunescapeBytea(reinterpret_cast<const unsigned char*>(PQgetvalue(result, row, 0)), &size);
      rows->emplace_back(reinterpret_cast<const char*>(bytes), size);
      PQfreemem(bytes);
    }
  }
  PQclear(result);
  PQfinish(conn);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    throw std::runtime_error("test cluster: " + sql + ": " + error);
  }
  return changed;
}

// "it_<hash of the path>", created from template0 on first use.
std::string database_for(const std::string& path) {
  static std::mutex mutex;
  static std::map<std::string, std::string> made;
  std::lock_guard lock(mutex);
  auto it = made.find(path);
  if (it != made.end()) {
    return it->second;
  }
  const std::string name = "it_" + std::to_string(std::hash<std::string>{}(path));
  run_sql("postgres", "DROP DATABASE IF EXISTS " + name);
  run_sql("postgres", "CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
  return made.emplace(path, name).first->second;
}

}  // namespace

bool on_postgresql() {
  return cluster_dir() != nullptr;
}

std::string db_argument(const std::string& path) {
  return on_postgresql() ? cluster_uri(database_for(path)) : path;
}

int change_rows(const std::string& path, const std::string& sql) {
  if (on_postgresql()) {
    return run_sql(database_for(path), sql);
  }
  sqlite3* handle = nullptr;
  if (sqlite3_open(path.c_str(), &handle) != SQLITE_OK) {
    sqlite3_close(handle);
    throw std::runtime_error("cannot open " + path);
  }
  const bool ok = sqlite3_exec(handle, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
  const int changed = sqlite3_changes(handle);
  sqlite3_close(handle);
  if (!ok) {
    throw std::runtime_error("sqlite: " + sql);
  }
  return changed;
}

std::vector<std::string> select_texts(const std::string& path, const std::string& sql) {
  std::vector<std::string> texts;
  if (on_postgresql()) {
    run_sql(database_for(path), sql, &texts);
    return texts;
  }
  sqlite3* handle = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_open_v2(path.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK ||
      sqlite3_prepare_v2(handle, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    sqlite3_close(handle);
    throw std::runtime_error("sqlite: " + sql);
  }
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    texts.emplace_back(text != nullptr ? text : "");
  }
  sqlite3_finalize(stmt);
  sqlite3_close(handle);
  return texts;
}

std::vector<std::string> stored_photos(const std::string& path) {
  std::vector<std::string> photos;
  if (on_postgresql()) {
    run_sql(database_for(path), "SELECT bytes FROM media_bytes", &photos);
    return photos;
  }
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(path + ".media", ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file()) {
      std::ifstream in(it->path(), std::ios::binary);
      photos.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
  }
  return photos;
}

void store_photo(const std::string& path, const std::string& id, const std::string& bytes) {
  if (on_postgresql()) {
    std::string hex;
    for (unsigned char c : bytes) {
      static constexpr char kDigits[] = "0123456789abcdef";
      hex += kDigits[c >> 4];
      hex += kDigits[c & 15];
    }
    run_sql(database_for(path), "INSERT INTO media_bytes(id, bytes) VALUES ('" + id + "', '\\x" + hex + "')");
    return;
  }
  std::filesystem::create_directories(path + ".media/" + id.substr(0, 2));
  std::ofstream(path + ".media/" + id.substr(0, 2) + "/" + id, std::ios::binary) << bytes;
}

}  // namespace hotline::integration
