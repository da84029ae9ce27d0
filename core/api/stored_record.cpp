// Non-throwing record reads and the quarantine for unreadable records (see stored_record.h).
#include "api/stored_record.h"

namespace hotline::api {

using nlohmann::json;

std::string quarantine_key(std::string_view key) {
  return "quarantine/" + std::string(key);
}

namespace {

// Copies then removes, so a crash in between leaves the record in both places, never in none.
bool move_value(platform::Storage& storage, const std::string& key) {
  auto value = storage.read(key);
  if (!value || !*value) {
    return false;
  }
  return storage.write(quarantine_key(key), **value) && storage.remove(key);
}

}  // namespace

SetAsideRecord set_aside(platform::Storage& storage, std::string_view key, std::string reason,
                         const std::vector<std::string>& blob_prefixes) {
  SetAsideRecord out{std::string(key), std::move(reason), false};
  for (const auto& prefix : blob_prefixes) {
    if (auto blobs = storage.list(prefix)) {
      for (const auto& blob : *blobs) {
        (void)move_value(storage, blob);
      }
    }
  }
  out.moved = move_value(storage, out.key);
  return out;
}

const json* RecordReader::find(const char* name) {
  auto it = object_.find(name);
  if (it == object_.end()) {
    fail(name);
    return nullptr;
  }
  return &*it;
}

void RecordReader::fail(std::string what) {
  if (bad_.empty()) {
    bad_ = std::move(what);
  }
}

std::string RecordReader::text(const char* name, std::string fallback) {
  const json* value = find(name);
  if (value && value->is_string()) {
    return value->get<std::string>();
  }
  fail(name);
  return fallback;
}

std::int64_t RecordReader::integer(const char* name, std::int64_t fallback) {
  const json* value = find(name);
  if (value && value->is_number_integer() &&
      (value->is_number_unsigned() ? value->get<std::uint64_t>() <= INT64_MAX : true)) {
    return value->get<std::int64_t>();
  }
  fail(name);
  return fallback;
}

std::optional<std::string> RecordReader::optional_text(const char* name) {
  if (!object_.contains(name)) {
    return std::nullopt;
  }
  return text(name);
}

const json& RecordReader::array(const char* name) {
  static const json kEmpty = json::array();
  const json* value = find(name);
  if (value && value->is_array()) {
    return *value;
  }
  fail(name);
  return kEmpty;
}

std::vector<PhotoRef> RecordReader::photo_refs(const char* name) {
  std::vector<PhotoRef> out;
  for (const auto& p : array(name)) {
    if (!p.is_object()) {
      fail(name);
      return {};
    }
    RecordReader ref(p);
    out.push_back({ref.text("id"), ref.text("content_type")});
    if (!ref.ok()) {
      fail(std::string(name) + "." + ref.bad_field());
      return {};
    }
  }
  return out;
}

json photo_refs_json(const std::vector<PhotoRef>& photos) {
  json out = json::array();
  for (const auto& p : photos) {
    out.push_back({{"id", p.id}, {"content_type", p.content_type}});
  }
  return out;
}

base::Expected<json, RecordError> parse_record(std::string_view text, int version) {
  json record = json::parse(text, nullptr, false);
  if (!record.is_object()) {
    return base::unexpected(RecordError{"not a JSON object"});
  }
  RecordReader reader(record);
  if (reader.integer("v") != version) {
    return base::unexpected(RecordError{"unknown record version"});
  }
  return record;
}

std::string dump_record(const json& record) {
  return record.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace hotline::api
