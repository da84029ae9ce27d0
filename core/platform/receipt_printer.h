// Where a kiosk's receipt goes once a request is filed: what the citizen needs to follow it, and no
// personal data (the receipt leaves the kiosk in the citizen's hand, or is left behind).
#pragma once

#include <string>

#include "base/expected.h"

namespace hotline::platform {

struct Receipt {
  std::string request_number;
  std::string query_code;
  std::string due_date;    // YYYY-MM-DD
  std::string lookup_url;  // the request's look-up page (the receipt's QR code)
  std::string station_name;
};

class ReceiptPrinter {
 public:
  virtual ~ReceiptPrinter() = default;
  // Where the receipt went (a file, a printer queue), or why it did not.
  virtual base::Expected<std::string, std::string> print(const Receipt& receipt) = 0;
};

}  // namespace hotline::platform
