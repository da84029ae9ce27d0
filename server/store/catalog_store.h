// The service catalog, units and knowledge-base guides: loaded from assets/seed/ and read back.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/service_category.h"
#include "store/database.h"
#include "store/knowledge_index.h"

namespace hotline::server {

// A service's group and description in one language; its name is in the category.
struct ServiceWords {
  std::string group;
  std::string description;
};

struct ServiceRecord {
  domain::ServiceCategory category;
  std::string description;
  std::string group;
  ServiceWords zh_tw;  // '' where the seed has no translation
  ServiceWords en;
  std::string keywords;  // space separated in the seed, comma separated on the wire
  std::string default_unit;
};

struct UnitRecord {
  std::string code;
  std::string name;
  std::string level;  // province, city, district, township
  std::string kind;   // centre, department, district, utility
  std::string parent;
  bool fallback = false;  // 兜底单位: takes cases whose responsibility is unclear
};

struct SeedError {
  std::string file;
  std::string detail;
};

// Upserts units, services and guides from <seed_dir>/{units,services,guides}.json in one transaction;
// rows keep their codes so existing requests stay linked.
base::Expected<void, SeedError> load_seed(Database& db, const std::string& seed_dir);

DbResult<std::vector<ServiceRecord>> list_services(Database& db);
DbResult<std::optional<ServiceRecord>> find_service(Database& db, const std::string& code);
DbResult<std::vector<UnitRecord>> list_units(Database& db);
DbResult<std::optional<UnitRecord>> find_unit(Database& db, const std::string& code);
DbResult<std::vector<Guide>> list_guides(Database& db);

}  // namespace hotline::server
