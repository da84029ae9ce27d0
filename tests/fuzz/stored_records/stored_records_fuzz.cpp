// libFuzzer harness: arbitrary bytes into every decoder of a record the app stores and reads back
// (outbox item, draft, seen snapshots, response cache). Beyond "no crash, no exception", whatever
// decodes must re-encode to a record that decodes to the same value.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "api/draft_record.h"
#include "api/outbox_item.h"
#include "api/request_snapshot.h"
#include "api/response_cache.h"

namespace {

using namespace hotline::api;

[[noreturn]] void unstable(const char* what, const std::string& encoded) {
  std::fprintf(stderr, "%s: not stable after re-encoding:\n%s\n", what, encoded.c_str());
  std::abort();
}

void outbox_item(std::string_view bytes) {
  const auto item = decode_outbox_item(bytes);
  if (!item) {
    return;
  }
  const std::string encoded = encode_outbox_item(*item);
  const auto again = decode_outbox_item(encoded);
  if (!again || encode_outbox_item(*again) != encoded) {
    unstable("outbox item", encoded);
  }
}

void draft(std::string_view bytes) {
  const auto record = decode_draft_record(bytes);
  if (!record) {
    return;
  }
  const std::string encoded = encode_draft_record(*record);
  const auto again = decode_draft_record(encoded);
  if (!again || encode_draft_record(*again) != encoded) {
    unstable("draft", encoded);
  }
}

void seen(std::string_view bytes) {
  const auto snapshots = decode_seen_record(bytes);
  if (!snapshots) {
    return;
  }
  const std::string encoded = encode_seen_record(*snapshots);
  const auto again = decode_seen_record(encoded);
  if (!again || *again != *snapshots) {
    unstable("seen snapshots", encoded);
  }
}

// The first line is taken as the url asked for, so both the hit and the collision paths run.
void cache(std::string_view bytes) {
  const std::string url(bytes.substr(0, bytes.find('\n')));
  const auto entry = decode_cache_record(url, bytes);
  if (!entry || !*entry) {
    return;
  }
  const std::string encoded = encode_cache_record(url, **entry);
  const auto again = decode_cache_record(url, encoded);
  if (!again || !*again || (*again)->etag != (*entry)->etag || (*again)->body != (*entry)->body) {
    unstable("cache", encoded);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  outbox_item(bytes);
  draft(bytes);
  seen(bytes);
  cache(bytes);
  return 0;
}
