// Where a kiosk's receipt goes once a request is filed: what the citizen needs to follow it, and no
// personal data (the receipt leaves the kiosk in the citizen's hand, or is left behind).
#pragma once

#include <string>

#include "base/expected.h"
#include "base/message.h"

namespace hotline::platform {

struct Receipt {
  std::string request_number;
  std::string query_code;
  std::string due_date;    // YYYY-MM-DD
  std::string lookup_url;  // the request's look-up page (the receipt's QR code)
  std::string station_name;
  // A request still waiting to be sent (the backend could not be reached): no number, query code nor
  // due date yet; the receipt says it will be sent and carries the claim that finds it on the look-up
  // page once delivered (lookup_url holds it too).
  std::string claim_key;
  std::string claim_secret;
};

// Why no receipt came out, as the citizen is told it: either way they write the number and code down.
enum class PrintProblem {
  PaperOut,  // the printer says its roll is empty
  Offline,   // no printer answers: unplugged, powered off, cover open, refused, timed out
  Failed,    // anything else (the font, the QR code, a write error)
};

struct PrintError {
  PrintProblem problem = PrintProblem::Failed;
  std::string detail;  // for the kiosk's log; never the receipt's number or code

  // "kiosk.receipt.paper_out" / "kiosk.receipt.offline" / "kiosk.receipt.failed"
  base::Message message() const;
};

class ReceiptPrinter {
 public:
  virtual ~ReceiptPrinter() = default;
  // Where the receipt went (a printer, a development file), or why it did not.
  virtual base::Expected<std::string, PrintError> print(const Receipt& receipt) = 0;
};

}  // namespace hotline::platform
