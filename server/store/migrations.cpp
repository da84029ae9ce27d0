// The ordered lists of schema migrations, one per engine, step for step (append only: never edit a
// released step).
#include "store/migrations.h"

#include <iterator>
#include <string>

namespace hotline::server {

namespace {

// Times are unix seconds (UTC); the API formats them in Asia/Shanghai.
constexpr const char* kSqliteMigrations[] = {
    // 1: catalog, requests with their timeline, media, idempotency keys.
    R"sql(
CREATE TABLE units (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  level TEXT NOT NULL,
  kind TEXT NOT NULL,
  parent TEXT,
  fallback INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE services (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  request_type TEXT NOT NULL,
  grp TEXT NOT NULL,
  keywords TEXT NOT NULL,
  on_convenience_list INTEGER NOT NULL DEFAULT 0,
  needs_location INTEGER NOT NULL DEFAULT 0,
  default_unit TEXT REFERENCES units(code),
  position INTEGER NOT NULL
);
CREATE TABLE guides (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  service_code TEXT,
  updated TEXT NOT NULL
);
CREATE TABLE requests (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  number TEXT NOT NULL UNIQUE,
  token TEXT NOT NULL UNIQUE,
  query_code TEXT NOT NULL,
  service_code TEXT NOT NULL REFERENCES services(code),
  request_type TEXT NOT NULL,
  channel TEXT NOT NULL,
  client TEXT NOT NULL,
  step TEXT NOT NULL,
  description TEXT NOT NULL,
  address TEXT,
  address_id TEXT,
  zipcode TEXT,
  lat REAL,
  lon REAL,
  kiosk_station TEXT,
  anonymous INTEGER NOT NULL DEFAULT 0,
  contact_name TEXT,
  mobile TEXT,
  email TEXT,
  resident_id TEXT,
  device_id TEXT,
  account_id TEXT,
  unit TEXT REFERENCES units(code),
  status_notes TEXT,
  requested_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  accepted_at INTEGER,
  deadline_at INTEGER,
  rating TEXT,
  rating_comment TEXT,
  rated_at INTEGER,
  rework_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX requests_updated ON requests(updated_at);
CREATE INDEX requests_requested ON requests(requested_at);
CREATE INDEX requests_service ON requests(service_code);
CREATE TABLE timeline (
  request_id INTEGER NOT NULL REFERENCES requests(id),
  seq INTEGER NOT NULL,
  action TEXT NOT NULL,
  step TEXT NOT NULL,
  unit TEXT,
  actor_role TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  actor_unit TEXT NOT NULL,
  note TEXT NOT NULL,
  rating TEXT,
  rework_requested INTEGER NOT NULL DEFAULT 0,
  at INTEGER NOT NULL,
  PRIMARY KEY (request_id, seq)
);
CREATE TABLE media (
  id TEXT PRIMARY KEY,
  content_type TEXT NOT NULL,
  byte_size INTEGER NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE request_media (
  request_id INTEGER NOT NULL REFERENCES requests(id),
  media_id TEXT NOT NULL REFERENCES media(id),
  timeline_seq INTEGER,
  position INTEGER NOT NULL,
  PRIMARY KEY (request_id, position)
);
CREATE TABLE idempotency_keys (
  client TEXT NOT NULL,
  key TEXT NOT NULL,
  request_id INTEGER NOT NULL REFERENCES requests(id),
  created_at INTEGER NOT NULL,
  PRIMARY KEY (client, key)
);
)sql",
    // 2: /media/<id> is served only when a committed request refers to the id.
    "CREATE INDEX request_media_by_media ON request_media(media_id);",
    // 3: service names, groups and descriptions in zh-TW and en ('' = not translated: zh-CN is shown).
    R"sql(
ALTER TABLE services ADD COLUMN name_zh_tw TEXT NOT NULL DEFAULT '';
ALTER TABLE services ADD COLUMN name_en TEXT NOT NULL DEFAULT '';
ALTER TABLE services ADD COLUMN grp_zh_tw TEXT NOT NULL DEFAULT '';
ALTER TABLE services ADD COLUMN grp_en TEXT NOT NULL DEFAULT '';
ALTER TABLE services ADD COLUMN description_zh_tw TEXT NOT NULL DEFAULT '';
ALTER TABLE services ADD COLUMN description_en TEXT NOT NULL DEFAULT '';
)sql",
    // 4: photo bytes in the database (the database media engine: several instances, one store).
    "CREATE TABLE media_bytes (id TEXT PRIMARY KEY, bytes BLOB NOT NULL);",
};

// The same schema in PostgreSQL's types: BIGINT for times and counters (INTEGER is 32 bits there),
// DOUBLE PRECISION for REAL, an identity column for AUTOINCREMENT, BYTEA for BLOB. Steps 1-3 were
// written together, so step 1 holds the whole schema of SQLite's 1-3 and 2-3 are empty.
constexpr const char* kPostgresqlMigrations[] = {
    R"sql(
CREATE TABLE units (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  level TEXT NOT NULL,
  kind TEXT NOT NULL,
  parent TEXT,
  fallback BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE services (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  request_type TEXT NOT NULL,
  grp TEXT NOT NULL,
  keywords TEXT NOT NULL,
  on_convenience_list BIGINT NOT NULL DEFAULT 0,
  needs_location BIGINT NOT NULL DEFAULT 0,
  default_unit TEXT REFERENCES units(code),
  position BIGINT NOT NULL,
  name_zh_tw TEXT NOT NULL DEFAULT '',
  name_en TEXT NOT NULL DEFAULT '',
  grp_zh_tw TEXT NOT NULL DEFAULT '',
  grp_en TEXT NOT NULL DEFAULT '',
  description_zh_tw TEXT NOT NULL DEFAULT '',
  description_en TEXT NOT NULL DEFAULT ''
);
CREATE TABLE guides (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  service_code TEXT,
  updated TEXT NOT NULL
);
CREATE TABLE requests (
  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  token TEXT NOT NULL UNIQUE,
  query_code TEXT NOT NULL,
  service_code TEXT NOT NULL REFERENCES services(code),
  request_type TEXT NOT NULL,
  channel TEXT NOT NULL,
  client TEXT NOT NULL,
  step TEXT NOT NULL,
  description TEXT NOT NULL,
  address TEXT,
  address_id TEXT,
  zipcode TEXT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  kiosk_station TEXT,
  anonymous BIGINT NOT NULL DEFAULT 0,
  contact_name TEXT,
  mobile TEXT,
  email TEXT,
  resident_id TEXT,
  device_id TEXT,
  account_id TEXT,
  unit TEXT REFERENCES units(code),
  status_notes TEXT,
  requested_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  accepted_at BIGINT,
  deadline_at BIGINT,
  rating TEXT,
  rating_comment TEXT,
  rated_at BIGINT,
  rework_count BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX requests_updated ON requests(updated_at);
CREATE INDEX requests_requested ON requests(requested_at);
CREATE INDEX requests_service ON requests(service_code);
CREATE TABLE timeline (
  request_id BIGINT NOT NULL REFERENCES requests(id),
  seq BIGINT NOT NULL,
  action TEXT NOT NULL,
  step TEXT NOT NULL,
  unit TEXT,
  actor_role TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  actor_unit TEXT NOT NULL,
  note TEXT NOT NULL,
  rating TEXT,
  rework_requested BIGINT NOT NULL DEFAULT 0,
  at BIGINT NOT NULL,
  PRIMARY KEY (request_id, seq)
);
CREATE TABLE media (
  id TEXT PRIMARY KEY,
  content_type TEXT NOT NULL,
  byte_size BIGINT NOT NULL,
  width BIGINT NOT NULL,
  height BIGINT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE TABLE request_media (
  request_id BIGINT NOT NULL REFERENCES requests(id),
  media_id TEXT NOT NULL REFERENCES media(id),
  timeline_seq BIGINT,
  position BIGINT NOT NULL,
  PRIMARY KEY (request_id, position)
);
CREATE TABLE idempotency_keys (
  client TEXT NOT NULL,
  key TEXT NOT NULL,
  request_id BIGINT NOT NULL REFERENCES requests(id),
  created_at BIGINT NOT NULL,
  PRIMARY KEY (client, key)
);
CREATE INDEX request_media_by_media ON request_media(media_id);
)sql",
    "",
    "",
    "CREATE TABLE media_bytes (id TEXT PRIMARY KEY, bytes BYTEA NOT NULL);",
};

static_assert(std::size(kSqliteMigrations) == std::size(kPostgresqlMigrations), "both engines have every schema step");

DbResult<int> read_version(Database& db) {
  auto created = db.exec_script("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
  if (!created) {
    return base::unexpected(created.error());
  }
  auto stmt = db.prepare("SELECT COALESCE(MAX(version), 0) FROM schema_version");
  if (!stmt) {
    return base::unexpected(stmt.error());
  }
  auto row = stmt->step();
  if (!row) {
    return base::unexpected(row.error());
  }
  return static_cast<int>(stmt->column_int(0));
}

}  // namespace

int current_schema_version() {
  return static_cast<int>(std::size(kSqliteMigrations));
}

DbResult<int> migrate(Database& db) {
  const auto& steps = db.engine() == DbEngine::Postgresql ? kPostgresqlMigrations : kSqliteMigrations;
  // One step per write transaction, the version read inside it: instances starting together on one
  // PostgreSQL database take turns, and the second finds the schema done.
  for (;;) {
    auto tx = Transaction::begin(db);
    if (!tx) {
      return base::unexpected(tx.error());
    }
    auto version = read_version(db);
    if (!version) {
      return version;
    }
    if (*version > current_schema_version()) {
      return base::unexpected(DbError{0, "database schema version " + std::to_string(*version) +
                                             " is newer than this server (" + std::to_string(current_schema_version()) +
                                             ")"});
    }
    if (*version == current_schema_version()) {
      auto committed = tx->commit();
      if (!committed) {
        return base::unexpected(committed.error());
      }
      return current_schema_version();
    }
    const int next = *version + 1;
    if (*steps[next - 1] != '\0') {
      if (auto applied = db.exec_script(steps[next - 1]); !applied) {
        return base::unexpected(applied.error());
      }
    }
    auto insert = db.prepare("INSERT INTO schema_version(version) VALUES (?1)");
    if (!insert) {
      return base::unexpected(insert.error());
    }
    auto ran = insert->bind(1, std::int64_t{next}).run();
    if (!ran) {
      return base::unexpected(ran.error());
    }
    auto committed = tx->commit();
    if (!committed) {
      return base::unexpected(committed.error());
    }
  }
}

}  // namespace hotline::server
