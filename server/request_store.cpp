// SQL for requests, their photos and timelines (see request_store.h). Prepared statements only.
#include "request_store.h"

#include <string>

#include "calendar/shanghai_time.h"
#include "domain/request_number.h"

namespace hotline::server {

namespace {

constexpr const char* kRequestColumns =
    "SELECT r.id, r.number, r.token, r.query_code, r.service_code, COALESCE(s.name, ''), r.request_type, "
    "r.channel, r.client, r.step, r.description, r.address, r.address_id, r.zipcode, r.lat, r.lon, "
    "r.kiosk_station, r.anonymous, r.contact_name, r.mobile, r.email, r.resident_id, r.device_id, "
    "r.account_id, r.unit, COALESCE(u.name, ''), r.status_notes, r.requested_at, r.updated_at, "
    "r.accepted_at, r.deadline_at, r.rating, r.rating_comment, r.rated_at, r.rework_count "
    "FROM requests r LEFT JOIN services s ON s.code = r.service_code LEFT JOIN units u ON u.code = r.unit";

// Stores a checked column read in `out`, unless an earlier read of the row failed; keeps the first failure.
template <typename T>
void read_into(T& out, DbResult<T> read, std::optional<DbError>& failure) {
  if (failure) {
    return;
  }
  if (!read) {
    failure = read.error();
    return;
  }
  out = std::move(*read);
}

DbResult<RequestRecord> read_request(const Statement& s) {
  RequestRecord r;
  r.id = s.column_int(0);
  r.number = s.column_text(1);
  r.token = s.column_text(2);
  r.query_code = s.column_text(3);
  r.service_code = s.column_text(4);
  r.service_name = s.column_text(5);
  r.type = domain::request_type_from_code(s.column_text(6)).value_or(domain::RequestType::Complaint);
  r.channel = domain::channel_from_code(s.column_text(7)).value_or(domain::Channel::Website);
  r.client = s.column_text(8);
  r.step = workflow::step_from_code(s.column_text(9)).value_or(workflow::Step::Submitted);
  r.description = s.column_text(10);
  r.address = s.column_optional_text(11);
  r.address_id = s.column_optional_text(12);
  r.zipcode = s.column_optional_text(13);
  r.lat = s.column_optional_double(14);
  r.lon = s.column_optional_double(15);
  r.kiosk_station = s.column_optional_text(16);
  r.anonymous = s.column_int(17) != 0;
  r.contact_name = s.column_optional_text(18);
  r.mobile = s.column_optional_text(19);
  r.email = s.column_optional_text(20);
  r.resident_id = s.column_optional_text(21);
  r.device_id = s.column_optional_text(22);
  r.account_id = s.column_optional_text(23);
  r.unit = s.column_optional_text(24);
  r.unit_name = s.column_text(25);
  r.status_notes = s.column_optional_text(26);
  std::optional<DbError> failure;
  read_into(r.requested_at, s.column_instant(27), failure);
  read_into(r.updated_at, s.column_instant(28), failure);
  read_into(r.accepted_at, s.column_optional_instant(29), failure);
  read_into(r.deadline_at, s.column_optional_instant(30), failure);
  if (auto rating = s.column_optional_text(31)) {
    r.rating = workflow::satisfaction_from_code(*rating);
  }
  r.rating_comment = s.column_optional_text(32);
  read_into(r.rated_at, s.column_optional_instant(33), failure);
  r.rework_count = static_cast<int>(s.column_int(34));
  if (failure) {
    return base::unexpected(std::move(*failure));
  }
  return r;
}

template <typename T>
DbResult<T> fail(const DbError& error) {
  return base::unexpected(error);
}

// Runs a statement to completion, mapping the errors.
DbResult<bool> run(DbResult<Statement>& stmt) {
  if (!stmt) {
    return base::unexpected(stmt.error());
  }
  return stmt->run();
}

DbResult<bool> load_history(Database& db, RequestRecord& record) {
  auto media = db.prepare(
      "SELECT m.id, m.content_type, m.byte_size, m.width, m.height, rm.timeline_seq FROM request_media rm "
      "JOIN media m ON m.id = rm.media_id WHERE rm.request_id = ?1 ORDER BY rm.position");
  if (!media) {
    return base::unexpected(media.error());
  }
  media->bind(1, record.id);
  std::vector<std::pair<std::optional<std::int64_t>, MediaRecord>> all_media;
  auto media_read = media->each_row([&](const Statement& row) {
    all_media.emplace_back(
        row.column_optional_int(5),
        MediaRecord{row.column_text(0), row.column_text(1), static_cast<std::uint64_t>(row.column_int(2)),
                    static_cast<std::uint32_t>(row.column_int(3)), static_cast<std::uint32_t>(row.column_int(4))});
    return DbResult<bool>(true);
  });
  if (!media_read) {
    return media_read;
  }
  auto timeline = db.prepare(
      "SELECT t.seq, t.action, t.step, COALESCE(t.unit, ''), COALESCE(u.name, ''), t.actor_role, t.actor_id, "
      "t.note, t.at, t.actor_unit, t.rating, t.rework_requested FROM timeline t LEFT JOIN units u ON u.code = t.unit "
      "WHERE t.request_id = ?1 ORDER BY t.seq");
  if (!timeline) {
    return base::unexpected(timeline.error());
  }
  timeline->bind(1, record.id);
  auto timeline_read = timeline->each_row([&](const Statement& row) -> DbResult<bool> {
    TimelineEntry entry;
    entry.seq = static_cast<int>(row.column_int(0));
    entry.action = base::from_code(workflow::kActionCodes, row.column_text(1)).value_or(workflow::Action::Submit);
    entry.step = workflow::step_from_code(row.column_text(2)).value_or(workflow::Step::Submitted);
    entry.unit = row.column_text(3);
    entry.unit_name = row.column_text(4);
    entry.actor_role = base::from_code(workflow::kRoleCodes, row.column_text(5)).value_or(workflow::Role::System);
    entry.actor_id = row.column_text(6);
    entry.note = row.column_text(7);
    auto at = row.column_instant(8);
    if (!at) {
      return base::unexpected(at.error());
    }
    entry.at = *at;
    entry.actor_unit = row.column_text(9);
    if (auto rating = row.column_optional_text(10)) {
      entry.rating = workflow::satisfaction_from_code(*rating);
    }
    entry.rework_requested = row.column_int(11) != 0;
    record.timeline.push_back(std::move(entry));
    return true;
  });
  if (!timeline_read) {
    return timeline_read;
  }
  for (auto& [seq, item] : all_media) {
    if (!seq) {
      record.photos.push_back(std::move(item));
      continue;
    }
    for (auto& entry : record.timeline) {
      if (entry.seq == *seq) {
        entry.media.push_back(std::move(item));
        break;
      }
    }
  }
  return true;
}

DbResult<bool> insert_media(Database& db, std::int64_t request_id, const std::vector<MediaRecord>& media,
                            std::optional<int> timeline_seq, calendar::Instant now) {
  if (media.empty()) {
    return true;
  }
  auto position = db.prepare("SELECT COALESCE(MAX(position), -1) + 1 FROM request_media WHERE request_id = ?1");
  if (!position) {
    return base::unexpected(position.error());
  }
  position->bind(1, request_id);
  if (auto row = position->step(); !row) {
    return row;
  }
  std::int64_t next = position->column_int(0);
  auto upsert = db.prepare(
      "INSERT OR IGNORE INTO media(id, content_type, byte_size, width, height, created_at) VALUES (?1, ?2, ?3, ?4, "
      "?5, ?6)");
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
  return true;
}

DbResult<bool> insert_timeline(Database& db, std::int64_t request_id, const TimelineEntry& e) {
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
  auto stmt = db.prepare(
      "INSERT INTO requests(number, token, query_code, service_code, request_type, channel, client, step, "
      "description, address, address_id, zipcode, lat, lon, kiosk_station, anonymous, contact_name, mobile, email, "
      "resident_id, device_id, account_id, unit, status_notes, requested_at, updated_at) VALUES (?1, ?2, ?3, ?4, "
      "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)");
  if (!stmt) {
    return fail<InsertOutcome>(stmt.error());
  }
  stmt->bind(1, *number)
      .bind(2, r.token)
      .bind(3, r.query_code)
      .bind(4, r.service_code)
      .bind(5, domain::to_code(r.type))
      .bind(6, domain::to_code(r.channel))
      .bind(7, r.client)
      .bind(8, workflow::to_code(r.step))
      .bind(9, r.description)
      .bind_optional(10, r.address)
      .bind_optional(11, r.address_id)
      .bind_optional(12, r.zipcode)
      .bind_optional(15, r.kiosk_station)
      .bind(16, std::int64_t{r.anonymous})
      .bind_optional(17, r.contact_name)
      .bind_optional(18, r.mobile)
      .bind_optional(19, r.email)
      .bind_optional(20, r.resident_id)
      .bind_optional(21, r.device_id)
      .bind_optional(22, r.account_id)
      .bind_optional(23, r.unit)
      .bind_optional(24, r.status_notes)
      .bind(25, r.requested_at)
      .bind(26, r.updated_at);
  r.lat ? stmt->bind(13, *r.lat) : stmt->bind_null(13);
  r.lon ? stmt->bind(14, *r.lon) : stmt->bind_null(14);
  if (auto ran = stmt->run(); !ran) {
    return fail<InsertOutcome>(ran.error());
  }
  const std::int64_t id = db.last_insert_rowid();
  if (auto photos = insert_media(db, id, r.photos, std::nullopt, r.requested_at); !photos) {
    return fail<InsertOutcome>(photos.error());
  }
  for (const auto& entry : r.timeline) {
    if (auto added = insert_timeline(db, id, entry); !added) {
      return fail<InsertOutcome>(added.error());
    }
  }
  if (key) {
    auto remember =
        db.prepare("INSERT INTO idempotency_keys(client, key, request_id, created_at) VALUES (?1, ?2, ?3, ?4)");
    if (!remember) {
      return fail<InsertOutcome>(remember.error());
    }
    remember->bind(1, key->client).bind(2, key->key).bind(3, id).bind(4, r.requested_at);
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
  auto stmt = lease->db().prepare(std::string(kRequestColumns) + where);
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
    if (auto loaded = load_history(lease->db(), record); !loaded) {
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
  std::string sql = std::string(kRequestColumns) + " WHERE 1";
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
  if (from_param) {
    sql += " AND r.requested_at >= ?" + std::to_string(from_param);
  }
  if (to_param) {
    sql += " AND r.requested_at <= ?" + std::to_string(to_param);
  }
  if (updated_param) {
    sql += " AND r.updated_at > ?" + std::to_string(updated_param);
  }
  sql += " ORDER BY r.id DESC LIMIT ?" + std::to_string(next) + " OFFSET ?" + std::to_string(next + 1);

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
  stmt->bind(next, std::int64_t{f.page_size}).bind(next + 1, std::int64_t{f.page - 1} * f.page_size);
  std::vector<RequestRecord> records;
  auto walked = stmt->each_row([&](const Statement& row) -> DbResult<bool> {
    auto record = read_request(row);
    if (!record) {
      return base::unexpected(record.error());
    }
    records.push_back(std::move(*record));
    return true;
  });
  if (!walked) {
    return base::unexpected(walked.error());
  }
  if (with_history) {
    for (auto& record : records) {
      if (auto loaded = load_history(lease->db(), record); !loaded) {
        return base::unexpected(loaded.error());
      }
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

}  // namespace hotline::server
