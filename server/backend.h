// Everything a request handler or an admin command needs: the database, the media store, the
// holiday calendar, the knowledge base and the clock, opened once.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "calendar/holiday_calendar.h"
#include "calendar/instant.h"
#include "native/system/os_random_source.h"
#include "store/db_pool.h"
#include "store/knowledge_index.h"
#include "store/media_store.h"
#include "store/request_store.h"
#include "wire/workflow_words.h"

namespace hotline::server {

struct BackendOptions {
  std::string db_path;       // --db: an SQLite file or a PostgreSQL connection string (db_target.h)
  std::string media_dir;     // default: <file>.media for SQLite, the database for PostgreSQL
  std::string holidays_dir;  // assets/holidays: <year>.json files
  std::string seed_dir;      // assets/seed
  std::string i18n_dir;      // assets/i18n: the app's catalogs, for workflow refusals in words
  bool seed = false;         // load the seed catalog before serving
  MediaLimits media_limits;
};

struct Backend {
  std::unique_ptr<DbPool> pool;
  std::unique_ptr<RequestStore> requests;
  std::unique_ptr<MediaStore> media;
  calendar::HolidayCalendar holidays;
  WorkflowWords workflow_words;
  std::unique_ptr<KnowledgeIndex> knowledge;
  native::OsRandomSource random;
  std::function<calendar::Instant()> now;
};

// Opens and migrates the database, loads the seed if asked, the holiday files, the workflow texts and
// the guides.
// Errors are human-readable lines for the console.
base::Expected<std::unique_ptr<Backend>, std::string> open_backend(const BackendOptions& options);

}  // namespace hotline::server
