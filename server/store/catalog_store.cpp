// Seed loading and catalog queries (see catalog_store.h).
#include "store/catalog_store.h"

#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

namespace hotline::server {

namespace {

using nlohmann::json;

base::Expected<json, SeedError> read_array(const std::string& dir, const std::string& name, const char* key) {
  const std::string path = dir + "/" + name;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return base::unexpected(SeedError{path, "cannot read"});
  }
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  json doc = json::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains(key) || !(*doc.find(key)).is_array()) {
    return base::unexpected(SeedError{path, std::string("expected an object with an array \"") + key + "\""});
  }
  return *doc.find(key);
}

std::string text_of(const json& item, const char* key) {
  auto it = item.find(key);
  return it != item.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// A translation of the seed: {"zh-TW": {"name": ..., "group": ..., "description": ...}, "en": {...}}.
std::string text_in(const json& item, const char* language, const char* key) {
  auto it = item.find(language);
  return it != item.end() && it->is_object() ? text_of(*it, key) : std::string();
}

bool flag_of(const json& item, const char* key) {
  auto it = item.find(key);
  return it != item.end() && it->is_boolean() && it->get<bool>();
}

SeedError db_failure(const std::string& file, const DbError& error) {
  return SeedError{file, error.detail};
}

base::Expected<void, SeedError> upsert_units(Database& db, const json& units) {
  auto stmt = db.prepare(
      "INSERT INTO units(code, name, level, kind, parent, fallback) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
      "ON CONFLICT(code) DO UPDATE SET name=excluded.name, level=excluded.level, kind=excluded.kind, "
      "parent=excluded.parent, fallback=excluded.fallback");
  if (!stmt) {
    return base::unexpected(db_failure("units.json", stmt.error()));
  }
  for (const auto& unit : units) {
    const std::string code = text_of(unit, "code");
    if (code.empty() || text_of(unit, "name").empty()) {
      return base::unexpected(SeedError{"units.json", "a unit without code or name"});
    }
    const std::string parent = text_of(unit, "parent");
    stmt->bind(1, code).bind(2, text_of(unit, "name")).bind(3, text_of(unit, "level")).bind(4, text_of(unit, "kind"));
    parent.empty() ? stmt->bind_null(5) : stmt->bind(5, parent);
    stmt->bind(6, std::int64_t{flag_of(unit, "fallback")});
    if (auto ran = stmt->run(); !ran) {
      return base::unexpected(db_failure("units.json", ran.error()));
    }
  }
  return {};
}

base::Expected<void, SeedError> upsert_services(Database& db, const json& services) {
  auto stmt = db.prepare(
      "INSERT INTO services(code, name, description, request_type, grp, keywords, on_convenience_list, "
      "needs_location, default_unit, position, name_zh_tw, name_en, grp_zh_tw, grp_en, description_zh_tw, "
      "description_en) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) "
      "ON CONFLICT(code) DO UPDATE SET name=excluded.name, description=excluded.description, "
      "request_type=excluded.request_type, grp=excluded.grp, keywords=excluded.keywords, "
      "on_convenience_list=excluded.on_convenience_list, needs_location=excluded.needs_location, "
      "default_unit=excluded.default_unit, position=excluded.position, name_zh_tw=excluded.name_zh_tw, "
      "name_en=excluded.name_en, grp_zh_tw=excluded.grp_zh_tw, grp_en=excluded.grp_en, "
      "description_zh_tw=excluded.description_zh_tw, description_en=excluded.description_en");
  if (!stmt) {
    return base::unexpected(db_failure("services.json", stmt.error()));
  }
  std::int64_t position = 0;
  for (const auto& service : services) {
    const std::string code = text_of(service, "code");
    const std::string type = text_of(service, "type");
    if (code.empty() || !domain::request_type_from_code(type)) {
      return base::unexpected(SeedError{"services.json", "service '" + code + "' lacks a code or a valid type"});
    }
    stmt->bind(1, code)
        .bind(2, text_of(service, "name"))
        .bind(3, text_of(service, "description"))
        .bind(4, type)
        .bind(5, text_of(service, "group"))
        .bind(6, text_of(service, "keywords"))
        .bind(7, std::int64_t{flag_of(service, "convenience")})
        .bind(8, std::int64_t{flag_of(service, "location")})
        .bind(9, text_of(service, "unit"))
        .bind(10, position++)
        .bind(11, text_in(service, "zh-TW", "name"))
        .bind(12, text_in(service, "en", "name"))
        .bind(13, text_in(service, "zh-TW", "group"))
        .bind(14, text_in(service, "en", "group"))
        .bind(15, text_in(service, "zh-TW", "description"))
        .bind(16, text_in(service, "en", "description"));
    if (auto ran = stmt->run(); !ran) {
      return base::unexpected(db_failure("services.json", ran.error()));
    }
  }
  return {};
}

base::Expected<void, SeedError> upsert_guides(Database& db, const json& guides) {
  auto stmt = db.prepare(
      "INSERT INTO guides(id, title, body, service_code, updated) VALUES (?1, ?2, ?3, ?4, ?5) "
      "ON CONFLICT(id) DO UPDATE SET title=excluded.title, body=excluded.body, "
      "service_code=excluded.service_code, updated=excluded.updated");
  if (!stmt) {
    return base::unexpected(db_failure("guides.json", stmt.error()));
  }
  for (const auto& guide : guides) {
    const std::string id = text_of(guide, "id");
    if (id.empty() || text_of(guide, "title").empty()) {
      return base::unexpected(SeedError{"guides.json", "a guide without id or title"});
    }
    stmt->bind(1, id)
        .bind(2, text_of(guide, "title"))
        .bind(3, text_of(guide, "body"))
        .bind(4, text_of(guide, "service"))
        .bind(5, text_of(guide, "updated"));
    if (auto ran = stmt->run(); !ran) {
      return base::unexpected(db_failure("guides.json", ran.error()));
    }
  }
  return {};
}

constexpr const char* kServiceColumns =
    "SELECT code, name, description, request_type, grp, keywords, on_convenience_list, needs_location, "
    "COALESCE(default_unit, ''), name_zh_tw, name_en, grp_zh_tw, grp_en, description_zh_tw, description_en "
    "FROM services";

DbResult<ServiceRecord> read_service(const Statement& stmt) {
  ServiceRecord record;
  auto type = stmt.column_code(3, domain::kRequestTypeCodes);
  if (!type) {
    return base::unexpected(type.error());
  }
  record.category.code = stmt.column_text(0);
  record.category.name_zh_cn = stmt.column_text(1);
  record.description = stmt.column_text(2);
  record.category.type = *type;
  record.group = stmt.column_text(4);
  record.keywords = stmt.column_text(5);
  record.category.on_convenience_list = stmt.column_int(6) != 0;
  record.category.needs_location = stmt.column_int(7) != 0;
  record.default_unit = stmt.column_text(8);
  record.category.name_zh_tw = stmt.column_text(9);
  record.category.name_en = stmt.column_text(10);
  record.zh_tw = {stmt.column_text(11), stmt.column_text(13)};
  record.en = {stmt.column_text(12), stmt.column_text(14)};
  return record;
}

constexpr const char* kUnitColumns = "SELECT code, name, level, kind, COALESCE(parent, ''), fallback FROM units";

DbResult<UnitRecord> read_unit(const Statement& stmt) {
  return UnitRecord{stmt.column_text(0), stmt.column_text(1), stmt.column_text(2),
                    stmt.column_text(3), stmt.column_text(4), stmt.column_int(5) != 0};
}

// Runs a query and maps each row (read: const Statement& -> DbResult<T>); `bind` fills the parameters.
template <typename T, typename Bind, typename Read>
DbResult<std::vector<T>> query_all(Database& db, const std::string& sql, Bind bind, Read read) {
  auto stmt = db.prepare(sql);
  if (!stmt) {
    return base::unexpected(stmt.error());
  }
  bind(*stmt);
  std::vector<T> rows;
  auto walked = stmt->each_row([&](const Statement& row) -> DbResult<void> {
    DbResult<T> read_row = read(row);
    if (!read_row) {
      return base::unexpected(read_row.error());
    }
    rows.push_back(std::move(*read_row));
    return {};
  });
  if (!walked) {
    return base::unexpected(walked.error());
  }
  return rows;
}

}  // namespace

base::Expected<void, SeedError> load_seed(Database& db, const std::string& seed_dir) {
  auto units = read_array(seed_dir, "units.json", "units");
  if (!units) {
    return base::unexpected(units.error());
  }
  auto services = read_array(seed_dir, "services.json", "services");
  if (!services) {
    return base::unexpected(services.error());
  }
  auto guides = read_array(seed_dir, "guides.json", "guides");
  if (!guides) {
    return base::unexpected(guides.error());
  }
  auto tx = Transaction::begin(db);
  if (!tx) {
    return base::unexpected(db_failure(seed_dir, tx.error()));
  }
  // Units first: services name their default unit.
  if (auto step = upsert_units(db, *units); !step) {
    return step;
  }
  if (auto step = upsert_services(db, *services); !step) {
    return step;
  }
  if (auto step = upsert_guides(db, *guides); !step) {
    return step;
  }
  if (auto committed = tx->commit(); !committed) {
    return base::unexpected(db_failure(seed_dir, committed.error()));
  }
  return {};
}

DbResult<std::vector<ServiceRecord>> list_services(Database& db) {
  return query_all<ServiceRecord>(
      db, std::string(kServiceColumns) + " ORDER BY position", [](Statement&) {}, read_service);
}

DbResult<std::optional<ServiceRecord>> find_service(Database& db, const std::string& code) {
  auto rows = query_all<ServiceRecord>(
      db, std::string(kServiceColumns) + " WHERE code = ?1", [&](Statement& s) { s.bind(1, code); }, read_service);
  if (!rows) {
    return base::unexpected(rows.error());
  }
  return rows->empty() ? std::nullopt : std::optional(rows->front());
}

DbResult<std::vector<UnitRecord>> list_units(Database& db) {
  return query_all<UnitRecord>(
      db, std::string(kUnitColumns) + " ORDER BY code", [](Statement&) {}, read_unit);
}

DbResult<std::optional<UnitRecord>> find_unit(Database& db, const std::string& code) {
  auto rows = query_all<UnitRecord>(
      db, std::string(kUnitColumns) + " WHERE code = ?1", [&](Statement& s) { s.bind(1, code); }, read_unit);
  if (!rows) {
    return base::unexpected(rows.error());
  }
  return rows->empty() ? std::nullopt : std::optional(rows->front());
}

DbResult<std::vector<Guide>> list_guides(Database& db) {
  return query_all<Guide>(
      db, "SELECT id, title, body, COALESCE(service_code, ''), updated FROM guides ORDER BY id", [](Statement&) {},
      [](const Statement& s) {
        return DbResult<Guide>(
            Guide{s.column_text(0), s.column_text(1), s.column_text(2), s.column_text(3), s.column_text(4)});
      });
}

}  // namespace hotline::server
