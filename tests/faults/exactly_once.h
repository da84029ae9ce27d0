// The fault tests' verdict: every submission of a client's outbox is on the server exactly once, with
// its photo, and the client holds each request's number and query code.
#pragma once

#include <httplib.h>

#include <map>
#include <string>

#include "open311/service_request.h"

namespace hotline::faults {

// How many submissions a fault test sends: HOTLINE_FAULT_SUBMISSIONS, 1,000 when unset.
int submission_count();

// Every request on the server, by number, read page by page from `server` (an instance, not a proxy).
std::map<std::string, open311::ServiceRequest> server_requests(httplib::Client& server);

// The submission index fault_outbox_client wrote into a description ("... #17..."), -1 if none.
int submission_index(const std::string& description);

// Catch checks: `count` submissions of fault_outbox_client (a photo on every tenth) stored once each on
// the server; every item in the client's storage marked sent with the number and a query code the
// server accepts for that request (and refuses for another).
void check_delivered_exactly_once(httplib::Client& server, const std::string& client_storage_dir, int count);

}  // namespace hotline::faults
