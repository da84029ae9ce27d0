// What each audience may see of a request, as an Open311 ServiceRequest: the public sees no personal
// data (the address is withheld, coordinates are blurred to ~100 m); the citizen holding the query
// code and operators see everything.
#pragma once

#include "backend.h"
#include "open311/service_request.h"
#include "store/request_record.h"

namespace hotline::server {

enum class Audience { Public, Owner, Operator };

// `extensions` adds extended_attributes (type, channel, timeline notes, deadline, rating, photos).
open311::ServiceRequest to_open311(const Backend& backend, const RequestRecord& record, Audience audience,
                                   bool extensions);

// The deadline flag at `now`; false when the deadline is unknown or the case is closed.
bool is_overdue(const RequestRecord& record, calendar::Instant now);

}  // namespace hotline::server
