// Reading the photos and timelines (留痕) of requests already read: one query for all timelines and
// one for all photos, however many requests a list page holds.
#pragma once

#include <vector>

#include "store/database.h"
#include "store/request_record.h"

namespace hotline::server {

// Fills `photos` and `timeline` of every record; a stored code or time the server cannot have
// written is an error.
DbResult<void> load_histories(Database& db, std::vector<RequestRecord*> records);

}  // namespace hotline::server
