// libFuzzer harness: arbitrary bytes into every decoder of a record the app stores and reads back
// (outbox item, draft, my requests, seen snapshots, response cache). Beyond "no crash, no exception", whatever
// decodes must re-encode to a record that decodes to the same value.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "api/draft_record.h"
#include "api/my_request.h"
#include "api/outbox_item.h"
#include "api/request_snapshot.h"
#include "api/response_cache.h"

namespace {

using namespace hotline::api;

[[noreturn]] void unstable(const char* what, const std::string& encoded) {
  std::fprintf(stderr, "%s: not stable after re-encoding:\n%s\n", what, encoded.c_str());
  std::abort();
}

template <typename Decode, typename Encode>
void check_stable(const char* what, std::string_view bytes, Decode decode, Encode encode) {
  const auto value = decode(bytes);
  if (!value) {
    return;
  }
  const std::string encoded{std::string_view(encode(*value))};
  const auto again = decode(encoded);
  if (!again || encode(*again) != encoded) {
    unstable(what, encoded);
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
  check_stable("outbox item", bytes, decode_outbox_item, encode_outbox_item);
  check_stable("draft", bytes, decode_draft_record, encode_draft_record);
  check_stable("my request", bytes, decode_my_request, encode_my_request);
  check_stable("seen snapshots", bytes, decode_seen_record, encode_seen_record);
  cache(bytes);
  return 0;
}
