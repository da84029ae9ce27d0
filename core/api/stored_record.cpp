// Non-throwing record reads and the quarantine for unreadable records (see stored_record.h).
#include "api/stored_record.h"

#include <cmath>

#include "open311/field_limits.h"

namespace hotline::api {

using json = RecordJson;

std::string quarantine_key(std::string_view key) {
  return "quarantine/" + std::string(key);
}

platform::StorageResult<void> remove_all(platform::Storage& storage, std::string_view prefix) {
  auto keys = storage.list(prefix);
  if (!keys) {
    return base::unexpected(keys.error());
  }
  for (const auto& key : *keys) {
    auto removed = storage.remove(key);
    if (!removed) {
      return base::unexpected(removed.error());
    }
  }
  return {};
}

platform::StorageResult<void> wipe_quarantine(platform::Storage& storage) {
  return remove_all(storage, quarantine_key(""));
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

// Records written before photos carried their capture time and location have neither: both optional.
PhotoMeta read_photo_meta(RecordReader& ref) {
  PhotoMeta meta;
  if (auto seconds = ref.optional_integer("captured_s")) {
    auto captured = calendar::Instant::from_unix_seconds(*seconds);
    if (!captured) {
      ref.fail("captured_s");
    } else {
      meta.captured = *captured;
    }
  }
  auto lat = ref.optional_number("lat");
  auto lon = ref.optional_number("lon");
  if (lat.has_value() != lon.has_value() ||
      (lat && (std::abs(*lat) > open311::kMaxLatitude || std::abs(*lon) > open311::kMaxLongitude))) {
    ref.fail("lat/lon");
  } else if (lat) {
    meta.location = domain::GeoPoint{*lat, *lon};
  }
  return meta;
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

platform::StorageResult<std::vector<SetAsideRecord>> load_records(
    platform::Storage& storage, std::string_view prefix, const RecordVisitor& visit,
    const std::function<std::vector<std::string>(const std::string& key)>& blob_prefixes) {
  auto keys = storage.list(prefix);
  if (!keys) {
    return base::unexpected(keys.error());
  }
  std::vector<SetAsideRecord> out;
  for (const auto& key : *keys) {
    auto record = storage.read(key);
    if (!record) {
      // The device refused this one read: report it, keep it where it is, load the rest.
      out.push_back({key, "read failed: " + record.error().detail, false});
      continue;
    }
    auto refused = *record ? visit(key, **record) : std::optional<std::string>("vanished");
    if (*record) {
      base::secure_clear(**record);  // an outbox item's form, a query code: the visitor keeps its own copy
    }
    if (refused) {
      out.push_back(set_aside(storage, key, std::move(*refused),
                              blob_prefixes ? blob_prefixes(key) : std::vector<std::string>{}));
    }
  }
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

const json::string_t* RecordReader::string_at(const char* name) {
  const json* value = find(name);
  if (value && value->is_string()) {
    return value->get_ptr<const json::string_t*>();
  }
  fail(name);
  return nullptr;
}

std::string RecordReader::text(const char* name, std::string fallback) {
  const json::string_t* value = string_at(name);
  return value ? std::string(value->data(), value->size()) : fallback;
}

base::SecureString RecordReader::secret_text(const char* name) {
  const json::string_t* value = string_at(name);
  return value ? base::SecureString(std::string_view(value->data(), value->size())) : base::SecureString();
}

std::optional<base::SecureString> RecordReader::optional_secret_text(const char* name) {
  if (!object_.contains(name)) {
    return std::nullopt;
  }
  return secret_text(name);
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

std::optional<std::int64_t> RecordReader::optional_integer(const char* name) {
  if (!object_.contains(name)) {
    return std::nullopt;
  }
  return integer(name);
}

std::optional<double> RecordReader::optional_number(const char* name) {
  auto it = object_.find(name);
  if (it == object_.end()) {
    return std::nullopt;
  }
  // NaN and infinities cannot come from JSON text, so every number here is finite.
  if (!it->is_number()) {
    fail(name);
    return 0.0;
  }
  return it->get<double>();
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
    out.push_back({ref.text("id"), ref.text("content_type"), read_photo_meta(ref)});
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
    json ref = {{"id", p.id}, {"content_type", p.content_type}};
    if (p.meta.captured) {
      ref["captured_s"] = p.meta.captured->unix_seconds();
    }
    if (p.meta.location) {
      ref["lat"] = p.meta.location->lat;
      ref["lon"] = p.meta.location->lon;
    }
    out.push_back(std::move(ref));
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

base::SecureString dump_record(const json& record) {
  return base::SecureString(record.dump(-1, ' ', false, json::error_handler_t::replace));
}

}  // namespace hotline::api
