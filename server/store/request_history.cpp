// Timelines and photos of a set of requests in two queries (see request_history.h).
#include "store/request_history.h"

#include <string>
#include <unordered_map>

namespace hotline::server {

namespace {

// Which requests a history query reads: one by its id (a request's page), several as one array
// parameter (SQLite: a JSON array expanded by json_each; PostgreSQL: a BIGINT[]), so one statement
// text (prepared once per connection) serves any page. SQLite's array costs two temporary tables per
// query, too much for the single request every GET of one reads.
struct IdSelection {
  std::string condition;  // on `column`, with ?1
  std::string ids;        // the array, or empty for the single id
};

IdSelection select_ids(const std::vector<RequestRecord*>& records, const char* column, DbEngine engine) {
  if (records.size() == 1) {
    return {std::string(column) + " = ?1", {}};
  }
  const bool pg = engine == DbEngine::Postgresql;
  std::string ids(pg ? "{" : "[");
  for (const auto* r : records) {
    if (ids.size() > 1) {
      ids += ',';
    }
    ids += std::to_string(r->id);
  }
  if (pg) {
    return {std::string(column) + " = ANY(CAST(?1 AS BIGINT[]))", ids + "}"};
  }
  return {std::string(column) + " IN (SELECT value FROM json_each(?1))", ids + "]"};
}

void bind_ids(Statement& stmt, const IdSelection& selection, const std::vector<RequestRecord*>& records) {
  if (selection.ids.empty()) {
    stmt.bind(1, records.front()->id);
  } else {
    stmt.bind(1, selection.ids);
  }
}

DbResult<TimelineEntry> read_entry(const Statement& row) {
  TimelineEntry entry;
  std::optional<DbError> failure;
  entry.seq = static_cast<int>(row.column_int(1));
  read_into(entry.action, row.column_code(2, workflow::kActionCodes), failure);
  read_into(entry.step, row.column_code(3, workflow::kStepCodes), failure);
  entry.unit = row.column_text(4);
  entry.unit_name = row.column_text(5);
  read_into(entry.actor_role, row.column_code(6, workflow::kRoleCodes), failure);
  entry.actor_id = row.column_text(7);
  entry.note = row.column_text(8);
  read_into(entry.at, row.column_instant(9), failure);
  entry.actor_unit = row.column_text(10);
  read_into(entry.rating, row.column_optional_code(11, workflow::kSatisfactionCodes), failure);
  entry.rework_requested = row.column_int(12) != 0;
  if (failure) {
    return base::unexpected(std::move(*failure));
  }
  return entry;
}

}  // namespace

DbResult<void> load_histories(Database& db, std::vector<RequestRecord*> records) {
  if (records.empty()) {
    return {};
  }
  std::unordered_map<std::int64_t, RequestRecord*> by_id;
  for (auto* r : records) {
    by_id.emplace(r->id, r);
  }
  const IdSelection timeline_ids = select_ids(records, "t.request_id", db.engine());
  auto timeline = db.prepare(
      "SELECT t.request_id, t.seq, t.action, t.step, COALESCE(t.unit, ''), COALESCE(u.name, ''), t.actor_role, "
      "t.actor_id, t.note, t.at, t.actor_unit, t.rating, t.rework_requested FROM timeline t LEFT JOIN units u ON "
      "u.code = t.unit WHERE " +
      timeline_ids.condition + " ORDER BY t.request_id, t.seq");
  if (!timeline) {
    return base::unexpected(timeline.error());
  }
  bind_ids(*timeline, timeline_ids, records);
  auto timeline_read = timeline->each_row([&](const Statement& row) -> DbResult<void> {
    auto entry = read_entry(row);
    if (!entry) {
      return base::unexpected(entry.error());
    }
    by_id.at(row.column_int(0))->timeline.push_back(std::move(*entry));
    return {};
  });
  if (!timeline_read) {
    return timeline_read;
  }
  const IdSelection media_ids = select_ids(records, "rm.request_id", db.engine());
  auto media = db.prepare(
      "SELECT rm.request_id, m.id, m.content_type, m.byte_size, m.width, m.height, rm.timeline_seq FROM "
      "request_media rm JOIN media m ON m.id = rm.media_id WHERE " +
      media_ids.condition + " ORDER BY rm.request_id, rm.position");
  if (!media) {
    return base::unexpected(media.error());
  }
  bind_ids(*media, media_ids, records);
  return media->each_row([&](const Statement& row) {
    RequestRecord& record = *by_id.at(row.column_int(0));
    MediaRecord item{row.column_text(1), row.column_text(2), static_cast<std::uint64_t>(row.column_int(3)),
                     static_cast<std::uint32_t>(row.column_int(4)), static_cast<std::uint32_t>(row.column_int(5))};
    const auto seq = row.column_optional_int(6);
    if (!seq) {
      record.photos.push_back(std::move(item));
      return DbResult<void>();
    }
    for (auto& entry : record.timeline) {
      if (entry.seq == *seq) {
        entry.media.push_back(std::move(item));
        break;
      }
    }
    return DbResult<void>();
  });
}

}  // namespace hotline::server
