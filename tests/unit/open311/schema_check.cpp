// Draft-04 subset validation for the Open311 schemas copied into tests/unit/open311/schemas/.
#include "schema_check.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <regex>

#include "text/utf8.h"

namespace hotline::open311::testing {
namespace {

using nlohmann::json;

bool has_type(const json& value, const std::string& type) {
  const bool integral = value.is_number_integer() || (value.is_number_float() && std::isfinite(value.get<double>()) &&
                                                      std::trunc(value.get<double>()) == value.get<double>());
  const std::map<std::string, bool> matches = {
      {"string", value.is_string()},   {"number", value.is_number()}, {"integer", integral},
      {"boolean", value.is_boolean()}, {"null", value.is_null()},     {"array", value.is_array()},
      {"object", value.is_object()},
  };
  const auto it = matches.find(type);
  return it != matches.end() && it->second;
}

bool has_format(const std::string& text, const std::string& format) {
  static const std::regex kDateTime(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))");
  static const std::regex kUri(R"([A-Za-z][A-Za-z0-9+.-]*:\S+)");
  return (format == "date-time" && std::regex_match(text, kDateTime)) ||
         (format == "uri" && std::regex_match(text, kUri));
}

std::string child_path(const std::string& path, const std::string& key) {
  return path.empty() ? key : path + "." + key;
}

}  // namespace

std::vector<SchemaViolation> SchemaChecker::check(const json& document, const std::string& schema_file) {
  std::vector<SchemaViolation> out;
  validate(document, load(schema_file), "", out);
  return out;
}

const json& SchemaChecker::load(const std::string& file) {
  auto it = schemas_.find(file);
  if (it == schemas_.end()) {
    std::ifstream in(dir_ + "/" + file, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    it = schemas_.emplace(file, json::parse(text, nullptr, false)).first;
  }
  return it->second;
}

void SchemaChecker::validate(const json& value, const json& schema, const std::string& path,
                             std::vector<SchemaViolation>& out) {
  if (!schema.is_object()) {
    out.push_back({path, "schema is missing or not an object"});
    return;
  }
  if (const auto ref = schema.find("$ref"); ref != schema.end()) {
    validate(value, load(ref->get<std::string>()), path, out);
    return;
  }
  for (const auto& [keyword, argument] : schema.items()) {
    validate_keyword(keyword, argument, value, path, out);
  }
}

void SchemaChecker::validate_keyword(const std::string& keyword, const json& argument, const json& value,
                                     const std::string& path, std::vector<SchemaViolation>& out) {
  if (keyword == "description") {
    return;
  }
  if (keyword == "type") {
    if (!has_type(value, argument.get<std::string>())) {
      out.push_back({path, "expected type " + argument.get<std::string>()});
    }
  } else if (keyword == "anyOf") {
    for (const auto& option : argument) {
      std::vector<SchemaViolation> attempt;
      validate(value, option, path, attempt);
      if (attempt.empty()) {
        return;
      }
    }
    out.push_back({path, "matches none of anyOf"});
  } else if (keyword == "required") {
    for (const auto& name : argument) {
      if (value.is_object() && !value.contains(name.get<std::string>())) {
        out.push_back({child_path(path, name.get<std::string>()), "required property missing"});
      }
    }
  } else if (keyword == "properties") {
    for (const auto& [name, property_schema] : argument.items()) {
      if (value.is_object() && value.contains(name)) {
        validate(value.at(name), property_schema, child_path(path, name), out);
      }
    }
  } else if (keyword == "items") {
    for (std::size_t i = 0; value.is_array() && i < value.size(); ++i) {
      validate(value[i], argument, path + "[" + std::to_string(i) + "]", out);
    }
  } else if (keyword == "enum") {
    if (std::find(argument.begin(), argument.end(), value) == argument.end()) {
      out.push_back({path, "not one of the enum values"});
    }
  } else if (keyword == "maxLength") {
    if (value.is_string() &&
        text::count_code_points(value.get<std::string>()).value_or(0) > argument.get<std::size_t>()) {
      out.push_back({path, "longer than maxLength"});
    }
  } else if (keyword == "format") {
    if (value.is_string() && !has_format(value.get<std::string>(), argument.get<std::string>())) {
      out.push_back({path, "not a valid " + argument.get<std::string>()});
    }
  } else {
    out.push_back({path, "unsupported schema keyword " + keyword});
  }
}

}  // namespace hotline::open311::testing
