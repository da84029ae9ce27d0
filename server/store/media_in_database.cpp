// Photo bytes in the media_bytes table (see media_in_database.h).
#include "store/media_in_database.h"

#include "store/storage_failure.h"

namespace hotline::server {

base::Expected<void, MediaError> MediaInDatabase::put(const std::string& id, std::string_view bytes) {
  auto lease = pool_.write();
  auto stmt = lease.db().prepare("INSERT INTO media_bytes(id, bytes) VALUES (?1, ?2) ON CONFLICT DO NOTHING");
  if (!stmt) {
    return base::unexpected(MediaError{MediaErrorCode::Storage, stmt.error().detail});
  }
  stmt->bind(1, id).bind_blob(2, bytes);
  if (auto ran = stmt->run(); !ran) {
    return base::unexpected(MediaError{MediaErrorCode::Storage, ran.error().detail});
  }
  return {};
}

std::optional<std::string> MediaInDatabase::read(std::string_view id) const {
  auto lease = pool_.read();
  if (!lease) {
    log_storage_failure("reading a photo", lease.error().detail);
    return std::nullopt;
  }
  auto stmt = lease->db().prepare("SELECT bytes FROM media_bytes WHERE id = ?1");
  if (!stmt) {
    log_storage_failure("reading a photo", stmt.error().detail);
    return std::nullopt;
  }
  stmt->bind(1, id);
  auto row = stmt->step();
  if (!row) {
    log_storage_failure("reading a photo", row.error().detail);
    return std::nullopt;
  }
  if (!*row) {
    return std::nullopt;
  }
  return stmt->column_blob(0);
}

}  // namespace hotline::server
