// The database the integration tests give the server: the SQLite file they name, or, when
// HOTLINE_TEST_POSTGRESQL names a running test cluster (tests/support/pg/pg_cluster.sh), a fresh
// PostgreSQL database standing for that file.
#pragma once

#include <string>
#include <vector>

namespace hotline::integration {

// True when the suite runs against PostgreSQL.
bool on_postgresql();

// The --db argument for a file path: the path itself, or the connection string of the database made
// for it (the same path gives the same database, so a restarted server finds its data).
std::string db_argument(const std::string& path);

// Runs one SQL statement on the database behind the path, as another program (or a disk fault)
// would; returns the rows changed.
int change_rows(const std::string& path, const std::string& sql);

// The first column of every row a query selects, read behind the server's back (the same SQL on both
// engines: concatenate with ||, COALESCE for NULLs).
std::vector<std::string> select_texts(const std::string& path, const std::string& sql);

// Every photo the server stored for the path, temporary files included: the files under PATH.media,
// or the rows of media_bytes.
std::vector<std::string> stored_photos(const std::string& path);

// Stores bytes under a media id behind the server's back (as a submission that lost a race would).
void store_photo(const std::string& path, const std::string& id, const std::string& bytes);

}  // namespace hotline::integration
