// What each audience may see of a request, as an Open311 ServiceRequest: the public sees no personal
// data (the address is withheld, coordinates are blurred to ~100 m); the citizen holding the query
// code and operators see everything.
#pragma once

#include <map>
#include <string>

#include "backend.h"
#include "open311/service_request.h"
#include "store/request_record.h"
#include "text/catalog.h"

namespace hotline::server {

enum class Audience { Public, Owner, Operator };

// How a request is worded and addressed for the client asking.
struct Presentation {
  text::Language language = text::Language::ZhCN;
  // The service names in `language` by code; a code not here keeps the stored (zh-CN) name.
  std::map<std::string, std::string, std::less<>> service_names;
  // "https://host": media URLs become absolute, so a client on another host can fetch them; empty:
  // the server's own paths (/media/...), as the admin CLI prints them.
  std::string public_base;
};

// `extensions` adds extended_attributes (type, channel, timeline notes, deadline, rating, photos).
open311::ServiceRequest to_open311(const Backend& backend, const RequestRecord& record, Audience audience,
                                   bool extensions, const Presentation& how = {});

// The deadline flag at `now`; false when the deadline is unknown or the case is closed.
bool is_overdue(const RequestRecord& record, calendar::Instant now);

}  // namespace hotline::server
