// Which database `--db` names: an SQLite file or a PostgreSQL connection string.
#pragma once

#include <string>

namespace hotline::server {

enum class DbEngine { Sqlite, Postgresql };

struct DbTarget {
  DbEngine engine = DbEngine::Sqlite;
  // SQLite: the file path. PostgreSQL: the libpq connection string (URI or "key=value ...").
  std::string location;
};

// "postgresql://..." and "postgres://..." are libpq URIs, kept whole; "postgresql:key=value ..." is a
// keyword string; "sqlite:FILE" or any other text is an SQLite file.
DbTarget parse_db_target(const std::string& text);

// For logs and errors: the file, or "postgresql" (a connection string may hold a password).
std::string describe(const DbTarget& target);

}  // namespace hotline::server
