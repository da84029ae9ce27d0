// Loose ISO 8601 check for the date-times Open311 servers send (kept as strings, never converted here).
#pragma once

#include <string_view>

namespace hotline::open311 {

// Accepts "YYYY-MM-DD", optionally followed by 'T' (or ' ', as some servers send) and "HH:MM",
// optional ":SS" and fraction, then an optional zone "Z", "+HH", "+HHMM" or "+HH:MM".
// Field ranges are checked (month 1-12, day 1-31, hour 0-23, minute 0-59, second 0-60) but not the
// month's length or the calendar: display and deadline code parse the string again with full rules.
// A missing zone is tolerated because some servers omit it; the standard asks for one.
bool is_loose_iso8601(std::string_view text);

}  // namespace hotline::open311
