// Photo bytes in the database's media_bytes table (the PostgreSQL default: every instance reads what
// any instance stored, and a promoted standby has them, streamed with the requests).
#pragma once

#include "store/db_pool.h"
#include "store/media_bytes.h"

namespace hotline::server {

class MediaInDatabase : public MediaBytes {
 public:
  explicit MediaInDatabase(DbPool& pool) : pool_(pool) {}
  // Committed on its own before the request referring to it (a refused request leaves an orphan row,
  // as the file engine leaves an orphan file; never a request without its photo).
  base::Expected<void, MediaError> put(const std::string& id, std::string_view bytes) override;
  std::optional<std::string> read(std::string_view id) const override;

 private:
  DbPool& pool_;
};

}  // namespace hotline::server
