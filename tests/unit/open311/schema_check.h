// A small JSON-Schema (draft-04) checker for the subset the Open311 GeoReport v2 schemas use.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace hotline::open311::testing {

struct SchemaViolation {
  std::string path;  // e.g. "[0].status"
  std::string message;
};

// Supported keywords: $ref (a file next to the schema; siblings ignored, as draft-04 says), type,
// anyOf, required, properties, items, enum, maxLength (code points), format (date-time per RFC 3339,
// uri), description. Any other keyword is reported as a violation, so a schema needing a feature this
// checker lacks can never pass by accident.
class SchemaChecker {
 public:
  explicit SchemaChecker(std::string schema_dir) : dir_(std::move(schema_dir)) {}

  std::vector<SchemaViolation> check(const nlohmann::json& document, const std::string& schema_file);
  // Registers an in-memory schema under a file name (for testing the checker itself).
  void add_schema(const std::string& file, nlohmann::json schema) { schemas_[file] = std::move(schema); }

 private:
  const nlohmann::json& load(const std::string& file);
  void validate(const nlohmann::json& value, const nlohmann::json& schema, const std::string& path,
                std::vector<SchemaViolation>& out);
  void validate_keyword(const std::string& keyword, const nlohmann::json& argument, const nlohmann::json& value,
                        const std::string& path, std::vector<SchemaViolation>& out);

  std::string dir_;
  std::map<std::string, nlohmann::json> schemas_;
};

}  // namespace hotline::open311::testing
