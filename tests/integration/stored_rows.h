// Editing the server's database file behind its back, as another program (or a disk fault) would.
#pragma once

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <string>

namespace hotline::integration {

// Runs one SQL statement on the database file; returns the rows changed.
inline int change_rows(const std::string& db, const std::string& sql) {
  sqlite3* handle = nullptr;
  REQUIRE(sqlite3_open(db.c_str(), &handle) == SQLITE_OK);
  CHECK(sqlite3_exec(handle, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
  const int changed = sqlite3_changes(handle);
  sqlite3_close(handle);
  return changed;
}

}  // namespace hotline::integration
