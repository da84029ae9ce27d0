// Reading back the app's own stored JSON records without exceptions, and setting aside a record that
// cannot be read so that one bad record never blocks the others or crashes a start.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/photo.h"
#include "base/expected.h"
#include "base/secure_string.h"
#include "platform/storage.h"

namespace hotline::api {

// The JSON of stored records. They hold forms, query codes and claims, so every string and node of it
// (and the parser's token buffer, and the text a dump grows into) lives in zeroing storage: building,
// reading or writing a record leaves nothing of it in freed memory.
using RecordJson = nlohmann::basic_json<std::map, std::vector, base::SecureString::Storage, bool, std::int64_t,
                                        std::uint64_t, double, base::ZeroingAllocator>;

struct RecordError {
  std::string detail;  // for logs and support, never shown as is
};

// A record that could not be read back. It was moved to quarantine_key(key) with the blobs that
// belong to it, so it is reported once (the next start no longer finds it) and nothing is lost.
struct SetAsideRecord {
  std::string key;
  std::string reason;
  bool moved = false;  // false when the storage refused the move (the record stays where it was)

  bool operator==(const SetAsideRecord&) const = default;
};

// "quarantine/<key>": outside every prefix the app reads its records from.
std::string quarantine_key(std::string_view key);

// Removes every key under prefix (a kiosk visit ends: nothing personal stays); stops at the first
// failure.
platform::StorageResult<void> remove_all(platform::Storage& storage, std::string_view prefix);
// Removes every record set aside, with its blobs: an unreadable record may still hold a citizen's form.
platform::StorageResult<void> wipe_quarantine(platform::Storage& storage);

// Moves the record at key, and every key under each of blob_prefixes, to quarantine.
SetAsideRecord set_aside(platform::Storage& storage, std::string_view key, std::string reason,
                         const std::vector<std::string>& blob_prefixes = {});

// Takes a record read from key (keeps it and returns nullopt) or says why it cannot be used.
using RecordVisitor = std::function<std::optional<std::string>(const std::string& key, std::string_view text)>;

// Reads every record under prefix in key order. One the device refused to read is reported and stays
// where it is; one the visitor refuses is set aside with the blobs under blob_prefixes(key); the rest
// still load. Fails only when the keys cannot be listed.
platform::StorageResult<std::vector<SetAsideRecord>> load_records(
    platform::Storage& storage, std::string_view prefix, const RecordVisitor& visit,
    const std::function<std::vector<std::string>(const std::string& key)>& blob_prefixes = {});

// Typed, non-throwing reads of one JSON object: a missing or mistyped field records the first bad
// field name and yields the fallback, so a decoder reads everything and checks once at the end.
class RecordReader {
 public:
  explicit RecordReader(const RecordJson& object) : object_(object) {}

  std::string text(const char* name, std::string fallback = {});
  // Personal text (a form, a query code, a claim, a title) read without a plain copy.
  base::SecureString secret_text(const char* name);
  std::optional<base::SecureString> optional_secret_text(const char* name);
  std::int64_t integer(const char* name, std::int64_t fallback = 0);
  std::optional<std::string> optional_text(const char* name);
  std::optional<std::int64_t> optional_integer(const char* name);
  std::optional<double> optional_number(const char* name);
  // The array at name (an empty one when it is missing or not an array, which is recorded).
  const RecordJson& array(const char* name);
  std::vector<PhotoRef> photo_refs(const char* name);
  void fail(std::string what);

  bool ok() const { return bad_.empty(); }
  const std::string& bad_field() const { return bad_; }

 private:
  const RecordJson* find(const char* name);
  const RecordJson::string_t* string_at(const char* name);

  const RecordJson& object_;
  std::string bad_;
};

// Parses text as a JSON object whose "v" is version; never throws.
base::Expected<RecordJson, RecordError> parse_record(std::string_view text, int version);

RecordJson photo_refs_json(const std::vector<PhotoRef>& photos);

// Compact JSON for storage; invalid UTF-8 is replaced instead of throwing.
base::SecureString dump_record(const RecordJson& record);

}  // namespace hotline::api
