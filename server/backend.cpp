// Opening the backend's resources (see backend.h).
#include "backend.h"

#include <filesystem>
#include <fstream>
#include <iterator>

#include "store/catalog_store.h"
#include "store/media_files.h"
#include "store/media_in_database.h"
#include "wall_clock.h"

namespace hotline::server {

namespace {

base::Expected<calendar::HolidayCalendar, std::string> load_holidays(const std::string& dir) {
  calendar::HolidayCalendar holidays;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() != ".json") {
      continue;
    }
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto added = holidays.add_year(text);
    if (!added) {
      return base::unexpected("holiday file " + entry.path().string() + ": " + added.error().detail);
    }
  }
  if (ec) {
    return base::unexpected("cannot read holiday directory " + dir + ": " + ec.message());
  }
  return holidays;
}

// SQLite: files next to the database. PostgreSQL: the database itself, so photos survive an instance
// and a failover as requests do; --media-dir chooses a directory (a shared one) for either engine.
std::unique_ptr<MediaBytes> open_media_bytes(const BackendOptions& options, DbPool& pool) {
  if (!options.media_dir.empty()) {
    return std::make_unique<MediaFiles>(options.media_dir);
  }
  if (pool.target().engine == DbEngine::Postgresql) {
    return std::make_unique<MediaInDatabase>(pool);
  }
  return std::make_unique<MediaFiles>(pool.target().location + ".media");
}

}  // namespace

base::Expected<std::unique_ptr<Backend>, std::string> open_backend(const BackendOptions& options) {
  auto backend = std::make_unique<Backend>();
  const DbTarget target = parse_db_target(options.db_path);
  auto pool = DbPool::open(target);
  if (!pool) {
    return base::unexpected("database " + describe(target) + ": " + pool.error().detail);
  }
  backend->pool = std::move(*pool);
  if (options.seed) {
    auto writer = backend->pool->write();
    auto seeded = load_seed(writer.db(), options.seed_dir);
    if (!seeded) {
      return base::unexpected("seed " + seeded.error().file + ": " + seeded.error().detail);
    }
  }
  auto holidays = load_holidays(options.holidays_dir);
  if (!holidays) {
    return base::unexpected(holidays.error());
  }
  backend->holidays = std::move(*holidays);
  auto workflow_words = WorkflowWords::load(options.i18n_dir);
  if (!workflow_words) {
    return base::unexpected("workflow texts: " + workflow_words.error());
  }
  backend->workflow_words = std::move(*workflow_words);
  {
    auto reader = backend->pool->read();
    if (!reader) {
      return base::unexpected("database: " + reader.error().detail);
    }
    auto guides = list_guides(reader->db());
    if (!guides) {
      return base::unexpected("database: " + guides.error().detail);
    }
    backend->knowledge = std::make_unique<KnowledgeIndex>(std::move(*guides));
  }
  backend->requests = std::make_unique<RequestStore>(*backend->pool);
  backend->media = std::make_unique<MediaStore>(open_media_bytes(options, *backend->pool), options.media_limits);
  backend->now = wall_clock_now;
  return backend;
}

}  // namespace hotline::server
