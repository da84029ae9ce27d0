// One entry of "my requests" (number, query code, what it is about) and its stored record.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "api/stored_record.h"
#include "base/expected.h"
#include "base/wire_code.h"
#include "domain/request_type.h"

namespace hotline::api {

// How the app came to know the request: it sent it from the outbox, or the citizen looked it up with
// its number and query code (possibly filed on another device or by phone).
enum class MyRequestOrigin { Submitted, LookedUp };

inline constexpr std::pair<MyRequestOrigin, std::string_view> kMyRequestOriginCodes[] = {
    {MyRequestOrigin::Submitted, "submitted"},
    {MyRequestOrigin::LookedUp, "looked_up"},
};

// Enough to list the request and to rate it or ask for rework long after the outbox forgot it.
struct MyRequest {
  std::string number;                     // domain::is_request_number
  std::optional<std::string> query_code;  // canonical; absent when the server never sent it
  std::string service_code;
  std::optional<domain::RequestType> type;
  std::string title;  // the start of the description, for the list
  std::int64_t created_ms = 0;
  MyRequestOrigin origin = MyRequestOrigin::Submitted;

  bool operator==(const MyRequest&) const = default;
};

// The list shows a title, not the description: this many code points of it at most.
inline constexpr std::size_t kMyRequestTitleLength = 40;
// The first kMyRequestTitleLength code points of a description (invalid UTF-8 gives an empty title).
std::string title_of(std::string_view description);

base::SecureString encode_my_request(const MyRequest& request);
// Refuses a record whose number or query code is not one, so a decoded entry is safe as a storage key.
base::Expected<MyRequest, RecordError> decode_my_request(std::string_view text);

}  // namespace hotline::api
