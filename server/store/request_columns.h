// The requests table as the store reads and writes it: one column table drives the SELECT list, the
// read indices and the INSERT binds, so they cannot drift apart.
#pragma once

#include <string>

#include "store/database.h"
#include "store/request_record.h"

namespace hotline::server {

// "SELECT <every column> FROM requests r LEFT JOIN services s ... LEFT JOIN units u ..."; callers
// append WHERE / ORDER BY.
const std::string& request_select_sql();
// "INSERT INTO requests(<the columns a new request sets>) VALUES (?1, ...) RETURNING id".
const std::string& request_insert_sql();

// One row of request_select_sql(); a time or enum code the server cannot have written is an error.
DbResult<RequestRecord> read_request(const Statement& row);
// Binds every column of request_insert_sql(); `number` is the public number just assigned.
void bind_request(Statement& insert, const RequestRecord& record, const std::string& number);

}  // namespace hotline::server
