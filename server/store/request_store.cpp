// SQL for requests, their photos and timelines (see request_store.h). Prepared statements only.
#include "store/request_store.h"

#include <cmath>
#include <numbers>
#include <string>

#include "calendar/shanghai_time.h"
#include "domain/request_number.h"
#include "store/request_columns.h"
#include "store/request_history.h"

namespace hotline::server {

namespace {

template <typename T>
DbResult<T> fail(const DbError& error) {
  return base::unexpected(error);
}

// Runs a statement to completion, mapping the errors.
DbResult<void> run(DbResult<Statement>& stmt) {
  if (!stmt) {
    return base::unexpected(stmt.error());
  }
  return stmt->run();
}

DbResult<void> insert_media(Database& db, std::int64_t request_id, const std::vector<MediaRecord>& media,
                            std::optional<int> timeline_seq, calendar::Instant now) {
  if (media.empty()) {
    return {};
  }
  auto position = db.prepare("SELECT COALESCE(MAX(position), -1) + 1 FROM request_media WHERE request_id = ?1");
  if (!position) {
    return base::unexpected(position.error());
  }
  position->bind(1, request_id);
  if (auto row = position->step(); !row) {
    return base::unexpected(row.error());
  }
  std::int64_t next = position->column_int(0);
  auto upsert = db.prepare(
      "INSERT INTO media(id, content_type, byte_size, width, height, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
      "ON CONFLICT DO NOTHING");
  auto link =
      db.prepare("INSERT INTO request_media(request_id, media_id, timeline_seq, position) VALUES (?1, ?2, ?3, ?4)");
  if (!upsert || !link) {
    return base::unexpected(!upsert ? upsert.error() : link.error());
  }
  for (const auto& m : media) {
    upsert->bind(1, m.id)
        .bind(2, m.content_type)
        .bind(3, static_cast<std::int64_t>(m.byte_size))
        .bind(4, std::int64_t{m.width})
        .bind(5, std::int64_t{m.height})
        .bind(6, now);
    if (auto ran = upsert->run(); !ran) {
      return ran;
    }
    link->bind(1, request_id).bind(2, m.id).bind(4, next++);
    timeline_seq ? link->bind(3, std::int64_t{*timeline_seq}) : link->bind_null(3);
    if (auto ran = link->run(); !ran) {
      return ran;
    }
  }
  return {};
}

DbResult<void> insert_timeline(Database& db, std::int64_t request_id, const TimelineEntry& e) {
  auto stmt = db.prepare(
      "INSERT INTO timeline(request_id, seq, action, step, unit, actor_role, actor_id, note, at, actor_unit, rating, "
      "rework_requested) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
  if (!stmt) {
    return base::unexpected(stmt.error());
  }
  stmt->bind(1, request_id)
      .bind(2, std::int64_t{e.seq})
      .bind(3, workflow::to_code(e.action))
      .bind(4, workflow::to_code(e.step))
      .bind(6, workflow::to_code(e.actor_role))
      .bind(7, e.actor_id)
      .bind(8, e.note)
      .bind(9, e.at)
      .bind(10, e.actor_unit)
      .bind(12, std::int64_t{e.rework_requested});
  e.rating ? stmt->bind(11, workflow::to_code(*e.rating)) : stmt->bind_null(11);
  e.unit.empty() ? stmt->bind_null(5) : stmt->bind(5, e.unit);
  if (auto ran = stmt->run(); !ran) {
    return ran;
  }
  return insert_media(db, request_id, e.media, e.seq, e.at);
}

DbResult<std::optional<std::string>> lookup_key(Database& db, const IdempotencyKey& key) {
  auto stmt = db.prepare(
      "SELECT r.number FROM idempotency_keys k JOIN requests r ON r.id = k.request_id WHERE k.client = ?1 AND "
      "k.key = ?2");
  if (!stmt) {
    return base::unexpected(stmt.error());
  }
  stmt->bind(1, key.client).bind(2, key.key);
  auto row = stmt->step();
  if (!row) {
    return base::unexpected(row.error());
  }
  return *row ? std::optional(stmt->column_text(0)) : std::nullopt;
}

DbResult<std::string> next_number(Database& db, calendar::Instant now) {
  const calendar::Date date = calendar::shanghai_date(now);
  const auto first = domain::make_request_number(date, 1);
  const auto last = domain::make_request_number(date, domain::kMaxDailySerial);
  auto stmt = db.prepare("SELECT MAX(number) FROM requests WHERE number >= ?1 AND number <= ?2");
  if (!stmt || !first || !last) {
    return base::unexpected(stmt ? DbError{0, "no request number for this date"} : stmt.error());
  }
  stmt->bind(1, *first).bind(2, *last);
  if (auto row = stmt->step(); !row) {
    return base::unexpected(row.error());
  }
  std::uint32_t serial = 1;
  if (auto max = stmt->column_optional_text(0)) {
    serial = static_cast<std::uint32_t>(std::stoul(max->substr(8))) + 1;
  }
  const auto number = domain::make_request_number(date, serial);
  if (!number) {
    return base::unexpected(DbError{0, "the day's request numbers are exhausted"});
  }
  return *number;
}

}  // namespace

DbResult<std::optional<std::string>> RequestStore::number_for_key(const IdempotencyKey& key) {
  auto lease = pool_.read();
  if (!lease) {
    return base::unexpected(lease.error());
  }
  return lookup_key(lease->db(), key);
}

DbResult<std::optional<std::string>> RequestStore::number_for_claim(const std::string& key,
                                                                    const std::string& claim_hash) {
  auto lease = pool_.read();
  if (!lease) {
    return base::unexpected(lease.error());
  }
  auto stmt = lease->db().prepare(
      "SELECT r.number FROM idempotency_keys k JOIN requests r ON r.id = k.request_id WHERE k.key = ?1 AND "
      "k.claim_hash = ?2");
  if (!stmt) {
    return base::unexpected(stmt.error());
  }
  stmt->bind(1, key).bind(2, claim_hash);
  auto row = stmt->step();
  if (!row) {
    return base::unexpected(row.error());
  }
  return *row ? std::optional(stmt->column_text(0)) : std::nullopt;
}

DbResult<InsertOutcome> RequestStore::insert(RequestRecord r, const std::optional<IdempotencyKey>& key) {
  auto lease = pool_.write();
  Database& db = lease.db();
  auto tx = Transaction::begin(db);
  if (!tx) {
    return fail<InsertOutcome>(tx.error());
  }
  if (key) {
    auto existing = lookup_key(db, *key);
    if (!existing) {
      return fail<InsertOutcome>(existing.error());
    }
    if (*existing) {
      return InsertOutcome{**existing, true};
    }
  }
  auto number = next_number(db, r.requested_at);
  if (!number) {
    return fail<InsertOutcome>(number.error());
  }
  auto stmt = db.prepare(request_insert_sql());
  if (!stmt) {
    return fail<InsertOutcome>(stmt.error());
  }
  bind_request(*stmt, r, *number);
  std::int64_t id = 0;
  auto inserted = stmt->each_row([&](const Statement& row) {
    id = row.column_int(0);
    return DbResult<void>();
  });
  if (!inserted) {
    return fail<InsertOutcome>(inserted.error());
  }
  if (auto photos = insert_media(db, id, r.photos, std::nullopt, r.requested_at); !photos) {
    return fail<InsertOutcome>(photos.error());
  }
  for (const auto& entry : r.timeline) {
    if (auto added = insert_timeline(db, id, entry); !added) {
      return fail<InsertOutcome>(added.error());
    }
  }
  if (key) {
    auto remember = db.prepare(
        "INSERT INTO idempotency_keys(client, key, request_id, created_at, claim_hash) VALUES (?1, ?2, ?3, "
        "?4, ?5)");
    if (!remember) {
      return fail<InsertOutcome>(remember.error());
    }
    remember->bind(1, key->client).bind(2, key->key).bind(3, id).bind(4, r.requested_at);
    key->claim_hash.empty() ? remember->bind_null(5) : remember->bind(5, key->claim_hash);
    if (auto ran = run(remember); !ran) {
      return fail<InsertOutcome>(ran.error());
    }
  }
  if (auto committed = tx->commit(); !committed) {
    return fail<InsertOutcome>(committed.error());
  }
  return InsertOutcome{*number, false};
}

namespace {

DbResult<std::optional<RequestRecord>> find_where(DbPool& pool, const char* where, const std::string& value,
                                                  bool with_history) {
  auto lease = pool.read();
  if (!lease) {
    return base::unexpected(lease.error());
  }
  auto stmt = lease->db().prepare(request_select_sql() + where);
  if (!stmt) {
    return base::unexpected(stmt.error());
  }
  stmt->bind(1, value);
  auto row = stmt->step();
  if (!row) {
    return base::unexpected(row.error());
  }
  if (!*row) {
    return std::optional<RequestRecord>();
  }
  auto read = read_request(*stmt);
  if (!read) {
    return base::unexpected(read.error());
  }
  RequestRecord record = std::move(*read);
  if (with_history) {
    if (auto loaded = load_histories(lease->db(), {&record}); !loaded) {
      return base::unexpected(loaded.error());
    }
  }
  return std::optional(std::move(record));
}

// "?n, ?n+1, ..." for an IN list starting at parameter `first`.
std::string placeholders(std::size_t count, int first) {
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    out += (i == 0 ? "?" : ", ?") + std::to_string(first + static_cast<int>(i));
  }
  return out;
}

}  // namespace

DbResult<std::optional<RequestRecord>> RequestStore::find(const std::string& number, bool with_history) {
  return find_where(pool_, " WHERE r.number = ?1", number, with_history);
}

DbResult<std::optional<RequestRecord>> RequestStore::find_by_token(const std::string& token) {
  return find_where(pool_, " WHERE r.token = ?1", token, false);
}

DbResult<std::vector<RequestRecord>> RequestStore::list(const RequestFilter& f, bool with_history) {
  std::string sql = request_select_sql() + " WHERE 1 = 1";
  int next = 1;
  if (!f.numbers.empty()) {
    sql += " AND r.number IN (" + placeholders(f.numbers.size(), next) + ")";
    next += static_cast<int>(f.numbers.size());
  }
  if (!f.service_codes.empty()) {
    sql += " AND r.service_code IN (" + placeholders(f.service_codes.size(), next) + ")";
    next += static_cast<int>(f.service_codes.size());
  }
  if (f.closed) {
    sql += *f.closed ? " AND r.step = 'closed'" : " AND r.step <> 'closed'";
  }
  const int from_param = f.requested_from ? next++ : 0;
  const int to_param = f.requested_to ? next++ : 0;
  const int updated_param = f.updated_after ? next++ : 0;
  const int near_param = f.near ? next : 0;
  next += f.near ? 7 : 0;
  if (from_param) {
    sql += " AND r.requested_at >= ?" + std::to_string(from_param);
  }
  if (to_param) {
    sql += " AND r.requested_at <= ?" + std::to_string(to_param);
  }
  if (updated_param) {
    sql += " AND r.updated_at > ?" + std::to_string(updated_param);
  }
  if (near_param) {
    const auto p = [&](int offset) {
      std::string name = "?";
      return name += std::to_string(near_param + offset);
    };
    sql += " AND r.lat BETWEEN " + p(0) + " AND " + p(1) + " AND r.lon BETWEEN " + p(2) + " AND " + p(3);
    // Squared degrees, longitude scaled by cos²(latitude): monotonic in distance at city scale.
    sql += " ORDER BY (r.lat - " + p(4) + ") * (r.lat - " + p(4) + ") + (r.lon - " + p(5) + ") * (r.lon - " + p(5) +
           ") * " + p(6) + ", r.id DESC";
  } else {
    sql += " ORDER BY r.id DESC";
  }
  sql += " LIMIT ?" + std::to_string(next) + " OFFSET ?" + std::to_string(next + 1);

  auto lease = pool_.read();
  if (!lease) {
    return base::unexpected(lease.error());
  }
  auto stmt = lease->db().prepare(sql);
  if (!stmt) {
    return base::unexpected(stmt.error());
  }
  int index = 1;
  for (const auto& n : f.numbers) {
    stmt->bind(index++, n);
  }
  for (const auto& c : f.service_codes) {
    stmt->bind(index++, c);
  }
  if (from_param) {
    stmt->bind(from_param, *f.requested_from);
  }
  if (to_param) {
    stmt->bind(to_param, *f.requested_to);
  }
  if (updated_param) {
    stmt->bind(updated_param, *f.updated_after);
  }
  if (near_param) {
    const GeoBox& box = f.near->box;
    const domain::GeoPoint center = f.near->center;
    const double cos_lat = std::cos(center.lat * std::numbers::pi / 180.0);
    stmt->bind(near_param, box.min_lat).bind(near_param + 1, box.max_lat);
    stmt->bind(near_param + 2, box.min_lon).bind(near_param + 3, box.max_lon);
    stmt->bind(near_param + 4, center.lat).bind(near_param + 5, center.lon).bind(near_param + 6, cos_lat * cos_lat);
  }
  stmt->bind(next, std::int64_t{f.page_size}).bind(next + 1, std::int64_t{f.page - 1} * f.page_size);
  std::vector<RequestRecord> records;
  records.reserve(static_cast<std::size_t>(f.page_size));
  auto walked = stmt->each_row([&](const Statement& row) -> DbResult<void> {
    auto record = read_request(row);
    if (!record) {
      return base::unexpected(record.error());
    }
    records.push_back(std::move(*record));
    return {};
  });
  if (!walked) {
    return base::unexpected(walked.error());
  }
  if (with_history) {
    std::vector<RequestRecord*> page;
    for (auto& record : records) {
      page.push_back(&record);
    }
    if (auto loaded = load_histories(lease->db(), std::move(page)); !loaded) {
      return base::unexpected(loaded.error());
    }
  }
  return records;
}

DbResult<ChangeOutcome> RequestStore::apply(const std::string& number, const RequestChange& c) {
  auto lease = pool_.write();
  Database& db = lease.db();
  auto tx = Transaction::begin(db);
  if (!tx) {
    return fail<ChangeOutcome>(tx.error());
  }
  auto current = db.prepare("SELECT id, step FROM requests WHERE number = ?1");
  if (!current) {
    return fail<ChangeOutcome>(current.error());
  }
  current->bind(1, number);
  auto row = current->step();
  if (!row) {
    return fail<ChangeOutcome>(row.error());
  }
  if (!*row) {
    return ChangeOutcome::NotFound;
  }
  const std::int64_t id = current->column_int(0);
  if (current->column_text(1) != workflow::to_code(c.expected_step)) {
    return ChangeOutcome::Conflict;
  }
  auto update = db.prepare(
      "UPDATE requests SET step = ?2, updated_at = ?3, unit = COALESCE(?4, unit), accepted_at = COALESCE(?5, "
      "accepted_at), deadline_at = COALESCE(?6, deadline_at), rating = COALESCE(?7, rating), rating_comment = "
      "COALESCE(?8, rating_comment), rated_at = CASE WHEN ?7 IS NULL THEN rated_at ELSE ?3 END, rework_count = "
      "rework_count + ?9, status_notes = COALESCE(?10, status_notes) WHERE id = ?1");
  if (!update) {
    return fail<ChangeOutcome>(update.error());
  }
  update->bind(1, id)
      .bind(2, workflow::to_code(c.entry.step))
      .bind(3, c.entry.at)
      .bind_optional(4, c.unit)
      .bind_optional(8, c.rating_comment)
      .bind(9, std::int64_t{c.count_rework})
      .bind_optional(10, c.status_notes);
  c.accepted_at ? update->bind(5, *c.accepted_at) : update->bind_null(5);
  c.deadline_at ? update->bind(6, *c.deadline_at) : update->bind_null(6);
  c.rating ? update->bind(7, workflow::to_code(*c.rating)) : update->bind_null(7);
  if (auto ran = update->run(); !ran) {
    return fail<ChangeOutcome>(ran.error());
  }
  auto seq = db.prepare("SELECT COALESCE(MAX(seq), 0) + 1 FROM timeline WHERE request_id = ?1");
  if (!seq) {
    return fail<ChangeOutcome>(seq.error());
  }
  seq->bind(1, id);
  if (auto stepped = seq->step(); !stepped) {
    return fail<ChangeOutcome>(stepped.error());
  }
  TimelineEntry entry = c.entry;
  entry.seq = static_cast<int>(seq->column_int(0));
  if (auto added = insert_timeline(db, id, entry); !added) {
    return fail<ChangeOutcome>(added.error());
  }
  if (auto committed = tx->commit(); !committed) {
    return fail<ChangeOutcome>(committed.error());
  }
  return ChangeOutcome::Applied;
}

DbResult<bool> RequestStore::media_is_referenced(const std::string& media_id) {
  auto lease = pool_.read();
  if (!lease) {
    return base::unexpected(lease.error());
  }
  auto stmt = lease->db().prepare("SELECT 1 FROM request_media WHERE media_id = ?1 LIMIT 1");
  if (!stmt) {
    return base::unexpected(stmt.error());
  }
  stmt->bind(1, media_id);
  return stmt->step();
}

}  // namespace hotline::server
